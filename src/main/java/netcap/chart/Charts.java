package netcap.chart;

import netcap.metrics.NetworkMetrics;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The chart types, each a method producing a themed {@link JFreeChart} from prepared data. The
 * inputs are plain records (bands, points, indices) so that every chart can be drawn from any
 * source; {@link ChartMaker} extracts them from a run folder.
 */
public final class Charts {
    private Charts() {
    }

    /** A labelled time series with its confidence band. */
    public record Line(String name, RunData.Band band) {
    }

    /** A point with 95% intervals on both axes. */
    public record ErrorPoint(double x, double xLow, double xHigh, double y, double yLow, double yHigh) {
    }

    /** Sobol indices of one factor. */
    public record SobolBar(String factor, double s1, double s1Low, double s1High, double st, double stLow, double stHigh) {
    }

    /** Morris elementary-effect statistics of one factor, with the bootstrap interval of mu* (NaN when absent). */
    public record MorrisPoint(String factor, double muStar, double sigma, double muStarLow, double muStarHigh) {
    }

    // ------------------------------------------------------------------ time series with bands

    /**
     * Lines over time with shaded 95% confidence bands (one colour per line): the growth curve
     * and any time series.
     */
    public static JFreeChart bands(String title, String subtitle, String yLabel, List<Line> lines) {
        YIntervalSeriesCollection ds = new YIntervalSeriesCollection();
        for (Line l : lines) {
            ds.addSeries(series(l.name(), l.band()));
        }
        NumberAxis x = stepAxis();
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(ds, x, y, bandRenderer(0, lines.size()));
        JFreeChart c = chart(title, plot, subtitle);
        return Theme.apply(c);
    }

    private static YIntervalSeries series(String name, RunData.Band b) {
        YIntervalSeries s = new YIntervalSeries(name, false, true);
        for (int i = 0; i < b.size(); i++) {
            s.add(b.steps()[i], b.mean()[i], b.lo()[i], b.hi()[i]);
        }
        return s;
    }

    private static DeviationRenderer bandRenderer(int firstColour, int count) {
        DeviationRenderer r = new DeviationRenderer(true, false);
        r.setAlpha(0.22f);
        for (int i = 0; i < count; i++) {
            Color c = Theme.color(firstColour + i);
            r.setSeriesPaint(i, c);
            r.setSeriesFillPaint(i, c);
            r.setSeriesStroke(i, Theme.stroke(2.5f));
        }
        r.setDrawSeriesLineAsPath(true);
        return r;
    }

    /** Free-rider share (left axis) and total knowledge (right axis) over time, each with its band. */
    public static JFreeChart twoAxes(String title, String subtitle, Line left, String leftLabel, Line right, String rightLabel) {
        NumberAxis x = stepAxis();
        NumberAxis yl = new NumberAxis(leftLabel);
        yl.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(x);
        int idx = 0;
        if (left != null) {
            YIntervalSeriesCollection a = new YIntervalSeriesCollection();
            a.addSeries(series(left.name(), left.band()));
            plot.setDataset(idx, a);
            plot.setRangeAxis(idx, yl);
            plot.setRenderer(idx, bandRenderer(1, 1));
            plot.mapDatasetToRangeAxis(idx, idx);
            yl.setLabelPaint(Theme.VERMILLION);
            idx++;
        }
        if (right != null) {
            NumberAxis yr = new NumberAxis(rightLabel);
            yr.setAutoRangeIncludesZero(true);
            YIntervalSeriesCollection b = new YIntervalSeriesCollection();
            b.addSeries(series(right.name(), right.band()));
            plot.setDataset(idx, b);
            plot.setRangeAxis(idx, yr);
            plot.setRangeAxisLocation(idx, idx == 0 ? AxisLocation.BOTTOM_OR_LEFT : AxisLocation.BOTTOM_OR_RIGHT);
            plot.setRenderer(idx, bandRenderer(0, 1));
            plot.mapDatasetToRangeAxis(idx, idx);
        }
        JFreeChart c = Theme.apply(chart(title, plot, subtitle));
        if (left != null) {
            plot.getRangeAxis(0).setLabelPaint(Theme.VERMILLION);
            plot.getRangeAxis(0).setTickLabelPaint(Theme.VERMILLION);
        }
        if (right != null) {
            plot.getRangeAxis(idx).setLabelPaint(Theme.BLUE);
            plot.getRangeAxis(idx).setTickLabelPaint(Theme.BLUE);
        }
        return c;
    }

    /** Stacked areas over time (means): SECI flows, tie levels. {@code colours} may be null for the palette. */
    public static JFreeChart stacked(String title, String subtitle, String yLabel, List<Line> layers, Color[] colours) {
        DefaultTableXYDataset ds = new DefaultTableXYDataset();
        for (Line l : layers) {
            XYSeries s = new XYSeries(l.name(), true, false);
            RunData.Band b = l.band();
            for (int i = 0; i < b.size(); i++) {
                s.add(b.steps()[i], Double.isNaN(b.mean()[i]) ? 0 : b.mean()[i]);
            }
            ds.addSeries(s);
        }
        StackedXYAreaRenderer2 r = new StackedXYAreaRenderer2();
        r.setRoundXCoordinates(true);
        for (int i = 0; i < layers.size(); i++) {
            Color c = colours == null ? Theme.color(i) : colours[i % colours.length];
            r.setSeriesPaint(i, c);
        }
        r.setLegendArea(new Rectangle2D.Double(-8, -8, 16, 16));
        r.setOutline(true);
        r.setDefaultOutlinePaint(Color.WHITE);
        r.setDefaultOutlineStroke(new BasicStroke(0.8f));
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(ds, stepAxis(), y, r);
        plot.setForegroundAlpha(0.9f);
        return Theme.apply(chart(title, plot, subtitle));
    }

    // ------------------------------------------------------------------ across points

    /**
     * Points with 95% error bars on both axes, one series per group (joined by lines when
     * {@code connect}).
     */
    public static JFreeChart errorScatter(String title, String subtitle, String xLabel, String yLabel,
                                          Map<String, List<ErrorPoint>> groups, boolean connect) {
        XYIntervalSeriesCollection ds = new XYIntervalSeriesCollection();
        for (Map.Entry<String, List<ErrorPoint>> g : groups.entrySet()) {
            XYIntervalSeries s = new XYIntervalSeries(g.getKey(), !connect, true);
            List<ErrorPoint> pts = new ArrayList<>(g.getValue());
            pts.sort((a, b) -> Double.compare(a.x(), b.x()));
            for (ErrorPoint p : pts) {
                s.add(p.x(), nz(p.xLow(), p.x()), nz(p.xHigh(), p.x()), p.y(), nz(p.yLow(), p.y()), nz(p.yHigh(), p.y()));
            }
            ds.addSeries(s);
        }
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(true);
        r.setDrawYError(true);
        r.setCapLength(8);
        r.setErrorStroke(new BasicStroke(1.6f));
        r.setDefaultLinesVisible(connect);
        r.setDefaultShapesVisible(true);
        for (int i = 0; i < groups.size(); i++) {
            r.setSeriesPaint(i, Theme.color(i));
            r.setSeriesStroke(i, Theme.stroke(2f));
            r.setSeriesShape(i, new Ellipse2D.Double(-5.5, -5.5, 11, 11));
        }
        NumberAxis x = new NumberAxis(xLabel);
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(ds, x, y, r);
        JFreeChart c = chart(title, plot, subtitle);
        if (groups.size() <= 1) {
            c.removeLegend();
        }
        return Theme.apply(c);
    }

    private static double nz(double v, double dflt) {
        return Double.isNaN(v) ? dflt : v;
    }

    /**
     * A heat map of a statistic over two swept keys: cells on a grid of the keys' levels, a
     * colour scale legend (viridis) and each cell's value printed in it.
     *
     * @param z z[i][j] for x level i and y level j (NaN: no data)
     */
    public static JFreeChart heatmap(String title, String subtitle, String xLabel, List<String> xLevels,
                                     String yLabel, List<String> yLevels, double[][] z, String zLabel) {
        int nx = xLevels.size();
        int ny = yLevels.size();
        double[] xs = new double[nx * ny];
        double[] ys = new double[nx * ny];
        double[] zs = new double[nx * ny];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int k = 0;
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                xs[k] = i;
                ys[k] = j;
                zs[k] = z[i][j];
                if (!Double.isNaN(z[i][j])) {
                    lo = Math.min(lo, z[i][j]);
                    hi = Math.max(hi, z[i][j]);
                }
                k++;
            }
        }
        if (!(lo <= hi)) {
            lo = 0;
            hi = 1;
        }
        if (lo == hi) {
            double pad = lo == 0 ? 1 : Math.abs(lo) * 0.01;
            lo -= pad;
            hi += pad;
        }
        DefaultXYZDataset ds = new DefaultXYZDataset();
        ds.addSeries(zLabel, new double[][]{xs, ys, zs});
        SymbolAxis x = new SymbolAxis(xLabel, xLevels.toArray(new String[0]));
        SymbolAxis y = new SymbolAxis(yLabel, yLevels.toArray(new String[0]));
        x.setGridBandsVisible(false);
        y.setGridBandsVisible(false);
        x.setRange(-0.5, nx - 0.5);
        y.setRange(-0.5, ny - 0.5);
        XYBlockRenderer r = new XYBlockRenderer();
        Viridis scale = new Viridis(lo, hi);
        r.setPaintScale(scale);
        XYPlot plot = new XYPlot(ds, x, y, r);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        if (nx * ny <= 144) {
            Font f = new Font(Theme.FAMILY, Font.PLAIN, nx * ny <= 36 ? 18 : 14);
            for (int i = 0; i < nx; i++) {
                for (int j = 0; j < ny; j++) {
                    if (Double.isNaN(z[i][j])) {
                        continue;
                    }
                    XYTextAnnotation a = new XYTextAnnotation(Format.sig4(z[i][j]), i, j);
                    a.setFont(f);
                    a.setTextAnchor(TextAnchor.CENTER);
                    a.setPaint(scale.isDark(z[i][j]) ? Color.WHITE : Color.BLACK);
                    plot.addAnnotation(a);
                }
            }
        }
        JFreeChart c = chart(title, plot, subtitle);
        c.removeLegend();
        NumberAxis za = new NumberAxis(zLabel);
        za.setRange(lo, hi);
        PaintScaleLegend legend = new PaintScaleLegend(scale, za);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.TOP_OR_RIGHT);
        legend.setStripWidth(22);
        legend.setSubdivisionCount(200);
        legend.setMargin(new RectangleInsets(10, 16, 10, 0));
        legend.setFrame(BlockBorder.NONE);
        legend.setAxisOffset(4);
        c.addSubtitle(legend);
        return Theme.apply(c);
    }

    /** A perceptually uniform, colour-blind-safe scale (viridis, van der Walt &amp; Smith 2015), sampled at 9 stops. */
    public static final class Viridis implements PaintScale {
        private static final int[] STOPS = {0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21918C, 0x28AE80, 0x5EC962, 0xADDC30, 0xFDE725};
        private final double lo;
        private final double hi;

        public Viridis(double lo, double hi) {
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        public double getLowerBound() {
            return lo;
        }

        @Override
        public double getUpperBound() {
            return hi;
        }

        @Override
        public Paint getPaint(double value) {
            if (Double.isNaN(value)) {
                return new Color(0xEEEEEE);
            }
            double t = Math.max(0, Math.min(1, (value - lo) / (hi - lo)));
            double pos = t * (STOPS.length - 1);
            int i = Math.min(STOPS.length - 2, (int) Math.floor(pos));
            double f = pos - i;
            Color a = new Color(STOPS[i]);
            Color b = new Color(STOPS[i + 1]);
            return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                    (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                    (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
        }

        /** Whether a value's colour is dark enough to need white text. */
        public boolean isDark(double value) {
            Color c = (Color) getPaint(value);
            return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue() < 140;
        }
    }

    // ------------------------------------------------------------------ distributions

    /**
     * Histograms of values in [0, 1] (generalized trust) at several steps, drawn as step
     * outlines so that they can overlap; y is the share of members per bin.
     */
    public static JFreeChart histograms(String title, String subtitle, String xLabel, Map<String, double[]> samples,
                                        int bins, double min, double max) {
        XYSeriesCollection ds = new XYSeriesCollection();
        double w = (max - min) / bins;
        for (Map.Entry<String, double[]> e : samples.entrySet()) {
            double[] counts = new double[bins];
            int n = 0;
            for (double v : e.getValue()) {
                if (Double.isNaN(v)) {
                    continue;
                }
                int b = (int) Math.floor((v - min) / w);
                b = Math.max(0, Math.min(bins - 1, b));
                counts[b]++;
                n++;
            }
            XYSeries s = new XYSeries(e.getKey(), false, true);
            s.add(min, 0);
            for (int b = 0; b < bins; b++) {
                double h = n == 0 ? 0 : counts[b] / n;
                s.add(min + b * w, h);
                s.add(min + (b + 1) * w, h);
            }
            s.add(max, 0);
            ds.addSeries(s);
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < samples.size(); i++) {
            r.setSeriesPaint(i, Theme.color(i));
            r.setSeriesStroke(i, Theme.stroke(2.8f));
        }
        NumberAxis x = new NumberAxis(xLabel);
        x.setRange(min, max);
        NumberAxis y = new NumberAxis("share of members per bin (bin width " + Format.sig4(w) + ")");
        y.setAutoRangeIncludesZero(true);
        y.setNumberFormatOverride(new java.text.DecimalFormat("0.00"));
        XYPlot plot = new XYPlot(ds, x, y, r);
        return Theme.apply(chart(title, plot, subtitle));
    }

    /**
     * The degree distribution p(k) on log–log axes with the fitted discrete power law
     * p(k) ~ k^-alpha for k &gt;= kmin (Clauset, Shalizi &amp; Newman 2009).
     */
    public static JFreeChart degree(String title, String subtitle, int[] degrees, int kmin) {
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        int n = 0;
        for (int k : degrees) {
            if (k >= 1) {
                counts.merge(k, 1, Integer::sum);
            }
            if (k >= 0) {
                n++;
            }
        }
        XYSeries emp = new XYSeries("observed p(k)", false, true);
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            emp.add(e.getKey().doubleValue(), (double) e.getValue() / Math.max(1, n));
        }
        NetworkMetrics.PowerLawFit fit = NetworkMetrics.powerLawExponent(degrees, kmin);
        XYSeriesCollection ds = new XYSeriesCollection(emp);
        String fitName;
        if (Double.isFinite(fit.alpha()) && !counts.isEmpty()) {
            fitName = String.format(java.util.Locale.ROOT, "power-law fit, α = %.2f ± %.2f (k ≥ %d, %d members)",
                    fit.alpha(), fit.sigma(), fit.kmin(), fit.tailSize());
            XYSeries line = new XYSeries(fitName, false, true);
            double norm = hurwitz(fit.alpha(), kmin);
            double tailShare = (double) fit.tailSize() / n;
            int kmax = counts.lastKey();
            for (int k = kmin; k <= Math.max(kmax, kmin); k = Math.max(k + 1, (int) Math.ceil(k * 1.05))) {
                line.add(k, tailShare * Math.pow(k, -fit.alpha()) / norm);
            }
            if (line.getMaxX() < kmax) {
                line.add(kmax, tailShare * Math.pow(kmax, -fit.alpha()) / norm);
            }
            ds.addSeries(line);
        } else {
            fitName = "no power-law fit (no degrees ≥ " + kmin + ")";
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        r.setSeriesLinesVisible(0, false);
        r.setSeriesShapesVisible(0, true);
        r.setSeriesShape(0, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
        r.setSeriesPaint(0, Theme.BLUE);
        r.setSeriesLinesVisible(1, true);
        r.setSeriesShapesVisible(1, false);
        r.setSeriesPaint(1, Theme.VERMILLION);
        r.setSeriesStroke(1, new BasicStroke(2.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[]{10f, 6f}, 0f));
        org.jfree.chart.axis.LogarithmicAxis x = new org.jfree.chart.axis.LogarithmicAxis("degree k (ties)");
        x.setStrictValuesFlag(false);
        x.setRange(Math.max(0.8, (counts.isEmpty() ? 1 : counts.firstKey()) / 1.25), (counts.isEmpty() ? 10 : counts.lastKey()) * 1.25);
        double pmin = 1;
        double pmax = 1e-9;
        for (int i = 0; i < emp.getItemCount(); i++) {
            pmin = Math.min(pmin, emp.getY(i).doubleValue());
            pmax = Math.max(pmax, emp.getY(i).doubleValue());
        }
        LogAxis y = decades("p(k) (share of members)", pmin, Math.max(pmax, pmin * 10), "0.#########");
        XYPlot plot = new XYPlot(ds, x, y, r);
        String sub = subtitle + (Double.isFinite(fit.alpha()) ? "" : "; " + fitName);
        return Theme.apply(chart(title, plot, sub));
    }

    /** A base-10 log axis from the decade below {@code min} to the decade above {@code max}, labelled at decades. */
    private static LogAxis decades(String label, double min, double max, String format) {
        LogAxis a = new LogAxis(label);
        a.setBase(10);
        double lo = Math.pow(10, Math.floor(Math.log10(min)));
        double hi = Math.pow(10, Math.ceil(Math.log10(max)));
        if (hi <= lo) {
            hi = lo * 10;
        }
        a.setSmallestValue(lo / 2);
        a.setRange(lo / 1.4, hi * 1.4);
        a.setAutoTickUnitSelection(false);
        a.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1));
        a.setMinorTickCount(9);
        a.setMinorTickMarksVisible(true);
        a.setMinorTickMarkOutsideLength(3);
        a.setNumberFormatOverride(new java.text.DecimalFormat(format));
        return a;
    }

    /** Hurwitz zeta(alpha, kmin) = sum over k &gt;= kmin of k^-alpha (sum plus integral tail). */
    static double hurwitz(double alpha, int kmin) {
        double s = 0;
        int cut = kmin + 10000;
        for (int k = kmin; k < cut; k++) {
            s += Math.pow(k, -alpha);
        }
        return s + Math.pow(cut - 0.5, 1 - alpha) / (alpha - 1);
    }

    // ------------------------------------------------------------------ sensitivity

    /**
     * Sobol first-order (S1) and total (ST) indices per factor as bars with their bootstrap 95%
     * intervals as whiskers. The axis shows [-0.1, 1.1] widened to the estimates (at most
     * [-1, 2]); intervals beyond are cut at the edge.
     */
    public static JFreeChart sobol(String title, String subtitle, List<SobolBar> bars) {
        String[] names = new String[bars.size()];
        XYSeries s1 = new XYSeries("first-order S1", false, true);
        XYSeries st = new XYSeries("total ST", false, true);
        YIntervalSeries w1 = new YIntervalSeries("S1 interval", false, true);
        YIntervalSeries wt = new YIntervalSeries("ST interval", false, true);
        double lo = -0.1;
        double hi = 1.1;
        double off = 0.19;
        for (int i = 0; i < bars.size(); i++) {
            SobolBar b = bars.get(i);
            names[i] = b.factor();
            if (!Double.isNaN(b.s1())) {
                s1.add(i - off, b.s1());
                w1.add(i - off, b.s1(), nz(b.s1Low(), b.s1()), nz(b.s1High(), b.s1()));
                lo = Math.min(lo, b.s1() - 0.05);
                hi = Math.max(hi, b.s1() + 0.05);
            }
            if (!Double.isNaN(b.st())) {
                st.add(i + off, b.st());
                wt.add(i + off, b.st(), nz(b.stLow(), b.st()), nz(b.stHigh(), b.st()));
                lo = Math.min(lo, b.st() - 0.05);
                hi = Math.max(hi, b.st() + 0.05);
            }
        }
        lo = Math.max(lo, -1);
        hi = Math.min(hi, 2);
        XYSeriesCollection barsDs = new XYSeriesCollection();
        barsDs.addSeries(s1);
        barsDs.addSeries(st);
        barsDs.setIntervalWidth(0.36);
        XYBarRenderer br = new XYBarRenderer(0);
        br.setBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
        br.setShadowVisible(false);
        br.setSeriesPaint(0, Theme.SKY);
        br.setSeriesPaint(1, Theme.BLUE);
        br.setDrawBarOutline(false);
        YIntervalSeriesCollection whisk = new YIntervalSeriesCollection();
        whisk.addSeries(w1);
        whisk.addSeries(wt);
        XYErrorRenderer er = new XYErrorRenderer();
        er.setDrawXError(false);
        er.setDrawYError(true);
        er.setCapLength(12);
        er.setErrorPaint(Theme.BLACK);
        er.setErrorStroke(new BasicStroke(1.8f));
        er.setDefaultLinesVisible(false);
        er.setDefaultShapesVisible(false);
        er.setDefaultSeriesVisibleInLegend(false);
        SymbolAxis x = new SymbolAxis("factor", names);
        x.setGridBandsVisible(false);
        x.setRange(-0.6, bars.size() - 0.4);
        x.setVerticalTickLabels(bars.size() > 6); // long parameter names side by side would hide each other
        NumberAxis y = new NumberAxis("Sobol index (share of output variance)");
        y.setRange(lo, hi);
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(x);
        plot.setRangeAxis(y);
        plot.setDataset(0, whisk);
        plot.setRenderer(0, er);
        plot.setDataset(1, barsDs);
        plot.setRenderer(1, br);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.REVERSE);
        plot.addRangeMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(1.2f)), Layer.FOREGROUND);
        plot.setDomainGridlinesVisible(false);
        for (SobolBar b : bars) {
            if (b.factor().equals("dummy") && !Double.isNaN(b.stLow()) && !Double.isNaN(b.stHigh())) {
                // run-to-run noise: a factor whose ST interval reaches into this band is not told apart from noise
                org.jfree.chart.plot.IntervalMarker noise = new org.jfree.chart.plot.IntervalMarker(b.stLow(), b.stHigh(),
                        new Color(0, 0, 0, 28));
                noise.setLabel("noise (dummy's ST)");
                noise.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
                noise.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
                noise.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(2, 2, 2, 6));
                noise.setLabelFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 13));
                plot.addRangeMarker(noise, Layer.BACKGROUND);
            }
        }
        for (int i = 0; i < bars.size(); i++) {
            SobolBar b = bars.get(i);
            clipNote(plot, i - off, b.s1(), "S1", lo, hi);
            clipNote(plot, i + off, b.st(), "ST", lo, hi);
        }
        JFreeChart c = chart(title, plot, subtitle);
        return Theme.apply(c);
    }

    /** Prints the value of a bar that the axis cuts off, at the cut. */
    private static void clipNote(XYPlot plot, double x, double v, String what, double lo, double hi) {
        if (Double.isNaN(v) || (v >= lo && v <= hi)) {
            return;
        }
        boolean above = v > hi;
        XYTextAnnotation a = new XYTextAnnotation(what + " = " + Format.sig4(v) + (above ? " ↑" : " ↓"), x,
                above ? hi - (hi - lo) * 0.03 : lo + (hi - lo) * 0.03);
        a.setFont(Theme.ANNOTATION);
        a.setPaint(Theme.TEXT);
        a.setBackgroundPaint(Color.WHITE);
        a.setOutlineVisible(false);
        a.setTextAnchor(TextAnchor.CENTER);
        plot.addAnnotation(a);
    }

    /** Morris screening: mu* (mean absolute elementary effect) against sigma, one marker per factor. */
    public static JFreeChart morris(String title, String subtitle, String unit, List<MorrisPoint> pts) {
        XYSeriesCollection ds = new XYSeriesCollection();
        double max = 0;
        for (MorrisPoint p : pts) {
            XYSeries s = new XYSeries(p.factor(), false, true);
            s.add(p.muStar(), p.sigma());
            ds.addSeries(s);
            max = Math.max(max, Math.max(p.muStar(), p.sigma()));
            if (Double.isFinite(p.muStarHigh())) {
                max = Math.max(max, p.muStarHigh());
            }
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        for (int i = 0; i < pts.size(); i++) {
            r.setSeriesPaint(i, Theme.color(i));
            r.setSeriesShape(i, new Rectangle2D.Double(-7, -7, 14, 14));
        }
        NumberAxis x = new NumberAxis("μ* (mean |elementary effect|" + (unit.isEmpty() ? "" : ", " + unit) + ")");
        NumberAxis y = new NumberAxis("σ (sd of elementary effects" + (unit.isEmpty() ? "" : ", " + unit) + ")");
        double top = max <= 0 ? 1 : max * 1.15;
        x.setRange(0, top);
        y.setRange(0, top);
        XYPlot plot = new XYPlot(ds, x, y, r);
        XYSeries diag = new XYSeries("σ = μ*", false, true);
        diag.add(0, 0);
        diag.add(top, top);
        XYLineAndShapeRenderer dr = new XYLineAndShapeRenderer(true, false);
        dr.setSeriesPaint(0, Color.GRAY);
        dr.setSeriesStroke(0, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[]{6f, 6f}, 0f));
        plot.setDataset(1, new XYSeriesCollection(diag));
        plot.setRenderer(1, dr);
        for (int i = 0; i < pts.size(); i++) {
            MorrisPoint p = pts.get(i);
            if (Double.isFinite(p.muStarLow()) && Double.isFinite(p.muStarHigh())) { // whisker: the interval of mu*
                plot.addAnnotation(new XYLineAnnotation(p.muStarLow(), p.sigma(), p.muStarHigh(), p.sigma(), new BasicStroke(2f),
                        Theme.color(i)));
            }
            XYTextAnnotation a = new XYTextAnnotation("  " + p.factor(), p.muStar(), p.sigma());
            a.setFont(Theme.ANNOTATION);
            a.setTextAnchor(TextAnchor.HALF_ASCENT_LEFT);
            a.setPaint(Theme.TEXT);
            plot.addAnnotation(a);
        }
        return Theme.apply(chart(title, plot, subtitle));
    }

    // ------------------------------------------------------------------ survival curves

    /** One Kaplan-Meier curve: S(t) just after each distinct time, starting from S = 1 at {@code start}. */
    public record StepCurve(String name, double start, double[] times, double[] survival) {
    }

    /**
     * Kaplan-Meier curves as step functions, one colour per curve, S from 0 to 1 over the steps;
     * a curve ends at its last time (the censoring step of the runs still without the event).
     */
    public static JFreeChart survival(String title, String subtitle, String yLabel, List<StepCurve> curves) {
        XYSeriesCollection ds = new XYSeriesCollection();
        for (StepCurve c : curves) {
            XYSeries s = new XYSeries(c.name(), false, true);
            s.add(c.start(), 1.0);
            for (int i = 0; i < c.times().length; i++) {
                s.add(c.times()[i], c.survival()[i]);
            }
            ds.addSeries(s);
        }
        org.jfree.chart.renderer.xy.XYStepRenderer r = new org.jfree.chart.renderer.xy.XYStepRenderer();
        for (int i = 0; i < curves.size(); i++) {
            r.setSeriesPaint(i, Theme.color(i));
            r.setSeriesStroke(i, Theme.stroke(2.5f));
            r.setSeriesShapesVisible(i, false);
        }
        NumberAxis y = new NumberAxis(yLabel);
        y.setRange(0.0, 1.02);
        XYPlot plot = new XYPlot(ds, stepAxis(), y, r);
        return Theme.apply(chart(title, plot, subtitle));
    }

    // ------------------------------------------------------------------ helpers

    static NumberAxis stepAxis() {
        NumberAxis x = new NumberAxis(Labels.STEPS);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setAutoRangeIncludesZero(false);
        x.setLowerMargin(0);
        x.setUpperMargin(0.01);
        return x;
    }

    private static JFreeChart chart(String title, XYPlot plot, String subtitle) {
        JFreeChart c = new JFreeChart(title, Theme.TITLE, plot, true);
        if (subtitle != null && !subtitle.isEmpty()) {
            TextTitle t = new TextTitle(subtitle, Theme.SUBTITLE);
            t.setMargin(0, 0, 8, 0);
            c.addSubtitle(0, t);
        }
        return c;
    }


    /**
     * The distribution of one statistic over runs, one box per group (median, quartiles, whiskers
     * to the most extreme values within 1.5 IQR, the mean as a circle) with every run drawn as a
     * point over it, so that two regimes show as two clusters rather than a wide interval.
     *
     * @param xLabel what the groups are (e.g. the key whose values they are), or null
     *
     * @param groups group label (with its number of runs) to the runs' values, in drawing order
     */
    public static JFreeChart distribution(String title, String subtitle, String xLabel, String yLabel, Map<String, double[]> groups) {
        return distribution(title, subtitle, xLabel, yLabel, groups, false);
    }

    /**
     * As {@link #distribution(String, String, String, String, Map)}; with {@code paired}, the
     * groups hold the same replicates in the same order (runs paired by seed), and a thin grey
     * line joins the values of each replicate across the groups.
     */
    public static JFreeChart distribution(String title, String subtitle, String xLabel, String yLabel, Map<String, double[]> groups,
                                          boolean paired) {
        org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset boxes = new org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset();
        org.jfree.data.statistics.DefaultMultiValueCategoryDataset points = new org.jfree.data.statistics.DefaultMultiValueCategoryDataset();
        for (Map.Entry<String, double[]> g : groups.entrySet()) {
            List<Double> vs = new ArrayList<>();
            for (double v : g.getValue()) {
                vs.add(v);
            }
            boxes.add(org.jfree.data.statistics.BoxAndWhiskerCalculator.calculateBoxAndWhiskerStatistics(vs), "runs", g.getKey());
            points.add(vs, "runs", g.getKey());
        }
        org.jfree.chart.axis.CategoryAxis x = new org.jfree.chart.axis.CategoryAxis(xLabel);
        x.setMaximumCategoryLabelLines(3);
        if (groups.size() > 6) { // many groups: slanted labels keep their full names
            x.setCategoryLabelPositions(org.jfree.chart.axis.CategoryLabelPositions.createUpRotationLabelPositions(Math.PI / 5));
            x.setMaximumCategoryLabelWidthRatio(3f);
        }
        org.jfree.chart.axis.NumberAxis y = new org.jfree.chart.axis.NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        org.jfree.chart.renderer.category.BoxAndWhiskerRenderer box = new org.jfree.chart.renderer.category.BoxAndWhiskerRenderer();
        Color c0 = Theme.PALETTE[1];
        box.setSeriesPaint(0, new Color(c0.getRed(), c0.getGreen(), c0.getBlue(), 60));
        box.setSeriesOutlinePaint(0, c0.darker());
        box.setUseOutlinePaintForWhiskers(true);
        box.setFillBox(true);
        box.setMeanVisible(false);
        box.setMaxOutlierVisible(false);
        box.setMinOutlierVisible(false);
        box.setMaximumBarWidth(0.12);
        box.setDefaultToolTipGenerator(null);
        org.jfree.chart.plot.CategoryPlot plot = new org.jfree.chart.plot.CategoryPlot(boxes, x, y, box);
        org.jfree.chart.renderer.category.ScatterRenderer dots = new org.jfree.chart.renderer.category.ScatterRenderer();
        dots.setSeriesPaint(0, new Color(0, 0, 0, 150));
        dots.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-3, -3, 6, 6));
        dots.setUseOutlinePaint(false);
        plot.setDataset(2, points); // the dots over the lines of pairs over the boxes
        plot.setRenderer(2, dots);
        if (paired) {
            org.jfree.data.category.DefaultCategoryDataset pairs = new org.jfree.data.category.DefaultCategoryDataset();
            for (Map.Entry<String, double[]> g : groups.entrySet()) {
                for (int i = 0; i < g.getValue().length; i++) {
                    pairs.addValue(g.getValue()[i], Integer.valueOf(i), g.getKey());
                }
            }
            org.jfree.chart.renderer.category.LineAndShapeRenderer lines = new org.jfree.chart.renderer.category.LineAndShapeRenderer(true, false);
            lines.setAutoPopulateSeriesPaint(false);
            lines.setAutoPopulateSeriesStroke(false);
            lines.setDefaultPaint(new Color(120, 120, 120, 90));
            lines.setDefaultStroke(new BasicStroke(1.2f));
            plot.setDataset(1, pairs);
            plot.setRenderer(1, lines);
        }
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        JFreeChart c = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        if (subtitle != null) {
            c.addSubtitle(new org.jfree.chart.title.TextTitle(subtitle));
        }
        Theme.apply(c);
        return c;
    }

    /**
     * Box-and-whisker plots of prepared statistics: one box per category and series (median and
     * quartiles, whiskers and outliers as computed in the items) with the mean marked by a black
     * dot. Series take the palette colours in order; a legend is shown when there are two
     * or more series.
     */
    public static JFreeChart boxes(String title, String subtitle, String xLabel, String yLabel,
                                   org.jfree.data.statistics.BoxAndWhiskerCategoryDataset data) {
        org.jfree.chart.axis.CategoryAxis x = new org.jfree.chart.axis.CategoryAxis(xLabel);
        x.setMaximumCategoryLabelLines(2);
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(true);
        y.setAutoRangeStickyZero(false); // a margin below 0, so that a mean near 0 shows its whole dot
        y.setStandardTickUnits(NumberAxis.createStandardTickUnits());
        org.jfree.chart.renderer.category.BoxAndWhiskerRenderer box = new org.jfree.chart.renderer.category.BoxAndWhiskerRenderer();
        int series = data.getRowCount();
        for (int i = 0; i < series; i++) {
            Color c = Theme.color(i);
            box.setSeriesPaint(i, Theme.alpha(c, 0.35));
            box.setSeriesOutlinePaint(i, c.darker());
        }
        box.setUseOutlinePaintForWhiskers(true);
        box.setFillBox(true);
        box.setMeanVisible(true);
        box.setMedianVisible(true);
        box.setArtifactPaint(Theme.BLACK);
        box.setItemMargin(series > 1 ? 0.1 : 0);
        box.setMaximumBarWidth(series > 1 ? 0.07 : 0.12);
        box.setDefaultToolTipGenerator(null);
        org.jfree.chart.plot.CategoryPlot plot = new org.jfree.chart.plot.CategoryPlot(data, x, y, box);
        JFreeChart c = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, series > 1);
        if (subtitle != null) {
            c.addSubtitle(new TextTitle(subtitle));
        }
        Theme.apply(c);
        return c;
    }
}
