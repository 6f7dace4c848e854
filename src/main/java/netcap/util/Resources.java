package netcap.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Text files shipped inside netcap's jar. */
public final class Resources {
    private Resources() {
    }

    /**
     * The UTF-8 text of a class-path resource ({@code presets/baseline.yaml}).
     *
     * @throws IllegalStateException when the jar lacks it (a build error, not bad input)
     */
    public static String text(String path) {
        try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }
}
