package netcap.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/**
 * Runs a loop over agents {@code 0..n-1} in contiguous slices on a fixed pool of threads. Slices
 * are balanced by work (tie entries plus one per agent), so a hub-heavy range does not leave a
 * thread idle. Bodies must write only to their own agents' slots (and the entries in those
 * agents' blocks); then the result does not depend on the number of threads.
 */
public final class Parallel implements AutoCloseable {
    /** A loop body over the agents {@code from..to-1}. */
    @FunctionalInterface
    public interface RangeBody {
        void run(int from, int to);
    }

    private final int threads;
    private final ExecutorService pool;

    /** A runner with {@code threads} threads (1 runs everything on the calling thread). */
    public Parallel(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        this.threads = threads;
        if (threads > 1) {
            ThreadFactory tf = r -> {
                Thread t = new Thread(r, "netcap-step");
                t.setDaemon(true);
                return t;
            };
            this.pool = Executors.newFixedThreadPool(threads, tf);
        } else {
            this.pool = null;
        }
    }

    /** Number of threads. */
    public int threads() {
        return threads;
    }

    /**
     * Runs {@code body} over {@code 0..n-1}. {@code work(i)} is the cost of agent {@code i}
     * (e.g. its degree); slices get about equal total cost.
     */
    public void forAgents(int n, java.util.function.IntUnaryOperator work, RangeBody body) {
        if (pool == null || n < 256) {
            body.run(0, n);
            return;
        }
        long total = 0;
        for (int i = 0; i < n; i++) {
            total += work.applyAsInt(i) + 1;
        }
        int slices = threads * 4;
        long per = total / slices + 1;
        List<int[]> ranges = new ArrayList<>();
        int from = 0;
        long acc = 0;
        for (int i = 0; i < n; i++) {
            acc += work.applyAsInt(i) + 1;
            if (acc >= per) {
                ranges.add(new int[] {from, i + 1});
                from = i + 1;
                acc = 0;
            }
        }
        if (from < n) {
            ranges.add(new int[] {from, n});
        }
        List<Future<?>> fs = new ArrayList<>(ranges.size());
        for (int[] r : ranges) {
            fs.add(pool.submit(() -> body.run(r[0], r[1])));
        }
        for (Future<?> f : fs) {
            netcap.util.Tasks.await(f);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
