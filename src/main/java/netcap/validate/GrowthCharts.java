package netcap.validate;

import netcap.chart.Theme;
import netcap.growth.Bass;
import netcap.growth.WattsCascades;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * Charts of the growth validations (Bass 1969, Granovetter 1978, Watts 2002): white background,
 * Okabe-Ito colours (Okabe &amp; Ito 2008, colour-blind safe), labelled axes, panels side by side
 * under a common title.
 */
public final class GrowthCharts {
    /** Okabe-Ito palette. */
    static final Color BLUE = Theme.BLUE;
    static final Color VERMILLION = Theme.VERMILLION;
    static final Color GREEN = Theme.GREEN;
    static final Color ORANGE = Theme.ORANGE;
    static final Color SKY = Theme.SKY;
    static final Color PURPLE = Theme.PURPLE;
    static final Color GREY = new Color(0x666666);

    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    private static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    private static final Font PANEL = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    private static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    private GrowthCharts() {
    }

    /** Bass (1969): three panels (dt = 1 vs mean field; dt = 0.01 vs closed form; adoption rate). */
    public static void bass(BassValidation.Curves c, Path png) throws IOException {
        double p = BassValidation.P;
        double q = BassValidation.Q;
        // (a) dt = 1
        XYSeries simA = new XYSeries("simulated mean of " + BassValidation.REPS + " runs");
        XYSeries mfA = new XYSeries("mean-field recursion");
        for (int t = 0; t < c.meanDiscrete().length; t++) {
            simA.add(t, c.meanDiscrete()[t]);
            mfA.add(t, c.meanFieldDiscrete()[t]);
        }
        XYPlot a = plot("Step t", "Share adopted F(t)", collection(mfA, simA));
        style(a, new Color[] {VERMILLION, BLUE}, new boolean[] {true, false}, new boolean[] {false, true},
                new float[][] {null, null});
        range(a, true, 0, 1.0, 0.1);
        range(a, false, 0, BassValidation.STEPS_DISCRETE, 5);
        // (b) dt = 0.01
        XYSeries simB = new XYSeries("simulated mean of " + BassValidation.REPS + " runs");
        XYSeries cf = new XYSeries("closed form (Bass 1969)");
        int every = 10; // plot every 10th step (0.1 time units): enough for a smooth line
        for (int k = 0; k < c.meanContinuous().length; k += every) {
            simB.add(k * BassValidation.DT, c.meanContinuous()[k]);
            cf.add(k * BassValidation.DT, c.closedForm()[k]);
        }
        XYPlot b = plot("Time t = steps \u00d7 dt", "Share adopted F(t)", collection(simB, cf));
        style(b, new Color[] {SKY, VERMILLION}, new boolean[] {true, true}, new boolean[] {false, false},
                new float[][] {null, {7f, 5f}}, 5f);
        range(b, true, 0, 1.0, 0.1);
        range(b, false, 0, BassValidation.T_END, 2);
        // (c) rate
        XYSeries simC = new XYSeries("simulated mean, centred difference \u00b1"
                + BassValidation.SMOOTH_HALF_WIDTH);
        XYSeries cfr = new XYSeries("closed form dF/dt");
        for (int k = 0; k < c.smoothedRate().length; k += every) {
            double t = k * BassValidation.DT;
            if (!Double.isNaN(c.smoothedRate()[k])) {
                simC.add(t, c.smoothedRate()[k]);
            }
            cfr.add(t, Bass.closedFormRate(p, q, t));
        }
        XYPlot r = plot("Time t = steps \u00d7 dt", "Adoption rate dF/dt", collection(simC, cfr));
        style(r, new Color[] {SKY, VERMILLION}, new boolean[] {true, true}, new boolean[] {false, false},
                new float[][] {null, {7f, 5f}}, 5f);
        range(r, false, 0, BassValidation.T_END, 2);
        range(r, true, 0, 0.13, 0.02);
        double theory = Bass.peakTime(p, q);
        r.addDomainMarker(marker(theory, Color.BLACK, String.format(Locale.ROOT, "theory %.2f ", theory),
                RectangleAnchor.TOP_LEFT, TextAnchor.TOP_RIGHT));
        r.addDomainMarker(marker(c.peakTime(), BLUE, String.format(Locale.ROOT, " simulated %.2f", c.peakTime()),
                RectangleAnchor.TOP_RIGHT, TextAnchor.TOP_LEFT));
        int w = 560;
        int h = 520;
        write(png, String.format(Locale.ROOT, "Bass (1969) diffusion, well mixed: N = %,d, p = %.2f, q = %.2f",
                        BassValidation.N, p, q),
                "netcap growth engine, exact binomial count of new adopters per step; mean of "
                        + BassValidation.REPS + " runs per curve",
                List.of(panel("(a) Discrete time, dt = 1", a), panel("(b) Continuous time, dt = 0.01", b),
                        panel("(c) Adoption rate; peak in theory at ln(q/p)/(p+q)", r)), w, h);
    }

    /** Granovetter (1978): number who have joined after each step, for the two crowds. */
    public static void granovetter(int[] uniform, int[] perturbed, Path png) throws IOException {
        XYSeries a = new XYSeries("thresholds 0, 1, 2, \u2026, 99: all " + uniform[uniform.length - 1] + " join");
        XYSeries b = new XYSeries("threshold 1 replaced by 2: " + perturbed[perturbed.length - 1] + " joins");
        int len = Math.max(uniform.length, perturbed.length);
        for (int t = 0; t < len; t++) {
            a.add(t, uniform[Math.min(t, uniform.length - 1)]);
            b.add(t, perturbed[Math.min(t, perturbed.length - 1)]);
        }
        XYPlot plot = plot("Step (synchronous rounds)", "Number who have joined the riot", collection(a, b));
        style(plot, new Color[] {BLUE, VERMILLION}, new boolean[] {true, true}, new boolean[] {false, false},
                new float[][] {null, {7f, 5f}});
        range(plot, true, -3, 105, 10);
        range(plot, false, 0, len - 1, 10);
        write(png, "Granovetter (1978): the riot of 100 with thresholds 0, 1, \u2026, 99",
                "complete graph, absolute thresholds; one changed threshold stops the cascade at the instigator",
                List.of(panel(null, plot)), 820, 540);
    }

    /** Watts (2002): frequency and mean size of global cascades against the mean degree z. */
    public static void watts(WattsCascades.Result result, Path png) throws IOException {
        Color[] colors = {ORANGE, BLUE, GREEN, VERMILLION, PURPLE, SKY};
        XYSeriesCollection freq = new XYSeriesCollection();
        XYSeriesCollection size = new XYSeriesCollection();
        double[] phi = result.phi();
        for (int f = 0; f < phi.length; f++) {
            String name = String.format(Locale.ROOT, "\u03c6 = %.2f", phi[f]);
            XYSeries fs = new XYSeries(name);
            XYSeries ss = new XYSeries(name);
            for (WattsCascades.Point pt : result.points()) {
                if (pt.phi() == phi[f]) {
                    fs.add(pt.z(), pt.frequency());
                    if (pt.globalCascades() > 0) {
                        ss.add(pt.z(), pt.meanGlobalSize());
                    }
                }
            }
            freq.addSeries(fs);
            size.addSeries(ss);
        }
        double zMax = Math.ceil(result.z()[result.z().length - 1]);
        XYPlot a = plot("Mean degree z", "Frequency of global cascades", freq);
        XYPlot b = plot("Mean degree z", "Mean size of global cascades (share of N)", size);
        for (XYPlot plot : List.of(a, b)) {
            Color[] c = java.util.Arrays.copyOf(colors, phi.length);
            boolean[] lines = new boolean[phi.length];
            boolean[] shapes = new boolean[phi.length];
            java.util.Arrays.fill(lines, true);
            java.util.Arrays.fill(shapes, true);
            style(plot, c, lines, shapes, new float[phi.length][]);
            range(plot, true, 0, 1.05, 0.1);
            range(plot, false, 0, zMax, 1);
        }
        // the analytical cascade window (Watts 2002, eq. 4) as vertical lines, one pair per phi
        for (int f = 0; f < phi.length; f++) {
            double[] window = WattsCascades.analyticalWindow(phi[f], zMax);
            for (double edge : window) {
                ValueMarker m = new ValueMarker(edge, colors[f], new BasicStroke(1.3f, BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_MITER, 10f, new float[] {3f, 4f}, 0f));
                a.addDomainMarker(m);
            }
        }
        write(png, String.format(Locale.ROOT, "Watts (2002): global cascades on Erd\u0151s\u2013R\u00e9nyi graphs, N = %,d",
                        result.n()),
                String.format(Locale.ROOT, "single random seed node, uniform threshold \u03c6, %d networks per z; "
                        + "global = more than %.0f%% of N; dotted lines: analytical cascade window",
                        result.runs(), 100 * result.cutoff()),
                List.of(panel("(a) Frequency", a), panel("(b) Size, given a global cascade", b)), 620, 540);
    }

    // ---------------------------------------------------------------- helpers

    private record Panel(String title, XYPlot plot) {
    }

    private static Panel panel(String title, XYPlot plot) {
        return new Panel(title, plot);
    }

    private static XYSeriesCollection collection(XYSeries... series) {
        XYSeriesCollection c = new XYSeriesCollection();
        for (XYSeries s : series) {
            c.addSeries(s);
        }
        return c;
    }

    private static XYPlot plot(String xLabel, String yLabel, XYSeriesCollection data) {
        NumberAxis x = new NumberAxis(xLabel);
        NumberAxis y = new NumberAxis(yLabel);
        for (NumberAxis axis : new NumberAxis[] {x, y}) {
            axis.setLabelFont(LABEL);
            axis.setTickLabelFont(TICKS);
            axis.setAutoRangeIncludesZero(true);
        }
        XYPlot plot = new XYPlot(data, x, y, new XYLineAndShapeRenderer());
        Theme.grid(plot);
        plot.setOutlinePaint(Color.GRAY);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD);
        return plot;
    }

    private static void style(XYPlot plot, Color[] colors, boolean[] lines, boolean[] shapes, float[][] dashes) {
        style(plot, colors, lines, shapes, dashes, 2.2f);
    }

    private static void style(XYPlot plot, Color[] colors, boolean[] lines, boolean[] shapes, float[][] dashes,
            float width) {
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
        Shape[] marks = {new Ellipse2D.Double(-3.5, -3.5, 7, 7), new Rectangle2D.Double(-3.5, -3.5, 7, 7),
                new java.awt.Polygon(new int[] {0, 4, -4}, new int[] {-4, 4, 4}, 3),
                new java.awt.Polygon(new int[] {0, 4, 0, -4}, new int[] {-5, 0, 5, 0}, 4)};
        for (int s = 0; s < colors.length; s++) {
            r.setSeriesPaint(s, colors[s]);
            r.setSeriesLinesVisible(s, lines[s]);
            r.setSeriesShapesVisible(s, shapes[s]);
            r.setSeriesShape(s, marks[s % marks.length]);
            r.setSeriesStroke(s, dashes[s] == null ? new BasicStroke(width)
                    : new BasicStroke(2.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dashes[s], 0f));
        }
    }

    private static void range(XYPlot plot, boolean yAxis, double lo, double hi, double tick) {
        NumberAxis axis = (NumberAxis) (yAxis ? plot.getRangeAxis() : plot.getDomainAxis());
        axis.setRange(lo, hi);
        axis.setTickUnit(new NumberTickUnit(tick));
        if (tick < 1) {
            axis.setNumberFormatOverride(new DecimalFormat(tick < 0.1 ? "0.00" : "0.0",
                    DecimalFormatSymbols.getInstance(Locale.ROOT)));
        } else {
            axis.setNumberFormatOverride(new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        }
    }

    private static ValueMarker marker(double x, Color color, String label, RectangleAnchor anchor,
            TextAnchor textAnchor) {
        ValueMarker m = new ValueMarker(x, color, new BasicStroke(1.3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                10f, new float[] {3f, 3f}, 0f));
        m.setLabel(label);
        m.setLabelFont(TICKS);
        m.setLabelPaint(color);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        m.setLabelAnchor(anchor);
        m.setLabelTextAnchor(textAnchor);
        m.setLabelOffset(new RectangleInsets(6, 2, 0, 2));
        return m;
    }

    /** Draws the panels side by side under a title and subtitle and writes a PNG. */
    private static void write(Path png, String title, String subtitle, List<Panel> panels, int panelWidth,
            int panelHeight) throws IOException {
        System.setProperty("java.awt.headless", "true");
        int header = 70;
        int width = panelWidth * panels.size();
        int height = header + panelHeight;
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setFont(TITLE);
        int tw = g.getFontMetrics().stringWidth(title);
        g.drawString(title, (width - tw) / 2, 30);
        g.setFont(SUBTITLE);
        g.setColor(new Color(0x333333));
        int sw = g.getFontMetrics().stringWidth(subtitle);
        g.drawString(subtitle, (width - sw) / 2, 56);
        for (int i = 0; i < panels.size(); i++) {
            Panel p = panels.get(i);
            JFreeChart chart = new JFreeChart(null, null, p.plot(), true);
            chart.setBackgroundPaint(Color.WHITE);
            chart.setPadding(new RectangleInsets(4, 8, 4, 12));
            if (p.title() != null) {
                chart.setTitle(new TextTitle(p.title(), PANEL));
            }
            LegendTitle legend = chart.getLegend();
            legend.setItemFont(LEGEND);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
            chart.draw(g, new Rectangle2D.Double(i * panelWidth, header, panelWidth, panelHeight));
        }
        g.dispose();
        Path parent = png.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ImageIO.write(img, "png", png.toFile());
    }
}
