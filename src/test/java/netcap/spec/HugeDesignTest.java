package netcap.spec;

import netcap.cli.CliRun;
import netcap.model.ParamRegistry;
import netcap.model.observation.Metrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Values are checked before the design is built; --dry-run; a confirmation above the limits. */
class HugeDesignTest {
    @TempDir
    Path tmp;

    private static final String SMALL = "name: t\nsteps: 3\nreplications: 2\nnetwork: {generator: wattsStrogatz, n: 20, k: 4, p: 0.1}\n";

    /** {@code keys} numeric model parameters (not metric columns), each swept over 10 copies of its default. */
    private static String sweepOfDefaults(int keys) {
        StringBuilder y = new StringBuilder("sweep:\n");
        int n = 0;
        for (ParamRegistry.Def d : ParamRegistry.all()) {
            if (n == keys) {
                break;
            }
            if (d.defaultValue() instanceof Number v && !Metrics.COLUMNS.contains(d.name())) {
                y.append("  ").append(d.name()).append(": ").append(Collections.nCopies(10, v)).append('\n');
                n++;
            }
        }
        assertEquals(keys, n, "enough numeric parameters");
        return y.toString();
    }

    @Test
    void aBadValueIsReportedEvenWhenTheCrossProductIsAstronomical() {
        // 19 keys x 10 values, then one more key whose last value is bad: 10^20 points if enumerated
        String yaml = SMALL + sweepOfDefaults(19) + "  mechanisms.forgetting: [true, false, true, false, true, false, true, false, true, 7]\n";
        SpecException e = assertThrows(SpecException.class, () -> Spec.parse("x.yaml", yaml, null, List.of()));
        assertEquals("x.yaml:25: sweep.mechanisms.forgetting: must be true or false, was 7", e.getMessage());
    }

    @Test
    void aBadValueOfASevenByNineSweepNamesItsKeyValueAndLine() {
        String yaml = SMALL + "sweep:\n"
                + "  trustGain: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]\n"
                + "  trustLoss: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]\n"
                + "  network.p: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]\n"
                + "  network.k: [2, 4, 6, 8, 10, 12, 14, 16, 18]\n"
                + "  mechanisms.forgetting: [true, false, true, false, true, false, true, false, true]\n"
                + "  mechanisms.trust: [true, false, true, false, true, false, true, false, true]\n"
                + "  externalizationRate:\n    - 0.1\n    - 0.2\n    - 0.3\n    - 0.4\n    - 1.5\n    - 0.6\n    - 0.7\n    - 0.8\n    - 0.9\n";
        String m = assertThrows(SpecException.class, () -> Spec.parse("x.yaml", yaml, null, List.of())).getMessage();
        assertTrue(m.startsWith("x.yaml:17: sweep.externalizationRate: must be "), m);
        assertTrue(m.endsWith("was 1.5"), m);
    }

    @Test
    void aBadScenarioValueIsReportedBeforeThePointsAreBuilt() {
        String yaml = SMALL + sweepOfDefaults(19) + "scenarios:\n  a: {trustGain: 0.2}\n  b: {trustGain: 3}\n";
        String m = assertThrows(SpecException.class, () -> Spec.parse("x.yaml", yaml, null, List.of())).getMessage();
        assertEquals("x.yaml:27: scenarios.b.trustGain: must be a finite number in [0, 1], was 3", m);
    }

    @Test
    void aSweepTooLargeToRunIsRefusedWithItsSize() {
        String m = assertThrows(SpecException.class, () -> Spec.parse("x.yaml", SMALL + sweepOfDefaults(8), null, List.of())).getMessage();
        assertTrue(m.startsWith("x.yaml:6: sweep: the sweep has 100000000 points, more than the 10000000 netcap can run"), m);
    }

    @Test
    void theEstimateCountsPointsRunsAndBytes() {
        Spec s = Spec.parse("x.yaml", SMALL + "sweep:\n  trustGain: [0.1, 0.2]\n  trustLoss: [0.1, 0.2, 0.3]\n", null, List.of());
        Estimate e = Estimate.of(s, 1, false);
        assertEquals(6, e.points());
        assertEquals(12, e.runs());
        assertTrue(e.bytes() > 0);
        assertFalse(e.aboveLimits());
        // timeseries + summary of 12 runs, 4 rows each, twice over (the parts)
        int cells = 4 + 2 + s.metrics.size();
        long expected = 2L * (12L * 4 * cells + 12L * (cells + s.metrics.size())) * Estimate.BYTES_PER_CELL;
        assertEquals(expected, e.bytes());
        Spec big = Spec.parse("x.yaml", SMALL.replace("replications: 2", "replications: 100001"), null, List.of());
        assertTrue(Estimate.of(big, 1, false).aboveLimits());
        Spec withAgents = Spec.parse("x.yaml", SMALL + "output: {agentsEvery: 1}\n", null, List.of());
        assertTrue(Estimate.of(withAgents, 1, false).bytes() > Estimate.of(Spec.parse("x.yaml", SMALL, null, List.of()), 1, false).bytes());
    }

    @Test
    void dryRunPrintsTheFiguresAndRunsNothing() throws Exception {
        Path spec = tmp.resolve("s.yaml");
        Files.writeString(spec, SMALL + "sweep:\n  trustGain: [0.1, 0.2, 0.3]\n");
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("run", spec.toString(), "--dry-run", "--out", out.toString(), "--threads", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("design points: 3\n"), r.out());
        assertTrue(r.out().contains("runs: 6\n"), r.out());
        assertTrue(r.out().contains("estimated output: "), r.out());
        assertTrue(r.out().contains("estimated time: "), r.out());
        assertTrue(r.out().contains("an estimate"), r.out());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void aRunAboveTheLimitsIsRefusedWithoutYes() throws Exception {
        Path spec = tmp.resolve("big.yaml");
        Files.writeString(spec, SMALL.replace("replications: 2", "replications: 100001"));
        Path file = tmp.resolve("a-file");
        Files.writeString(file, "");
        Path out = file.resolve("out"); // cannot be created: the refusal must come first
        CliRun r = CliRun.of("run", spec.toString(), "--out", out.toString(), "-q");
        assertEquals(2, r.code(), r.err());
        List<String> lines = new ArrayList<>(r.err().strip().lines().toList());
        String last = lines.get(lines.size() - 1);
        assertTrue(last.startsWith("netcap: error: " + spec + ": 100001 runs, about "), last);
        assertTrue(last.contains("above the limits of 100000 runs or 10.0 GB; add --yes to start it anyway"), last);
        assertTrue(r.err().contains("netcap: runs: 100001\n"), r.err());
    }
}
