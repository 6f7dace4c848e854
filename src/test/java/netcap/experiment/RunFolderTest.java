package netcap.experiment;

import netcap.InputException;
import netcap.cli.CliRun;
import netcap.cli.RunCommand;
import netcap.spec.Spec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The run folder: unique default folders, the lock, spec.yaml as run, resume after an interrupted write, fixed manifest order. */
class RunFolderTest {
    static final String TINY = """
            name: tiny
            description: >
              A tiny run
              folded on two lines.
            seed: 7
            steps: 3
            replications: 2
            network:
              generator: wattsStrogatz
              n: 30
            """;
    static final List<String> TABLES = List.of("timeseries.csv", "summary.csv", "aggregate.csv");

    @TempDir
    Path tmp;

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void specYamlWithOverridesReproducesTheRunByteForByte() throws IOException {
        Path spec = write("tiny.yaml", TINY);
        Path first = tmp.resolve("first");
        CliRun r = CliRun.of("run", spec.toString(), "--out", first.toString(), "--quiet", "--no-charts", "--threads", "1",
                "--set", "steps=4", "--set", "network.n=40", "--set", "network.k=4", "--set", "trustGain=0.2",
                "--set", "description=line one\nline two: with a colon\n# not a comment");
        assertEquals(0, r.code(), r.err());
        Path written = first.resolve("spec.yaml");
        String text = Files.readString(written);
        assertTrue(text.contains("# --set network.n=40"), text);
        assertTrue(text.contains("# --set description=line one\\nline two: with a colon\\n# not a comment"), text);
        // the resolved spec: the overrides are values, not only comments
        Spec s = Spec.load(written, List.of());
        assertEquals(4, s.steps);
        assertEquals(40L, ((Number) s.network.params().get("n")).longValue());
        assertEquals("line one\nline two: with a colon\n# not a comment", s.description);

        Path again = tmp.resolve("again");
        CliRun r2 = CliRun.of("run", written.toString(), "--out", again.toString(), "--quiet", "--no-charts", "--threads", "2");
        assertEquals(0, r2.code(), r2.err());
        for (String f : TABLES) {
            assertArrayEquals(Files.readAllBytes(first.resolve(f)), Files.readAllBytes(again.resolve(f)), f);
        }
        // and a run of the copy writes the same spec.yaml body (it is a fixed point)
        assertEquals(text.substring(text.indexOf("\nname:")), Files.readString(again.resolve("spec.yaml"))
                .substring(Files.readString(again.resolve("spec.yaml")).indexOf("\nname:")));
    }

    @Test
    void specYamlOfANetworkFileRunNamesTheFileFromTheRunFolder() throws IOException {
        Files.createDirectories(tmp.resolve("data"));
        StringBuilder edges = new StringBuilder("source,target\n");
        for (int i = 0; i < 20; i++) {
            edges.append(i).append(',').append((i + 1) % 20).append('\n');
        }
        Files.writeString(tmp.resolve("data/ring.csv"), edges);
        Path spec = write("file.yaml", "name: ring\nseed: 3\nsteps: 3\nreplications: 1\nnetwork: {file: data/ring.csv}\n");
        Path first = tmp.resolve("runs/ring");
        Experiment.load(spec).threads(1).charts(false).out(first).run();
        Path again = tmp.resolve("again");
        Experiment.load(first.resolve("spec.yaml")).threads(1).charts(false).out(again).run();
        for (String f : TABLES) {
            assertArrayEquals(Files.readAllBytes(first.resolve(f)), Files.readAllBytes(again.resolve(f)), f);
        }
    }

    @Test
    void everyShippedExperimentSurvivesTheRoundTripThroughSpecYaml() throws IOException {
        try (var files = Files.list(Path.of("experiments"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                Spec s = Spec.load(f, List.of());
                Path copy = tmp.resolve(f.getFileName());
                Files.writeString(copy, RunFolder.yaml(RunFolder.resolved(s, tmp)));
                Spec back = Spec.load(copy, List.of());
                assertEquals(RunFolder.resolved(s, tmp), RunFolder.resolved(back, tmp), f.toString());
            }
        }
    }

    @Test
    void resumeStillRefusesOtherOverridesAndAcceptsTheSame() throws IOException {
        Path spec = write("tiny.yaml", TINY);
        Path out = tmp.resolve("out");
        Experiment.load(spec).set("network.n", 40).threads(1).charts(false).out(out).run();
        var e = assertThrows(InputException.class,
                () -> Experiment.load(spec).set("network.n", 41).threads(1).charts(false).out(out).resume(true).run());
        assertTrue(e.getMessage().contains("was made by a different spec"), e.getMessage());
        Runner.Result r = Experiment.load(spec).set("network.n", 40).threads(1).charts(false).out(out).resume(true).run();
        assertEquals(0, r.ranNow());
    }

    @Test
    void aRunFolderWithASpecYamlOfTheEarlierFormatCanStillBeResumed() throws IOException {
        Path spec = write("tiny.yaml", TINY);
        Path out = tmp.resolve("out");
        Experiment.load(spec).set("steps", 4).threads(1).charts(false).out(out).run();
        RunFolder f = new RunFolder(Spec.load(spec, List.of("steps=4")), out, true, List.of("steps=4"));
        Files.writeString(out.resolve("spec.yaml"), f.legacySpecText());
        Files.delete(out.resolve("parts/p000000-r000000.summary.csv"));
        assertEquals(1, Experiment.load(spec).set("steps", 4).threads(1).charts(false).out(out).resume(true).run().ranNow());
        assertThrows(InputException.class, () -> Experiment.load(spec).set("steps", 5).threads(1).charts(false).out(out).resume(true).run());
    }

    @Test
    void resumeRemovesStaleTemporaryFilesAndDoesNotCountThem() throws IOException {
        Path spec = write("tiny.yaml", TINY);
        Path out = tmp.resolve("out");
        Experiment.load(spec).threads(1).charts(false).out(out).run();
        byte[] ts = Files.readAllBytes(out.resolve("timeseries.csv"));
        // as a kill -9 during the final writes leaves them
        Files.delete(out.resolve("timeseries.csv"));
        Files.delete(out.resolve("parts/p000000-r000001.summary.csv"));
        List<Path> stale = List.of(out.resolve(".timeseries.csv.123456.tmp"), out.resolve("parts/.p000000-r000001.summary.csv.99.tmp"),
                out.resolve(".manifest.json.7.tmp"));
        for (Path p : stale) {
            Files.writeString(p, "0,1,2\n");
        }
        Runner.Result r = Experiment.load(spec).threads(1).charts(false).out(out).resume(true).run();
        assertEquals(1, r.ranNow());
        for (Path p : stale) {
            assertFalse(Files.exists(p), p + " must be removed");
        }
        assertArrayEquals(ts, Files.readAllBytes(out.resolve("timeseries.csv")));
        try (var all = Files.walk(out)) {
            assertEquals(List.of(), all.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    @Test
    void theInterruptedMessageSaysHowToResume() {
        String m = RunCommand.interruptedMessage(Path.of("experiments/baseline.yaml"), Path.of("runs/baseline-20260101-120000"),
                List.of("steps=50", "description=two words"));
        assertEquals("netcap: interrupted; the finished runs are kept, continue with: ./netcap run experiments/baseline.yaml "
                + "--out runs/baseline-20260101-120000 --set steps=50 --set 'description=two words' --resume", m);
    }

    @Test
    void manifestNetworkKeysHaveAFixedOrderWhateverTheOrderOfTheOverrides() throws IOException {
        Path spec = write("tiny.yaml", TINY);
        Path out = tmp.resolve("out");
        Experiment.load(spec).set("network.p", 0.2).set("network.k", 4).threads(1).charts(false).out(out).run();
        String before = Files.readString(out.resolve("manifest.json"));
        Files.delete(out.resolve("parts/p000000-r000001.summary.csv"));
        Runner.Result r = Experiment.load(spec).set("network.k", 4).set("network.p", 0.2).threads(1).charts(false).out(out).resume(true).run();
        assertEquals(1, r.ranNow());
        String after = Files.readString(out.resolve("manifest.json"));
        assertEquals(networkOf(before), networkOf(after));
        assertEquals(specOf(before), specOf(after));
        assertTrue(networkOf(after).matches("(?s).*\"generator\".*\"k\".*\"n\".*\"p\".*"), networkOf(after));
    }

    private static String networkOf(String manifest) {
        int i = manifest.indexOf("\n  \"network\"");
        return manifest.substring(i, manifest.indexOf("\n  },", i));
    }

    private static String specOf(String manifest) {
        int i = manifest.indexOf("\n  \"spec\"");
        return manifest.substring(i, manifest.indexOf("\n  \"layers\"", i));
    }

    @Test
    void reportHtmlNamesTheFolderWithoutItsAbsolutePath() throws IOException {
        Path spec = write("tiny.yaml", TINY);
        Path out = tmp.resolve("where").resolve("my-run");
        Runner.Result r = Experiment.load(spec).threads(1).out(out).run();
        String html = Files.readString(r.charts().report());
        assertFalse(html.contains(tmp.toAbsolutePath().toString()), "report.html must not embed " + tmp.toAbsolutePath());
        assertTrue(html.contains("my-run"), "the folder's name");
    }

    @Test
    void defaultFoldersOfTheSameSecondAreDistinct() throws IOException {
        Path base = tmp.resolve("runs/tiny-20260101-120000");
        assertEquals(base, RunFolder.createUnique(base));
        assertEquals(tmp.resolve("runs/tiny-20260101-120000-2"), RunFolder.createUnique(base));
        assertEquals(tmp.resolve("runs/tiny-20260101-120000-3"), RunFolder.createUnique(base));

        Path spec = write("tiny.yaml", TINY);
        Path runs = tmp.resolve("defaults");
        Runner.Result a = Experiment.load(spec).threads(1).charts(false).runsFolder(runs).run();
        Runner.Result b = Experiment.load(spec).threads(1).charts(false).runsFolder(runs).run();
        assertNotEquals(a.folder(), b.folder());
        assertArrayEquals(Files.readAllBytes(a.folder().resolve("summary.csv")), Files.readAllBytes(b.folder().resolve("summary.csv")));
    }

    @Test
    void aFolderInUseIsRefusedNamingTheOtherRun() throws IOException {
        Path spec = write("tiny.yaml", TINY);
        Path out = tmp.resolve("out");
        RunFolder holder = new RunFolder(Spec.load(spec, List.of()), out, false, List.of());
        holder.prepare();
        try {
            CliRun r = CliRun.of("run", spec.toString(), "--out", out.toString(), "--quiet", "--no-charts");
            assertEquals(2, r.code());
            assertTrue(r.err().contains(out + ": in use by another run (pid " + ProcessHandle.current().pid() + " on "), r.err());
            assertTrue(r.err().contains(", started 20"), r.err());
            CliRun resume = CliRun.of("run", spec.toString(), "--out", out.toString(), "--quiet", "--no-charts", "--resume");
            assertEquals(2, resume.code());
            assertTrue(resume.err().contains("in use by another run (pid "), resume.err());
        } finally {
            holder.release();
        }
        assertFalse(Files.exists(out.resolve(RunFolder.LOCK)), "the lock file is removed at the end");
        // once released, a resume takes the folder
        Runner.Result r = Experiment.load(spec).threads(1).charts(false).out(out).resume(true).run();
        assertEquals(2, r.ranNow());
        assertFalse(Files.exists(out.resolve(RunFolder.LOCK)));
    }

    @Test
    void aStaleLockLeftByAKilledRunIsTakenOver() throws IOException {
        Path spec = write("tiny.yaml", TINY);
        Path out = tmp.resolve("out");
        Experiment.load(spec).threads(1).charts(false).out(out).run();
        Files.delete(out.resolve("parts/p000000-r000000.summary.csv"));
        // the lock file of a run killed with -9: its text stays, its lock went with the process
        Files.writeString(out.resolve(RunFolder.LOCK), "pid 999999 on elsewhere, started 2026-01-01T00:00:00Z\n");
        Runner.Result r = Experiment.load(spec).threads(1).charts(false).out(out).resume(true).run();
        assertEquals(1, r.ranNow());
        assertFalse(Files.exists(out.resolve(RunFolder.LOCK)));
    }

    @Test
    void aFreshRunIntoAFolderHoldingOnlyAStaleLockStarts() throws IOException {
        Path spec = write("tiny.yaml", TINY);
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve(RunFolder.LOCK), "pid 999999 on elsewhere, started 2026-01-01T00:00:00Z\n");
        Runner.Result r = Experiment.load(spec).threads(1).charts(false).out(out).run();
        assertEquals(2, r.ranNow());
    }

    @Test
    void aSeriesOfRunFilesStartsTheNextFileAtItsLimitAndAResumeReadsThemAll() throws IOException {
        Spec spec = Spec.load(write("tiny.yaml", TINY), List.of());
        Path out = tmp.resolve("series");
        RunFolder f = new RunFolder(spec, out, false, List.of());
        f.prepare();
        try {
            f.batchSeries("spark", 1); // every store after the first starts a new file
            for (int r = 0; r < 2; r++) {
                RunResult res = new RunResult(0, r, 40 + r, List.of("0," + r + ",1\n", "1," + r + ",2\n"), new double[] {r, 0.5});
                f.store(List.of(new RunFolder.Made(res, new RunFolder.Timing(0.25, 1_700_000_000_000L), java.util.Map.of())));
            }
        } finally {
            f.release();
        }
        try (var files = Files.list(out.resolve("parts"))) {
            assertEquals(List.of("spark-0001.runs", "spark-0002.runs"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        RunFolder again = new RunFolder(spec, out, true, List.of());
        again.prepare();
        try {
            again.batchSeries("spark", 1L << 30);
            List<RunFolder.Finished> done = new java.util.ArrayList<>(again.finished(2));
            done.sort(java.util.Comparator.comparingInt(d -> d.result().replicate()));
            assertEquals(2, done.size());
            assertEquals(41, done.get(1).result().seed());
            assertEquals(List.of("0,1,1\n", "1,1,2\n"), done.get(1).result().rows());
            assertEquals(0.25, done.get(1).timing().seconds());
        } finally {
            again.release();
        }
        assertFalse(Files.exists(out.resolve("parts").resolve("spark-0003.runs")), "nothing written by a resume that stored no run");
    }
}
