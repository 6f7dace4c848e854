package netcap;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * netcap's version and the git commit it was built from. The build records both in
 * {@code netcap-version.properties} (by running git at the initialize phase, whatever command builds the jar);
 * a build with uncommitted changes in src/ or pom.xml is marked "-modified", a build outside a git checkout says "unknown".
 */
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

    /** The abbreviated commit, with "-modified" when the working tree had uncommitted changes; "unknown" without git. */
    public static String gitCommit() {
        String c = PROPS.getProperty("commit", "").trim();
        if (c.isEmpty() || c.startsWith("${")) {
            return "unknown";
        }
        return "true".equals(PROPS.getProperty("dirty", "").trim()) ? c + "-modified" : c;
    }
}
