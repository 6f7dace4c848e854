package netcap.chart;

import netcap.io.AtomicFiles;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Renders charts to PNG (ChartUtils) and SVG (JFreeSVG). */
public final class ChartFiles {
    /** Default size in pixels (PNG) or user units (SVG). */
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 750;

    private ChartFiles() {
    }

    /** The chart as PNG bytes at {@code width x height} times {@code scale}. */
    public static byte[] png(JFreeChart chart, int width, int height, double scale) {
        BufferedImage img = new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(scale, scale);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeBufferedImageAsPNG(out, img);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The chart as an SVG document. */
    public static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        return g.getSVGDocument();
    }

    /** Writes {@code dir/file.png} and {@code dir/file.svg}; returns the PNG bytes. */
    public static byte[] write(JFreeChart chart, Path dir, String file, int width, int height, double pngScale) {
        byte[] png = png(chart, width, height, pngScale);
        String svg = svg(chart, width, height);
        AtomicFiles.write(dir.resolve(file + ".png"), o -> o.write(png));
        AtomicFiles.write(dir.resolve(file + ".svg"), o -> o.write(svg.getBytes(StandardCharsets.UTF_8)));
        return png;
    }
}
