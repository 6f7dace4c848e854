package netcap.calibrate;

import netcap.experiment.Csv;
import netcap.io.AtomicFiles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The CSV files of a calibration folder, in the formats docs/calibration.md describes; each written atomically. */
final class Outputs {
    private final Path dir;
    private final CalibrationSpec cal;

    Outputs(Path dir, CalibrationSpec cal) {
        this.dir = dir;
        this.cal = cal;
    }

    private void write(String name, List<String> header, List<List<String>> rows) {
        StringBuilder b = new StringBuilder(Csv.line(header));
        for (List<String> r : rows) {
            b.append(Csv.line(r));
        }
        String text = b.toString();
        AtomicFiles.write(dir.resolve(name), o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** calibration.csv, generations.csv, posterior.csv and estimates.csv of ABC-SMC; returns the estimate (the weighted posterior mean). */
    double[] abc(AbcSmc.Result r) {
        List<String> h = new ArrayList<>(List.of("generation", "candidate"));
        h.addAll(cal.names());
        h.addAll(List.of("distance", "accepted", "weight"));
        List<List<String>> rows = new ArrayList<>();
        for (AbcSmc.Candidate c : r.candidates()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(c.generation()), Integer.toString(c.index())));
            for (double x : c.theta()) {
                row.add(Csv.num(x));
            }
            row.add(Csv.num(c.distance()));
            row.add(Boolean.toString(c.accepted()));
            row.add(Csv.num(c.weight()));
            rows.add(row);
        }
        write("calibration.csv", h, rows);

        rows = new ArrayList<>();
        for (AbcSmc.Generation g : r.generations()) {
            rows.add(List.of(Integer.toString(g.generation()), Double.isInfinite(g.tolerance()) ? "inf" : Csv.num(g.tolerance()),
                    Integer.toString(g.simulations()), Integer.toString(g.accepted()), Csv.num(g.acceptanceRate()), Csv.num(g.ess())));
        }
        write("generations.csv", List.of("generation", "tolerance", "simulations", "accepted", "acceptanceRate", "ess"), rows);

        h = new ArrayList<>(List.of("particle"));
        h.addAll(cal.names());
        h.addAll(List.of("weight", "distance"));
        rows = new ArrayList<>();
        for (int i = 0; i < r.particles().length; i++) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(i)));
            for (double x : r.particles()[i]) {
                row.add(Csv.num(x));
            }
            row.add(Csv.num(r.weights()[i]));
            row.add(Csv.num(r.distances()[i]));
            rows.add(row);
        }
        write("posterior.csv", h, rows);

        int d = cal.names().size();
        double[] est = new double[d];
        rows = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            double[] v = new double[r.particles().length];
            double mean = 0;
            for (int i = 0; i < v.length; i++) {
                v[i] = r.particles()[i][j];
                mean += r.weights()[i] * v[i];
            }
            est[j] = mean;
            rows.add(estimateRow(j, mean, AbcSmc.weightedQuantile(v, r.weights(), 0.5), AbcSmc.weightedQuantile(v, r.weights(), 0.025),
                    AbcSmc.weightedQuantile(v, r.weights(), 0.975), "abc-smc"));
        }
        writeEstimates(rows);
        return est;
    }

    /** calibration.csv and estimates.csv of CMA-ES; returns the estimate (the best point). */
    double[] cmaes(CmaEs.Result r) {
        List<String> h = new ArrayList<>(List.of("generation", "candidate"));
        h.addAll(cal.names());
        h.addAll(List.of("distance", "accepted", "weight"));
        double threshold = r.bestDistance() * r.bestDistance() + 3.84 / cal.targetRows();
        List<List<String>> rows = new ArrayList<>();
        for (CmaEs.Evaluation e : r.evaluations()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(e.iteration()), Integer.toString(e.candidate())));
            for (double x : e.theta()) {
                row.add(Csv.num(x));
            }
            row.add(Csv.num(e.distance()));
            row.add(Boolean.toString(e.distance() * e.distance() <= threshold)); // within the profile interval's threshold
            row.add("");
            rows.add(row);
        }
        write("calibration.csv", h, rows);
        rows = new ArrayList<>();
        for (int j = 0; j < cal.names().size(); j++) {
            rows.add(estimateRow(j, r.best()[j], r.median()[j], r.low()[j], r.high()[j], "cmaes"));
        }
        writeEstimates(rows);
        return r.best().clone();
    }

    private List<String> estimateRow(int j, double est, double median, double low, double high, String method) {
        return List.of(cal.names().get(j), Csv.num(est), Csv.num(median), Csv.num(low), Csv.num(high), method, Csv.num(cal.truth()[j]));
    }

    private void writeEstimates(List<List<String>> rows) {
        write("estimates.csv", List.of("parameter", "estimate", "median", "low", "high", "method", "true"), rows);
    }

    /**
     * fit.csv: for every target row the observed value, the fitted model's mean (scaled as compared)
     * and the 2.5% and 97.5% quantiles of the predictive values (each a vector of all target values).
     */
    void fit(double[] fitted, List<double[]> predictive) {
        List<List<String>> rows = new ArrayList<>();
        for (int t = 0; t < cal.targets().size(); t++) {
            Target target = cal.targets().get(t);
            double[] f = Simulator.scaled(cal, t, fitted);
            double[] o = target.observedScaled();
            double[][] p = new double[predictive.size()][];
            for (int i = 0; i < p.length; i++) {
                p[i] = Simulator.scaled(cal, t, predictive.get(i));
            }
            for (int k = 0; k < target.rows(); k++) {
                double[] v = new double[p.length];
                for (int i = 0; i < p.length; i++) {
                    v[i] = p[i][k];
                }
                rows.add(List.of(target.label(), Csv.num(target.times()[k]), Csv.num(o[k]), Csv.num(f[k]),
                        Csv.num(AbcSmc.quantile(v, 0.025)), Csv.num(AbcSmc.quantile(v, 0.975))));
            }
        }
        write("fit.csv", List.of("target", "time", "observed", "fitted", "low", "high"), rows);
    }
}
