import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code java PngCheck.java FILE.png WIDTH HEIGHT}: exits 0 when the PNG has the given size and is
 * not blank (at least 5% non-white pixels and 200 distinct colours), 1 otherwise.
 */
public class PngCheck {
    public static void main(String[] args) throws Exception {
        BufferedImage img = ImageIO.read(new File(args[0]));
        if (img == null) {
            System.err.println("PngCheck: " + args[0] + ": not a PNG");
            System.exit(1);
        }
        int w = Integer.parseInt(args[1]);
        int h = Integer.parseInt(args[2]);
        if (img.getWidth() != w || img.getHeight() != h) {
            System.err.println("PngCheck: " + args[0] + ": " + img.getWidth() + "x" + img.getHeight() + ", expected " + w + "x" + h);
            System.exit(1);
        }
        Set<Integer> colours = new HashSet<>();
        long nonWhite = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) {
                    nonWhite++;
                }
            }
        }
        double share = (double) nonWhite / ((long) w * h);
        boolean ok = share >= 0.05 && colours.size() >= 200;
        System.out.printf("PngCheck: %s: %dx%d, %.1f%% non-white, %d colours: %s%n", args[0], w, h, 100 * share,
                colours.size(), ok ? "ok" : "BLANK");
        System.exit(ok ? 0 : 1);
    }
}
