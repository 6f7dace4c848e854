package netcap.experiment;

import netcap.InputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two runs started at once on one folder never lose a result: exactly one succeeds and the other
 * is refused (or, with default folders, both succeed in two folders), and the successful folder's
 * tables are complete. Within one JVM through {@link Experiment}, and across processes.
 */
class ConcurrentRunsTest {
    static final String TINY = """
            name: tiny
            seed: 5
            steps: 3
            replications: 1
            network: {generator: wattsStrogatz, n: 30, k: 4, p: 0.1}
            """;
    static final List<String> TABLES = List.of("timeseries.csv", "summary.csv", "aggregate.csv", "spec.yaml");
    /**
     * Pairs of runs on one folder within the JVM; pairs of processes, first on one --out, then with
     * default folders (10 of each by default to keep the test short, as a JVM start costs about a
     * second here: {@code -Dnetcap.test.processPairs=100} runs 100 of each).
     */
    static final int PAIRS = 100;
    static final int PROCESS_PAIRS = Integer.getInteger("netcap.test.processPairs", 10);

    @TempDir
    Path tmp;
    Path spec;
    Path reference;

    @BeforeEach
    void reference() throws IOException {
        spec = tmp.resolve("tiny.yaml");
        Files.writeString(spec, TINY);
        reference = tmp.resolve("reference");
        Experiment.load(spec).threads(1).charts(false).out(reference).run();
    }

    private void assertComplete(Path folder) throws IOException {
        for (String f : TABLES) {
            assertArrayEquals(Files.readAllBytes(reference.resolve(f)), Files.readAllBytes(folder.resolve(f)), folder + "/" + f);
        }
        assertFalse(Files.exists(folder.resolve(RunFolder.LOCK)), folder + ": the lock is removed at the end");
    }

    private static boolean refusedMessage(String m) {
        return m.contains(": in use by another run") || m.contains(": the output folder exists and is not empty");
    }

    @Test
    void twoRunsOnOneFolderWithinOneJvm() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            int inUse = 0;
            for (int i = 0; i < PAIRS; i++) {
                Path out = tmp.resolve("same-" + i);
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Object>> both = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    both.add(pool.submit(() -> {
                        start.await();
                        try {
                            return Experiment.load(spec).threads(1).charts(false).out(out).run();
                        } catch (InputException e) {
                            return e;
                        }
                    }));
                }
                List<Object> results = List.of(both.get(0).get(60, TimeUnit.SECONDS), both.get(1).get(60, TimeUnit.SECONDS));
                long ok = results.stream().filter(r -> r instanceof Runner.Result).count();
                assertEquals(1, ok, "pair " + i + ": exactly one run succeeds: " + results);
                InputException refused = (InputException) results.stream().filter(r -> r instanceof InputException).findFirst().orElseThrow();
                assertTrue(refusedMessage(refused.getMessage()), refused.getMessage());
                if (refused.getMessage().contains("in use by another run (pid " + ProcessHandle.current().pid())) {
                    inUse++;
                }
                assertComplete(out);
            }
            System.out.println("ConcurrentRunsTest: " + PAIRS + " pairs on one folder in one JVM, " + inUse + " refused while the other ran");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoRunsWithDefaultFoldersWithinOneJvmGetTwoFolders() throws Exception {
        Path runs = tmp.resolve("runs");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Set<Path> folders = new HashSet<>();
            for (int i = 0; i < PAIRS / 2; i++) {
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Runner.Result>> both = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    both.add(pool.submit(() -> {
                        start.await();
                        return Experiment.load(spec).threads(1).charts(false).runsFolder(runs).run();
                    }));
                }
                for (Future<Runner.Result> f : both) {
                    Path folder = f.get(60, TimeUnit.SECONDS).folder();
                    assertTrue(folders.add(folder), "pair " + i + ": two runs wrote " + folder);
                    assertComplete(folder);
                }
            }
            assertEquals(PAIRS, folders.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoResumesAtOnceNeverRedoARun() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < PAIRS / 4; i++) {
                Path out = tmp.resolve("resume-" + i);
                Experiment.load(spec).threads(1).charts(false).out(out).run();
                Files.delete(out.resolve("parts/p000000-r000000.summary.csv"));
                Files.delete(out.resolve("timeseries.csv"));
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Object>> both = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    both.add(pool.submit(() -> {
                        start.await();
                        try {
                            return Experiment.load(spec).threads(1).charts(false).out(out).resume(true).run();
                        } catch (InputException e) {
                            return e;
                        }
                    }));
                }
                int ranNow = 0;
                for (Future<Object> f : both) {
                    Object r = f.get(60, TimeUnit.SECONDS);
                    if (r instanceof Runner.Result res) {
                        ranNow += res.ranNow();
                    } else {
                        assertTrue(((InputException) r).getMessage().contains(": in use by another run (pid "), r.toString());
                    }
                }
                assertEquals(1, ranNow, "resume pair " + i + ": the missing run is made exactly once");
                assertComplete(out);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Process start(Path dir, String... args) throws IOException {
        return builder(dir, args).start();
    }

    private ProcessBuilder builder(Path dir, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), "netcap.cli.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(dir.toFile());
    }

    private record Outcome(int code, String err) {
    }

    private static Outcome waitFor(Process p) throws Exception {
        String err = new String(p.getErrorStream().readAllBytes());
        p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Outcome(p.exitValue(), err);
    }

    @Test
    void twoProcessesOnOneFolderAndWithDefaultFolders() throws Exception {
        long t0 = System.nanoTime();
        int inUse = 0;
        for (int i = 0; i < PROCESS_PAIRS; i++) {
            Path out = tmp.resolve("proc-" + i);
            Process a = start(tmp, "run", spec.toString(), "--out", out.toString(), "--threads", "1", "--quiet", "--no-charts");
            Process b = start(tmp, "run", spec.toString(), "--out", out.toString(), "--threads", "1", "--quiet", "--no-charts");
            Outcome oa = waitFor(a);
            Outcome ob = waitFor(b);
            assertEquals(Set.of(0, 2), Set.of(oa.code(), ob.code()), "pair " + i + ": one succeeds, one is refused\n" + oa + "\n" + ob);
            Outcome refused = oa.code() == 2 ? oa : ob;
            assertTrue(refusedMessage(refused.err()), refused.err());
            assertTrue(refused.err().startsWith("netcap: error: ") && refused.err().strip().lines().count() == 1, refused.err());
            if (refused.err().contains("in use by another run (pid ")) {
                inUse++;
            }
            assertComplete(out);
        }
        Path dir = tmp.resolve("cwd");
        Files.createDirectories(dir);
        for (int i = 0; i < PROCESS_PAIRS; i++) {
            Process a = start(dir, "run", spec.toString(), "--threads", "1", "--quiet", "--no-charts");
            Process b = start(dir, "run", spec.toString(), "--threads", "1", "--quiet", "--no-charts");
            Outcome oa = waitFor(a);
            Outcome ob = waitFor(b);
            assertEquals(0, oa.code(), oa.err());
            assertEquals(0, ob.code(), ob.err());
        }
        try (var s = Files.list(dir.resolve("runs"))) {
            List<Path> folders = s.toList();
            assertEquals(2 * PROCESS_PAIRS, folders.size(), folders.toString());
            for (Path f : folders) {
                assertComplete(f);
            }
        }
        System.out.printf("ConcurrentRunsTest: %d process pairs on one folder (%d refused while the other ran) and %d with default folders, %.1f s%n",
                PROCESS_PAIRS, inUse, PROCESS_PAIRS, (System.nanoTime() - t0) / 1e9);
    }

    @Test
    void sigtermDuringARunSaysHowToResume() throws Exception {
        Path big = tmp.resolve("big.yaml");
        Files.writeString(big, TINY.replace("steps: 3", "steps: 400").replace("replications: 1", "replications: 40").replace("n: 30", "n: 200"));
        Path out = tmp.resolve("stopped");
        Path log = tmp.resolve("stopped.err");
        Process p = builder(tmp, "run", big.toString(), "--out", out.toString(), "--threads", "1", "--quiet", "--no-charts")
                .redirectError(log.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Path parts = out.resolve("parts");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (p.isAlive() && System.nanoTime() < deadline && count(parts) < 1) {
            Thread.sleep(20);
        }
        assertTrue(p.isAlive(), "the run must still be going");
        p.destroy(); // SIGTERM (this also closes our ends of its streams, hence the file)
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        Outcome o = new Outcome(p.exitValue(), Files.readString(log));
        assertEquals(143, o.code(), o.err());
        assertTrue(o.err().contains("netcap: interrupted; the finished runs are kept, continue with: ./netcap run " + big
                + " --out " + out + " --resume"), o.err());
    }

    private static long count(Path parts) throws IOException {
        if (!Files.isDirectory(parts)) {
            return 0;
        }
        try (var s = Files.list(parts)) {
            return s.filter(f -> f.toString().endsWith(".summary.csv")).count();
        }
    }
}
