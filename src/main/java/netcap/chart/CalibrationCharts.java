package netcap.chart;

import netcap.InputException;
import netcap.spec.SpecNode;
import netcap.spec.SpecReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The charts of a calibration folder written by {@code netcap calibrate}, drawn from its CSV files
 * into {@code charts/} (PNG and SVG):
 * <ul>
 *   <li>{@code posterior-marginals}: one panel per parameter (from posterior.csv and
 *       estimates.csv): the weighted histogram of the final particles over the prior range, the
 *       estimate (posterior mean), the 95% credible interval shaded and the true value when
 *       estimates.csv gives one; a second row zooms on the posterior when it is narrow;</li>
 *   <li>{@code posterior-pairs}: the scatter matrix of the particles (two or more parameters),
 *       each point's area proportional to its weight, the weighted correlation in each panel,
 *       the histograms on the diagonal;</li>
 *   <li>{@code fit-TARGET}: one per target of fit.csv: the observed values as points, the model
 *       at the estimate as a line and the 95% predictive band (low–high) shaded;</li>
 *   <li>{@code tolerance} (from generations.csv, ABC-SMC): the tolerance and the acceptance rate
 *       by generation;</li>
 *   <li>{@code estimates} (folders without posterior.csv, CMA-ES): one panel per parameter with
 *       the estimate, the median and the 95% (profile) interval, over the prior range.</li>
 * </ul>
 * The prior ranges come from the folder's spec.yaml ({@code calibrate.parameters}); without it the
 * axes span the particles and the intervals. Every chart is a function of the files' bytes.
 */
public final class CalibrationCharts {
    /** One row of estimates.csv; {@code truth} NaN when not given. */
    public record Estimate(String parameter, double estimate, double median, double low, double high, String method, double truth) {
    }

    /** posterior.csv: the final particles, {@code values[parameter][particle]}. */
    public record Posterior(List<String> parameters, double[][] values, double[] weights, double[] distances) {
        public int size() {
            return weights.length;
        }
    }

    /** One row of fit.csv. */
    public record FitRow(String target, double time, double observed, double fitted, double low, double high) {
    }

    /** One row of generations.csv. */
    public record Generation(int generation, double tolerance, int simulations, int accepted, double acceptanceRate, double ess) {
    }

    /** A uniform prior's range. */
    public record Prior(double min, double max) {
    }

    /** The most histogram bins of a marginal panel (fewer for few particles: about 2 sqrt(particles), at least 10). */
    static final int BINS = 30;
    /** A second, zoomed row of marginals is drawn when a 95% interval is narrower than this share of its prior range. */
    static final double ZOOM_BELOW = 0.4;
    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    private static final Font CELL_LABEL = new Font(Theme.FAMILY, Font.PLAIN, 17);
    private static final Font CELL_TICK = new Font(Theme.FAMILY, Font.PLAIN, 13);
    private static final Stroke DASHED = new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[]{8f, 5f}, 0f);

    private CalibrationCharts() {
    }

    // ------------------------------------------------------------------ entry points

    /**
     * Draws the charts of a calibration folder into {@code folder/charts/} (PNG and SVG) and
     * returns the files written.
     *
     * @throws InputException when estimates.csv or fit.csv is missing, or a file is malformed
     */
    public static List<Path> write(Path folder) {
        List<ChartMaker.Made> charts = make(folder);
        Path dir = folder.resolve("charts");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new InputException(dir + ": cannot create the folder: " + e.getMessage());
        }
        List<Path> out = new ArrayList<>();
        for (ChartMaker.Made m : charts) {
            ChartFiles.write(m.chart(), dir, m.file(), ChartFiles.WIDTH, height(m), 1.0);
            out.add(dir.resolve(m.file() + ".png"));
            out.add(dir.resolve(m.file() + ".svg"));
        }
        return out;
    }

    /** The height a chart is drawn at: taller for grids of panels. */
    public static int height(ChartMaker.Made m) {
        if (m.chart().getPlot() instanceof PanelGrid g) {
            int rows = g.rows();
            if (m.file().equals("estimates")) {
                return 180 + rows * 260;
            }
            return rows <= 1 ? ChartFiles.HEIGHT : Math.min(1500, 180 + rows * 380);
        }
        return ChartFiles.HEIGHT;
    }

    /** Whether a folder is a calibration folder: it holds estimates.csv. */
    public static boolean present(Path folder) {
        return Files.isRegularFile(folder.resolve("estimates.csv"));
    }

    /**
     * The charts of a calibration folder, in the order posterior-marginals, posterior-pairs,
     * fit-*, tolerance (or estimates, fit-* without a posterior).
     *
     * @throws InputException when estimates.csv or fit.csv is missing, or a file is malformed
     */
    public static List<ChartMaker.Made> make(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InputException(folder + ": no such folder");
        }
        List<Estimate> est = estimates(folder);
        Path fitFile = folder.resolve("fit.csv");
        if (!Files.isRegularFile(fitFile)) {
            throw new InputException(fitFile + ": missing (a calibration folder has fit.csv; was the calibration interrupted? "
                    + "finish it with netcap calibrate --resume)");
        }
        List<FitRow> fit = fit(folder);
        Posterior post = posterior(folder);
        List<Generation> gens = generations(folder);
        Map<String, Prior> priors = priors(folder);
        String method = est.isEmpty() ? "" : est.get(0).method();
        List<ChartMaker.Made> out = new ArrayList<>();
        if (post != null) {
            out.add(new ChartMaker.Made("posterior-marginals", "Posterior marginals", marginals(post, est, priors, method)));
            if (post.parameters().size() >= 2) {
                out.add(new ChartMaker.Made("posterior-pairs", "Posterior pairs", pairs(post, est)));
            }
        } else if (!est.isEmpty()) {
            out.add(new ChartMaker.Made("estimates", "Estimates", estimatesChart(est, priors, method)));
        }
        Map<String, List<FitRow>> byTarget = new LinkedHashMap<>();
        for (FitRow r : fit) {
            byTarget.computeIfAbsent(r.target(), k -> new ArrayList<>()).add(r);
        }
        boolean abc = post != null;
        for (Map.Entry<String, List<FitRow>> e : byTarget.entrySet()) {
            out.add(new ChartMaker.Made(fitFile(e.getKey()), "Fit: " + e.getKey(), fitChart(e.getKey(), e.getValue(), abc)));
        }
        if (!gens.isEmpty()) {
            out.add(new ChartMaker.Made("tolerance", "Tolerance and acceptance by generation", tolerance(gens)));
        }
        return out;
    }

    /** The base name of a target's fit chart: fit-TARGET with characters other than letters, digits, _ and - as _. */
    public static String fitFile(String target) {
        return ("fit-" + target).replaceAll("[^A-Za-z0-9_-]+", "_");
    }

    // ------------------------------------------------------------------ reading

    /** The rows of estimates.csv. */
    public static List<Estimate> estimates(Path folder) {
        Path f = folder.resolve("estimates.csv");
        if (!Files.isRegularFile(f)) {
            throw new InputException(folder + ": not a calibration folder (no estimates.csv; expected the output folder of netcap calibrate)");
        }
        Table t = Table.read(f, List.of("parameter", "estimate", "median", "low", "high", "method"));
        List<Estimate> out = new ArrayList<>();
        for (int i = 0; i < t.rows(); i++) {
            out.add(new Estimate(t.text(i, "parameter"), t.num(i, "estimate", false), t.num(i, "median", true), t.num(i, "low", true),
                    t.num(i, "high", true), t.text(i, "method"), t.has("true") ? t.num(i, "true", true) : Double.NaN));
        }
        if (out.isEmpty()) {
            throw new InputException(f + ": no rows (one row per fitted parameter expected)");
        }
        return out;
    }

    /** posterior.csv, or null when the folder has none. */
    public static Posterior posterior(Path folder) {
        Path f = folder.resolve("posterior.csv");
        if (!Files.isRegularFile(f)) {
            return null;
        }
        Table t = Table.read(f, List.of("particle", "weight", "distance"));
        List<String> params = new ArrayList<>();
        for (String h : t.header) {
            if (!h.equals("particle") && !h.equals("weight") && !h.equals("distance")) {
                params.add(h);
            }
        }
        if (params.isEmpty()) {
            throw new InputException(f + ": no parameter columns (expected particle,<parameters>,weight,distance), header was " + t.header);
        }
        int n = t.rows();
        if (n == 0) {
            throw new InputException(f + ": no particles");
        }
        double[][] v = new double[params.size()][n];
        double[] w = new double[n];
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < params.size(); k++) {
                v[k][i] = t.num(i, params.get(k), false);
            }
            w[i] = t.num(i, "weight", false);
            if (w[i] < 0) {
                throw new InputException(f + ":" + t.line(i) + ": column 'weight': " + w[i] + " is negative (weights are >= 0)");
            }
            d[i] = t.num(i, "distance", true);
        }
        double sum = Arrays.stream(w).sum();
        if (!(sum > 0)) {
            throw new InputException(f + ": the weights sum to " + sum + " (expected a positive sum)");
        }
        for (int i = 0; i < n; i++) {
            w[i] /= sum;
        }
        return new Posterior(params, v, w, d);
    }

    /** The rows of fit.csv (empty when absent). */
    public static List<FitRow> fit(Path folder) {
        Path f = folder.resolve("fit.csv");
        if (!Files.isRegularFile(f)) {
            return List.of();
        }
        Table t = Table.read(f, List.of("target", "time", "observed", "fitted", "low", "high"));
        List<FitRow> out = new ArrayList<>();
        for (int i = 0; i < t.rows(); i++) {
            out.add(new FitRow(t.text(i, "target"), t.num(i, "time", true), t.num(i, "observed", false), t.num(i, "fitted", true),
                    t.num(i, "low", true), t.num(i, "high", true)));
        }
        return out;
    }

    /** The rows of generations.csv (empty when absent). */
    public static List<Generation> generations(Path folder) {
        Path f = folder.resolve("generations.csv");
        if (!Files.isRegularFile(f)) {
            return List.of();
        }
        Table t = Table.read(f, List.of("generation", "tolerance", "simulations", "accepted", "acceptanceRate", "ess"));
        List<Generation> out = new ArrayList<>();
        for (int i = 0; i < t.rows(); i++) {
            out.add(new Generation((int) t.num(i, "generation", false), t.num(i, "tolerance", true), (int) t.num(i, "simulations", false),
                    (int) t.num(i, "accepted", false), t.num(i, "acceptanceRate", true), t.num(i, "ess", true)));
        }
        return out;
    }

    /**
     * The prior ranges of the fitted parameters from the folder's spec.yaml
     * ({@code calibrate.parameters.NAME.min/max}); empty when the folder has no readable spec.
     */
    public static Map<String, Prior> priors(Path folder) {
        Map<String, Prior> out = new LinkedHashMap<>();
        Path f = folder.resolve("spec.yaml");
        if (!Files.isRegularFile(f)) {
            return out;
        }
        try {
            SpecNode spec = SpecReader.parse("spec.yaml", Files.readString(f, StandardCharsets.UTF_8));
            SpecNode cal = spec.isMap() ? spec.entries().get("calibrate") : null;
            SpecNode ps = cal != null && cal.isMap() ? cal.entries().get("parameters") : null;
            if (ps == null || !ps.isMap()) {
                return out;
            }
            for (Map.Entry<String, SpecNode> e : ps.entries().entrySet()) {
                if (!e.getValue().isMap()) {
                    continue;
                }
                SpecNode lo = e.getValue().entries().get("min");
                SpecNode hi = e.getValue().entries().get("max");
                if (lo != null && hi != null && lo.value() instanceof Number a && hi.value() instanceof Number b
                        && a.doubleValue() < b.doubleValue()) {
                    out.put(e.getKey(), new Prior(a.doubleValue(), b.doubleValue()));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the charts are still drawn, over the particles' range
            return new LinkedHashMap<>();
        }
        return out;
    }

    /** A CSV table read whole, with checked columns and numbers. */
    static final class Table {
        final Path file;
        final List<String> header;
        final List<CSVRecord> records;

        private Table(Path file, List<String> header, List<CSVRecord> records) {
            this.file = file;
            this.header = header;
            this.records = records;
        }

        static Table read(Path f, List<String> required) {
            try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8); CSVParser p = READ.parse(r)) {
                List<String> header = p.getHeaderNames();
                for (String c : required) {
                    if (!header.contains(c)) {
                        throw new InputException(f + ": no column '" + c + "' (expected the columns " + String.join(",", required)
                                + "), header was " + String.join(",", header));
                    }
                }
                List<CSVRecord> recs = p.getRecords();
                for (CSVRecord rec : recs) {
                    if (rec.size() != header.size()) {
                        throw new InputException(f + ":" + (rec.getRecordNumber() + 1) + ": " + rec.size() + " cells, the header has "
                                + header.size());
                    }
                }
                return new Table(f, header, recs);
            } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
                throw new InputException(f + ": cannot read: " + oneLine(e.getMessage()));
            }
        }

        int rows() {
            return records.size();
        }

        long line(int i) {
            return records.get(i).getRecordNumber() + 1;
        }

        boolean has(String col) {
            return header.contains(col);
        }

        String text(int i, String col) {
            return records.get(i).get(col);
        }

        /** A number; an empty cell is NaN when {@code emptyOk}, otherwise an error. */
        double num(int i, String col, boolean emptyOk) {
            String s = records.get(i).get(col).trim();
            if (s.isEmpty()) {
                if (emptyOk) {
                    return Double.NaN;
                }
                throw new InputException(file + ":" + line(i) + ": column '" + col + "' is empty (a number is needed)");
            }
            switch (s.toLowerCase(java.util.Locale.ROOT)) { // infinities as netcap writes them (inf) or as Java does (Infinity)
                case "inf", "+inf", "infinity", "+infinity", "∞" -> {
                    return Double.POSITIVE_INFINITY;
                }
                case "-inf", "-infinity", "−∞" -> {
                    return Double.NEGATIVE_INFINITY;
                }
                default -> {
                }
            }
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw new InputException(file + ":" + line(i) + ": column '" + col + "': '" + oneLine(s) + "' is not a number");
            }
        }
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String t = s.replace("\r", "").replace("\n", "\\n");
        return t.length() > 80 ? t.substring(0, 80) + "…" : t;
    }

    // ------------------------------------------------------------------ posterior marginals

    static JFreeChart marginals(Posterior post, List<Estimate> est, Map<String, Prior> priors, String method) {
        List<String> params = post.parameters();
        List<JFreeChart> prior = new ArrayList<>();
        List<JFreeChart> zoom = new ArrayList<>();
        boolean anyZoom = false;
        boolean anyTruth = false;
        for (int k = 0; k < params.size(); k++) {
            String name = params.get(k);
            Estimate e = find(est, name);
            anyTruth |= e != null && Double.isFinite(e.truth());
            double[] v = post.values()[k];
            double[] span = span(v, e);
            Prior pr = priors.get(name);
            double lo = pr != null ? pr.min() : span[0];
            double hi = pr != null ? pr.max() : span[1];
            prior.add(marginal(name + (pr != null ? " (prior range)" : ""), v, post.weights(), e, lo, hi, k == 0));
            double width = e != null && Double.isFinite(e.low()) && Double.isFinite(e.high()) ? e.high() - e.low() : span[1] - span[0];
            boolean narrow = pr != null && width < ZOOM_BELOW * (pr.max() - pr.min());
            anyZoom |= narrow;
            zoom.add(marginal(name + " (zoom on the posterior)", v, post.weights(), e, span[0], span[1], k == 0));
        }
        int cols = Math.min(params.size(), 4);
        List<JFreeChart> cells = new ArrayList<>();
        if (anyZoom && params.size() <= 4) {
            cells.addAll(prior);
            cells.addAll(zoom);
        } else {
            cells.addAll(prior);
        }
        String sub = "bars: posterior weight per bin (" + post.size() + " particles); solid line: "
                + (method.startsWith("abc") || method.isEmpty() ? "posterior mean" : "estimate") + "; shaded: 95% credible interval"
                + (anyTruth ? "; dashed black: true value" : "");
        return grid("Posterior marginals", sub, cols, cells);
    }

    /** The number of histogram bins for {@code n} particles. */
    static int bins(int n) {
        return Math.max(10, Math.min(BINS, (int) Math.round(2 * Math.sqrt(n))));
    }

    /** The particles' range widened to the estimate, interval and true value, with a margin. */
    private static double[] span(double[] v, Estimate e) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        if (e != null) {
            for (double x : new double[]{e.estimate(), e.low(), e.high(), e.truth()}) {
                if (Double.isFinite(x)) {
                    lo = Math.min(lo, x);
                    hi = Math.max(hi, x);
                }
            }
        }
        double pad = hi > lo ? (hi - lo) * 0.06 : Math.max(Math.abs(lo) * 0.05, 1e-9);
        return new double[]{lo - pad, hi + pad};
    }

    private static JFreeChart marginal(String xLabel, double[] v, double[] w, Estimate e, double lo, double hi, boolean yLabel) {
        int bins = bins(v.length);
        double width = (hi - lo) / bins;
        double[] h = new double[bins];
        for (int i = 0; i < v.length; i++) {
            int b = (int) Math.floor((v[i] - lo) / width);
            if (b >= 0 && b <= bins) {
                h[Math.min(bins - 1, b)] += w[i];
            }
        }
        XYIntervalSeries s = new XYIntervalSeries("posterior weight", false, true);
        for (int b = 0; b < bins; b++) {
            double x0 = lo + b * width;
            s.add(x0 + width / 2, x0, x0 + width, h[b], 0, h[b]);
        }
        XYIntervalSeriesCollection ds = new XYIntervalSeriesCollection();
        ds.addSeries(s);
        XYBarRenderer r = new XYBarRenderer(0.08);
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, Theme.alpha(Theme.BLUE, 0.75));
        r.setDrawBarOutline(false);
        r.setUseYInterval(true);
        NumberAxis x = new NumberAxis(xLabel);
        x.setRange(lo, hi);
        NumberAxis y = new NumberAxis(yLabel ? "share of posterior weight" : null);
        y.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(ds, x, y, r);
        markers(plot, e, true);
        return cell(plot);
    }

    /** The estimate (solid vermillion), the 95% interval (shaded) and the true value (dashed black) on the domain axis. */
    private static void markers(XYPlot plot, Estimate e, boolean label) {
        if (e == null) {
            return;
        }
        if (Double.isFinite(e.low()) && Double.isFinite(e.high())) {
            IntervalMarker m = new IntervalMarker(e.low(), e.high(), Theme.alpha(Theme.ORANGE, 0.22));
            plot.addDomainMarker(m, Layer.BACKGROUND);
        }
        if (Double.isFinite(e.estimate())) {
            ValueMarker m = new ValueMarker(e.estimate(), Theme.VERMILLION, Theme.stroke(2.6f));
            if (label) {
                m.setLabel(Format.sig4(e.estimate()));
                m.setLabelFont(CELL_TICK);
                m.setLabelPaint(Theme.VERMILLION);
                m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                m.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
                m.setLabelBackgroundColor(new Color(255, 255, 255, 210));
            }
            plot.addDomainMarker(m, Layer.FOREGROUND);
        }
        if (Double.isFinite(e.truth())) {
            ValueMarker t = new ValueMarker(e.truth(), Theme.BLACK, DASHED);
            plot.addDomainMarker(t, Layer.FOREGROUND);
        }
    }

    private static Estimate find(List<Estimate> est, String name) {
        for (Estimate e : est) {
            if (e.parameter().equals(name)) {
                return e;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ posterior pairs

    static JFreeChart pairs(Posterior post, List<Estimate> est) {
        List<String> params = post.parameters();
        int k = params.size();
        double[][] spans = new double[k][];
        for (int i = 0; i < k; i++) {
            spans[i] = span(post.values()[i], find(est, params.get(i)));
        }
        double wMax = Arrays.stream(post.weights()).max().orElse(1);
        List<JFreeChart> cells = new ArrayList<>();
        for (int row = 0; row < k; row++) {
            for (int col = 0; col < k; col++) {
                if (row == col) {
                    Estimate e = find(est, params.get(row));
                    cells.add(marginal(row == k - 1 ? params.get(row) : null, post.values()[row], post.weights(), e, spans[row][0],
                            spans[row][1], false));
                } else if (row > col) {
                    cells.add(scatter(post, col, row, spans, wMax, est, row == k - 1, col == 0));
                } else {
                    cells.add(null);
                }
            }
        }
        String sub = post.size() + " particles, each point's area proportional to its weight; r: weighted correlation; "
                + "red cross: estimate" + (est.stream().anyMatch(e -> Double.isFinite(e.truth())) ? "; black ×: true value" : "");
        return grid("Posterior pairs", sub, k, cells);
    }

    private static JFreeChart scatter(Posterior post, int xi, int yi, double[][] spans, double wMax, List<Estimate> est,
                                      boolean xLabel, boolean yLabel) {
        List<String> params = post.parameters();
        double[] xs = post.values()[xi];
        double[] ys = post.values()[yi];
        double[] w = post.weights();
        XYSeries s = new XYSeries("particles", false, true);
        // draw light particles first so that heavy ones stay on top: order by weight, ties by index
        Integer[] order = new Integer[xs.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> w[a] != w[b] ? Double.compare(w[a], w[b]) : Integer.compare(a, b));
        double[] sizes = new double[order.length];
        for (int j = 0; j < order.length; j++) {
            int i = order[j];
            s.add(xs[i], ys[i]);
            sizes[j] = 3 + 13 * Math.sqrt(w[i] / wMax);
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true) {
            private static final long serialVersionUID = 1L;

            @Override
            public Shape getItemShape(int series, int item) {
                if (series != 0) {
                    return super.getItemShape(series, item);
                }
                double d = sizes[item];
                return new Ellipse2D.Double(-d / 2, -d / 2, d, d);
            }
        };
        r.setSeriesPaint(0, Theme.alpha(Theme.BLUE, 0.45));
        XYSeriesCollection ds = new XYSeriesCollection(s);
        Estimate ex = find(est, params.get(xi));
        Estimate ey = find(est, params.get(yi));
        if (ex != null && ey != null) {
            XYSeries e = new XYSeries("estimate", false, true);
            e.add(ex.estimate(), ey.estimate());
            ds.addSeries(e);
            r.setSeriesShape(1, cross(9));
            r.setSeriesPaint(1, Theme.VERMILLION);
            if (Double.isFinite(ex.truth()) && Double.isFinite(ey.truth())) {
                XYSeries t = new XYSeries("true value", false, true);
                t.add(ex.truth(), ey.truth());
                ds.addSeries(t);
                r.setSeriesShape(2, xShape(8));
                r.setSeriesPaint(2, Theme.BLACK);
            }
        }
        NumberAxis x = new NumberAxis(xLabel ? params.get(xi) : null);
        x.setRange(spans[xi][0], spans[xi][1]);
        NumberAxis y = new NumberAxis(yLabel ? params.get(yi) : null);
        y.setRange(spans[yi][0], spans[yi][1]);
        XYPlot plot = new XYPlot(ds, x, y, r);
        double rho = weightedCorrelation(xs, ys, w);
        XYTextAnnotation a = new XYTextAnnotation("r = " + (Double.isNaN(rho) ? "–" : String.format(java.util.Locale.ROOT, "%.2f", rho)),
                spans[xi][1] - (spans[xi][1] - spans[xi][0]) * 0.03, spans[yi][1] - (spans[yi][1] - spans[yi][0]) * 0.04);
        a.setFont(CELL_LABEL);
        a.setPaint(Theme.TEXT);
        a.setBackgroundPaint(new Color(255, 255, 255, 200));
        a.setTextAnchor(TextAnchor.TOP_RIGHT);
        plot.addAnnotation(a);
        return cell(plot);
    }

    /** The weighted Pearson correlation (NaN when a variable does not vary). */
    static double weightedCorrelation(double[] x, double[] y, double[] w) {
        double sw = 0;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            sw += w[i];
            mx += w[i] * x[i];
            my += w[i] * y[i];
        }
        mx /= sw;
        my /= sw;
        double cxy = 0;
        double cxx = 0;
        double cyy = 0;
        for (int i = 0; i < x.length; i++) {
            cxy += w[i] * (x[i] - mx) * (y[i] - my);
            cxx += w[i] * (x[i] - mx) * (x[i] - mx);
            cyy += w[i] * (y[i] - my) * (y[i] - my);
        }
        return cxx > 0 && cyy > 0 ? cxy / Math.sqrt(cxx * cyy) : Double.NaN;
    }

    private static Shape cross(double r) {
        Path2D.Double p = new Path2D.Double();
        double t = r / 3.5;
        p.moveTo(-r, -t);
        p.lineTo(-t, -t);
        p.lineTo(-t, -r);
        p.lineTo(t, -r);
        p.lineTo(t, -t);
        p.lineTo(r, -t);
        p.lineTo(r, t);
        p.lineTo(t, t);
        p.lineTo(t, r);
        p.lineTo(-t, r);
        p.lineTo(-t, t);
        p.lineTo(-r, t);
        p.closePath();
        return p;
    }

    private static Shape xShape(double r) {
        return java.awt.geom.AffineTransform.getRotateInstance(Math.PI / 4).createTransformedShape(cross(r));
    }

    // ------------------------------------------------------------------ estimates (CMA-ES)

    static JFreeChart estimatesChart(List<Estimate> est, Map<String, Prior> priors, String method) {
        List<JFreeChart> cells = new ArrayList<>();
        boolean anyTruth = false;
        for (Estimate e : est) {
            anyTruth |= Double.isFinite(e.truth());
            Prior pr = priors.get(e.parameter());
            double[] span = span(new double[]{e.estimate()}, e);
            double lo = pr != null ? Math.min(pr.min(), span[0]) : span[0];
            double hi = pr != null ? Math.max(pr.max(), span[1]) : span[1];
            XYIntervalSeries s = new XYIntervalSeries("estimate", false, true);
            double l = Double.isFinite(e.low()) ? e.low() : e.estimate();
            double h = Double.isFinite(e.high()) ? e.high() : e.estimate();
            s.add(e.estimate(), l, h, 0, 0, 0);
            XYIntervalSeriesCollection ds = new XYIntervalSeriesCollection();
            ds.addSeries(s);
            XYErrorRenderer r = new XYErrorRenderer();
            r.setDrawXError(true);
            r.setDrawYError(false);
            r.setCapLength(16);
            r.setErrorStroke(new BasicStroke(2.4f));
            r.setErrorPaint(Theme.VERMILLION);
            r.setSeriesPaint(0, Theme.VERMILLION);
            r.setSeriesShape(0, new Ellipse2D.Double(-7, -7, 14, 14));
            r.setDefaultLinesVisible(false);
            NumberAxis x = new NumberAxis(e.parameter() + (pr != null ? " (prior range)" : ""));
            x.setRange(lo, hi);
            NumberAxis y = new NumberAxis(null);
            y.setRange(-1, 1);
            y.setTickLabelsVisible(false);
            y.setTickMarksVisible(false);
            XYPlot plot = new XYPlot(ds, x, y, r);
            plot.setRangeGridlinesVisible(false);
            if (Double.isFinite(e.median())) {
                plot.addDomainMarker(new ValueMarker(e.median(), Theme.alpha(Theme.VERMILLION, 0.6), new BasicStroke(1.2f)), Layer.BACKGROUND);
            }
            if (Double.isFinite(e.truth())) {
                plot.addDomainMarker(new ValueMarker(e.truth(), Theme.BLACK, DASHED), Layer.FOREGROUND);
            }
            XYTextAnnotation a = new XYTextAnnotation(Format.sig4(e.estimate()) + " [" + Format.sig4(e.low()) + ", "
                    + Format.sig4(e.high()) + "]", e.estimate(), 0.35);
            a.setFont(CELL_LABEL);
            a.setPaint(Theme.TEXT);
            a.setTextAnchor(TextAnchor.BOTTOM_CENTER);
            plot.addAnnotation(a);
            cells.add(cell(plot));
        }
        int cols = Math.min(est.size(), 2);
        String sub = "point: " + (method.isEmpty() ? "estimate" : method + " estimate") + "; bar: 95% interval"
                + (method.equals("cmaes") ? " (profile: the evaluated points within the 95% threshold of the best distance)" : "")
                + "; thin line: median" + (anyTruth ? "; dashed black: true value" : "");
        return grid("Estimates", sub, cols, cells);
    }

    // ------------------------------------------------------------------ fit

    static JFreeChart fitChart(String target, List<FitRow> rows, boolean abc) {
        YIntervalSeries model = new YIntervalSeries("model at the estimate, with the 95% predictive band", false, true);
        XYSeries obs = new XYSeries("observed", false, true);
        boolean noTime = rows.stream().allMatch(r -> Double.isNaN(r.time()));
        for (int i = 0; i < rows.size(); i++) {
            FitRow r = rows.get(i);
            double t = noTime ? i : r.time();
            if (Double.isFinite(r.fitted())) {
                double lo = Double.isFinite(r.low()) ? r.low() : r.fitted();
                double hi = Double.isFinite(r.high()) ? r.high() : r.fitted();
                model.add(t, r.fitted(), lo, hi);
            }
            obs.add(t, r.observed());
        }
        NumberAxis x = new NumberAxis(noTime ? "row" : "time (the data's time column)");
        x.setAutoRangeIncludesZero(false);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis y = new NumberAxis("value (the target's units, scaled as in the spec)");
        y.setAutoRangeIncludesZero(rows.size() > 2);
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(x);
        plot.setRangeAxis(y);
        XYLineAndShapeRenderer pr = new XYLineAndShapeRenderer(false, true);
        pr.setSeriesPaint(0, Theme.BLACK);
        pr.setSeriesShape(0, new Ellipse2D.Double(-5.5, -5.5, 11, 11));
        plot.setDataset(0, new XYSeriesCollection(obs));
        plot.setRenderer(0, pr);
        YIntervalSeriesCollection band = new YIntervalSeriesCollection();
        band.addSeries(model);
        if (rows.size() <= 2) { // a moment: error bars, not a band
            XYErrorRenderer er = new XYErrorRenderer();
            er.setDrawXError(false);
            er.setDrawYError(true);
            er.setCapLength(14);
            er.setErrorStroke(new BasicStroke(2.2f));
            er.setErrorPaint(Theme.BLUE);
            er.setSeriesPaint(0, Theme.BLUE);
            er.setSeriesShape(0, new java.awt.geom.Rectangle2D.Double(-6, -6, 12, 12));
            er.setDefaultLinesVisible(false);
            plot.setDataset(1, band);
            plot.setRenderer(1, er);
            x.setRange(-1 + (noTime ? 0 : rows.get(0).time()), 1 + (noTime ? rows.size() - 1 : rows.get(rows.size() - 1).time()));
        } else {
            DeviationRenderer dr = new DeviationRenderer(true, false);
            dr.setAlpha(0.25f);
            dr.setSeriesPaint(0, Theme.BLUE);
            dr.setSeriesFillPaint(0, Theme.BLUE);
            dr.setSeriesStroke(0, Theme.stroke(2.8f));
            plot.setDataset(1, band);
            plot.setRenderer(1, dr);
        }
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        JFreeChart c = new JFreeChart("Fit to " + target, Theme.TITLE, plot, true);
        String sub = (rows.size() <= 2 ? "circle: observed; square: mean of the model's replications at the estimate; bar: 2.5%–97.5% of the "
                : "points: observed; line: mean of the model's replications at the estimate; band: 2.5%–97.5% of the ")
                + (abc ? "posterior predictive (posterior particles drawn by weight)" : "replications at the estimate");
        TextTitle t = new TextTitle(sub, Theme.SUBTITLE);
        t.setMargin(0, 0, 8, 0);
        c.addSubtitle(0, t);
        return Theme.apply(c);
    }

    // ------------------------------------------------------------------ tolerance

    static JFreeChart tolerance(List<Generation> gens) {
        XYSeries tol = new XYSeries("tolerance (distance)", false, true);
        XYSeries acc = new XYSeries("acceptance rate", false, true);
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (Generation g : gens) {
            if (Double.isFinite(g.tolerance()) && g.tolerance() > 0) {
                tol.add(g.generation(), g.tolerance());
                min = Math.min(min, g.tolerance());
                max = Math.max(max, g.tolerance());
            }
            if (Double.isFinite(g.acceptanceRate())) {
                acc.add(g.generation(), g.acceptanceRate());
            }
        }
        NumberAxis x = new NumberAxis("generation");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setRange(gens.get(0).generation() - 0.3, gens.get(gens.size() - 1).generation() + 0.3);
        ValueAxis yl;
        if (tol.getItemCount() > 0 && max / min > 20) {
            LogAxis la = new LogAxis("tolerance (distance, log scale)");
            la.setBase(10);
            la.setSmallestValue(min / 10);
            la.setRange(min / 1.5, max * 1.5);
            la.setNumberFormatOverride(new java.text.DecimalFormat("0.###E0"));
            yl = la;
        } else {
            NumberAxis na = new NumberAxis("tolerance (distance)");
            na.setAutoRangeIncludesZero(true);
            yl = na;
        }
        NumberAxis yr = new NumberAxis("acceptance rate");
        yr.setRange(0, 1.02);
        yr.setNumberFormatOverride(java.text.NumberFormat.getPercentInstance(java.util.Locale.ROOT));
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(x);
        plot.setRangeAxis(0, yl);
        plot.setRangeAxis(1, yr);
        plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        plot.setDataset(0, new XYSeriesCollection(tol));
        plot.setDataset(1, new XYSeriesCollection(acc));
        plot.mapDatasetToRangeAxis(0, 0);
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer r0 = new XYLineAndShapeRenderer(true, true);
        r0.setSeriesPaint(0, Theme.BLUE);
        r0.setSeriesStroke(0, Theme.stroke(2.8f));
        r0.setSeriesShape(0, new Ellipse2D.Double(-6, -6, 12, 12));
        XYLineAndShapeRenderer r1 = new XYLineAndShapeRenderer(true, true);
        r1.setSeriesPaint(0, Theme.VERMILLION);
        r1.setSeriesStroke(0, new BasicStroke(2.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[]{9f, 6f}, 0f));
        r1.setSeriesShape(0, new java.awt.geom.Rectangle2D.Double(-5.5, -5.5, 11, 11));
        plot.setRenderer(0, r0);
        plot.setRenderer(1, r1);
        JFreeChart c = new JFreeChart("Tolerance and acceptance by generation", Theme.TITLE, plot, true);
        Generation last = gens.get(gens.size() - 1);
        String sub = "ABC-SMC; last generation: tolerance " + Format.sig4(last.tolerance()) + ", " + last.accepted() + " of "
                + last.simulations() + " simulations accepted, effective sample size " + Format.sig4(last.ess());
        TextTitle t = new TextTitle(sub, Theme.SUBTITLE);
        t.setMargin(0, 0, 8, 0);
        c.addSubtitle(0, t);
        Theme.apply(c);
        plot.getRangeAxis(0).setLabelPaint(Theme.BLUE);
        plot.getRangeAxis(0).setTickLabelPaint(Theme.BLUE);
        plot.getRangeAxis(1).setLabelPaint(Theme.VERMILLION);
        plot.getRangeAxis(1).setTickLabelPaint(Theme.VERMILLION);
        return c;
    }

    // ------------------------------------------------------------------ helpers

    /** A small themed chart for a grid cell: no title or legend, smaller fonts. */
    private static JFreeChart cell(XYPlot plot) {
        JFreeChart c = new JFreeChart(null, Theme.TITLE, plot, false);
        Theme.apply(c);
        c.setPadding(new RectangleInsets(6, 6, 6, 12));
        for (int i = 0; i < plot.getDomainAxisCount(); i++) {
            small(plot.getDomainAxis(i));
        }
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            small(plot.getRangeAxis(i));
        }
        return c;
    }

    private static void small(ValueAxis a) {
        if (a == null) {
            return;
        }
        a.setLabelFont(CELL_LABEL);
        a.setTickLabelFont(CELL_TICK);
        a.setTickLabelInsets(new RectangleInsets(4, 6, 4, 6));
    }

    private static JFreeChart grid(String title, String subtitle, int columns, List<JFreeChart> cells) {
        PanelGrid g = new PanelGrid(columns, cells);
        JFreeChart c = new JFreeChart(title, Theme.TITLE, g, false);
        TextTitle t = new TextTitle(subtitle, Theme.SUBTITLE);
        t.setMargin(0, 0, 8, 0);
        c.addSubtitle(0, t);
        Theme.apply(c);
        g.setBackgroundPaint(Color.WHITE);
        return c;
    }
}
