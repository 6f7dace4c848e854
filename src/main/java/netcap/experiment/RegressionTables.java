package netcap.experiment;

import netcap.io.AtomicFiles;
import netcap.io.GraphExport;
import netcap.spec.Regressions;
import netcap.spec.Spec;
import netcap.stats.ConfidenceInterval;
import netcap.stats.Summary;
import netcap.stats.TwoSample;
import netcap.world.Agents;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The tables of the spec's {@code regressions}, read from the runs' agents.csv parts in
 * (point, replicate) order, so they are byte-identical whatever the number of threads and after
 * {@code --resume}:
 * <ul>
 *   <li>{@code regressions.csv}: for every model, run and term ({@code intercept}, then each x), the
 *       least-squares coefficient and its standard error over the run's members at the model's
 *       step, with the members used ({@code n}, those with every column of the model present) and
 *       the fit's r2. A run with fewer than x-count + 2 such members, or whose design is singular
 *       (e.g. an x constant over the members), has empty coefficients;</li>
 *   <li>{@code regression-summary.csv}: per model, point and term, inference across runs (each
 *       run's coefficient one observation): the runs with a fit, the mean coefficient, its sd, the
 *       95% Student-t interval, the one-sample t-test against 0 ({@code t}, two-sided {@code p})
 *       and the mean r2.</li>
 * </ul>
 */
final class RegressionTables {
    /** The columns of {@code regressions.csv}. */
    static final List<String> HEADER = List.of("model", "point", "replicate", "run", "term", "coefficient", "standardError", "n", "r2");
    /** The columns of {@code regression-summary.csv} after the model, the point and its varying keys. */
    static final List<String> SUMMARY_TAIL = List.of("term", "runs", "mean", "sd", "ciLow", "ciHigh", "t", "p", "meanR2");
    /** The name of the constant term. */
    static final String INTERCEPT = "intercept";
    /** Relative tolerance below which a diagonal element of the design's QR factor counts as zero (a singular design). */
    static final double SINGULAR = 1e-10;

    /**
     * One least-squares fit.
     *
     * @param n              the observations used
     * @param coefficients   the intercept, then one per x ({@code NaN} without a fit)
     * @param standardErrors their standard errors ({@code NaN} without a fit)
     * @param r2             the coefficient of determination ({@code NaN} without a fit, or when y is constant)
     */
    record Fit(int n, double[] coefficients, double[] standardErrors, double r2) {
        /** Whether the model could be fitted. */
        boolean fitted() {
            return !Double.isNaN(coefficients[0]);
        }
    }

    private final Spec spec;
    private final int points;
    private final Columns columns;
    private final RunFolder folder;

    RegressionTables(Spec spec, int points, Columns columns, RunFolder folder) {
        this.spec = spec;
        this.points = points;
        this.columns = columns;
        this.folder = folder;
    }

    /**
     * Ordinary least squares of {@code y} on the columns of {@code x} (one row per observation)
     * with an intercept, by commons-math3's {@link OLSMultipleLinearRegression} (QR
     * decomposition). No fit ({@code NaN} coefficients) with fewer than {@code k + 2}
     * observations for {@code k} regressors or a singular design.
     */
    static Fit fit(double[] y, double[][] x, int k) {
        int n = y.length;
        double[] none = new double[k + 1];
        Arrays.fill(none, Double.NaN);
        if (n < k + 2) {
            return new Fit(n, none, none.clone(), Double.NaN);
        }
        // the design's largest column norm (the intercept's is sqrt(n)) scales the singularity threshold
        double norm = Math.sqrt(n);
        for (int j = 0; j < k; j++) {
            double s = 0;
            for (double[] row : x) {
                s += row[j] * row[j];
            }
            norm = Math.max(norm, Math.sqrt(s));
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression(SINGULAR * norm);
        try {
            ols.newSampleData(y, x);
            double[] b = ols.estimateRegressionParameters();
            double[] se = ols.estimateRegressionParametersStandardErrors();
            for (int j = 0; j <= k; j++) {
                if (!Double.isFinite(b[j]) || !Double.isFinite(se[j])) {
                    return new Fit(n, none, none.clone(), Double.NaN);
                }
            }
            return new Fit(n, b, se, ols.calculateRSquared());
        } catch (SingularMatrixException e) {
            return new Fit(n, none, none.clone(), Double.NaN);
        }
    }

    /** Writes both tables for the runs (in point, replicate order). */
    void write(List<RunResult> results) {
        List<Regressions.Model> models = spec.regressions;
        Fit[][] fits = new Fit[models.size()][results.size()];
        for (int r = 0; r < results.size(); r++) {
            Fit[] run = fitRun(results.get(r), models);
            for (int m = 0; m < models.size(); m++) {
                fits[m][r] = run[m];
            }
        }
        writeRuns(results, models, fits);
        writeSummary(results, models, fits);
    }

    /** Fits every model to one run's members, reading its agents.csv part once. */
    private Fit[] fitRun(RunResult run, List<Regressions.Model> models) {
        List<String> header = Arrays.asList(ModelRun.agentsHeader(spec.layers).strip().split(","));
        header = header.subList(1, header.size()); // the parts have no run column
        int stepCol = header.indexOf("step");
        int statusCol = header.indexOf("status");
        String member = GraphExport.STATUS_NAMES.get(Agents.MEMBER);
        int[][] cols = new int[models.size()][];
        List<List<double[]>> rows = new ArrayList<>();
        for (int m = 0; m < models.size(); m++) {
            Regressions.Model model = models.get(m);
            cols[m] = new int[model.x().size() + 1];
            cols[m][0] = header.indexOf(model.y());
            for (int j = 0; j < model.x().size(); j++) {
                cols[m][j + 1] = header.indexOf(model.x().get(j));
            }
            rows.add(new ArrayList<>());
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(folder.agentsPart(run.point(), run.replicate()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String line : lines) {
            String[] cells = line.split(",", -1);
            if (!cells[statusCol].equals(member)) {
                continue;
            }
            int step = Integer.parseInt(cells[stepCol]);
            for (int m = 0; m < models.size(); m++) {
                if (models.get(m).step() != step) {
                    continue;
                }
                double[] v = new double[cols[m].length];
                boolean complete = true;
                for (int j = 0; j < v.length && complete; j++) {
                    String c = cells[cols[m][j]];
                    complete = !c.isEmpty();
                    v[j] = complete ? Double.parseDouble(c) : Double.NaN;
                }
                if (complete) {
                    rows.get(m).add(v);
                }
            }
        }
        Fit[] out = new Fit[models.size()];
        for (int m = 0; m < models.size(); m++) {
            List<double[]> data = rows.get(m);
            int k = cols[m].length - 1;
            double[] y = new double[data.size()];
            double[][] x = new double[data.size()][k];
            for (int i = 0; i < y.length; i++) {
                y[i] = data.get(i)[0];
                System.arraycopy(data.get(i), 1, x[i], 0, k);
            }
            out[m] = fit(y, x, k);
        }
        return out;
    }

    /** The terms of a model: {@code intercept}, then its x columns. */
    private static List<String> terms(Regressions.Model model) {
        List<String> terms = new ArrayList<>();
        terms.add(INTERCEPT);
        terms.addAll(model.x());
        return terms;
    }

    private void writeRuns(List<RunResult> results, List<Regressions.Model> models, Fit[][] fits) {
        AtomicFiles.write(folder.file("regressions.csv"), o -> {
            o.write(Csv.line(HEADER).getBytes(StandardCharsets.UTF_8));
            for (int m = 0; m < models.size(); m++) {
                List<String> terms = terms(models.get(m));
                for (int r = 0; r < results.size(); r++) {
                    RunResult run = results.get(r);
                    Fit f = fits[m][r];
                    for (int t = 0; t < terms.size(); t++) {
                        o.write(Csv.line(List.of(models.get(m).name(), Integer.toString(run.point()), Integer.toString(run.replicate()),
                                Integer.toString(r), terms.get(t), Csv.num(f.coefficients()[t]), Csv.num(f.standardErrors()[t]),
                                Integer.toString(f.n()), Csv.num(f.r2()))).getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
        });
    }

    private void writeSummary(List<RunResult> results, List<Regressions.Model> models, Fit[][] fits) {
        List<String> header = new ArrayList<>(List.of("model", "point"));
        header.addAll(columns.varying());
        header.addAll(SUMMARY_TAIL);
        AtomicFiles.write(folder.file("regression-summary.csv"), o -> {
            o.write(Csv.line(header).getBytes(StandardCharsets.UTF_8));
            for (int m = 0; m < models.size(); m++) {
                List<String> terms = terms(models.get(m));
                for (int p = 0; p < points; p++) {
                    List<Fit> fitted = new ArrayList<>();
                    for (int r = 0; r < results.size(); r++) {
                        if (results.get(r).point() == p && fits[m][r].fitted()) {
                            fitted.add(fits[m][r]);
                        }
                    }
                    double r2 = Summary.of(fitted.stream().mapToDouble(Fit::r2).filter(v -> !Double.isNaN(v)).toArray()).mean();
                    for (int t = 0; t < terms.size(); t++) {
                        int term = t;
                        double[] b = fitted.stream().mapToDouble(f -> f.coefficients()[term]).toArray();
                        Summary s = Summary.of(b);
                        ConfidenceInterval ci = s.ci();
                        TwoSample.TTest test = TwoSample.oneSample(b, 0.95);
                        List<String> cells = new ArrayList<>(List.of(models.get(m).name(), Integer.toString(p)));
                        cells.addAll(columns.varyingCells(p));
                        cells.addAll(List.of(terms.get(t), Integer.toString(s.n()), Csv.num(s.mean()), Csv.num(s.sd()),
                                Csv.num(ci.lower()), Csv.num(ci.upper()), Csv.num(test.t()), Csv.num(test.p()), Csv.num(r2)));
                        o.write(Csv.line(cells).getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
        });
    }
}
