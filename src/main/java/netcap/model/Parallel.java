package netcap.model;

import netcap.world.MultiplexNetwork;

import java.util.ArrayList;
import java.util.Arrays;
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

    /** Runs {@code body} over {@code 0..n-1} in slices of about equal numbers of agents. */
    public void forAgents(int n, RangeBody body) {
        if (pool == null || n < MIN_AGENTS) {
            body.run(0, n);
            return;
        }
        int slices = threads * SLICES_PER_THREAD;
        int[] bounds = new int[slices + 1];
        for (int s = 0; s <= slices; s++) {
            bounds[s] = (int) ((long) n * s / slices);
        }
        run(bounds, body);
    }

    /**
     * Runs {@code body} over the agents {@code 0..n-1} of {@code net} in slices of about equal
     * work (tie entries plus one per agent). The slices are cut once per structural version of the
     * network ({@link MultiplexNetwork#version()}), not on every call.
     */
    public void forTies(MultiplexNetwork net, int n, RangeBody body) {
        if (pool == null || n < 256) {
            body.run(0, n);
            return;
        }
        if (net != cachedNet || net.version() != cachedVersion || n != cachedN) {
            cachedBounds = slices(n, net::degree);
            cachedNet = net;
            cachedVersion = net.version();
            cachedN = n;
            cachedSerial = n + net.tieEntries() < MIN_WORK;
        }
        if (cachedSerial) {
            body.run(0, n);
            return;
        }
        run(cachedBounds, body);
    }

    private static final int SLICES_PER_THREAD = 4;
    /**
     * Below this much work (agents plus tie entries) a loop over ties runs on the calling thread:
     * handing slices to the pool and waking its threads costs more than the loop (at 1,000 agents
     * of degree 20 two threads were slower than one).
     */
    static final long MIN_WORK = 50_000;
    /** Below this many agents a per-agent loop runs on the calling thread. */
    static final int MIN_AGENTS = 16_384;
    private boolean cachedSerial;

    private MultiplexNetwork cachedNet;
    private long cachedVersion;
    private int cachedN = -1;
    private int[] cachedBounds;

    /** Slice bounds {@code b[0]=0 < ... < b[last]=n} with about equal total work per slice. */
    private int[] slices(int n, java.util.function.IntUnaryOperator work) {
        long total = 0;
        for (int i = 0; i < n; i++) {
            total += work.applyAsInt(i) + 1;
        }
        int slices = threads * SLICES_PER_THREAD;
        long per = total / slices + 1;
        int[] bounds = new int[slices + 2];
        int count = 0;
        long acc = 0;
        for (int i = 0; i < n; i++) {
            acc += work.applyAsInt(i) + 1;
            if (acc >= per) {
                bounds[++count] = i + 1;
                acc = 0;
            }
        }
        if (bounds[count] < n) {
            bounds[++count] = n;
        }
        return Arrays.copyOf(bounds, count + 1);
    }

    private void run(int[] bounds, RangeBody body) {
        List<Future<?>> fs = new ArrayList<>(bounds.length - 1);
        for (int s = 0; s + 1 < bounds.length; s++) {
            int from = bounds[s];
            int to = bounds[s + 1];
            if (from < to) {
                fs.add(pool.submit(() -> body.run(from, to)));
            }
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
