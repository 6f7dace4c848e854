package netcap.experiment;

import netcap.InputException;
import netcap.generate.BarabasiAlbert;
import netcap.generate.NetworkGenerator;
import netcap.model.Params;
import netcap.spec.Point;
import netcap.spec.Spec;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The heap an experiment needs, estimated from its spec before the first run, and the check
 * that refuses an experiment that cannot fit (exit 2 with the fix) or warns when it is close.
 *
 * <p>The estimate of one run is {@code agents x (}{@link #BYTES_PER_AGENT}{@code  + }
 * {@link #BYTES_PER_AGENT_DOMAIN}{@code  x domains) + tie entries x }{@link #BYTES_PER_TIE_ENTRY}
 * plus the per-agent microdata a run holds until it ends ({@code output.agentsEvery}); tie
 * entries are twice the ties the generator is expected to make (from its parameters) or the
 * edge list has. The coefficients were calibrated on full-model runs of the baseline model
 * (Watts-Strogatz, 4 domains) of 10,000 to 300,000 agents, measured as the live heap after a
 * full collection and as the smallest heap a run completes in; they include the growth of the
 * network over a run. Runs in parallel are {@code min(--threads, runs)}; the heap needed is
 * {@link #BASE_BYTES} plus that many runs.
 */
public final class MemoryCheck {
    /** Heap of a netcap process before any run (classes, spec, output buffers). */
    public static final long BASE_BYTES = 64L << 20;
    /** Heap per agent of a run, besides its knowledge domains (agent state, step state, growth). */
    public static final long BYTES_PER_AGENT = 1_800;
    /** Heap per agent and knowledge domain. */
    public static final long BYTES_PER_AGENT_DOMAIN = 150;
    /** Heap per tie entry (each tie is two entries), with room for the ties formed during a run. */
    public static final long BYTES_PER_TIE_ENTRY = 80;
    /** Heap per row of agents.csv held by a run until it ends: a row is about 320 characters, held as text, its spare capacity and two copies. */
    public static final long BYTES_PER_AGENT_ROW = 1_300;
    /** Above this share of the maximum heap the check warns. */
    public static final double WARN_SHARE = 0.8;

    private MemoryCheck() {
    }

    /**
     * The estimate.
     *
     * @param agents      agents of the largest run
     * @param tieEntries  tie entries (twice the ties) of the largest run at its start
     * @param perRun      estimated bytes of the largest run
     * @param parallel    runs in parallel
     * @param total       estimated bytes of the process
     */
    public record Estimate(long agents, long tieEntries, long perRun, int parallel, long total) {
    }

    /**
     * Checks the experiment against this JVM's maximum heap: refuses with an
     * {@link InputException} when the estimate exceeds it, warns on standard error above
     * {@link #WARN_SHARE} of it.
     */
    public static Estimate check(Spec spec, List<Point> points, int threads) {
        return check(estimate(spec, points, threads), Runtime.getRuntime().maxMemory(), threads, System.err);
    }

    /** Checks {@code e} against a maximum heap of {@code maxHeap} bytes; warnings go to {@code err}. */
    public static Estimate check(Estimate e, long maxHeap, int threads, PrintStream err) {
        if (e.total() > maxHeap) {
            throw new InputException("not enough memory: the runs need about " + gib(e.total()) + " of heap ("
                    + describe(e) + ") but the maximum heap is " + gib(maxHeap) + "; " + fix(e, maxHeap));
        }
        if (e.total() > WARN_SHARE * maxHeap) {
            err.println("netcap: warning: the runs may need about " + gib(e.total()) + " of the " + gib(maxHeap)
                    + " heap (" + describe(e) + "); if netcap runs out of memory, " + fix(e, maxHeap));
            err.flush();
        }
        return e;
    }

    /** The estimate for {@code points} of {@code spec} with {@code threads} runs in parallel at most. */
    public static Estimate estimate(Spec spec, List<Point> points, int threads) {
        long runs = (long) points.size() * Math.max(1, spec.replications);
        int parallel = (int) Math.max(1, Math.min(threads, runs));
        long agents = 0;
        long entries = 0;
        long perRun = 0;
        Map<Map<String, Object>, Long> seen = new HashMap<>();
        for (Point p : points) {
            Map<String, Object> key = new LinkedHashMap<>();
            p.values().forEach((k, v) -> {
                if (k.startsWith("network.") || k.equals("domains")) {
                    key.put(k, v);
                }
            });
            if (seen.containsKey(key)) {
                continue;
            }
            Params params = p.params(spec);
            NetworkGenerator gen = p.generator(spec);
            long n = gen.nodes();
            long e = tieEntries(spec, p, n);
            long rows = spec.agentsEvery > 0 ? n * (spec.steps / spec.agentsEvery + 1L) : 0;
            long bytes = perRun(n, e, params.domains, rows);
            seen.put(key, bytes);
            if (bytes > perRun) {
                perRun = bytes;
                agents = n;
                entries = e;
            }
        }
        return new Estimate(agents, entries, perRun, parallel, BASE_BYTES + parallel * perRun);
    }

    /** Estimated heap of one run of {@code agents} agents, {@code tieEntries} tie entries and {@code agentRows} rows of agents.csv. */
    public static long perRun(long agents, long tieEntries, int domains, long agentRows) {
        return agents * (BYTES_PER_AGENT + BYTES_PER_AGENT_DOMAIN * Math.max(1, domains))
                + tieEntries * BYTES_PER_TIE_ENTRY + agentRows * BYTES_PER_AGENT_ROW;
    }

    /** Tie entries (twice the ties) expected at the start of a run of point {@code p} with {@code n} agents. */
    static long tieEntries(Spec spec, Point p, long n) {
        if (spec.network.file() != null) {
            return Point.edgeListCounts(spec).get("ties") instanceof Number t ? 2 * t.longValue() : 10 * n;
        }
        Map<String, Object> values = new LinkedHashMap<>(spec.network.params());
        p.values().forEach((k, v) -> {
            if (k.startsWith("network.")) {
                values.put(k.substring("network.".length()), v);
            }
        });
        return tieEntries(spec.network.generator(), values, n);
    }

    /**
     * Tie entries expected from generator {@code name} with parameters {@code values} and
     * {@code n} nodes; 10 per node when the generator or a parameter is unknown.
     */
    public static long tieEntries(String name, Map<String, Object> values, long n) {
        double fallback = 10.0 * n;
        double e = switch (name == null ? "" : name) {
            case "wattsStrogatz", "ringLattice" -> n * number(values.get("k"), 10);
            case "randomRegular" -> n * number(values.get("d"), 10);
            case "barabasiAlbert" -> 2.0 * BarabasiAlbert.edgeCount((int) n, (int) number(values.get("m"), 5));
            case "erdosRenyiGnm" -> 2.0 * number(values.get("m"), fallback / 2);
            case "erdosRenyiGnp" -> n * (n - 1.0) * number(values.get("p"), 10.0 / Math.max(1, n - 1));
            case "regional", "homophily" -> 1.2 * n * number(values.get("meanDegree"), 10);
            default -> fallback;
        };
        return (long) Math.min(Long.MAX_VALUE / 1024, Math.max(0, e));
    }

    private static double number(Object v, double otherwise) {
        if (v instanceof Number x) {
            return x.doubleValue();
        }
        try {
            return v == null ? otherwise : Double.parseDouble(String.valueOf(v).trim());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static String describe(Estimate e) {
        return String.format(Locale.ROOT, "%d %s in parallel of up to %,d agents and %,d tie entries, about %s each",
                e.parallel(), e.parallel() == 1 ? "run" : "runs", e.agents(), e.tieEntries(), gib(e.perRun()));
    }

    /** The advice: fewer runs in parallel when one run fits, else a larger heap (and whether the machine has it). */
    static String fix(Estimate e, long maxHeap) {
        StringBuilder b = new StringBuilder();
        long fits = (maxHeap - BASE_BYTES) / Math.max(1, e.perRun());
        if (e.parallel() > 1 && fits >= 1) {
            b.append("run fewer in parallel with --threads ").append(Math.min(fits, e.parallel() - 1)).append(", or ");
        }
        long gb = (long) Math.ceil(e.total() * 1.25 / (1L << 30));
        b.append("give a larger heap, e.g. NETCAP_HEAP=").append(gb).append("g ./netcap ...");
        long machine = machineMemory();
        if (machine > 0 && gb * (1L << 30) > machine) {
            b.append(" (this machine has ").append(gib(machine)).append(" of memory: use fewer agents or ties, or a larger machine)");
        }
        return b.toString();
    }

    /** Physical memory of the machine in bytes, or 0 when unknown. */
    static long machineMemory() {
        try {
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                return os.getTotalMemorySize();
            }
        } catch (RuntimeException | LinkageError e) {
            // unknown
        }
        return 0;
    }

    /** {@code bytes} in GiB with one decimal, e.g. {@code 9.3 GiB}, or in MiB below 1 GiB, e.g. {@code 350 MiB}. */
    public static String gib(long bytes) {
        if (bytes < (1L << 30)) {
            return String.format(Locale.ROOT, "%d MiB", (bytes + (1L << 20) - 1) >> 20);
        }
        return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
    }
}
