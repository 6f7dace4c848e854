package netcap.bench;

import netcap.bench.classic.ClassicModel;
import netcap.experiment.Experiment;
import netcap.experiment.Runner;
import netcap.generate.Generators;
import netcap.generate.NetworkGenerator;
import netcap.model.Mechanisms;
import netcap.model.NetcapModel;
import netcap.model.Parallel;
import netcap.model.Params;
import netcap.random.Streams;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code netcap bench}: times the netcap engine, the same model written the classic MASON way
 * ({@link ClassicModel}) and a bare loop over the ties ({@link Bound}) in one process, with
 * warm-up and the median of several repetitions, and measures heap per tie entry, runs per
 * second of a sweep of small runs, JVM start and the wall time of a small {@code netcap run}.
 * See {@code docs/performance.md}.
 */
public final class Bench {
    /** The mechanisms compared with the classic version; the others are switched off in the "subset" engine runs. */
    public static final List<String> SUBSET = ClassicModel.MECHANISMS;

    /** What to measure. */
    public record Options(List<Integer> sizes, int reps, double meanDegree, String generator, int threads,
                          int sweepAgents, int sweepSteps, int sweepReplications, boolean processes, Path jar,
                          boolean classic, double warmupMs, PrintStream log) {
    }

    /** One timed configuration: runs {@code k} steps. */
    @FunctionalInterface
    interface Stepper {
        void steps(int k);
    }

    private static final long SEED = 20261128L;

    private final Options o;

    public Bench(Options options) {
        this.o = options;
    }

    /** The mechanisms switched off in the subset runs. */
    public static Set<String> subsetDisabled() {
        Set<String> off = new LinkedHashSet<>(Mechanisms.NAMES);
        off.removeAll(SUBSET);
        return off;
    }

    /** The network generator of the benchmark for {@code n} agents. */
    public NetworkGenerator generator(int n) {
        if (o.generator().equals("wattsStrogatz")) {
            return Generators.create("wattsStrogatz", Map.of("n", n, "k", (int) Math.round(o.meanDegree()), "p", 0.1));
        }
        return Generators.create(o.generator(), Map.of("n", n, "p", o.meanDegree() / Math.max(1, n - 1)));
    }

    private NetcapModel model(int n, boolean subset, int threads) {
        NetcapModel m = new NetcapModel(Streams.runKey(SEED, 0, 0), new Params(), generator(n), List.of("online"),
                subset ? subsetDisabled() : Set.of(), threads);
        m.start();
        return m;
    }

    /** Runs every measurement and returns the JSON tree. */
    public Map<String, Object> run() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("sizes", o.sizes());
        root.put("reps", o.reps());
        root.put("meanDegree", o.meanDegree());
        root.put("generator", o.generator());
        root.put("threadsAll", o.threads());
        root.put("subsetMechanisms", SUBSET);
        root.put("subsetDisabled", List.copyOf(subsetDisabled()));
        root.put("machine", machine());
        Map<String, Object> results = new LinkedHashMap<>();
        root.put("results", results);
        double classicBytesPerEntry = Double.NaN;
        for (int n : o.sizes()) {
            Map<String, Object> r = size(n, classicBytesPerEntry);
            Object cb = r.get("classicBytesPerTieEntry");
            if (cb instanceof Double v && !v.isNaN()) {
                classicBytesPerEntry = v;
            }
            results.put(Integer.toString(n), r);
        }
        root.put("modelBoundRates", rates(results));
        root.put("runsPerSecond", runsPerSecond());
        if (o.processes()) {
            root.put("jvmStartMs", jvmStartMs());
            root.put("runCommandWallMs", runCommandMs());
        } else {
            root.put("jvmStartMs", null);
            root.put("runCommandWallMs", null);
        }
        return root;
    }

    /**
     * The rates the model's bound implies: multiply-adds per ns at the smallest size (rows in cache)
     * and random row reads per microsecond at the largest.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> rates(Map<String, Object> results) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> first = null;
        Map<String, Object> last = null;
        for (Object v : results.values()) {
            Map<String, Object> b = (Map<String, Object>) ((Map<String, Object>) v).get("modelBound");
            first = first == null ? b : first;
            last = b;
        }
        if (first != null) {
            Object[] keys = results.keySet().toArray();
            out.put("inCacheAgents", Integer.parseInt((String) keys[0]));
            out.put("inCacheMaddsPerNs", first.get("maddsPerNs"));
            out.put("largestAgents", Integer.parseInt((String) keys[keys.length - 1]));
            out.put("randomRowReadsPerUs", last.get("rowReadsPerUs"));
            out.put("gigabytesPerSecond", last.get("gigabytesPerSecond"));
        }
        return out;
    }

    // ------------------------------------------------------------------ one size

    /** The subset model on 1 thread: heap per entry, ms per step, the breakdown, and the bound on its network. */
    private Map<String, Double> timeSubset(int n, Map<String, Object> r, Map<String, Object> ms, Map<String, Object> build) {
        long before = usedHeap();
        long t0 = System.nanoTime();
        NetcapModel m = model(n, true, 1);
        build.put("netcap", (System.nanoTime() - t0) / 1e9);
        m.schedule.step(m);
        long entries = m.network.tieEntries();
        long netcapBytes = usedHeap() - before;
        r.put("tieEntries", entries);
        r.put("bytesPerTieEntry", (double) netcapBytes / entries);
        r.put("netcapHeapBytes", netcapBytes);
        r.put("networkMemoryBytes", m.network.memoryBytes());
        r.put("networkBytesPerTieEntry", (double) m.network.memoryBytes() / entries);
        StepTimer timer = StepTimer.attach(m);
        double subset1 = time("netcap subset, 1 thread", m::run, timer);
        ms.put("netcapSubset1", subset1);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = m.agents.tacit[i * m.agents.domains];
        }
        try (Parallel one = new Parallel(1); Parallel all = new Parallel(o.threads())) {
            ms.put("bound1", time("bound, 1 thread", k -> {
                for (int s = 0; s < k; s++) {
                    Bound.sweep(m.network, x, y, one);
                }
            }, null));
            ms.put("boundAll", time("bound, " + o.threads() + " threads", k -> {
                for (int s = 0; s < k; s++) {
                    Bound.sweep(m.network, x, y, all);
                }
            }, null));
        }
        r.put("modelBound", modelBound(m, n, ms));
        m.finish();
        return timer.msPerStep();
    }

    /**
     * The model's own bound ({@link ModelBound}) on the model's network: each pass of the step timed
     * on one thread, their sums for the subset and the full model, the rates they imply, and the
     * plain reference loop the bound's loop must not be slower than.
     */
    private Map<String, Object> modelBound(NetcapModel m, int n, Map<String, Object> ms) {
        ModelBound.Csr g = ModelBound.Csr.of(m.network);
        List<ModelBound.Pass> passes = ModelBound.passes(m.params);
        int widest = 32;
        for (ModelBound.Pass p : passes) {
            widest = Math.max(widest, p.rowFloats());
        }
        float[] rows = ModelBound.rows(n, widest, SEED);
        float[] y = new float[n];
        double entries = g.entries();
        Map<String, Object> out = new LinkedHashMap<>();
        List<Map<String, Object>> list = new ArrayList<>();
        double subsetMs = 0;
        double fullMs = 0;
        long subsetBytes = 0;
        long fullBytes = 0;
        long subsetMadds = 0;
        long fullMadds = 0;
        for (ModelBound.Pass p : passes) {
            double t = fastest(String.format("model bound: %s (%d B, %d madds)", p.name(), p.bytesPerEntry(), p.madds()),
                    g, rows, p.rowFloats(), p.madds(), y);
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", p.name());
            e.put("subset", p.subset());
            e.put("rowFloats", p.rowFloats());
            e.put("bytesPerEntry", p.bytesPerEntry());
            e.put("maddsPerEntry", p.madds());
            e.put("reads", p.reads());
            e.put("ms", t);
            e.put("nsPerEntry", t * 1e6 / entries);
            list.add(e);
            fullMs += t;
            fullBytes += p.bytesPerEntry();
            fullMadds += p.madds();
            if (p.subset()) {
                subsetMs += t;
                subsetBytes += p.bytesPerEntry();
                subsetMadds += p.madds();
            }
        }
        out.put("passes", list);
        out.put("subsetMs", subsetMs);
        out.put("fullMs", fullMs);
        out.put("bytesPerTieEntrySubset", subsetBytes);
        out.put("bytesPerTieEntryFull", fullBytes);
        out.put("maddsPerTieEntrySubset", subsetMadds);
        out.put("maddsPerTieEntryFull", fullMadds);
        out.put("nsPerTieEntryFull", fullMs * 1e6 / entries);
        out.put("maddsPerNs", fullMadds * entries / (fullMs * 1e6));
        out.put("rowReadsPerUs", passes.size() * entries / (fullMs * 1e3));
        out.put("gigabytesPerSecond", fullBytes * entries / (fullMs * 1e6));
        double[] yd = new double[n];
        // the floor: the plain loop and the bound's shapes on 32-float rows, repetitions interleaved so that all see
        // the same load; at least 5 repetitions, and the fastest of each counts: with rows out of cache, memory traffic
        // from outside this process slowed single repetitions by up to 2x, the unrolled loops more than the plain one
        List<String> floorNames = new ArrayList<>();
        List<Stepper> floorLoops = new ArrayList<>();
        addShape(floorNames, floorLoops, "reference loop (32-float rows, plain)", () -> {
            ModelBound.reference(g, rows, yd, 0, n);
            return 0f;
        });
        addShapes(floorNames, floorLoops, "model bound loop, same shape", g, rows, 32, 32, y);
        double[][] floorReps = interleavedReps(floorNames.toArray(new String[0]), Math.max(5, o.reps()),
                floorLoops.toArray(new Stepper[0]));
        double[] floorMs = Arrays.stream(floorReps).mapToDouble(r -> Arrays.stream(r).min().orElseThrow()).toArray();
        double ref = floorMs[0];
        double same = Arrays.stream(floorMs, 1, floorMs.length).min().orElseThrow();
        out.put("referenceMs", ref);
        out.put("boundLoopSameShapeMs", same);
        out.put("referenceNsPerEntry", ref * 1e6 / entries);
        boolean floor = same <= ref * 1.05;
        out.put("notSlowerThanReference", floor);
        log("  check: the bound's loop %s the plain reference loop (fastest repetitions: %.3f vs %.3f ms; %.1f vs %.1f ns per entry)",
                floor ? "is not slower than" : "IS SLOWER THAN", same, ref, same * 1e6 / entries, ref * 1e6 / entries);
        ms.put("modelBound1", subsetMs);
        ms.put("modelBoundFull1", fullMs);
        ms.put("reference1", ref);
        return out;
    }

    /** The fastest of the bound's loop shapes for one pass (repetitions interleaved), ms per sweep. */
    private double fastest(String what, ModelBound.Csr g, float[] rows, int w, int madds, float[] y) {
        List<String> names = new ArrayList<>();
        List<Stepper> loops = new ArrayList<>();
        addShapes(names, loops, what, g, rows, w, madds, y);
        double[] t = interleaved(names.toArray(new String[0]), loops.toArray(new Stepper[0]));
        return Arrays.stream(t).min().orElseThrow();
    }

    /** A loop shape of the bound: one sweep over the network (returning the touched floats to keep the reads). */
    @FunctionalInterface
    private interface Sweep {
        float run();
    }

    /**
     * Adds the bound's loop shapes for rows of width w and {@code madds} multiply-adds per entry:
     * unrolled with and without the prefetch, vectorised, plain, and, when {@link ModelBound#sweepFixed}
     * has a loop for that many multiply-adds, written out with and without the prefetch.
     */
    private void addShapes(List<String> names, List<Stepper> loops, String what, ModelBound.Csr g, float[] rows, int w, int madds,
                           float[] y) {
        int n = g.nodes();
        addShape(names, loops, what + ", unrolled", () -> ModelBound.sweep(g, rows, w, madds, y, 0, n, true));
        addShape(names, loops, what + ", unrolled without prefetch", () -> ModelBound.sweep(g, rows, w, madds, y, 0, n, false));
        addShape(names, loops, what + ", vectorised", () -> ModelBound.sweepVector(g, rows, w, madds, y, 0, n));
        addShape(names, loops, what + ", plain", () -> ModelBound.sweepPlain(g, rows, w, madds, y, 0, n));
        if (madds >= ModelBound.FIXED_MIN && madds < ModelBound.FIXED_END) {
            addShape(names, loops, what + ", written out", () -> ModelBound.sweepFixed(g, rows, w, madds, y, 0, n, true));
            addShape(names, loops, what + ", written out without prefetch",
                    () -> ModelBound.sweepFixed(g, rows, w, madds, y, 0, n, false));
        }
    }

    private void addShape(List<String> names, List<Stepper> loops, String name, Sweep sweep) {
        names.add(name);
        loops.add(k -> {
            for (int s = 0; s < k; s++) {
                sink += sweep.run();
            }
        });
    }

    /**
     * Like {@link #time} for several loops at once: each is warmed up, then their repetitions take
     * turns (a, b, c, a, b, c, ...), so that a change in the machine's load falls on all of them;
     * returns the median ms per step of each.
     */
    double[] interleaved(String[] what, Stepper... s) {
        double[][] per = interleavedReps(what, Math.max(3, o.reps()), s);
        double[] med = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            med[i] = median(per[i]);
        }
        return med;
    }

    /**
     * {@link #interleaved} with {@code reps} repetitions, returning every repetition's ms per step
     * (row i for loop i), each loop's median logged.
     */
    double[][] interleavedReps(String[] what, int reps, Stepper... s) {
        int[] k = new int[s.length];
        for (int i = 0; i < s.length; i++) {
            k[i] = warmUp(s[i], o.warmupMs() / 2);
        }
        double[][] per = new double[s.length][reps];
        for (int r = 0; r < reps; r++) {
            for (int i = 0; i < s.length; i++) {
                long t = System.nanoTime();
                s[i].steps(k[i]);
                per[i][r] = (System.nanoTime() - t) / 1e6 / k[i];
            }
        }
        for (int i = 0; i < s.length; i++) {
            log("  %-50s %10.3f ms/step  (median of %d x %d steps, interleaved; reps %s)", what[i], median(per[i]), reps, k[i],
                    fmt(per[i]));
        }
        return per;
    }

    /** Keeps the bound's reads alive. */
    private volatile float sink;

    /** Times a freshly built model that nothing else references, so only one large model is alive at a time. */
    private double timeFresh(String label, int n, boolean subset, int threads) {
        NetcapModel m = model(n, subset, threads);
        try {
            return time(label, m::run, null);
        } finally {
            m.finish();
        }
    }

    /** The full model on 1 thread: heap per entry, ms per step and the breakdown. */
    private Map<String, Double> timeFull(int n, Map<String, Object> r, Map<String, Object> ms) {
        long before = usedHeap();
        NetcapModel full = model(n, false, 1);
        full.schedule.step(full);
        long fullBytes = usedHeap() - before;
        r.put("bytesPerTieEntryFull", (double) fullBytes / full.network.tieEntries());
        StepTimer ft = StepTimer.attach(full);
        ms.put("netcapFull1", time("netcap full model, 1 thread", full::run, ft));
        full.finish();
        return ft.msPerStep();
    }

    private Map<String, Object> size(int n, double classicBytesGuess) {
        log("N = %,d", n);
        Map<String, Object> r = new LinkedHashMap<>();
        Map<String, Object> ms = new LinkedHashMap<>();
        Map<String, Object> build = new LinkedHashMap<>();
        r.put("agents", n);

        // the engine with the subset, 1 thread: heap, time, breakdown, and the bound on its network
        Map<String, Double> breakdownSubset = timeSubset(n, r, ms, build);
        long entries = (long) r.get("tieEntries");

        ms.put("netcapSubsetAll", timeFresh("netcap subset, " + o.threads() + " threads", n, true, o.threads()));
        Map<String, Double> breakdownFull = timeFull(n, r, ms);
        ms.put("netcapFullAll", timeFresh("netcap full model, " + o.threads() + " threads", n, false, o.threads()));

        // the classic MASON version, from the same initial state
        String skipped = null;
        double classicMs = Double.NaN;
        double classicBytesPerEntry = Double.NaN;
        if (!o.classic()) {
            skipped = "not asked (--no-classic)";
        } else {
            NetcapModel init = model(n, true, 1);
            long base = usedHeap();
            Runtime rt = Runtime.getRuntime();
            long free = rt.maxMemory() - base;
            double need = Double.isNaN(classicBytesGuess) ? 0 : classicBytesGuess * entries * 1.15;
            if (need > free) {
                skipped = String.format("does not fit in the heap: about %.2f GiB needed, %.2f GiB free",
                        need / (1L << 30), free / (double) (1L << 30));
            } else {
                ClassicModel c = null;
                try {
                    long t0 = System.nanoTime();
                    c = new ClassicModel(init);
                    build.put("classic", (System.nanoTime() - t0) / 1e9);
                    init.finish();
                    init = null;
                    long classicBytes = usedHeap() - base;
                    // the netcap model it was built from is garbage now: count only the classic model
                    classicBytesPerEntry = (double) classicBytes / entries;
                    c.start();
                    ClassicModel fc = c;
                    classicMs = time("classic MASON", k -> fc.run(k), null);
                } catch (OutOfMemoryError e) {
                    c = null;
                    skipped = "ran out of heap (" + e.getMessage() + ")";
                }
            }
            if (init != null) {
                init.finish();
            }
        }
        ms.put("classic", classicMs);
        r.put("classicBytesPerTieEntry", classicBytesPerEntry);
        r.put("classicSkipped", skipped);

        double subset1 = (double) ms.get("netcapSubset1");
        double subsetAll = (double) ms.get("netcapSubsetAll");
        double full1 = (double) ms.get("netcapFull1");
        double fullAll = (double) ms.get("netcapFullAll");
        double bound1 = (double) ms.get("bound1");
        double boundAll = (double) ms.get("boundAll");
        double metrics = breakdownSubset.get("metrics");
        ms.put("netcapSubset1WithoutMetrics", subset1 - metrics);
        r.put("msPerStep", ms);
        r.put("speedupVsClassic", classicMs / subset1);
        r.put("speedupVsClassicAllThreads", classicMs / subsetAll);
        r.put("speedupVsClassicWithoutMetrics", classicMs / (subset1 - metrics));
        r.put("heapRatioVsClassic", classicBytesPerEntry / (double) r.get("bytesPerTieEntry"));
        r.put("ratioToBound", subset1 / bound1);
        r.put("ratioToBoundWithoutMetrics", (subset1 - metrics) / bound1);
        r.put("ratioToBoundFull", full1 / bound1);
        r.put("ratioToBoundAllThreads", subsetAll / boundAll);
        double modelBound = (double) ms.get("modelBound1");
        r.put("ratioToModelBound", subset1 / modelBound);
        r.put("ratioToModelBoundFull", full1 / (double) ms.get("modelBoundFull1"));
        r.put("ratioToModelBoundWithoutMetrics", (subset1 - metrics) / modelBound);
        r.put("parallelSpeedup", subset1 / subsetAll);
        r.put("parallelSpeedupFull", full1 / fullAll);
        r.put("parallelSpeedupBound", bound1 / boundAll);
        r.put("buildSeconds", build);
        Map<String, Object> bd = new LinkedHashMap<>();
        bd.put("subset1", nonZero(breakdownSubset));
        bd.put("full1", nonZero(breakdownFull));
        r.put("breakdownMsPerStep", bd);
        return r;
    }

    private static Map<String, Double> nonZero(Map<String, Double> m) {
        Map<String, Double> out = new LinkedHashMap<>();
        m.forEach((k, v) -> {
            if (v > 0.0005) {
                out.put(k, v);
            }
        });
        return out;
    }

    /**
     * Warm-up, then the median over {@code reps} repetitions of the mean ms per step; each
     * repetition runs enough steps to last about 200 ms (10 ms without warm-up; at least one step).
     */
    double time(String what, Stepper s, StepTimer timer) {
        int k = warmUp(s, o.warmupMs());
        if (timer != null) {
            timer.reset();
        }
        double[] per = new double[o.reps()];
        for (int r = 0; r < per.length; r++) {
            long t = System.nanoTime();
            s.steps(k);
            per[r] = (System.nanoTime() - t) / 1e6 / k;
        }
        double med = median(per);
        log("  %-50s %10.3f ms/step  (median of %d x %d steps; reps %s)", what, med, per.length, k, fmt(per));
        return med;
    }

    /**
     * Warms {@code s} up (at least 2 steps and {@code ms} long, at most 300 steps; one step when a
     * step takes more than 3 s) and returns the steps per repetition: about 200 ms (10 ms without
     * warm-up), at least one.
     */
    private int warmUp(Stepper s, double ms) {
        long start = System.nanoTime();
        int warm = 0;
        double last;
        while (true) {
            long t = System.nanoTime();
            s.steps(1);
            last = (System.nanoTime() - t) / 1e6;
            warm++;
            double elapsed = (System.nanoTime() - start) / 1e6;
            if (warm >= 300 || (warm >= 2 && elapsed >= ms) || last > 3000) {
                break;
            }
        }
        return (int) Math.max(1, Math.min(500, Math.round((o.warmupMs() > 0 ? 200 : 10) / Math.max(last, 1e-3))));
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int h = s.length / 2;
        return s.length % 2 == 1 ? s[h] : (s[h - 1] + s[h]) / 2;
    }

    private static String fmt(double[] v) {
        StringBuilder b = new StringBuilder();
        for (double x : v) {
            b.append(b.length() == 0 ? "" : " ").append(String.format("%.3g", x));
        }
        return b.toString();
    }

    /** Used heap after full collections. */
    static long usedHeap() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    // ------------------------------------------------------------------ sweep of small runs

    private Map<String, Object> runsPerSecond() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("agents", o.sweepAgents());
        out.put("steps", o.sweepSteps());
        out.put("replications", o.sweepReplications());
        Path dir = null;
        try {
            dir = Files.createTempDirectory("netcap-bench");
            Path spec = dir.resolve("sweep.yaml");
            int k = (int) Math.min(Math.round(o.meanDegree()), o.sweepAgents() - 1);
            k -= k % 2;
            Files.writeString(spec, "name: bench-sweep\nseed: 7\nsteps: " + o.sweepSteps() + "\nreplications: "
                    + o.sweepReplications() + "\nnetwork:\n  generator: wattsStrogatz\n  n: " + o.sweepAgents()
                    + "\n  k: " + k + "\n  p: 0.1\nlayers: [online]\n");
            out.put("network", "wattsStrogatz k=" + k + " p=0.1");
            int count = 0;
            // warm-up
            Experiment.load(spec).threads(o.threads()).charts(false).out(dir.resolve("warm")).run();
            int reps = Math.max(1, Math.min(3, o.reps()));
            for (int threads : new int[] {1, o.threads()}) {
                double[] rps = new double[reps];
                for (int r = 0; r < reps; r++) {
                    long t = System.nanoTime();
                    Runner.Result res = Experiment.load(spec).threads(threads).charts(false).out(dir.resolve("r" + count++)).run();
                    rps[r] = res.runs() / ((System.nanoTime() - t) / 1e9);
                }
                double med = median(rps);
                log("  sweep of %d runs (%d agents, %d steps), %d thread(s): %.2f runs/s (reps %s)",
                        o.sweepReplications(), o.sweepAgents(), o.sweepSteps(), threads, med, fmt(rps));
                out.put(threads == 1 ? "threads1" : "threadsAll", med);
                if (threads == o.threads() && threads == 1) {
                    out.put("threadsAll", med);
                }
            }
            out.put("speedup", (double) out.get("threadsAll") / (double) out.get("threads1"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(dir);
        }
        return out;
    }

    // ------------------------------------------------------------------ whole processes

    private static String javaExe() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private Double jvmStartMs() {
        double[] v = new double[3];
        for (int i = 0; i < v.length; i++) {
            Double t = wall(List.of(javaExe(), "-version"), null);
            if (t == null) {
                return null;
            }
            v[i] = t;
        }
        double med = median(v);
        log("  JVM start (java -version): %.0f ms", med);
        return med;
    }

    private Object runCommandMs() {
        Path jar = o.jar();
        if (jar == null || !Files.isRegularFile(jar)) {
            log("  netcap run: skipped, no jar (build it with mvn package)");
            return null;
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("netcap-bench-run");
            Path spec = dir.resolve("small.yaml");
            Files.writeString(spec, "name: bench-small\nseed: 3\nsteps: 10\nreplications: 1\nnetwork:\n"
                    + "  generator: wattsStrogatz\n  n: 100\n  k: 10\n  p: 0.1\nlayers: [online]\n");
            double[] v = new double[3];
            for (int i = 0; i < v.length; i++) {
                Double t = wall(List.of(javaExe(), "-jar", jar.toString(), "run", spec.toString(), "--out",
                        dir.resolve("out" + i).toString(), "--quiet", "--no-charts"), null);
                if (t == null) {
                    return null;
                }
                v[i] = t;
            }
            double med = median(v);
            log("  netcap run of a 100-agent, 10-step spec: %.0f ms wall", med);
            return med;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(dir);
        }
    }

    /** Wall milliseconds of a process, or null when it fails. */
    private Double wall(List<String> cmd, Path dir) {
        try {
            long t = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            int rc = p.waitFor();
            double ms = (System.nanoTime() - t) / 1e6;
            if (rc != 0) {
                log("  %s failed with exit code %d", String.join(" ", cmd), rc);
                return null;
            }
            return ms;
        } catch (IOException e) {
            log("  %s: %s", String.join(" ", cmd), e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }

    // ------------------------------------------------------------------ machine and output

    static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        Runtime rt = Runtime.getRuntime();
        m.put("cores", rt.availableProcessors());
        m.put("java", System.getProperty("java.version"));
        m.put("vm", System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"));
        m.put("maxHeap", rt.maxMemory());
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        m.put("loadAverageAtStart", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        m.put("gc", gcNames());
        return m;
    }

    private static List<String> gcNames() {
        List<String> names = new ArrayList<>();
        ManagementFactory.getGarbageCollectorMXBeans().forEach(b -> names.add(b.getName()));
        return names;
    }

    private void log(String fmt, Object... args) {
        if (o.log() != null) {
            o.log().printf(fmt + "%n", args);
            o.log().flush();
        }
    }

    /** The table printed at the end. */
    @SuppressWarnings("unchecked")
    public static String table(Map<String, Object> root) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%-10s %11s %11s %11s %11s %11s %9s %9s %8s %8s %8s %8s %9s%n",
                "N", "subset 1t", "subset all", "full 1t", "classic", "bound 1t",
                "vs class", "to bound", "par x", "B/entry", "cl B/en", "heap x", "full par"));
        StringBuilder mb = new StringBuilder(String.format("%-10s %11s %11s %11s %11s %11s %9s %9s %9s%n",
                "N", "mbound sub", "mbound full", "reference", "to mbound", "full to mb", "B/entry", "madds", "floor"));
        Map<String, Object> results = (Map<String, Object>) root.get("results");
        for (Map.Entry<String, Object> e : results.entrySet()) {
            Map<String, Object> r = (Map<String, Object>) e.getValue();
            Map<String, Object> ms = (Map<String, Object>) r.get("msPerStep");
            b.append(String.format("%-10s %11.3f %11.3f %11.3f %11.3f %11.3f %8.1fx %8.1fx %7.2fx %8.1f %8.1f %7.1fx %8.2fx%n",
                    String.format("%,d", Integer.parseInt(e.getKey())),
                    ms.get("netcapSubset1"), ms.get("netcapSubsetAll"), ms.get("netcapFull1"), ms.get("classic"),
                    ms.get("bound1"), r.get("speedupVsClassic"), r.get("ratioToBound"), r.get("parallelSpeedup"),
                    r.get("bytesPerTieEntry"), r.get("classicBytesPerTieEntry"), r.get("heapRatioVsClassic"),
                    r.get("parallelSpeedupFull")));
            Map<String, Object> bound = (Map<String, Object>) r.get("modelBound");
            mb.append(String.format("%-10s %11.3f %11.3f %11.3f %8.1fx %8.1fx %9s %9s %9s%n",
                    String.format("%,d", Integer.parseInt(e.getKey())), ms.get("modelBound1"), ms.get("modelBoundFull1"),
                    ms.get("reference1"), r.get("ratioToModelBound"), r.get("ratioToModelBoundFull"),
                    bound.get("bytesPerTieEntryFull"), bound.get("maddsPerTieEntryFull"),
                    Boolean.TRUE.equals(bound.get("notSlowerThanReference")) ? "ok" : "SLOWER"));
            if (r.get("classicSkipped") != null) {
                b.append("           classic skipped: ").append(r.get("classicSkipped")).append('\n');
            }
        }
        b.append("(ms per step; subset = the mechanisms of the classic version: ").append(String.join(", ", SUBSET)).append(")\n");
        b.append(mb).append("(the model's own bound: the step's passes as bare loops, 1 thread; floor: not slower than the plain reference loop)\n");
        Map<String, Object> rps = (Map<String, Object>) root.get("runsPerSecond");
        b.append(String.format("runs per second (%s agents, %s steps, %s runs): 1 thread %.2f, %s threads %.2f (%.2fx)%n",
                rps.get("agents"), rps.get("steps"), rps.get("replications"), rps.get("threads1"), root.get("threadsAll"),
                rps.get("threadsAll"), rps.get("speedup")));
        b.append(String.format("JVM start (java -version): %s ms; netcap run, 100 agents x 10 steps: %s ms wall%n",
                fmtMs(root.get("jvmStartMs")), fmtMs(root.get("runCommandWallMs"))));
        return b.toString();
    }

    private static String fmtMs(Object v) {
        return v == null ? "n/a" : String.format("%.0f", (Double) v);
    }
}
