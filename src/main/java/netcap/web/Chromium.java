package netcap.web;

import netcap.InputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Screenshots of the browser views by a real headless Chromium (Debian's {@code chromium}), for
 * the figures in the docs: {@code chromium --headless --screenshot}. The page is given
 * {@code budgetMs} of virtual time to load and draw before the picture is taken.
 */
public final class Chromium {
    /** The browsers tried, in order, on the PATH. */
    public static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");

    private Chromium() {
    }

    /** The first browser found on the PATH, or {@code null}. */
    public static Path find() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : NAMES) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                Path p = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    /**
     * Writes a PNG of the page at {@code url} as a {@code width}×{@code height} window draws it.
     *
     * @throws InputException when no browser is installed or it wrote no picture
     */
    public static void screenshot(String url, Path png, int width, int height, int budgetMs) {
        Path browser = find();
        if (browser == null) {
            throw new InputException("screenshots need Chromium: none of " + String.join(", ", NAMES)
                    + " is on the PATH (Debian: apt-get install chromium)");
        }
        Path profile = null;
        try {
            profile = Files.createTempDirectory("netcap-chromium");
            Path abs = png.toAbsolutePath();
            Files.createDirectories(abs.getParent());
            Path tmp = abs.resolveSibling(abs.getFileName() + ".part.png");
            Files.deleteIfExists(tmp);
            List<String> cmd = new ArrayList<>(List.of(browser.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--hide-scrollbars", "--force-device-scale-factor=1", "--user-data-dir=" + profile,
                    "--window-size=" + width + "," + height, "--virtual-time-budget=" + budgetMs, "--screenshot=" + tmp, url));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            if (!Files.isRegularFile(tmp) || Files.size(tmp) == 0) {
                Files.deleteIfExists(tmp);
                throw new InputException(browser + " wrote no screenshot of " + url);
            }
            Files.move(tmp, abs, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException("interrupted while " + browser + " took a screenshot of " + url);
        } finally {
            if (profile != null) {
                try (Stream<Path> s = Files.walk(profile)) {
                    s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                } catch (IOException ignored) {
                    // a temporary profile left behind is harmless
                }
            }
        }
    }
}
