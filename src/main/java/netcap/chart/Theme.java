package netcap.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Paint;
import java.util.Arrays;

/**
 * The one look of every netcap chart: white background, light grey grid, DejaVu Sans (the
 * logical SansSerif font where DejaVu is not installed), the colour-blind-safe Okabe–Ito palette
 * (Okabe &amp; Ito 2008, "Color Universal Design") and the legend below the plot.
 */
public final class Theme {
    /** Okabe–Ito colours in the order series use them (yellow and black last: weakest on white / reserved). */
    public static final Color BLUE = new Color(0x0072B2);
    public static final Color VERMILLION = new Color(0xD55E00);
    public static final Color GREEN = new Color(0x009E73);
    public static final Color ORANGE = new Color(0xE69F00);
    public static final Color PURPLE = new Color(0xCC79A7);
    public static final Color SKY = new Color(0x56B4E9);
    public static final Color YELLOW = new Color(0xF0E442);
    public static final Color BLACK = new Color(0x000000);
    /** The series colours in order. */
    public static final Color[] PALETTE = {BLUE, VERMILLION, GREEN, ORANGE, PURPLE, SKY, YELLOW, BLACK};

    /** The font family used: DejaVu Sans when installed, else the logical SansSerif. */
    public static final String FAMILY = pickFamily();

    public static final Font TITLE = new Font(FAMILY, Font.BOLD, 26);
    public static final Font SUBTITLE = new Font(FAMILY, Font.PLAIN, 18);
    public static final Font AXIS_LABEL = new Font(FAMILY, Font.PLAIN, 20);
    public static final Font TICK = new Font(FAMILY, Font.PLAIN, 17);
    public static final Font LEGEND = new Font(FAMILY, Font.PLAIN, 18);
    public static final Font ANNOTATION = new Font(FAMILY, Font.PLAIN, 16);
    public static final Color GRID = new Color(0xDDDDDD);
    public static final Color TEXT = new Color(0x222222);

    static {
        // rotated labels (the y axes) as text, not glyph outlines: searchable, selectable SVG
        org.jfree.chart.text.TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private Theme() {
    }

    private static String pickFamily() {
        try {
            String[] fams = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
            if (Arrays.asList(fams).contains("DejaVu Sans")) {
                return "DejaVu Sans";
            }
        } catch (RuntimeException | Error e) {
            // headless without fontconfig: fall through to the logical font
        }
        return Font.SANS_SERIF;
    }

    /** Series colour {@code i} (wraps around after 8). */
    public static Color color(int i) {
        return PALETTE[Math.floorMod(i, PALETTE.length)];
    }

    /** {@code c} with alpha {@code a} in [0, 1]. */
    public static Color alpha(Color c, double a) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * a));
    }

    /** A line stroke of the given width. */
    public static BasicStroke stroke(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** Applies the theme to a chart: fonts, colours, backgrounds, grid, legend at the bottom. */
    public static JFreeChart apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(10, 14, 10, 22));
        chart.setTextAntiAlias(true);
        chart.setAntiAlias(true);
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(TITLE);
            chart.getTitle().setPaint(TEXT);
            chart.getTitle().setMargin(0, 0, 6, 0);
        }
        for (Object o : chart.getSubtitles()) {
            Title st = (Title) o;
            if (st instanceof LegendTitle lt) {
                lt.setPosition(RectangleEdge.BOTTOM);
                lt.setFrame(BlockBorder.NONE);
                lt.setItemFont(LEGEND);
                lt.setMargin(8, 0, 0, 0);
                lt.setItemLabelPadding(new RectangleInsets(2, 4, 2, 22));
            } else if (st instanceof org.jfree.chart.title.PaintScaleLegend psl) {
                axis(psl.getAxis());
                psl.setBackgroundPaint(Color.WHITE);
            } else if (st instanceof TextTitle tt) {
                tt.setFont(SUBTITLE);
                tt.setPaint(new Color(0x444444));
            }
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(new Color(0x999999));
        if (plot instanceof XYPlot xy) {
            grid(xy);
            xy.setAxisOffset(RectangleInsets.ZERO_INSETS);
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                axis(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                axis(xy.getRangeAxis(i));
            }
        } else if (plot instanceof CategoryPlot cp) {
            cp.setRangeGridlinePaint(GRID);
            axis(cp.getDomainAxis());
            for (int i = 0; i < cp.getRangeAxisCount(); i++) {
                axis(cp.getRangeAxis(i));
            }
        }
        return chart;
    }

    /** A white plot area with thin solid light-grey grid lines in both directions. */
    public static XYPlot grid(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        return plot;
    }

    private static void axis(Axis a) {
        if (a == null) {
            return;
        }
        a.setLabelFont(AXIS_LABEL);
        a.setTickLabelFont(TICK);
        a.setLabelPaint(TEXT);
        a.setTickLabelPaint(TEXT);
        a.setAxisLinePaint(new Color(0x999999));
        a.setTickMarkPaint(new Color(0x999999));
        // wider label insets make the automatic tick unit choose about 8-12 ticks per axis, not 20
        a.setTickLabelInsets(new RectangleInsets(9, 12, 9, 12));
        a.setLabelInsets(new RectangleInsets(4, 4, 4, 4));
    }
}
