package netcap.calibrate;

import netcap.cli.CliRun;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The corpus of bad calibrate: blocks in {@code src/test/resources/calibrate/bad}: each file's first
 * line says {@code # expect: TEXT}; netcap calibrate must exit with code 2, print one line naming the
 * spec file and its line and containing TEXT, print no stack trace and leave no output folder.
 */
class BadCalibrationTest {
    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> everyBadBlockGivesItsMessage() throws IOException {
        Path dir = Path.of("src/test/resources/calibrate/bad");
        List<Path> files = new ArrayList<>();
        try (var s = Files.list(dir)) {
            s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
        assertTrue(files.size() >= 25, "at least 25 bad blocks, found " + files.size());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private void check(Path spec) throws IOException {
        String first = Files.readAllLines(spec).get(0);
        assertTrue(first.startsWith("# expect: "), "first line of " + spec + " must be '# expect: ...'");
        String expected = first.substring("# expect: ".length());
        Path out = tmp.resolve(spec.getFileName().toString() + "-out");
        CliRun r = CliRun.of("calibrate", spec.toString(), "--out", out.toString(), "--quiet");
        String msg = r.err();
        assertEquals(2, r.code(), "exit code for " + spec + ", stderr: " + msg);
        assertEquals(1, msg.strip().lines().count(), "one line: " + msg);
        assertTrue(msg.startsWith("netcap: error: "), msg);
        assertTrue(msg.contains(spec.getFileName().toString() + ":"), "names the file and line: " + msg);
        assertTrue(msg.contains(expected), "expected '" + expected + "' in: " + msg);
        assertFalse(msg.contains("Exception") || msg.contains("\tat "), "no stack trace: " + msg);
        assertFalse(Files.exists(out), "no output folder left behind");
    }

    @Test
    void netcapRunRefusesACalibrateBlockWithASweepToo() {
        CliRun r = CliRun.of("run", "src/test/resources/calibrate/bad/with-sweep.yaml", "--out", tmp.resolve("o").toString(), "-q");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("has no sweep"), r.err());
    }

    @Test
    void anUnknownParameterListsTheRealValuedParameters() {
        CliRun r = CliRun.of("calibrate", "src/test/resources/calibrate/bad/unknown-parameter.yaml", "--out", tmp.resolve("o").toString(), "-q");
        assertTrue(r.err().contains("the real-valued ones are: ") && r.err().contains("imitation") && r.err().contains("socializationRate")
                && !r.err().contains(" initialMembers"), r.err());
    }

    @Test
    void anUnknownMetricListsTheMetricColumns() {
        CliRun r = CliRun.of("calibrate", "src/test/resources/calibrate/bad/unknown-metric.yaml", "--out", tmp.resolve("o").toString(), "-q");
        assertTrue(r.err().contains("The metric columns are: members, active, joined"), r.err());
    }
}
