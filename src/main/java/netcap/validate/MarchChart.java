package netcap.validate;

import netcap.chart.Theme;
import netcap.stats.ConfidenceInterval;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Polygon;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Renders March's (1991) Figure 1 from sweeps with JFreeChart: x = p1, y = the code's
 * equilibrium knowledge, one line per p2 with 95% confidence-interval error bars, one panel per
 * rule set.
 */
public final class MarchChart {
    private static final Color[] COLORS = {Theme.VERMILLION, Theme.GREEN, Theme.BLUE};

    /** Horizontal offset between the series at one p1, so that their error bars do not overlap. */
    private static final double DODGE = 0.008;

    private MarchChart() {
    }

    /** One panel: a title and a sweep indexed {@code [p2][p1]}. */
    public record Panel(String title, MarchExperiment.Cell[][] cells) {
    }

    /**
     * Writes the panels side by side, sharing the y axis (the code's equilibrium knowledge), as a
     * PNG of {@code 560 * panels + 140} by 640 pixels.
     */
    public static void render(List<Panel> panels, int runs, Path png) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Font label = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
        Font ticks = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
        double lo = 1;
        for (Panel panel : panels) {
            for (MarchExperiment.Cell[] row : panel.cells()) {
                for (MarchExperiment.Cell c : row) {
                    lo = Math.min(lo, c.ci().lower());
                }
            }
        }
        NumberAxis y = new NumberAxis("Equilibrium knowledge of the code (share of m = 30 dimensions right)");
        y.setRange(Math.floor(lo * 20) / 20 - 0.01, 1.005);
        y.setTickUnit(new NumberTickUnit(0.05));
        y.setLabelFont(label);
        y.setTickLabelFont(ticks);
        y.setNumberFormatOverride(new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        CombinedRangeXYPlot combined = new CombinedRangeXYPlot(y);
        LegendItemCollection legend = null;
        combined.setGap(18);
        for (Panel panel : panels) {
            YIntervalSeriesCollection data = new YIntervalSeriesCollection();
            int nSeries = panel.cells().length;
            for (int k = 0; k < nSeries; k++) {
                MarchExperiment.Cell[] row = panel.cells()[k];
                YIntervalSeries s = new YIntervalSeries(String.format(Locale.ROOT, "p2 = %.1f", row[0].p2()));
                double dodge = (k - (nSeries - 1) / 2.0) * DODGE; // keeps the error bars apart
                for (MarchExperiment.Cell c : row) {
                    ConfidenceInterval ci = c.ci();
                    s.add(c.p1() + dodge, ci.mean(), ci.lower(), ci.upper());
                }
                data.addSeries(s);
            }
            NumberAxis x = new NumberAxis("p1 (socialization rate)");
            x.setRange(0.05, 0.95);
            x.setTickUnit(new NumberTickUnit(0.1));
            x.setLabelFont(label);
            x.setTickLabelFont(ticks);
            XYPlot plot = new XYPlot(data, x, null, renderer(panel.cells().length));
            Theme.grid(plot);
            plot.setOutlinePaint(Color.GRAY);
            XYTitleAnnotation title = new XYTitleAnnotation(0.5, 0.995,
                    new TextTitle(panel.title(), new Font(Font.SANS_SERIF, Font.BOLD, 15)), RectangleAnchor.TOP);
            plot.addAnnotation(title);
            combined.add(plot, 1);
            if (legend == null) {
                legend = plot.getLegendItems();
            }
        }
        combined.setFixedLegendItems(legend);
        write("March (1991), Fig. 1: effect of learning rates on equilibrium knowledge", combined,
                String.format(Locale.ROOT, "netcap SECI engine, m = 30, n = 50: mean of %d runs per point, bars = 95%% CI"
                        + " (series offset slightly in p1 for legibility)", runs),
                png, 560 * panels.size() + 140, 640);
    }

    /**
     * Writes {@code plot} as a {@code width} x {@code height} PNG in the look of the validation
     * charts: bold title, a plain subtitle, white background, legend below without a frame.
     */
    static void write(String title, Plot plot, String subtitle, Path png, int width, int height) throws IOException {
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 18), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        chart.getLegend().setFrame(BlockBorder.NONE);
        chart.addSubtitle(new TextTitle(subtitle, new Font(Font.SANS_SERIF, Font.PLAIN, 14)));
        Path parent = png.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ChartUtils.saveChartAsPNG(png.toFile(), chart, width, height);
    }

    /** Lines with shapes and 95% error bars in the series' colours, one marker shape per series. */
    static XYErrorRenderer renderer(int series) {
        return renderer(series, COLORS);
    }

    static XYErrorRenderer renderer(int series, Color[] colors) {
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(false);
        r.setDrawYError(true);
        r.setDefaultLinesVisible(true);
        r.setDefaultShapesVisible(true);
        r.setCapLength(7);
        r.setErrorStroke(new BasicStroke(1.4f));
        r.setErrorPaint(null); // error bars in the series colour
        for (int s = 0; s < series; s++) {
            r.setSeriesPaint(s, colors[s % colors.length]);
            r.setSeriesStroke(s, new BasicStroke(2.2f));
            r.setSeriesShape(s, s == 0 ? new Ellipse2D.Double(-4.5, -4.5, 9, 9)
                    : s == 1 ? new Rectangle2D.Double(-4, -4, 8, 8)
                    : new Polygon(new int[] {0, 5, -5}, new int[] {-5, 4, 4}, 3));
        }
        return r;
    }
}
