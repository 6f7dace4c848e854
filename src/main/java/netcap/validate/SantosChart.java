package netcap.validate;

import netcap.chart.Theme;
import netcap.stats.ConfidenceInterval;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Renders the Santos, Santos &amp; Pacheco (2008) comparison with JFreeChart: x = eta, y = the
 * fraction of cooperators, one line per graph type with 95% confidence-interval error bars, and
 * the threshold as a dashed line. Okabe-Ito colours on white.
 */
public final class SantosChart {
    /** Okabe-Ito vermillion (scale-free) and blue (regular). */
    private static final Color[] COLORS = {Theme.VERMILLION, Theme.BLUE};
    /** Horizontal offset between the two series so that their error bars do not overlap. */
    private static final double DODGE = 0.006;

    private SantosChart() {
    }

    /** Writes the sweep (indexed {@code [network][eta]}) as a 900 x 620 PNG. */
    public static void render(SantosExperiment.Cell[][] cells, SantosExperiment.Setup setup, Path png) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Font label = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
        Font ticks = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (int k = 0; k < cells.length; k++) {
            SantosExperiment.Cell[] row = cells[k];
            double eta = SantosValidation.crossing(row, SantosValidation.THRESHOLD);
            String name = row[0].network().label() + (Double.isNaN(eta) ? ""
                    : String.format(Locale.ROOT, ",  η* = %.2f", eta));
            YIntervalSeries s = new YIntervalSeries(name);
            double dodge = (k - (cells.length - 1) / 2.0) * DODGE;
            for (SantosExperiment.Cell c : row) {
                ConfidenceInterval ci = c.ci();
                s.add(c.eta() + dodge, ci.mean(), Math.max(0, ci.lower()), Math.min(1, ci.upper()));
            }
            data.addSeries(s);
        }
        double lo = cells[0][0].eta();
        double hi = cells[0][cells[0].length - 1].eta();
        NumberAxis x = new NumberAxis("η = r / (z + 1)   (normalized synergy; r = multiplication factor, z = 4)");
        x.setRange(lo - 0.05, hi + 0.05);
        x.setTickUnit(new NumberTickUnit(0.1));
        x.setLabelFont(label);
        x.setTickLabelFont(ticks);
        x.setNumberFormatOverride(new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        NumberAxis y = new NumberAxis("Fraction of cooperators");
        y.setRange(-0.02, 1.02);
        y.setTickUnit(new NumberTickUnit(0.1));
        y.setLabelFont(label);
        y.setTickLabelFont(ticks);
        y.setNumberFormatOverride(new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        XYErrorRenderer r = MarchChart.renderer(cells.length, COLORS);
        XYPlot plot = new XYPlot(data, x, y, r);
        Theme.grid(plot);
        plot.setOutlinePaint(Color.GRAY);
        double t = SantosValidation.THRESHOLD;
        plot.addAnnotation(new XYLineAnnotation(lo - 0.05, t, hi + 0.05, t,
                new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 5f}, 0f),
                Color.DARK_GRAY));
        XYTextAnnotation note = new XYTextAnnotation(String.format(Locale.ROOT, "threshold %.1f", t), lo - 0.03, t + 0.03);
        note.setTextAnchor(TextAnchor.BOTTOM_LEFT);
        note.setFont(ticks);
        note.setPaint(Color.DARK_GRAY);
        plot.addAnnotation(note);
        JFreeChart chart = new JFreeChart("Santos, Santos & Pacheco (2008): public goods game, "
                + (setup.variant() == netcap.game.CostVariant.PER_GAME ? "fixed cost per game" : "fixed cost per individual"),
                new Font(Font.SANS_SERIF, Font.BOLD, 18), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        chart.getLegend().setFrame(BlockBorder.NONE);
        chart.getLegend().setItemLabelPadding(new RectangleInsets(2, 4, 2, 28));
        chart.addSubtitle(new TextTitle(String.format(Locale.ROOT,
                "netcap.game: N = %d, z = 4, %d + %d generations, 50%% cooperators at start; mean of %d runs, bars = 95%% CI",
                setup.nodes(), setup.transientGenerations(), setup.window(), setup.runs()),
                new Font(Font.SANS_SERIF, Font.PLAIN, 13)));
        Path parent = png.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ChartUtils.saveChartAsPNG(png.toFile(), chart, 900, 620);
    }
}
