package netcap.experiment;

import netcap.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code netcap run --engine spark} on real Apache Spark in local mode ({@code local[2]}): the
 * tables are byte-identical to those of the local engine for the same spec and seed.
 */
class SparkEngineTest {
    @TempDir
    Path tmp;

    /** 3 sweep values x 2 replications = 6 runs. */
    private static final String[] SWEEP = {"experiments/baseline.yaml", "--set", "network.n=40", "--set", "steps=5",
            "--set", "replications=2", "--set", "sweep.trustGain=[0.05,0.1,0.2]"};
    /** A Sobol design of 9 factors (with the dummy) and 4 base samples: 44 runs. */
    private static final String[] SOBOL = {"experiments/sensitivity.yaml", "--set", "network.n=30", "--set", "network.k=4",
            "--set", "steps=4", "--set", "replications=1", "--set", "design.samples=4", "--set", "output.every=2"};

    private static String[] args(String[] spec, String... tail) {
        List<String> a = new ArrayList<>(List.of("run"));
        a.addAll(List.of(spec));
        a.addAll(List.of(tail));
        return a.toArray(String[]::new);
    }

    private Path run(String name, String[] spec, String... engine) {
        Path out = tmp.resolve(name);
        List<String> tail = new ArrayList<>(List.of("--out", out.toString(), "--threads", "2", "-q", "--no-charts"));
        tail.addAll(List.of(engine));
        CliRun r = CliRun.of(args(spec, tail.toArray(String[]::new)));
        assertEquals(0, r.code(), r.err());
        return out;
    }

    @Test
    void aSweepOnSparkInLocalModeWritesTheLocalEnginesBytes() throws Exception {
        Path local = run("local", SWEEP);
        Path spark = run("spark", SWEEP, "--engine", "spark", "--master", "local[2]");
        for (String t : new String[] {"timeseries.csv", "summary.csv", "aggregate.csv", "spec.yaml"}) {
            assertArrayEquals(Files.readAllBytes(local.resolve(t)), Files.readAllBytes(spark.resolve(t)), t);
        }
        assertTrue(Files.readString(spark.resolve("timeseries.csv")).lines().count() > 6, "the runs wrote rows");
    }

    @Test
    void aSobolDesignOnSparkGivesTheLocalEnginesSensitivityBytes() throws Exception {
        Path local = run("local", SOBOL);
        Path spark = run("spark", SOBOL, "--engine", "spark", "--master", "local[2]");
        for (String t : new String[] {"timeseries.csv", "summary.csv", "aggregate.csv", "sensitivity.csv"}) {
            assertArrayEquals(Files.readAllBytes(local.resolve(t)), Files.readAllBytes(spark.resolve(t)), t);
        }
    }

    @Test
    void aRunThatThrowsIsNamedWithItsParametersAndSeedAndTheOthersAreStoredForResume() throws Exception {
        Path local = run("local", SWEEP);
        Path spark = tmp.resolve("spark");
        System.setProperty(SparkEngine.FAIL_RUN, "1/0");
        CliRun r;
        try {
            r = CliRun.of(args(SWEEP, "--out", spark.toString(), "-q", "--no-charts", "--engine", "spark", "--master", "local[2]"));
        } finally {
            System.clearProperty(SparkEngine.FAIL_RUN);
        }
        assertEquals(2, r.code(), r.err());
        String seed = Files.readString(local.resolve("summary.csv")).lines()
                .filter(l -> l.startsWith("2,1,0,")).findFirst().orElseThrow().split(",")[3];
        assertTrue(r.err().contains("1 of 6 runs failed") && r.err().contains("point 1 {trustGain=0.1} replicate 0, seed " + seed)
                && r.err().contains("test failure"), r.err());
        assertFalse(Files.exists(spark.resolve("timeseries.csv")), "no tables from an incomplete run");
        try (var parts = Files.list(spark.resolve("parts"))) {
            assertEquals(5, parts.filter(p -> p.toString().endsWith(".summary.csv")).count(), "the other runs are stored");
        }
        CliRun again = CliRun.of(args(SWEEP, "--out", spark.toString(), "-q", "--no-charts", "--engine", "spark",
                "--master", "local[2]", "--resume"));
        assertEquals(0, again.code(), again.err());
        for (String t : new String[] {"timeseries.csv", "summary.csv", "aggregate.csv"}) {
            assertArrayEquals(Files.readAllBytes(local.resolve(t)), Files.readAllBytes(spark.resolve(t)), t);
        }
    }

    @Test
    void withoutSparkOnTheClassPathTheSparkEngineIsRefusedSayingHowToStartItAndNothingIsWritten() throws Exception {
        String cp = java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(e -> !e.contains("org/apache/spark")).collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-cp", cp, "netcap.cli.Main", "run",
                Path.of(SWEEP[0]).toAbsolutePath().toString(), "--engine", "spark", "-q"));
        Process p = new ProcessBuilder(cmd).directory(tmp.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), out);
        assertEquals(2, p.exitValue(), out);
        assertTrue(out.contains("netcap: error: --engine spark: Apache Spark is not on the class path; start netcap with ./netcap"), out);
        assertFalse(Files.exists(tmp.resolve("runs")), "no output folder");
    }

    @Test
    void specsTheSparkEngineCannotRunAndBadOptionsAreRefused() {
        CliRun adaptive = CliRun.of(args(SWEEP, "--set", "adaptive={metric: members, target: 0.1, min: 2, max: 4}",
                "--out", tmp.resolve("a").toString(), "-q", "--engine", "spark"));
        assertEquals(2, adaptive.code(), adaptive.err());
        assertTrue(adaptive.err().contains("--engine spark cannot run a spec with adaptive:"), adaptive.err());
        assertFalse(Files.exists(tmp.resolve("a")), "nothing written");

        CliRun engine = CliRun.of(args(SWEEP, "--engine", "hadoop", "-q"));
        assertEquals(2, engine.code());
        assertTrue(engine.err().contains("--engine hadoop: unknown engine; use local (the default) or spark"), engine.err());

        CliRun master = CliRun.of(args(SWEEP, "--master", "local[2]", "-q"));
        assertEquals(2, master.code());
        assertTrue(master.err().contains("--master local[2]: only with --engine spark"), master.err());

        CliRun shard = CliRun.of(args(SWEEP, "--engine", "spark", "--shard", "1/2", "-q", "--out", tmp.resolve("s").toString()));
        assertEquals(2, shard.code());
        assertTrue(shard.err().contains("--engine spark and --shard: choose one"), shard.err());
        assertFalse(Files.exists(tmp.resolve("s")), "nothing written");
    }
}
