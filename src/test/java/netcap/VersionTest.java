package netcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The build records the git commit whatever Maven command built the classes (mvn verify, package, test). */
class VersionTest {

    @Test
    void theBuildRecordsTheGitCommitWithoutAnyOption() throws Exception {
        assumeTrue(Files.exists(Path.of(".git")), "a git checkout (a source archive records \"unknown\")");
        String head = git("rev-parse", "--short=12", "HEAD");
        assumeTrue(head != null && head.matches("[0-9a-f]{12}"), "git is installed");
        String commit = Version.gitCommit();
        assertNotEquals("unknown", commit);
        assertTrue(commit.equals(head) || commit.equals(head + "-modified"),
                "gitCommit() " + commit + " names HEAD " + head);
    }

    @Test
    void theVersionIsThePomVersion() {
        assertEquals("0.1.0", Version.version());
    }

    private static String git(String... args) {
        try {
            String[] cmd = new String[args.length + 1];
            cmd[0] = "git";
            System.arraycopy(args, 0, cmd, 1, args.length);
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            p.getInputStream().transferTo(out);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return null;
            }
            return out.toString(StandardCharsets.UTF_8).trim();
        } catch (Exception e) {
            return null;
        }
    }
}
