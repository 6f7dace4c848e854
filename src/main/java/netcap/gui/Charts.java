package netcap.gui;

import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;

import javax.swing.JFrame;
import javax.swing.JPanel;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridLayout;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;

/**
 * The live charts, built directly with JFreeChart on the datasets of a {@link ChartData}: members
 * and active members; free-rider share and total knowledge on two axes; the SECI flows; ties by
 * relationship level now. Colours from the Okabe–Ito palette.
 */
public final class Charts {
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    /** The frame holding the four charts, one above the other. */
    public final JFrame frame;
    public final List<ChartPanel> panels = new ArrayList<>();

    public Charts(ChartData data) {
        JPanel grid = new JPanel(new GridLayout(4, 1, 0, 4));
        grid.setBackground(Color.WHITE);

        panels.add(panel(lineChart("Members and active members", "agents", data.population,
                Palette.BLUE, Palette.SKY_BLUE), grid));

        XYPlot fr = lineChart("Free riders and knowledge", "free-rider share", data.freeRiders, Palette.VERMILLION).getXYPlot();
        ((NumberAxis) fr.getRangeAxis()).setRange(0, 1);
        NumberAxis know = new NumberAxis("total knowledge (ku)");
        style(know);
        know.setAutoRangeIncludesZero(true);
        know.setLabelPaint(Palette.BLUE);
        fr.getRangeAxis().setLabelPaint(Palette.VERMILLION);
        fr.setRangeAxis(1, know);
        fr.setDataset(1, data.knowledge);
        fr.mapDatasetToRangeAxis(1, 1);
        fr.setRenderer(1, renderer(Palette.BLUE));
        panels.add(panel(fr.getChart(), grid));

        panels.add(panel(lineChart("Knowledge flows per step (SECI)", "knowledge units", data.flows,
                Palette.ORANGE, Palette.SKY_BLUE, Palette.BLUISH_GREEN, Palette.REDDISH_PURPLE, Palette.BLUE), grid));

        CategoryPlot bars = new CategoryPlot(data.tieLevels, new CategoryAxis(null), new NumberAxis("ties between members"),
                new LevelRenderer());
        bars.setOrientation(PlotOrientation.VERTICAL);
        plotStyle(bars.getRangeAxis());
        bars.getDomainAxis().setTickLabelFont(TICK);
        bars.getDomainAxis().setMaximumCategoryLabelLines(2);
        bars.getDomainAxis().setMaximumCategoryLabelWidthRatio(1.2f);
        bars.setBackgroundPaint(Color.WHITE);
        bars.setRangeGridlinePaint(new Color(0xDDDDDD));
        JFreeChart barChart = new JFreeChart("Ties by relationship level (now)", TITLE, bars, false);
        barChart.setBackgroundPaint(Color.WHITE);
        panels.add(panel(barChart, grid));

        frame = new JFrame("netcap: charts");
        frame.setDefaultCloseOperation(JFrame.HIDE_ON_CLOSE);
        frame.getContentPane().add(grid);
        frame.setSize(new Dimension(520, 980));
    }

    private static ChartPanel panel(JFreeChart chart, JPanel grid) {
        ChartPanel p = new ChartPanel(chart, false, true, false, true, false);
        p.setMinimumDrawWidth(100);
        p.setMinimumDrawHeight(100);
        p.setMaximumDrawWidth(4000);
        p.setMaximumDrawHeight(4000);
        grid.add(p);
        return p;
    }

    private static JFreeChart lineChart(String title, String yLabel, org.jfree.data.xy.XYDataset data, Color... colours) {
        NumberAxis xAxis = new NumberAxis("step");
        NumberAxis yAxis = new NumberAxis(yLabel);
        style(xAxis);
        style(yAxis);
        xAxis.setAutoRangeIncludesZero(false);
        xAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer(colours));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        JFreeChart chart = new JFreeChart(title, TITLE, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(LABEL);
        legend.setPosition(RectangleEdge.TOP);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        chart.getTitle().setPadding(2, 2, 0, 2);
        return chart;
    }

    private static XYLineAndShapeRenderer renderer(Color... colours) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDrawSeriesLineAsPath(true); // one path per line: far cheaper than a segment per point
        for (int i = 0; i < colours.length; i++) {
            r.setSeriesPaint(i, colours[i]);
            r.setSeriesStroke(i, new BasicStroke(2.2f));
        }
        return r;
    }

    private static void style(NumberAxis axis) {
        axis.setLabelFont(LABEL);
        axis.setTickLabelFont(TICK);
    }

    private static void plotStyle(org.jfree.chart.axis.ValueAxis axis) {
        axis.setLabelFont(LABEL);
        axis.setTickLabelFont(TICK);
    }

    /** Bars from light grey (strangers) to black (close friends), as the ties are drawn. */
    private static final class LevelRenderer extends BarRenderer {
        private static final long serialVersionUID = 1L;

        LevelRenderer() {
            setBarPainter(new StandardBarPainter());
            setShadowVisible(false);
            setDrawBarOutline(false);
            setMaximumBarWidth(0.15);
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            int a = (int) Math.round(255 * Palette.tieAlpha(column));
            int v = 0x33 + (255 - a) * (255 - 0x33) / 255; // the tie's grey on white
            return new Color(v, v, v);
        }
    }
}
