package netcap.experiment;

import netcap.spec.Point;
import netcap.spec.Spec;

import org.apache.spark.api.java.JavaFutureAction;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Apache Spark engine ({@code netcap run SPEC --engine spark [--master URL]}): each run
 * (point, replicate) missing from the folder is one Spark task, which parses the resolved spec,
 * makes the run with {@link ModelRun} (the code and the derived seed of the local engine) and
 * returns its rows, summary and the files it writes (microdata, snapshots); the driver stores them
 * in the folder as the local engine does, so the tables are byte-identical. The rounds of runs
 * (one, or with adaptive replication one per added replicate, decided by {@link RunLoop} from the
 * runs so far) go to Spark in waves of a few times the cluster's parallelism (two waves in flight,
 * so no core waits for the end of a wave); each wave is appended to a few files
 * {@code parts/spark-NNNN.runs} in one write when it is done, so a stopped run resumes with
 * {@code --resume} from the last stored wave. A run that throws is reported with its point's
 * parameters, replicate and seed; the other runs of the round are completed and stored.
 *
 * <p>With {@link SparkJobs} the only class that refers to Spark; {@link Engine#spark} loads it by
 * name, so netcap without Spark on its class path never loads it.
 */
final class SparkEngine implements Engine {
    /** The runs given to Spark at once, per unit of its default parallelism. */
    private static final int WAVE_PER_CORE = 8;
    /** The size at which the driver starts the next file of runs. */
    static final long FILE_LIMIT = 1L << 30;

    private final String master;
    private String used;

    public SparkEngine(String master) {
        this.master = master;
    }

    @Override
    public String master() {
        return used;
    }

    /** What a task returns: a run's results and files, or the error it threw. */
    record Outcome(int point, int replicate, long seed, ArrayList<String> rows, double[] summary, double seconds, long startedMillis,
            TreeMap<String, byte[]> files, String error) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Override
    public RunLoop.Runs run(Spec spec, List<Point> points, Columns columns, RunFolder folder, Progress progress) {
        folder.batchSeries("spark", FILE_LIMIT);
        RunTask task = new RunTask(spec.name, RunFolder.resolvedYaml(spec));
        int[] tried = {0};
        SparkJobs[] jobs = {null}; // started for the first round of runs: not at all when every run is stored already
        // the master Spark would take (spark-submit sets spark.master as a system property, which SparkConf reads)
        used = SparkJobs.masterFor(master, System.getProperty("spark.master", "local[*]"));
        try {
            return new RunLoop(spec, points.size(), columns, folder, null).run((todo, store) -> {
                if (jobs[0] == null) {
                    jobs[0] = new SparkJobs(master, "netcap " + spec.name, spec.plugins.plugins());
                    used = jobs[0].master();
                }
                int wave = Math.max(1, jobs[0].parallelism() * WAVE_PER_CORE);
                List<String> failures = new ArrayList<>();
                tried[0] += todo.size();
                // two waves in flight: Spark starts the next wave's tasks while this one's last tasks finish
                JavaFutureAction<List<Outcome>> next = jobs[0].submit(wave(todo, 0, wave), task);
                for (int from = 0; from < todo.size(); from += wave) {
                    JavaFutureAction<List<Outcome>> current = next;
                    next = from + wave < todo.size() ? jobs[0].submit(wave(todo, from + wave, wave), task) : null;
                    List<RunFolder.Made> made = new ArrayList<>();
                    for (Outcome o : SparkJobs.await(current)) {
                        if (o.error() != null) {
                            failures.add("failed run: point " + o.point() + " " + points.get(o.point()).values() + " replicate "
                                    + o.replicate() + ", seed " + o.seed() + ": " + o.error());
                            continue;
                        }
                        made.add(new RunFolder.Made(new RunResult(o.point(), o.replicate(), o.seed(), o.rows(), o.summary()),
                                new RunFolder.Timing(o.seconds(), o.startedMillis()), o.files()));
                    }
                    store.accept(made);
                }
                if (!failures.isEmpty()) {
                    throw new RunsFailed(failures.size() + " of " + tried[0] + " runs failed with --engine spark; the others are stored in "
                            + folder.path().resolve("parts") + ": continue with --resume once the cause is fixed", failures);
                }
            }, progress);
        } finally {
            if (jobs[0] != null) {
                jobs[0].close();
            }
        }
    }

    /** The runs {@code todo[from, from + wave)} ({point, replicate} each) as task inputs. */
    private static ArrayList<int[]> wave(List<int[]> todo, int from, int wave) {
        return new ArrayList<>(todo.subList(from, Math.min(todo.size(), from + wave)));
    }

    /** A Spark task: a run ({point, replicate}) of the spec. */
    static final class RunTask implements Batches.Task<int[], Outcome> {
        private static final long serialVersionUID = 1L;
        /** The parsed spec, its points and columns, per spec text: parsed once per executor JVM. */
        private static final Map<String, Prepared> PREPARED = new ConcurrentHashMap<>();

        private final String name;
        private final String yaml;

        RunTask(String name, String yaml) {
            this.name = name;
            this.yaml = yaml;
        }

        private record Prepared(Spec spec, List<Point> points, ModelRun run) {
        }

        @Override
        public Outcome call(int[] run) {
            int point = run[0];
            int replicate = run[1];
            long seed = 0;
            try {
                Prepared p = PREPARED.computeIfAbsent(yaml, y -> {
                    Spec spec = Spec.parse(name + ".yaml", y, null, List.of());
                    List<Point> points = spec.points();
                    Columns columns = new Columns(points, spec.varyingKeys(), spec.metrics);
                    return new Prepared(spec, points, new ModelRun(spec, points, columns, null));
                });
                seed = p.spec().runKey(p.points().get(point), replicate);
                TreeMap<String, byte[]> files = new TreeMap<>();
                RunFolder.Made m = p.run().timed(point, replicate, 1, files);
                RunResult res = m.result();
                return new Outcome(point, replicate, res.seed(), new ArrayList<>(res.rows()), res.summary(), m.timing().seconds(),
                        m.timing().startedMillis(), files, null);
            } catch (RuntimeException | StackOverflowError e) {
                return new Outcome(point, replicate, seed, null, null, 0, 0, null, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }
}
