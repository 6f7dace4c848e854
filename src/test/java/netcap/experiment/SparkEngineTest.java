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
 * {@code netcap run --engine spark} and {@code netcap calibrate --engine spark} on real Apache Spark
 * in local mode ({@code local[2]}): the tables are byte-identical to those of the local engine for
 * the same spec and seed, also with adaptive replication, microdata, snapshots and plug-ins; runs
 * that throw are named, the others stored for {@code --resume}.
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

    /** A small calibration: 2 parameters, 3 targets, 12 steps on 60 agents, 2 replications. */
    private static final String TINY = "src/test/resources/calibrate/tiny.yaml";

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

    /** The files of a run folder's parts/. */
    private static List<String> parts(Path dir) throws Exception {
        try (var s = Files.list(dir.resolve("parts"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The runs stored in a file of runs. */
    private static int runsIn(Path file) throws Exception {
        List<RunFolder.Finished> runs = new ArrayList<>();
        RunFolder.readBatch(file, 0, runs);
        return runs.size();
    }

    private static com.fasterxml.jackson.databind.JsonNode manifest(Path dir) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
    }

    @Test
    void aSweepOnSparkInLocalModeWritesTheLocalEnginesBytesFromOneFileOfRuns() throws Exception {
        Path local = run("local", SWEEP);
        Path spark = run("spark", SWEEP, "--engine", "spark", "--master", "local[2]");
        for (String t : new String[] {"timeseries.csv", "summary.csv", "aggregate.csv", "spec.yaml"}) {
            assertArrayEquals(Files.readAllBytes(local.resolve(t)), Files.readAllBytes(spark.resolve(t)), t);
        }
        assertTrue(Files.readString(spark.resolve("timeseries.csv")).lines().count() > 6, "the runs wrote rows");
        // the 6 runs in one file, not 3 files per run as the local engine keeps them
        assertEquals(List.of("spark-0001.runs"), parts(spark));
        assertEquals(18, parts(local).size());
        assertEquals("spark", manifest(spark).get("engine").asText());
        assertEquals("local[2]", manifest(spark).get("sparkMaster").asText());
        assertEquals("local", manifest(local).get("engine").asText());
        assertFalse(manifest(local).has("sparkMaster"));
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
    void adaptiveReplicationMicrodataAndSnapshotsOnSparkGiveTheLocalEnginesBytes() throws Exception {
        String[] spec = {"experiments/baseline.yaml", "--set", "network.n=30", "--set", "steps=6", "--set", "sweep.trustGain=[0.05,0.2]",
            "--set", "adaptive={metric: active, target: 0.001, min: 2, max: 3}", "--set", "output.agentsEvery=3",
            "--set", "output.snapshots=[6]"};
        Path local = run("local", spec);
        Path spark = run("spark", spec, "--engine", "spark", "--master", "local[2]");
        for (String t : new String[] {"timeseries.csv", "summary.csv", "aggregate.csv", "agents.csv"}) {
            assertArrayEquals(Files.readAllBytes(local.resolve(t)), Files.readAllBytes(spark.resolve(t)), t);
        }
        long runs = Files.readString(local.resolve("summary.csv")).lines().count() - 1;
        assertTrue(runs > 4, "adaptive replication added replicates beyond the minimum of 2 per point: " + runs + " runs");
        List<String> snapshots;
        try (var s = Files.list(local.resolve("snapshots"))) {
            snapshots = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(runs, snapshots.size());
        for (String f : snapshots) {
            assertArrayEquals(Files.readAllBytes(local.resolve("snapshots").resolve(f)), Files.readAllBytes(spark.resolve("snapshots").resolve(f)), f);
        }
        assertEquals(manifest(local).get("replications"), manifest(spark).get("replications"));
    }

    @Test
    void aPluginSpecRunsOnSparkInLocalModeWithTheLocalEnginesBytes() throws Exception {
        Path jars = netcap.plugins.PluginJars.exampleFolder();
        String[] spec = {netcap.plugins.PluginJars.EXAMPLE.resolve("meetup.yaml").toString(), "--plugins", jars.toString(), "--set", "steps=8",
            "--set", "replications=1", "--set", "network.n=60", "--set", "network.islands=3"};
        Path local = run("local", spec);
        Path spark = run("spark", spec, "--engine", "spark", "--master", "local[2]");
        for (String t : new String[] {"timeseries.csv", "summary.csv", "aggregate.csv"}) {
            assertArrayEquals(Files.readAllBytes(local.resolve(t)), Files.readAllBytes(spark.resolve(t)), t);
        }
        assertTrue(Files.readString(spark.resolve("timeseries.csv")).lines().findFirst().orElseThrow().contains("meetup"),
                "the plug-in's metrics are columns");
    }

    @Test
    void aCalibrationOnSparkGivesTheLocalEstimatesAndPosterior() throws Exception {
        String[] tiny = {"calibrate", TINY, "--set", "calibrate.abc.particles=10", "--set", "calibrate.abc.generations=2",
            "--set", "network.n=40", "-q", "--no-charts"};
        Path local = tmp.resolve("cal-local");
        Path spark = tmp.resolve("cal-spark");
        List<String> a = new ArrayList<>(List.of(tiny));
        a.addAll(List.of("--out", local.toString(), "--threads", "2"));
        CliRun l = CliRun.of(a.toArray(String[]::new));
        assertEquals(0, l.code(), l.err());
        List<String> b = new ArrayList<>(List.of(tiny));
        b.addAll(List.of("--out", spark.toString(), "--engine", "spark", "--master", "local[2]"));
        CliRun s = CliRun.of(b.toArray(String[]::new));
        assertEquals(0, s.code(), s.err());
        for (String t : new String[] {"estimates.csv", "posterior.csv", "generations.csv", "calibration.csv", "fit.csv"}) {
            assertArrayEquals(Files.readAllBytes(local.resolve(t)), Files.readAllBytes(spark.resolve(t)), t);
        }
        assertEquals("spark", manifest(spark).get("engine").asText());
        assertEquals("local[2]", manifest(spark).get("sparkMaster").asText());
    }

    @Test
    void aRunThatThrowsIsNamedWithItsParametersAndSeedTheOthersAreStoredAndTheExitCodeIsTheLocalEngines() throws Exception {
        Path local = run("local", SWEEP);
        Path spark = tmp.resolve("spark");
        System.setProperty(ModelRun.FAIL_RUN, "1/0");
        CliRun r;
        CliRun onThreads;
        try {
            r = CliRun.of(args(SWEEP, "--out", spark.toString(), "-q", "--no-charts", "--engine", "spark", "--master", "local[2]"));
            onThreads = CliRun.of(args(SWEEP, "--out", tmp.resolve("threads").toString(), "-q", "--no-charts"));
        } finally {
            System.clearProperty(ModelRun.FAIL_RUN);
        }
        assertEquals(1, onThreads.code(), "a run that throws on netcap's threads");
        assertEquals(onThreads.code(), r.code(), r.err());
        String seed = Files.readString(local.resolve("summary.csv")).lines()
                .filter(l -> l.startsWith("2,1,0,")).findFirst().orElseThrow().split(",")[3];
        List<String> lines = r.err().lines().toList();
        assertEquals(2, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("netcap: error: 1 of 6 runs failed with --engine spark") && lines.get(0).contains("--resume"),
                lines.get(0));
        assertEquals("netcap: failed run: point 1 {trustGain=0.1} replicate 0, seed " + seed
                + ": IllegalStateException: test failure (netcap.test.failRun)", lines.get(1));
        assertFalse(Files.exists(spark.resolve("timeseries.csv")), "no tables from an incomplete run");
        assertEquals(5, RunFolder.finishedRuns(spark.resolve("parts")).size(), "the other runs are stored");
        CliRun again = CliRun.of(args(SWEEP, "--out", spark.toString(), "-q", "--no-charts", "--engine", "spark",
                "--master", "local[2]", "--resume"));
        assertEquals(0, again.code(), again.err());
        for (String t : new String[] {"timeseries.csv", "summary.csv", "aggregate.csv"}) {
            assertArrayEquals(Files.readAllBytes(local.resolve(t)), Files.readAllBytes(spark.resolve(t)), t);
        }
        assertEquals(List.of("spark-0001.runs", "spark-0002.runs"), parts(spark), "a resumed run starts a file of its own");
        assertEquals(1, runsIn(spark.resolve("parts").resolve("spark-0002.runs")), "only the failed run made again");
    }

    @Test
    void aRunCutShortWhileStoringAWaveResumesOnSparkWithoutRedoingTheStoredRuns() throws Exception {
        Path local = run("local", SWEEP);
        Path spark = run("spark", SWEEP, "--engine", "spark", "--master", "local[2]");
        // as if stopped in the middle of storing: the last stored run's record cut short, the tables not written yet
        Path file = spark.resolve("parts").resolve("spark-0001.runs");
        byte[] all = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(all, all.length - 20));
        for (String t : new String[] {"timeseries.csv", "summary.csv", "aggregate.csv", "manifest.json"}) {
            Files.delete(spark.resolve(t));
        }
        CliRun again = CliRun.of(args(SWEEP, "--out", spark.toString(), "-q", "--no-charts", "--engine", "spark",
                "--master", "local[2]", "--resume"));
        assertEquals(0, again.code(), again.err());
        assertEquals(1, runsIn(spark.resolve("parts").resolve("spark-0002.runs")), "only the run cut short made again");
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
    void badEngineOptionsAreRefused() {
        CliRun engine = CliRun.of(args(SWEEP, "--engine", "hadoop", "-q"));
        assertEquals(2, engine.code());
        assertTrue(engine.err().contains("--engine hadoop: unknown engine; use local (the default) or spark"), engine.err());

        CliRun master = CliRun.of(args(SWEEP, "--master", "local[2]", "-q"));
        assertEquals(2, master.code());
        assertTrue(master.err().contains("--master local[2]: only with --engine spark"), master.err());

        CliRun url = CliRun.of(args(SWEEP, "--engine", "spark", "--master", "foo", "-q", "--out", tmp.resolve("u").toString()));
        assertEquals(2, url.code());
        assertTrue(url.err().contains("--master foo: not a Spark master; use local[N]"), url.err());
        assertFalse(Files.exists(tmp.resolve("u")), "nothing written");

        CliRun calibrate = CliRun.of("calibrate", TINY, "--master", "local[2]", "-q");
        assertEquals(2, calibrate.code());
        assertTrue(calibrate.err().contains("--master local[2]: only with --engine spark"), calibrate.err());

        CliRun shard = CliRun.of(args(SWEEP, "--engine", "spark", "--shard", "1/2", "-q", "--out", tmp.resolve("s").toString()));
        assertEquals(2, shard.code());
        assertTrue(shard.err().contains("--engine spark and --shard: choose one"), shard.err());
        assertFalse(Files.exists(tmp.resolve("s")), "nothing written");
    }
}
