package netcap.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The launcher script {@code ./netcap}: the JVM options it passes. A copy of the script runs
 * next to a stand-in jar (so it does not build) with a stand-in {@code java} that prints its
 * arguments.
 */
class LauncherTest {
    @TempDir
    Path dir;

    @BeforeEach
    void setUp() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
        Files.copy(Path.of("netcap"), dir.resolve("netcap"), StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(dir.resolve("target"));
        Files.writeString(dir.resolve("target/netcap-0.1.0-all.jar"), "");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/bash\necho \"$@\"\n");
        assertTrue(java.toFile().setExecutable(true));
    }

    private String[] launch(Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("/bin/bash", dir.resolve("netcap").toString(), "--version");
        pb.environment().remove("NETCAP_HEAP");
        pb.environment().remove("JAVA_OPTS");
        pb.environment().put("PATH", dir.resolve("bin") + ":/usr/bin:/bin");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return new String[] {String.valueOf(p.waitFor()), out, err};
    }

    @Test
    void withoutNetcapHeapTheHeapIsAShareOfTheMachine() throws Exception {
        String[] r = launch(Map.of());
        assertEquals("0", r[0], r[2]);
        assertEquals("-XX:MaxRAMPercentage=75 -jar " + dir.resolve("target/netcap-0.1.0-all.jar") + " --version", r[1]);
    }

    @Test
    void netcapHeapSetsTheMaximumHeap() throws Exception {
        String[] r = launch(Map.of("NETCAP_HEAP", "2g", "JAVA_OPTS", "-Dx=1"));
        assertEquals("-Xmx2g -Dx=1 -jar " + dir.resolve("target/netcap-0.1.0-all.jar") + " --version", r[1]);
    }

    @Test
    void aBadNetcapHeapIsOneLineAndExitTwo() throws Exception {
        String[] r = launch(Map.of("NETCAP_HEAP", "lots"));
        assertEquals("2", r[0]);
        assertEquals("", r[1]);
        assertEquals("netcap: error: NETCAP_HEAP=lots is not a heap size; give a number with k, m, g or t, e.g. NETCAP_HEAP=8g", r[2]);
    }
}
