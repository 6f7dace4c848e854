package netcap.report;

import netcap.chart.CalibrationCharts;
import netcap.chart.ChartFiles;
import netcap.chart.ChartMaker;
import netcap.chart.Format;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "Calibration" section of report.html for a folder written by {@code netcap calibrate}
 * (one that holds estimates.csv): the method, the estimates with their 95% intervals (and the
 * true values of a recovery study), the ABC-SMC generations (tolerance, acceptance, effective
 * sample size), how much of the data the predictive band covers, and the charts of
 * {@link CalibrationCharts}. The rest of the report (run summary, charts, results) shows the
 * fitted model's runs in {@code fitted/}.
 */
final class CalibrationSection {
    /** A calibration chart with the size it is drawn at. */
    record Chart(ChartMaker.Made made, int height) {
    }

    /** What the section shows, read before anything is written. */
    record Data(Path dir, List<CalibrationCharts.Estimate> estimates, List<CalibrationCharts.Generation> generations,
                List<CalibrationCharts.FitRow> fit, CalibrationCharts.Posterior posterior, Map<String, CalibrationCharts.Prior> priors,
                int simulations, List<Chart> charts) {
        String method() {
            return estimates.get(0).method();
        }

        boolean abc() {
            return posterior != null || method().startsWith("abc");
        }
    }

    private CalibrationSection() {
    }

    /** Whether {@code dir} is a calibration folder (it holds estimates.csv). */
    static boolean present(Path dir) {
        return CalibrationCharts.present(dir);
    }

    /**
     * The run folder whose runs the report shows: for a calibration folder without time series
     * of its own, its {@code fitted/} run; otherwise {@code dir}.
     */
    static Path runFolder(Path dir) {
        if (present(dir) && !Files.exists(dir.resolve("timeseries.csv")) && Files.isRegularFile(dir.resolve("fitted").resolve("timeseries.csv"))) {
            return dir.resolve("fitted");
        }
        return dir;
    }

    /**
     * Reads a calibration folder and draws its charts (in memory); null when {@code dir} is not
     * a calibration folder.
     *
     * @throws netcap.InputException when a file of the folder is missing or malformed
     */
    static Data read(Path dir) {
        if (!present(dir)) {
            return null;
        }
        List<ChartMaker.Made> made = CalibrationCharts.make(dir);
        List<Chart> charts = new ArrayList<>();
        for (ChartMaker.Made m : made) {
            charts.add(new Chart(m, CalibrationCharts.height(m)));
        }
        int sims = -1;
        Path cal = dir.resolve("calibration.csv");
        if (Files.isRegularFile(cal)) {
            try (var lines = Files.lines(cal)) {
                sims = (int) Math.max(0, lines.filter(l -> !l.isEmpty()).count() - 1);
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                throw new netcap.InputException(cal + ": cannot read: " + e.getMessage());
            }
        }
        return new Data(dir, CalibrationCharts.estimates(dir), CalibrationCharts.generations(dir), CalibrationCharts.fit(dir),
                CalibrationCharts.posterior(dir), CalibrationCharts.priors(dir), sims, charts);
    }

    /** Writes the charts into {@code chartsDir}; returns each chart's PNG bytes, in order. */
    static Map<Chart, byte[]> write(Data data, Path chartsDir, List<Path> files) {
        Map<Chart, byte[]> out = new LinkedHashMap<>();
        for (Chart c : data.charts()) {
            out.put(c, ChartFiles.write(c.made().chart(), chartsDir, c.made().file(), ChartFiles.WIDTH, c.height(), 1.0));
            files.add(chartsDir.resolve(c.made().file() + ".png"));
            files.add(chartsDir.resolve(c.made().file() + ".svg"));
        }
        return out;
    }

    /** The section's HTML (empty without a calibration folder). */
    static String html(Data data, Map<Chart, byte[]> pngs) {
        if (data == null) {
            return "";
        }
        StringBuilder h = new StringBuilder(8192);
        boolean abc = data.abc();
        h.append("<section id=\"calibration\"><h2>Calibration</h2>\n<p>");
        if (abc) {
            h.append("Approximate Bayesian computation by sequential Monte Carlo (ABC-SMC, the adaptive population Monte Carlo of "
                    + "Beaumont, Cornuet, Marin &amp; Robert 2009): each generation draws candidates from the previous one by weight, "
                    + "perturbs them, simulates them and accepts those whose distance to the data is within the generation's tolerance; "
                    + "the tolerance of the next generation is a quantile of the accepted distances. The estimate is the weighted "
                    + "posterior mean of the final generation's particles, the interval the 2.5% and 97.5% weighted quantiles "
                    + "(95% credible interval).");
        } else {
            h.append("Simulated least squares with CMA-ES (Hansen 2016) on the distance to the data, with common random numbers: "
                    + "the estimate is the best candidate found. The 95% interval is a profile interval: the range of the parameter "
                    + "over the evaluated candidates whose squared distance is within 3.84 / (compared rows) of the best one's "
                    + "(the accepted rows of calibration.csv); the median is that of the same candidates.");
        }
        if (data.simulations() >= 0) {
            h.append(" Candidates simulated: ").append(data.simulations()).append(" (calibration.csv).");
        }
        h.append(" The runs, charts and results below the section are those of the fitted model (<code>fitted/</code>). "
                + "See docs/calibration.md.</p>\n");
        estimatesTable(h, data);
        if (!data.generations().isEmpty()) {
            generationsTable(h, data.generations());
        }
        fitTable(h, data.fit(), abc);
        for (Map.Entry<Chart, byte[]> e : pngs.entrySet()) {
            ChartMaker.Made m = e.getKey().made();
            h.append("<figure id=\"chart-").append(Reports.esc(m.file())).append("\">\n<img alt=\"").append(Reports.esc(m.title()))
                    .append("\" width=\"").append(ChartFiles.WIDTH).append("\" height=\"").append(e.getKey().height())
                    .append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(e.getValue())).append("\">\n")
                    .append("<figcaption>").append(Reports.esc(m.title())).append(" — <code>charts/").append(Reports.esc(m.file()))
                    .append(".png</code>, <code>.svg</code></figcaption>\n</figure>\n");
        }
        h.append("</section>\n");
        return h.toString();
    }

    private static void estimatesTable(StringBuilder h, Data data) {
        boolean truth = data.estimates().stream().anyMatch(e -> Double.isFinite(e.truth()));
        boolean abc = data.abc();
        h.append("<h3>Estimates</h3>\n<table class=\"num\" id=\"calibration-estimates\">\n<thead><tr><th>parameter</th>")
                .append("<th>prior<br><span class=\"u\">uniform</span></th><th>estimate<br><span class=\"u\">")
                .append(abc ? "posterior mean" : "best point").append("</span></th><th>median</th><th>95% interval<br><span class=\"u\">")
                .append(abc ? "credible" : "profile").append("</span></th>");
        if (truth) {
            h.append("<th>true value</th><th>covered</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (CalibrationCharts.Estimate e : data.estimates()) {
            CalibrationCharts.Prior p = data.priors().get(e.parameter());
            h.append("<tr><th>").append(Reports.esc(e.parameter())).append("</th><td>")
                    .append(p == null ? "–" : "[" + Format.sig4(p.min()) + ", " + Format.sig4(p.max()) + "]").append("</td><td>")
                    .append(Format.sig4(e.estimate())).append("</td><td>").append(Format.sig4(e.median())).append("</td><td>")
                    .append(interval(e.low(), e.high())).append("</td>");
            if (truth) {
                boolean has = Double.isFinite(e.truth());
                boolean in = has && e.truth() >= e.low() && e.truth() <= e.high();
                h.append("<td>").append(Format.sig4(e.truth())).append("</td><td>").append(has ? (in ? "yes" : "no") : "–").append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    private static void generationsTable(StringBuilder h, List<CalibrationCharts.Generation> gens) {
        h.append("<h3>Generations</h3>\n<p>Each generation's tolerance (the largest distance it accepts; ∞ for the first, which "
                + "accepts the prior's draws), the candidates it simulated and accepted, and the effective sample size of its "
                + "weights, 1 / Σ w² (generations.csv).</p>\n")
                .append("<table class=\"num\" id=\"calibration-generations\">\n<thead><tr><th>generation</th><th>tolerance</th>")
                .append("<th>simulations</th><th>accepted</th><th>acceptance rate</th><th>effective sample size</th></tr></thead>\n<tbody>\n");
        for (CalibrationCharts.Generation g : gens) {
            h.append("<tr><th>").append(g.generation()).append("</th><td>").append(Format.sig4(g.tolerance())).append("</td><td>")
                    .append(g.simulations()).append("</td><td>").append(g.accepted()).append("</td><td>")
                    .append(Format.sig4(g.acceptanceRate())).append("</td><td>").append(Format.sig4(g.ess())).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    private static void fitTable(StringBuilder h, List<CalibrationCharts.FitRow> fit, boolean abc) {
        Map<String, List<CalibrationCharts.FitRow>> by = new LinkedHashMap<>();
        for (CalibrationCharts.FitRow r : fit) {
            by.computeIfAbsent(r.target(), k -> new ArrayList<>()).add(r);
        }
        h.append("<h3>Fit</h3>\n<p>For each target (fit.csv): the rows compared, the root mean square of observed − fitted "
                + "(the model's mean at the estimate, in the target's scaled units) and how many observed values lie inside the "
                + "95% predictive band (").append(abc ? "posterior predictive" : "the replications at the estimate").append(").</p>\n")
                .append("<table class=\"num\" id=\"calibration-fit\">\n<thead><tr><th>target</th><th>rows</th><th>RMS error</th>")
                .append("<th>observed inside the band</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<String, List<CalibrationCharts.FitRow>> e : by.entrySet()) {
            double ss = 0;
            int n = 0;
            int inside = 0;
            int banded = 0;
            for (CalibrationCharts.FitRow r : e.getValue()) {
                if (Double.isFinite(r.fitted())) {
                    ss += (r.observed() - r.fitted()) * (r.observed() - r.fitted());
                    n++;
                }
                if (Double.isFinite(r.low()) && Double.isFinite(r.high())) {
                    banded++;
                    if (r.observed() >= r.low() && r.observed() <= r.high()) {
                        inside++;
                    }
                }
            }
            h.append("<tr><th>").append(Reports.esc(e.getKey())).append("</th><td>").append(e.getValue().size()).append("</td><td>")
                    .append(n == 0 ? "–" : Format.sig4(Math.sqrt(ss / n))).append("</td><td>")
                    .append(banded == 0 ? "–" : inside + " of " + banded).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    private static String interval(double lo, double hi) {
        return Double.isNaN(lo) || Double.isNaN(hi) ? "–" : "[" + Format.sig4(lo) + ", " + Format.sig4(hi) + "]";
    }
}
