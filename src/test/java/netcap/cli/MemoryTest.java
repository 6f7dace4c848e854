package netcap.cli;

import netcap.InputException;
import netcap.experiment.MemoryCheck;
import netcap.spec.Spec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The memory estimate before the first run, and out of memory as one line and exit 2. */
class MemoryTest {
    private static final long GIB = 1L << 30;

    @TempDir
    Path dir;

    private Spec spec(int n, int k, int replications) throws IOException {
        Path f = dir.resolve("big.yaml");
        Files.writeString(f, "name: big\nseed: 1\nsteps: 10\nreplications: " + replications + "\n"
                + "network: {generator: wattsStrogatz, n: " + n + ", k: " + k + ", p: 0.1}\n");
        return Spec.load(f, List.of());
    }

    private static String check(MemoryCheck.Estimate e, long maxHeap, int threads) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        MemoryCheck.check(e, maxHeap, threads, new PrintStream(buf, true, StandardCharsets.UTF_8));
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void twoMillionAgentsWithK20AreRefusedUnderATwoGibHeapWithTheFix() throws IOException {
        Spec s = spec(2_000_000, 20, 1);
        MemoryCheck.Estimate e = MemoryCheck.estimate(s, s.points(), 4);
        assertEquals(2_000_000, e.agents());
        assertEquals(40_000_000, e.tieEntries());
        assertEquals(1, e.parallel(), "one run: one in parallel whatever --threads");
        InputException x = assertThrows(InputException.class, () -> check(e, 2 * GIB, 4));
        String m = x.getMessage();
        assertFalse(m.contains("\n"), m);
        assertTrue(m.startsWith("not enough memory: the runs need about "), m);
        assertTrue(m.contains("the maximum heap is 2.0 GiB"), m);
        assertTrue(m.contains("NETCAP_HEAP="), m);
        assertFalse(m.contains("--threads"), "one run: fewer threads would not help: " + m);
    }

    @Test
    void twoParallelRunsThatFitOneAtATimeSuggestFewerThreads() throws IOException {
        Spec s = spec(2_000_000, 20, 2);
        MemoryCheck.Estimate e = MemoryCheck.estimate(s, s.points(), 2);
        assertEquals(2, e.parallel());
        long heap = e.perRun() + MemoryCheck.BASE_BYTES + GIB / 2; // one run fits, two do not
        String m = assertThrows(InputException.class, () -> check(e, heap, 2)).getMessage();
        assertTrue(m.contains("2 runs in parallel of up to 2,000,000 agents and 40,000,000 tie entries"), m);
        assertTrue(m.contains("run fewer in parallel with --threads 1, or give a larger heap, e.g. NETCAP_HEAP="), m);
    }

    @Test
    void closeToTheHeapWarnsAndContinues() throws IOException {
        Spec s = spec(1000, 10, 1);
        MemoryCheck.Estimate e = MemoryCheck.estimate(s, s.points(), 1);
        String warning = check(e, (long) (e.total() / 0.9), 1);
        assertTrue(warning.startsWith("netcap: warning: the runs may need about "), warning);
        assertEquals(1, warning.strip().lines().count(), warning);
        assertEquals("", check(e, (long) (e.total() / 0.7), 1), "below 80% of the heap: silent");
        assertThrows(InputException.class, () -> check(e, e.total() - 1, 1));
    }

    @Test
    void theEstimateGrowsWithAgentsTiesAndParallelRuns() throws IOException {
        Spec small = spec(1000, 10, 4);
        Spec wide = spec(1000, 40, 4);
        Spec many = spec(4000, 10, 4);
        long one = MemoryCheck.estimate(small, small.points(), 1).total();
        assertTrue(MemoryCheck.estimate(wide, wide.points(), 1).total() > one);
        assertTrue(MemoryCheck.estimate(many, many.points(), 1).total() > one);
        MemoryCheck.Estimate four = MemoryCheck.estimate(small, small.points(), 8);
        assertEquals(4, four.parallel(), "no more runs in parallel than runs");
        assertEquals(MemoryCheck.BASE_BYTES + 4 * four.perRun(), four.total());
        assertEquals(2 * 50_000L, MemoryCheck.tieEntries("barabasiAlbert", Map.of("m", 1), 50_001));
        assertEquals(1000L * 999 / 100, MemoryCheck.tieEntries("erdosRenyiGnp", Map.of("p", "0.01"), 1000));
    }

    @Test
    void agentMicrodataHeldUntilTheEndOfARunCounts() throws IOException {
        Path f = dir.resolve("micro.yaml");
        Files.writeString(f, "name: micro\nseed: 1\nsteps: 200\nreplications: 1\n"
                + "network: {generator: wattsStrogatz, n: 10000, k: 10, p: 0.1}\noutput: {agentsEvery: 1}\n");
        Spec micro = Spec.load(f, List.of());
        Spec plain = spec(10000, 10, 1);
        long extra = MemoryCheck.estimate(micro, micro.points(), 1).perRun() - MemoryCheck.estimate(plain, plain.points(), 1).perRun();
        assertEquals(10000L * 201 * MemoryCheck.BYTES_PER_AGENT_ROW, extra);
    }

    @Test
    void aRunThatCannotFitIsRefusedBeforeAnyFileWithExitTwo() throws IOException {
        Path f = dir.resolve("huge.yaml");
        Files.writeString(f, "name: huge\nseed: 1\nsteps: 2\nreplications: 64\n"
                + "network: {generator: wattsStrogatz, n: 2000000, k: 20, p: 0.1}\n");
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("run", f.toString(), "--threads", "64", "--out", out.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("netcap: error: not enough memory: the runs need about "), r.err());
        assertFalse(Files.exists(out), "no output folder");
    }

    @Test
    void outOfMemoryIsOneLineWithTheFixAndExitTwo() {
        assertEquals("out of memory: the maximum heap of 2.0 GiB was not enough; give a larger heap, e.g. NETCAP_HEAP=4g"
                        + " ./netcap ..., run fewer runs in parallel with --threads 1, or use fewer agents or ties",
                Main.outOfMemoryMessage(2 * GIB));
        // 2 billion nodes: the first array alone (16 GB) does not fit in the test's heap
        CliRun r = CliRun.of("network", "--generator", "erdosRenyiGnm", "--param", "n=2000000000", "--param", "m=1");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("netcap: error: out of memory: the maximum heap of "), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    }
}
