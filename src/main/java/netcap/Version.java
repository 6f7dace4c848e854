package netcap;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** netcap's version and the git commit it was built from (recorded at build time). */
public final class Version {
    private static final Properties PROPS = new Properties();

    static {
        try (InputStream in = Version.class.getResourceAsStream("/netcap-version.properties")) {
            if (in != null) {
                PROPS.load(in);
            }
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Version() {
    }

    public static String version() {
        return PROPS.getProperty("version", "unknown");
    }

    public static String gitCommit() {
        String c = PROPS.getProperty("commit", "");
        return c.isBlank() || c.startsWith("${") ? "unknown" : c;
    }
}
