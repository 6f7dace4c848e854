package netcap.experiment;

import netcap.InputException;
import netcap.spec.Point;
import netcap.spec.Spec;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Apache Spark engine ({@code netcap run SPEC --engine spark [--master URL]}): each run
 * (point, replicate) missing from the folder is one Spark task, which parses the resolved spec,
 * makes the run with {@link ModelRun} (the code and the derived seed of the local engine) and
 * returns its rows and summary; the driver stores them in {@code parts/} as the local engine does,
 * so the tables are byte-identical. The runs go to Spark in waves of a few times the cluster's
 * parallelism (two waves in flight, so no core waits for the end of a wave), and each wave is
 * stored when it is done, so a stopped run resumes with
 * {@code --resume} from the last stored wave. A run that throws is reported with its point's
 * parameters, replicate and seed; the other runs are completed and stored.
 *
 * <p>Only this class refers to Spark; {@link Engine#spark} loads it by name, so netcap without
 * Spark on its class path never loads it.
 */
final class SparkEngine implements Engine {
    /** Test hook: with {@code netcap.test.failRun=P/R} the run of point P, replicate R throws. */
    static final String FAIL_RUN = "netcap.test.failRun";
    /** The runs given to Spark at once, per unit of its default parallelism. */
    private static final int WAVE_PER_CORE = 8;

    private final String master;

    public SparkEngine(String master) {
        this.master = master;
    }

    /** What a task returns: a run's results, or the error it threw. */
    record Outcome(int point, int replicate, long seed, ArrayList<String> rows, double[] summary, double seconds, long startedMillis,
            String error) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Override
    public RunLoop.Runs run(Spec spec, List<Point> points, Columns columns, RunFolder folder, Progress progress) {
        Map<Long, RunResult> done = new TreeMap<>();
        Map<Long, RunFolder.Timing> timings = new TreeMap<>();
        for (RunFolder.Finished f : folder.finished(columns.summary().size())) {
            long id = RunLoop.id(f.result().point(), f.result().replicate());
            done.put(id, f.result());
            if (f.timing() != null) {
                timings.put(id, f.timing());
            }
        }
        int[] reps = new int[points.size()];
        java.util.Arrays.fill(reps, spec.replications);
        List<Integer> todo = new ArrayList<>();
        for (int p = 0; p < points.size(); p++) {
            for (int r = 0; r < spec.replications; r++) {
                if (!done.containsKey(RunLoop.id(p, r))) {
                    todo.add(p * spec.replications + r);
                }
            }
        }
        int ranNow = 0;
        List<String> failures = new ArrayList<>();
        progress.start(points.size() * spec.replications, done.size());
        try {
            if (!todo.isEmpty()) {
                RunTask task = new RunTask(spec.name, RunFolder.yaml(RunFolder.resolved(spec, null)), spec.replications);
                try (JavaSparkContext sc = new JavaSparkContext(conf(spec))) {
                    int wave = Math.max(1, sc.defaultParallelism() * WAVE_PER_CORE);
                    // two waves in flight: Spark starts the next wave's tasks while this one's last tasks finish
                    JavaFutureAction<List<Outcome>> next = submit(sc, task, todo, 0, wave);
                    for (int from = 0; from < todo.size(); from += wave) {
                        JavaFutureAction<List<Outcome>> current = next;
                        next = from + wave < todo.size() ? submit(sc, task, todo, from + wave, wave) : null;
                        for (Outcome o : await(current)) {
                            if (o.error() != null) {
                                failures.add("point " + o.point() + " " + points.get(o.point()).values() + " replicate " + o.replicate()
                                        + ", seed " + o.seed() + ": " + o.error());
                                continue;
                            }
                            RunResult res = new RunResult(o.point(), o.replicate(), o.seed(), o.rows(), o.summary());
                            RunFolder.Timing timing = new RunFolder.Timing(o.seconds(), o.startedMillis());
                            folder.writeParts(res, timing);
                            long id = RunLoop.id(o.point(), o.replicate());
                            done.put(id, res);
                            timings.put(id, timing);
                            ranNow++;
                            progress.runDone();
                        }
                    }
                }
            }
        } finally {
            progress.finish();
        }
        if (!failures.isEmpty()) {
            throw new InputException(failures.size() + " of " + todo.size() + " runs failed with --engine spark (the others are stored in "
                    + folder.path().resolve("parts") + "; continue with --resume once the cause is fixed): " + String.join("; ", failures));
        }
        return new RunLoop.Runs(new ArrayList<>(done.values()), reps, timings, ranNow);
    }

    /** Starts the runs {@code todo[from, from + wave)} on Spark, one run per task (Spark balances the load and retries a lost task). */
    private static JavaFutureAction<List<Outcome>> submit(JavaSparkContext sc, RunTask task, List<Integer> todo, int from, int wave) {
        List<Integer> runs = new ArrayList<>(todo.subList(from, Math.min(todo.size(), from + wave)));
        return sc.parallelize(runs, runs.size()).map(task).collectAsync();
    }

    private static List<Outcome> await(JavaFutureAction<List<Outcome>> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Spark could not make the runs: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /**
     * Spark's configuration: the master of {@code --master}, or the one spark-submit set, or
     * {@code local[*]}; on a cluster, netcap's jar for the executors unless spark-submit gave one.
     */
    private SparkConf conf(Spec spec) {
        SparkConf conf = new SparkConf().setAppName("netcap " + spec.name);
        conf.setIfMissing("spark.log.level", "WARN"); // Spark's INFO lines only when asked for (spark-submit --conf spark.log.level=INFO)
        if (master != null && !master.isEmpty()) {
            conf.setMaster(master);
        } else {
            conf.setIfMissing("spark.master", "local[*]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.ui.enabled", "false");
        } else if (!conf.contains("spark.jars")) {
            // started by ./netcap, not spark-submit: the executors get netcap's classes from its jar
            try {
                java.nio.file.Path jar = java.nio.file.Path.of(SparkEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (java.nio.file.Files.isRegularFile(jar)) {
                    conf.setJars(new String[] {jar.toString()});
                }
            } catch (java.net.URISyntaxException | RuntimeException e) {
                // no jar to ship (classes from a folder): the executors need netcap on their class path
            }
        }
        return conf;
    }

    /** A Spark task: run number {@code r = point * replications + replicate} of the spec. */
    static final class RunTask implements Function<Integer, Outcome> {
        private static final long serialVersionUID = 1L;
        /** The parsed spec, its points and columns, per spec text: parsed once per executor JVM. */
        private static final Map<String, Prepared> PREPARED = new ConcurrentHashMap<>();

        private final String name;
        private final String yaml;
        private final int replications;

        RunTask(String name, String yaml, int replications) {
            this.name = name;
            this.yaml = yaml;
            this.replications = replications;
        }

        private record Prepared(Spec spec, List<Point> points, ModelRun run) {
        }

        @Override
        public Outcome call(Integer run) {
            int point = run / replications;
            int replicate = run % replications;
            long seed = 0;
            try {
                Prepared p = PREPARED.computeIfAbsent(yaml, y -> {
                    Spec spec = Spec.parse(name + ".yaml", y, null, List.of());
                    List<Point> points = spec.points();
                    Columns columns = new Columns(points, spec.varyingKeys(), spec.metrics);
                    return new Prepared(spec, points, new ModelRun(spec, points, columns, null));
                });
                seed = p.spec().runKey(p.points().get(point), replicate);
                if ((point + "/" + replicate).equals(System.getProperty(FAIL_RUN))) {
                    throw new IllegalStateException("test failure (" + FAIL_RUN + ")");
                }
                long s = System.nanoTime();
                long started = Instant.now().toEpochMilli();
                RunResult res = p.run().run(point, replicate, 1);
                return new Outcome(point, replicate, res.seed(), new ArrayList<>(res.rows()), res.summary(), (System.nanoTime() - s) / 1e9,
                        started, null);
            } catch (RuntimeException | StackOverflowError e) {
                return new Outcome(point, replicate, seed, null, null, 0, 0, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }
}
