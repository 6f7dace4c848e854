package netcap.chart;

import netcap.io.AtomicFiles;
import org.jfree.chart.ChartUtils;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Renders charts to PNG (ChartUtils) and SVG (Apache Batik's SVG generator). */
public final class ChartFiles {
    /** Default size in pixels (PNG) or user units (SVG). */
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 750;

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

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

    /**
     * The chart as a standalone SVG document of {@code width x height} user units (with a {@code viewBox}, so
     * it scales), text as text, UTF-8. The same chart always gives the same string: the ids Batik gives
     * clip paths and gradients are numbered afresh for each document.
     */
    public static String svg(JFreeChart chart, int width, int height) {
        Document doc;
        try {
            doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument(SVG_NS, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        SVGGeneratorContext ctx = SVGGeneratorContext.createDefault(doc);
        ctx.setComment(null);
        ctx.setEmbeddedFontsOn(false);
        SVGGraphics2D g = new SVGGraphics2D(ctx, false);
        g.setSVGCanvasSize(new Dimension(width, height));
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        Element root = g.getRoot();
        root.setAttributeNS(null, "viewBox", "0 0 " + width + " " + height);
        StringWriter out = new StringWriter();
        try {
            g.stream(root, out, true, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            g.dispose();
        }
        // Batik's declaration names no encoding; the files are written as UTF-8, so say so
        String svg = out.toString();
        String decl = "<?xml version=\"1.0\"?>";
        return svg.startsWith(decl) ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + svg.substring(decl.length()) : svg;
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
