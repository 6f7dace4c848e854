package netcap.experiment;

import netcap.cli.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code netcap run --shard i/n} and {@code netcap merge}: shards in separate processes merge to a local run's bytes. */
class ShardsTest {
    @TempDir
    Path tmp;

    private String spec;
    /** 3 sweep values x 2 replications = 6 runs: 2 per shard of 3. */
    private static final String[] SETS = {"--set", "network.n=40", "--set", "steps=5", "--set", "replications=2",
            "--set", "sweep.trustGain=[0.05,0.1,0.2]"};
    private static final String[] TABLES = {"timeseries.csv", "summary.csv", "aggregate.csv"};

    @BeforeEach
    void setUp() {
        spec = Path.of("experiments/baseline.yaml").toAbsolutePath().toString();
    }

    private static String[] args(String[] head, String... tail) {
        List<String> a = new ArrayList<>(List.of(head));
        a.addAll(List.of(SETS));
        a.addAll(List.of(tail));
        return a.toArray(String[]::new);
    }

    private Path shardInProcess(int i, int n, long seed) {
        Path out = tmp.resolve("seed" + seed + "-s" + i);
        CliRun r = CliRun.of(args(new String[] {"run", spec}, "--set", "seed=" + seed, "--shard", i + "/" + n,
                "--out", out.toString(), "--threads", "1", "-q"));
        assertEquals(0, r.code(), r.err());
        return out;
    }

    /** Runs netcap in its own JVM; returns the exit code. */
    private int process(List<String> jvmOptions, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "netcap.cli.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), out);
        return p.exitValue();
    }

    @Test
    void shardsRunInSeparateProcessesOneKilledAndResumedMergeToTheLocalRunsBytes() throws Exception {
        Path local = tmp.resolve("local");
        CliRun r = CliRun.of(args(new String[] {"run", spec}, "--out", local.toString(), "--threads", "2", "-q", "--no-charts"));
        assertEquals(0, r.code(), r.err());

        List<String> shards = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Path s = tmp.resolve("shard-" + i);
            shards.add(s.toString());
            String[] run = args(new String[] {"run", spec}, "--shard", i + "/3", "--out", s.toString(), "--threads", "1", "-q");
            if (i == 2) {
                // stopped after 1 of its 2 runs, as a killed job would be, then resumed
                assertEquals(RunLoop.STOPPED, process(List.of("-Dnetcap.test.stopAfterRuns=1"), run));
                assertEquals(1, countSummaries(s));
                // and as if killed in the middle of storing its next run: a record cut short
                Files.writeString(batch(s, 2), "#run 1 0.5 1700000000000 6\n1,0,42,0.5\n0,1,2\n", StandardOpenOption.APPEND);
                assertEquals(0, process(List.of(), args(new String[] {"run", spec}, "--shard", "2/3", "--out", s.toString(),
                        "--threads", "1", "-q", "--resume")));
            } else {
                assertEquals(0, process(List.of(), run));
            }
            assertEquals(2, countSummaries(s));
            try (var files = Files.list(s.resolve("parts"))) {
                assertEquals(List.of("shard-" + i + "-of-3.runs"), files.map(f -> f.getFileName().toString()).toList(),
                        "one file for the runs of a shard");
            }
            assertTrue(Files.exists(s.resolve(Shards.FILE)));
            assertFalse(Files.exists(s.resolve("timeseries.csv")), "a shard writes no tables");
        }
        Path merged = tmp.resolve("merged");
        List<String> merge = new ArrayList<>(List.of("merge"));
        merge.addAll(shards);
        merge.addAll(List.of("--out", merged.toString(), "--no-charts"));
        CliRun m = CliRun.of(merge.toArray(String[]::new));
        assertEquals(0, m.code(), m.err());
        for (String t : TABLES) {
            assertArrayEquals(Files.readAllBytes(local.resolve(t)), Files.readAllBytes(merged.resolve(t)), t);
        }
        assertArrayEquals(Files.readAllBytes(local.resolve("spec.yaml")), Files.readAllBytes(merged.resolve("spec.yaml")));
        // the manifest differs only in the timing and engine fields listed in docs/cluster.md
        assertEquals(withoutTiming(local.resolve("manifest.json")), withoutTiming(merged.resolve("manifest.json")));
        String manifest = Files.readString(merged.resolve("manifest.json"));
        assertTrue(manifest.contains("\"engine\" : \"shards\",\n  \"shards\" : 3,"), manifest);
    }

    private static List<String> withoutTiming(Path manifest) throws Exception {
        return Files.readAllLines(manifest).stream()
                .filter(l -> !l.strip().matches("\"(threads|engine|shards|started|finished|wallSeconds)\" : .*"))
                .toList();
    }

    private static Path batch(Path shard, int i) {
        return shard.resolve("parts").resolve("shard-" + i + "-of-3.runs");
    }

    /** The runs a shard folder finished. */
    private static long countSummaries(Path shard) throws Exception {
        return RunFolder.finishedRuns(shard.resolve("parts")).size();
    }

    @Test
    void mergingAnIncompleteOrMismatchedSetIsRefusedNamingWhatIsWrong() {
        Path a = shardInProcess(1, 3, 1);
        Path b = shardInProcess(2, 3, 1);
        Path other = shardInProcess(3, 3, 2);
        Path out = tmp.resolve("merged");

        CliRun incomplete = CliRun.of("merge", a.toString(), b.toString(), "--out", out.toString());
        assertEquals(2, incomplete.code());
        assertTrue(incomplete.err().contains("2 of 6 runs are missing") && incomplete.err().contains("shard 3/3 (not given)"),
                incomplete.err());
        assertFalse(Files.exists(out), "nothing written");

        CliRun mismatched = CliRun.of("merge", a.toString(), b.toString(), other.toString(), "--out", out.toString());
        assertEquals(2, mismatched.code());
        assertTrue(mismatched.err().contains("master seed differ (1 and 2)"), mismatched.err());
        assertFalse(Files.exists(out), "nothing written");

        CliRun twice = CliRun.of("merge", a.toString(), b.toString(), a.toString(), "--out", out.toString());
        assertEquals(2, twice.code());
        assertTrue(twice.err().contains("shard 1/3 given twice"), twice.err());

        CliRun notShard = CliRun.of("merge", a.toString(), tmp.toString(), "--out", out.toString());
        assertEquals(2, notShard.code());
        assertTrue(notShard.err().contains("not a shard folder"), notShard.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void aSpecWithANetworkFileMergesFromShardFoldersAtAnotherDepth() throws Exception {
        Path spec = tmp.resolve("karate.yaml");
        Files.writeString(spec, "steps: 4\nreplications: 3\nnetwork: {file: "
                + Path.of("data/networks/karate.csv").toAbsolutePath() + "}\n");
        Path local = tmp.resolve("local");
        assertEquals(0, CliRun.of("run", spec.toString(), "--out", local.toString(), "-q", "--no-charts").code());
        List<String> merge = new ArrayList<>(List.of("merge"));
        for (int i = 1; i <= 2; i++) {
            // spec.yaml names the network file relative to its folder: shards at two depths, the merged folder at a third
            Path s = i == 1 ? tmp.resolve("a").resolve("b").resolve("s1") : tmp.resolve("c").resolve("s2");
            CliRun r = CliRun.of("run", spec.toString(), "--shard", i + "/2", "--out", s.toString(), "-q");
            assertEquals(0, r.code(), r.err());
            merge.add(s.toString());
        }
        Path merged = tmp.resolve("merged");
        merge.addAll(List.of("--out", merged.toString(), "--no-charts"));
        CliRun m = CliRun.of(merge.toArray(String[]::new));
        assertEquals(0, m.code(), m.err());
        for (String t : new String[] {"timeseries.csv", "summary.csv", "aggregate.csv", "spec.yaml"}) {
            assertArrayEquals(Files.readAllBytes(local.resolve(t)), Files.readAllBytes(merged.resolve(t)), t);
        }
    }

    @Test
    void badShardValuesAndAdaptiveSpecsAreRefused() throws Exception {
        for (String bad : new String[] {"0/3", "4/3", "3", "a/b", "1/0", "-1/2"}) {
            CliRun r = CliRun.of("run", spec, "--shard", bad, "--out", tmp.resolve("bad").toString(), "-q");
            assertEquals(2, r.code(), bad + ": " + r.err());
            assertTrue(r.err().contains("--shard " + bad + ": expected i/n"), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
        Path adaptive = tmp.resolve("adaptive.yaml");
        Files.writeString(adaptive, "steps: 3\nnetwork: {generator: wattsStrogatz, n: 20, k: 4, p: 0.1}\n"
                + "adaptive: {metric: meanTrust, target: 0.01, min: 2, max: 4}\n");
        CliRun r = CliRun.of("run", adaptive.toString(), "--shard", "1/2", "--out", tmp.resolve("ad").toString(), "-q");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--shard cannot split a spec with adaptive:"), r.err());
        assertFalse(Files.exists(tmp.resolve("ad")));
    }

    @Test
    void assignmentIsRunModuloShards() {
        Shards.Slice s = new Shards.Slice(2, 3);
        assertTrue(s.owns(1) && s.owns(4) && !s.owns(0) && !s.owns(2));
        assertEquals(2, s.owned(6));
        assertEquals(1, s.owned(4));
        assertEquals(3, Shards.Slice.ownerOf(5, 3));
    }
}
