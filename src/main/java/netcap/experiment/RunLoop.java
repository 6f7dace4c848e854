package netcap.experiment;

import netcap.spec.Spec;
import netcap.stats.AdaptiveReplication;
import netcap.util.Tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs every design point x replicate on a pool of threads, skipping the runs an earlier attempt
 * finished (resume). With adaptive replication it starts at the minimum number of replicates and
 * adds one to each point whose confidence interval is still too wide, round after round, until
 * none needs more. Each run is stored in the folder's {@code parts/} as soon as it finishes.
 */
final class RunLoop {
    /**
     * What was run.
     *
     * @param results      every run, in (point, replicate) order
     * @param replications the replicates of each point
     * @param ranNow       the runs made now (the others were finished before a resume)
     */
    record Runs(List<RunResult> results, int[] replications, Map<Long, RunFolder.Timing> timings, int ranNow) {
        /** How long a run took, or null if that was not recorded. */
        RunFolder.Timing timing(RunResult r) {
            return timings.get(id(r.point(), r.replicate()));
        }
    }

    private final Spec spec;
    private final int points;
    private final int summaryColumns;
    private final int adaptiveColumn;
    private final RunFolder folder;
    private final ModelRun modelRun;
    /** The shard whose runs to make, or null for all runs. */
    private final Shards.Slice shard;
    /**
     * Test hook: with the system property {@code netcap.test.stopAfterRuns=k} the process stops
     * (exit code {@link #STOPPED}) as soon as k runs are stored, as a killed run would.
     */
    static final int STOPPED = 75;
    private static final java.util.concurrent.atomic.AtomicInteger STORED = new java.util.concurrent.atomic.AtomicInteger();

    RunLoop(Spec spec, int points, Columns columns, RunFolder folder, ModelRun modelRun) {
        this(spec, points, columns, folder, modelRun, null);
    }

    RunLoop(Spec spec, int points, Columns columns, RunFolder folder, ModelRun modelRun, Shards.Slice shard) {
        this.spec = spec;
        this.points = points;
        this.summaryColumns = columns.summary().size();
        this.adaptiveColumn = spec.adaptive == null ? -1 : columns.summary().indexOf(spec.adaptive.metric() + "Final");
        this.folder = folder;
        this.modelRun = modelRun;
        this.shard = shard;
    }

    /**
     * Makes a round of runs, each (point, replicate) of {@code todo}, and hands every finished run
     * (or several at once) to {@code store}, which records it in the folder; may be called from
     * several threads. A run that throws ends the round with its exception, after the runs that
     * finished were stored.
     */
    interface Maker {
        void make(List<int[]> todo, java.util.function.Consumer<List<RunFolder.Made>> store);
    }

    /** Runs what is missing with {@code threads} threads, reporting each finished run to {@code progress}. */
    Runs run(int threads, Progress progress) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "netcap-run");
            t.setDaemon(true);
            return t;
        });
        try {
            return run((todo, store) -> {
                int modelThreads = todo.size() >= threads ? 1 : Math.max(1, threads / Math.max(1, todo.size()));
                List<Future<?>> futures = new ArrayList<>();
                for (int[] pr : todo) {
                    futures.add(pool.submit(() -> store.accept(List.of(modelRun.timed(pr[0], pr[1], modelThreads, null)))));
                }
                futures.forEach(Tasks::await);
            }, progress);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Runs what is missing with {@code maker}, round after round with adaptive replication (the
     * next round is decided from the finished runs only, so it does not depend on the maker),
     * reporting each finished run to {@code progress}.
     */
    Runs run(Maker maker, Progress progress) {
        Map<Long, RunResult> done = new TreeMap<>();
        Map<Long, RunFolder.Timing> timings = new TreeMap<>();
        for (RunFolder.Finished f : folder.finished(summaryColumns)) {
            long id = id(f.result().point(), f.result().replicate());
            done.put(id, f.result());
            if (f.timing() != null) {
                timings.put(id, f.timing());
            }
        }
        int[] reps = new int[points];
        AdaptiveReplication adaptive = spec.adaptive == null ? null
                : new AdaptiveReplication(spec.adaptive.target(), spec.adaptive.min(), spec.adaptive.max());
        int planned = 0;
        for (int p = 0; p < reps.length; p++) {
            reps[p] = adaptive == null ? spec.replications : spec.adaptive.min();
            planned += reps[p];
        }
        if (shard != null) {
            planned = shard.owned(planned);
        }
        int[] ranNow = {0};
        progress.start(planned, done.size());
        try {
            while (true) {
                List<int[]> todo = new ArrayList<>();
                for (int p = 0; p < reps.length; p++) {
                    for (int r = 0; r < reps[p]; r++) {
                        if (!done.containsKey(id(p, r)) && (shard == null || shard.owns((long) p * reps[p] + r))) {
                            todo.add(new int[] {p, r});
                        }
                    }
                }
                if (!todo.isEmpty()) {
                    maker.make(todo, made -> {
                        folder.store(made);
                        for (RunFolder.Made m : made) {
                            stopForTest();
                            RunResult res = m.result();
                            synchronized (done) {
                                done.put(id(res.point(), res.replicate()), res);
                                timings.put(id(res.point(), res.replicate()), m.timing());
                                ranNow[0]++;
                            }
                            progress.runDone();
                        }
                    });
                }
                if (adaptive == null || !addReplicates(adaptive, reps, done, progress)) {
                    break;
                }
            }
        } finally {
            progress.finish();
        }
        return new Runs(new ArrayList<>(done.values()), reps, timings, ranNow[0]);
    }

    /** Adds a replicate to each point whose interval is still too wide; false when none needs one. */
    private boolean addReplicates(AdaptiveReplication adaptive, int[] reps, Map<Long, RunResult> done, Progress progress) {
        boolean more = false;
        for (int p = 0; p < reps.length; p++) {
            double[] values = new double[reps[p]];
            for (int r = 0; r < reps[p]; r++) {
                values[r] = done.get(id(p, r)).summary()[adaptiveColumn];
            }
            if (adaptive.needsMore(values)) {
                reps[p]++;
                more = true;
                progress.addPlanned(1);
            }
        }
        return more;
    }

    private static void stopForTest() {
        String k = System.getProperty("netcap.test.stopAfterRuns");
        if (k != null && STORED.incrementAndGet() >= Integer.parseInt(k.trim())) {
            Runtime.getRuntime().halt(STOPPED);
        }
    }

    /** A run's place in (point, replicate) order. */
    static long id(int point, int replicate) {
        return ((long) point << 32) | replicate;
    }
}
