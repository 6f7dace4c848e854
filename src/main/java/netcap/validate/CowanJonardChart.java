package netcap.validate;

import netcap.chart.Theme;
import netcap.stats.ConfidenceInterval;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Renders Cowan &amp; Jonard's (2004) result with JFreeChart: x = the rewiring probability p on a
 * log axis, y = the steady-state mean knowledge, one line per absorptive capacity alpha with 95%
 * confidence-interval error bars. The regular lattice (p = 0), which a log axis cannot show, is
 * drawn at {@link #P0_X}, left of a dashed separator; the
 * small-world values of the pass check (p = 0.01 to 0.1) are shaded.
 */
public final class CowanJonardChart {
    private static final Color[] COLORS = {Theme.VERMILLION, Theme.GREEN, Theme.BLUE};
    /** Where p = 0 is drawn on the log axis. */
    static final double P0_X = 0.0004;
    /** Multiplicative offset between the series at one p, so that their error bars do not overlap. */
    private static final double DODGE = 1.06;

    private CowanJonardChart() {
    }

    /** Writes the sweep (indexed {@code [alpha][p]}) as a 1000 x 680 PNG. */
    public static void render(CowanJonardExperiment.Cell[][] cells, int n, int runs, Path png) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Font label = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
        Font ticks = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
        int nSeries = cells.length;
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        // series 0..nSeries-1: p > 0 (lines); nSeries..2 nSeries-1: p = 0 (points only, not in the legend)
        YIntervalSeries[] zero = new YIntervalSeries[nSeries];
        for (int k = 0; k < nSeries; k++) {
            CowanJonardExperiment.Cell[] row = cells[k];
            YIntervalSeries s = new YIntervalSeries(String.format(Locale.ROOT, "α = %.1f", row[0].alpha()));
            zero[k] = new YIntervalSeries(String.format(Locale.ROOT, "α = %.1f, p = 0", row[0].alpha()));
            double dodge = Math.pow(DODGE, k - (nSeries - 1) / 2.0);
            for (CowanJonardExperiment.Cell c : row) {
                ConfidenceInterval ci = c.ci();
                lo = Math.min(lo, ci.lower());
                hi = Math.max(hi, ci.upper());
                if (c.p() == 0) {
                    zero[k].add(P0_X * dodge, ci.mean(), ci.lower(), ci.upper());
                } else {
                    s.add(c.p() * dodge, ci.mean(), ci.lower(), ci.upper());
                }
            }
            data.addSeries(s);
        }
        for (YIntervalSeries z : zero) {
            data.addSeries(z);
        }
        LogAxis x = new LogAxis("p (rewiring probability of each tie; log scale)");
        x.setBase(10);
        x.setSmallestValue(1e-5);
        x.setRange(P0_X / 1.6, 1.5);
        x.setAutoTickUnitSelection(false);
        x.setTickUnit(new NumberTickUnit(1));
        x.setMinorTickCount(9);
        x.setMinorTickMarksVisible(true);
        x.setNumberFormatOverride(new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        x.setLabelFont(label);
        x.setTickLabelFont(ticks);
        NumberAxis y = new NumberAxis(String.format(Locale.ROOT,
                "Steady-state mean knowledge (initially U[0, 10], mean 5; K = %d categories)", CowanJonardExperiment.K));
        double pad = (hi - lo) * 0.08;
        y.setRange(lo - pad, hi + pad * 2);
        y.setAutoRangeIncludesZero(false);
        y.setLabelFont(label);
        y.setTickLabelFont(ticks);
        y.setNumberFormatOverride(new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        XYErrorRenderer r = MarchChart.renderer(2 * nSeries, doubled());
        for (int k = 0; k < nSeries; k++) {
            r.setSeriesLinesVisible(nSeries + k, false);
            r.setSeriesVisibleInLegend(nSeries + k, false);
            r.setSeriesShape(nSeries + k, r.getSeriesShape(k));
        }
        XYPlot plot = new XYPlot(data, x, y, r);
        Theme.grid(plot);
        plot.setOutlinePaint(Color.GRAY);
        double sep = Math.sqrt(P0_X * 0.001);
        plot.addAnnotation(new XYLineAnnotation(sep, lo - pad, sep, hi + pad * 2,
                new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f),
                Color.GRAY));
        XYTextAnnotation p0 = new XYTextAnnotation("p = 0", P0_X, hi + pad * 1.4);
        p0.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        p0.setTextAnchor(TextAnchor.CENTER);
        plot.addAnnotation(p0);
        IntervalMarker band = new IntervalMarker(0.01, 0.1, new Color(0xF2F2F2));
        plot.addDomainMarker(band, Layer.BACKGROUND);
        XYTextAnnotation sw = new XYTextAnnotation("small world (p = 0.01-0.1)", Math.sqrt(0.01 * 0.1), hi + pad * 1.4);
        sw.setFont(new Font(Font.SANS_SERIF, Font.ITALIC, 13));
        sw.setTextAnchor(TextAnchor.CENTER);
        plot.addAnnotation(sw);
        MarchChart.write("Cowan & Jonard (2004): knowledge barter on small-world networks", plot,
                String.format(Locale.ROOT, "N = %d agents, %d ties each, α = absorptive capacity: mean of %d runs per point,"
                        + " bars = 95%% CI (series offset slightly in p)", n, CowanJonardExperiment.DEGREE, runs),
                png, 1000, 680);
    }

    /** The series colours twice: the p = 0 points take their line's colour. */
    private static Color[] doubled() {
        Color[] c = new Color[2 * COLORS.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = COLORS[i % COLORS.length];
        }
        return c;
    }
}
