package netcap.gui;

import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeriesCollection;

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
import java.util.function.Function;

/**
 * The live charts, built directly with JFreeChart on the datasets of one {@link ChartData} per
 * model, in two columns: members and active members; free-rider share and total knowledge on two
 * axes; the SECI flows; ties by relationship level now; mean trust by channel and by level over
 * time; the distribution of trust now; purchases, approaches and new ties per step. With two models
 * (a contrast side by side) each chart holds both on the same axes: the first side's lines solid,
 * the second's dashed, bars side by side, and a line above the charts names the sides. Colours from the
 * Okabe–Ito palette; texts in the window's language.
 */
public final class Charts {
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    /** The dash of the second side of a contrast. */
    private static final float[] DASH = {7f, 4f};
    /** Bar colours of the two sides of a contrast. */
    private static final Color[] SIDE_BARS = {new Color(0x444444), Palette.SKY_BLUE};

    /** The frame holding the charts. */
    public final JFrame frame;
    public final List<ChartPanel> panels = new ArrayList<>();
    private final Messages m;
    private final List<ChartData> sides;
    /** Refill the bar datasets that hold both sides of a contrast from the sides' own. */
    private final List<Runnable> refills = new ArrayList<>();
    private javax.swing.JLabel key;

    /**
     * @param m     the window's texts
     * @param sides one model's data, or the two sides of a contrast (named by {@link ChartData#side()})
     */
    public Charts(Messages m, List<ChartData> sides) {
        this.m = m;
        this.sides = sides;
        JPanel grid = new JPanel(new GridLayout(4, 2, 4, 4));
        grid.setBackground(Color.WHITE);

        add(grid, lines("gui.chart.members", "gui.axis.agents", d -> d.population, Palette.BLUE, Palette.SKY_BLUE));

        JFreeChart frChart = lines("gui.chart.freeRiders", "gui.axis.freeRiderShare", d -> d.freeRiders, Palette.VERMILLION);
        XYPlot fr = frChart.getXYPlot();
        ((NumberAxis) fr.getRangeAxis()).setRange(0, 1);
        NumberAxis know = new NumberAxis(m.get("gui.axis.knowledge"));
        style(know);
        know.setAutoRangeIncludesZero(true);
        know.setLabelPaint(Palette.BLUE);
        fr.getRangeAxis().setLabelPaint(Palette.VERMILLION);
        fr.setRangeAxis(1, know);
        for (int s = 0; s < sides.size(); s++) {
            int i = sides.size() + s;
            fr.setDataset(i, sides.get(s).knowledge);
            fr.mapDatasetToRangeAxis(i, 1);
            fr.setRenderer(i, renderer(s, Palette.BLUE));
        }
        add(grid, frChart);

        add(grid, lines("gui.chart.seci", "gui.axis.knowledgeUnits", d -> d.flows,
                Palette.ORANGE, Palette.SKY_BLUE, Palette.BLUISH_GREEN, Palette.REDDISH_PURPLE, Palette.BLUE, Palette.VERMILLION,
                Palette.YELLOW.darker()));
        add(grid, bars("gui.chart.tieLevels", "gui.axis.ties", d -> d.tieLevels, true));

        JFreeChart layer = lines("gui.chart.trustLayer", "gui.axis.trust", d -> d.trustByLayer,
                new Color(0x333333), Palette.BLUE, Palette.REDDISH_PURPLE, Palette.ORANGE);
        ((NumberAxis) layer.getXYPlot().getRangeAxis()).setRange(0, 1);
        add(grid, layer);
        Color[] levels = new Color[5];
        for (int l = 0; l < levels.length; l++) {
            levels[l] = levelGrey(l);
        }
        JFreeChart level = lines("gui.chart.trustLevel", "gui.axis.trust", d -> d.trustByLevel, levels);
        ((NumberAxis) level.getXYPlot().getRangeAxis()).setRange(0, 1);
        add(grid, level);
        add(grid, bars("gui.chart.trustHistogram", "gui.axis.shareOfTies", d -> d.trustHistogram, false));
        add(grid, lines("gui.chart.exchange", "gui.axis.perStep", d -> d.exchanges, Palette.BLUISH_GREEN, Palette.ORANGE, Palette.BLUE));

        frame = new JFrame(m.get("gui.window.charts"));
        frame.setDefaultCloseOperation(JFrame.HIDE_ON_CLOSE);
        if (sides.size() > 1) {
            key = new javax.swing.JLabel(keyText(), javax.swing.SwingConstants.CENTER);
            key.setFont(TITLE);
            key.setOpaque(true);
            key.setBackground(Color.WHITE);
            key.setBorder(javax.swing.BorderFactory.createEmptyBorder(4, 4, 4, 4));
            frame.getContentPane().add(key, java.awt.BorderLayout.NORTH);
        }
        frame.getContentPane().add(grid);
        frame.setSize(new Dimension(820, 980));
    }

    private String keyText() {
        return "<html><center>" + m.format("gui.chart.sides", Controls.escape(sides.get(0).side()), Controls.escape(sides.get(1).side()))
                + "</center></html>";
    }

    /** The sides of a contrast have new names: the key above the charts and the bars follow. Swing thread only. */
    public void sidesRenamed() {
        if (key != null) {
            key.setText(keyText());
        }
        refills.forEach(Runnable::run);
    }

    private void add(JPanel grid, JFreeChart chart) {
        ChartPanel p = new ChartPanel(chart, false, true, false, true, false);
        p.setMinimumDrawWidth(100);
        p.setMinimumDrawHeight(100);
        p.setMaximumDrawWidth(4000);
        p.setMaximumDrawHeight(4000);
        grid.add(p);
        panels.add(p);
    }

    private JFreeChart lines(String title, String yLabel, Function<ChartData, XYSeriesCollection> data, Color... colours) {
        NumberAxis xAxis = new NumberAxis(m.get("gui.axis.step"));
        NumberAxis yAxis = new NumberAxis(m.get(yLabel));
        style(xAxis);
        style(yAxis);
        xAxis.setAutoRangeIncludesZero(false);
        xAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot plot = new XYPlot(data.apply(sides.get(0)), xAxis, yAxis, renderer(0, colours));
        for (int s = 1; s < sides.size(); s++) {
            plot.setDataset(s, data.apply(sides.get(s)));
            plot.setRenderer(s, renderer(s, colours));
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        JFreeChart chart = new JFreeChart(m.get(title), TITLE, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(TICK);
        legend.setPosition(RectangleEdge.TOP);
        legend.setFrame(BlockBorder.NONE);
        chart.getTitle().setPadding(2, 2, 0, 2);
        return chart;
    }

    private JFreeChart bars(String title, String yLabel, Function<ChartData, DefaultCategoryDataset> data, boolean levels) {
        DefaultCategoryDataset all = data.apply(sides.get(0));
        if (sides.size() > 1) {
            DefaultCategoryDataset both = new DefaultCategoryDataset();
            Runnable refill = () -> {
                both.setNotify(false); // one redraw for the whole refill
                both.clear();
                for (ChartData d : sides) {
                    DefaultCategoryDataset one = data.apply(d);
                    for (int r = 0; r < one.getRowCount(); r++) {
                        for (int c = 0; c < one.getColumnCount(); c++) {
                            both.setValue(one.getValue(r, c), one.getRowKey(r), one.getColumnKey(c));
                        }
                    }
                }
                both.setNotify(true);
            };
            refill.run();
            for (ChartData d : sides) {
                data.apply(d).addChangeListener(e -> refill.run());
            }
            refills.add(refill);
            all = both;
        }
        CategoryPlot plot = new CategoryPlot(all, new CategoryAxis(null), new NumberAxis(m.get(yLabel)),
                new SideRenderer(levels && sides.size() == 1, sides.size()));
        plot.setOrientation(PlotOrientation.VERTICAL);
        style(plot.getRangeAxis());
        plot.getDomainAxis().setTickLabelFont(TICK);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(1.6f);
        plot.getDomainAxis().setCategoryMargin(sides.size() > 1 ? 0.15 : 0.2);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        JFreeChart chart = new JFreeChart(m.get(title), TITLE, plot, sides.size() > 1);
        chart.setBackgroundPaint(Color.WHITE);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(TICK);
            chart.getLegend().setPosition(RectangleEdge.TOP);
            chart.getLegend().setFrame(BlockBorder.NONE);
        }
        return chart;
    }

    /** Solid lines for the first side, dashed for the second (which stays out of the legend). */
    private static XYLineAndShapeRenderer renderer(int side, Color... colours) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDrawSeriesLineAsPath(true); // one path per line: far cheaper than a segment per point
        for (int i = 0; i < colours.length; i++) {
            r.setSeriesPaint(i, colours[i]);
            r.setSeriesStroke(i, side == 0 ? new BasicStroke(2.2f)
                    : new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, DASH, 0f));
            r.setSeriesVisibleInLegend(i, side == 0);
        }
        return r;
    }

    private static void style(org.jfree.chart.axis.ValueAxis axis) {
        axis.setLabelFont(LABEL);
        axis.setTickLabelFont(TICK);
    }

    /** The grey of a relationship level, light grey (stranger) to near black (close friend), as the ties are drawn. */
    static Color levelGrey(int level) {
        int a = (int) Math.round(255 * Palette.tieAlpha(level));
        int v = 0x33 + (255 - a) * (255 - 0x33) / 255; // the tie's grey on white
        return new Color(v, v, v);
    }

    /**
     * Bars: shaded by level as the ties are drawn (one model's tie levels), blue (one model's trust
     * distribution), or one colour per side of a contrast.
     */
    private static final class SideRenderer extends BarRenderer {
        private static final long serialVersionUID = 1L;
        private final boolean byLevel;
        private final int sides;

        SideRenderer(boolean byLevel, int sides) {
            this.byLevel = byLevel;
            this.sides = sides;
            setBarPainter(new StandardBarPainter());
            setShadowVisible(false);
            setDrawBarOutline(false);
            setMaximumBarWidth(sides > 1 ? 0.3 : 0.15);
            setItemMargin(0.05);
            for (int s = 0; s < SIDE_BARS.length; s++) {
                setSeriesPaint(s, SIDE_BARS[s]);
            }
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            if (sides > 1) {
                return SIDE_BARS[row % SIDE_BARS.length];
            }
            return byLevel ? levelGrey(column) : Palette.BLUE;
        }
    }
}
