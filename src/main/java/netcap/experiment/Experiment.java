package netcap.experiment;

import netcap.InputException;
import netcap.chart.ChartSpec;
import netcap.spec.Spec;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The Java entry point to experiments, for researchers who script in Java:
 * <pre>{@code
 * Runner.Result r = Experiment.load(Path.of("experiments/baseline.yaml"))
 *         .set("trustGain", 0.1)
 *         .threads(2)
 *         .out(Path.of("runs/my-baseline"))
 *         .run();
 * }</pre>
 * The result folder holds the same files as {@code netcap run}: the tables, the manifest, the
 * charts and {@code report.html} (without the last two after {@code .charts(false)}, as with
 * {@code --no-charts}).
 */
public final class Experiment {
    private final Path specFile;
    private final List<String> overrides = new ArrayList<>();
    private Path out;
    private Path runsFolder = Path.of("runs");
    private volatile Path folder;
    private int threads = Runtime.getRuntime().availableProcessors();
    private boolean resume;
    private Progress progress = Progress.silent();
    private boolean charts = true;
    private Shards.Slice shard;
    private String sparkMaster;

    private Experiment(Path specFile) {
        this.specFile = specFile;
    }

    /** An experiment from a YAML spec file (validated when run, or by {@link #spec()}). */
    public static Experiment load(Path specFile) {
        return new Experiment(specFile);
    }

    /** Overrides one key, as {@code --set key=value} does. */
    public Experiment set(String key, Object value) {
        overrides.add(key + "=" + value);
        return this;
    }

    /**
     * The output folder (default {@code runs/NAME-TIMESTAMP}, with {@code -2}, {@code -3}, ... when
     * taken). The folder is locked while the run is in progress: a second run on it is refused.
     */
    public Experiment out(Path folder) {
        this.out = folder;
        return this;
    }

    /** The folder in which the default output folder {@code NAME-TIMESTAMP} is made (default {@code runs}). */
    public Experiment runsFolder(Path dir) {
        this.runsFolder = dir;
        return this;
    }

    /** The output folder of the run in progress (or of the last run), or null before a run starts. */
    public Path folder() {
        return folder;
    }

    /** The {@code key=value} overrides given so far, in order. */
    public List<String> overrides() {
        return List.copyOf(overrides);
    }

    /** Threads for the run pool (default: all cores). Output does not depend on it. */
    public Experiment threads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + n);
        }
        this.threads = n;
        return this;
    }

    /** Continue an interrupted run in {@link #out(Path)}. */
    public Experiment resume(boolean resume) {
        this.resume = resume;
        return this;
    }

    /** Where progress goes (default: nowhere). */
    public Experiment progress(Progress p) {
        this.progress = p;
        return this;
    }

    /** Draw the charts and report.html at the end (default: yes; {@code netcap chart DIR} can do it later). */
    public Experiment charts(boolean draw) {
        this.charts = draw;
        return this;
    }

    /** Runs only shard {@code slice} of the runs into a shard folder ({@code null}: all runs). */
    public Experiment shard(Shards.Slice slice) {
        this.shard = slice;
        return this;
    }

    /**
     * Makes the runs on Apache Spark with this master URL ({@code local[*]}, {@code spark://HOST:7077},
     * ...; empty: the master spark-submit set, else {@code local[*]}); null: netcap's own threads
     * (the default). Spark must be on the class path (see docs/cluster.md).
     */
    public Experiment spark(String master) {
        this.sparkMaster = master;
        return this;
    }

    /** The validated spec with the overrides applied. */
    public Spec spec() {
        return Spec.load(specFile, overrides);
    }

    /**
     * The default output folder for a spec: {@code runs/NAME-yyyyMMdd-HHmmss} (the name it would
     * have; {@link #run()} creates it, adding {@code -2}, {@code -3}, ... when it exists).
     */
    public static Path defaultOut(Spec spec) {
        return defaultOut(spec, Path.of("runs"));
    }

    private static Path defaultOut(Spec spec, Path runs) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        return runs.resolve(spec.name + "-" + stamp);
    }

    /** Validates the spec, runs every point and replicate, and writes the output folder. */
    public Runner.Result run() {
        Spec spec = spec();
        ChartSpec.parse(spec); // a bad 'charts' entry fails before anything runs
        if (resume && out == null) {
            throw new InputException("--resume needs --out: the folder of the run to continue");
        }
        // a default folder is created here, atomically and with a suffix when taken, so that two
        // runs started in the same second never share one
        if (shard != null) {
            Shards.checkShardable(spec);
        }
        if (sparkMaster != null) {
            // refused before the default folder is made
            if (shard != null) {
                throw new InputException("--engine spark and --shard: choose one (a shard runs on netcap's own threads; "
                        + "Spark splits the runs itself)");
            }
            Engine.checkMaster(sparkMaster);
            Engine.requireSpark();
        }
        Path base = shard == null ? defaultOut(spec, runsFolder)
                : defaultOut(spec, runsFolder).resolveSibling(defaultOut(spec, runsFolder).getFileName() + "-shard-" + shard.index() + "-of-" + shard.count());
        Path dir = out != null ? out : RunFolder.createUnique(base);
        folder = dir;
        return new Runner(spec, new Runner.Options(dir, threads, resume, progress, charts && shard == null, List.copyOf(overrides), shard, sparkMaster)).run();
    }
}
