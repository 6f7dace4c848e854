package netcap.experiment;

import netcap.report.Reports;
import netcap.spec.Point;
import netcap.spec.Spec;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Runs every design point x replicate of a {@link Spec} on a local thread pool and writes the
 * output folder, in steps with one class each:
 * <ol>
 *   <li>the folder ({@link RunFolder}): created, locked for the whole run (a second run on it is
 *       refused), checked, the spec as run ({@code spec.yaml});</li>
 *   <li>the runs ({@link RunLoop}, one run: {@link ModelRun}): each stored in {@code parts/} as it
 *       finishes, so {@code --resume} re-runs only the runs whose parts are missing;</li>
 *   <li>the tables ({@link OutputTables}): {@code timeseries.csv}, {@code summary.csv},
 *       {@code aggregate.csv}, {@code comparisons.csv}, {@code sensitivity.csv}, {@code agents.csv} and
 *       {@code regressions.csv}, assembled from the parts in (point, replicate) order, so they are
 *       byte-identical whatever the number of threads;</li>
 *   <li>{@code manifest.json} ({@link Manifest});</li>
 *   <li>unless {@link Options#charts()} is false, the charts and {@code report.html}
 *       ({@link Reports#write(Path)}, as {@code netcap chart} draws them).</li>
 * </ol>
 */
public final class Runner {
    /**
     * How to run; {@code charts}: draw the charts and report.html at the end; {@code sparkMaster}: the
     * Apache Spark master URL the runs go to ({@code --engine spark}), or null for netcap's own thread pool.
     */
    public record Options(Path out, int threads, boolean resume, Progress progress, boolean charts, List<String> overrides,
            Shards.Slice shard, String sparkMaster) {
        /** Options of a run on netcap's own thread pool. */
        public Options(Path out, int threads, boolean resume, Progress progress, boolean charts, List<String> overrides,
                Shards.Slice shard) {
            this(out, threads, resume, progress, charts, overrides, shard, null);
        }

        /** Options of a whole run (not a shard). */
        public Options(Path out, int threads, boolean resume, Progress progress, boolean charts, List<String> overrides) {
            this(out, threads, resume, progress, charts, overrides, null);
        }

        /** Options without recorded overrides. */
        public Options(Path out, int threads, boolean resume, Progress progress, boolean charts) {
            this(out, threads, resume, progress, charts, List.of());
        }

        /** Options without charts. */
        public Options(Path out, int threads, boolean resume, Progress progress) {
            this(out, threads, resume, progress, false);
        }
    }

    /**
     * What a finished experiment wrote.
     *
     * @param wallSeconds the time of the runs, tables and manifest (as in manifest.json), without the charts
     * @param charts      the charts and report, or null when they were not drawn
     */
    public record Result(Path folder, int runs, int ranNow, double wallSeconds, Reports.Written charts) {
    }

    private final Spec spec;
    private final Options options;
    private final List<Point> points;
    private final Columns columns;
    /** The number of shards whose runs the folder holds (a merge), or 0. */
    private int merged;

    public Runner(Spec spec, Options options) {
        this.spec = spec;
        this.options = options;
        this.points = spec.points();
        this.columns = new Columns(points, spec.varyingKeys(), spec.metrics);
    }

    /** The summary statistics, in column order: for each metric, {@code <metric>Final} and {@code <metric>Mean}. */
    public List<String> summaryColumns() {
        return columns.summary();
    }

    /** Marks the run as the merge of {@code shards} shard folders (recorded in manifest.json). */
    Runner merged(int shards) {
        this.merged = shards;
        return this;
    }

    /** Runs the experiment and writes every output file. */
    public Result run() {
        long t0 = System.nanoTime();
        Instant started = Instant.now();
        if (options.shard() != null) {
            Shards.checkShardable(spec);
        }
        if (options.sparkMaster() != null && options.shard() != null) {
            throw new netcap.InputException("--engine spark and --shard: choose one (a shard runs on netcap's own threads; "
                    + "Spark splits the runs itself)");
        }
        Engine engine = options.sparkMaster() == null ? null : Engine.spark(options.sparkMaster());
        MemoryCheck.check(spec, points, options.threads()); // refuses (exit 2) before any file when the runs cannot fit in the heap
        RunFolder folder = new RunFolder(spec, options.out(), options.resume(), options.overrides());
        if (options.shard() != null) {
            folder.batch(Shards.batchFile(options.shard()));
        }
        folder.prepare(); // locks the folder until release()
        try {
            if (options.shard() != null) {
                if (options.resume() && java.nio.file.Files.exists(folder.file(Shards.FILE))) {
                    Shards.Slice before = Shards.read(folder.path()).slice();
                    if (!before.equals(options.shard())) {
                        throw new netcap.InputException(folder.path() + ": is shard " + before + ", not " + options.shard()
                                + "; resume it with --shard " + before);
                    }
                }
                Shards.write(spec, folder, options.shard(), points.size() * spec.replications);
            }
            ModelRun modelRun = new ModelRun(spec, points, columns, folder);
            RunLoop.Runs runs = engine != null ? engine.run(spec, points, columns, folder, options.progress())
                    : new RunLoop(spec, points.size(), columns, folder, modelRun, options.shard()).run(options.threads(), options.progress());
            if (options.shard() != null) {
                // a shard: its runs and shard.json; the tables come from netcap merge
                double secs = (System.nanoTime() - t0) / 1e9;
                return new Result(folder.path(), runs.results().size(), runs.ranNow(), secs, null);
            }
            new OutputTables(spec, points.size(), columns, folder).write(runs.results(), runs.replications());
            double secs = (System.nanoTime() - t0) / 1e9;
            Map<String, Object> where = merged > 0 ? Manifest.engine("shards", merged)
                    : engine != null ? Manifest.engine("spark", engine.master()) : Manifest.engine("local", null);
            Manifest.write(spec, points, folder, options.threads(), where, runs, started, secs);
            Reports.Written charts = options.charts() ? Reports.write(folder.path()) : null;
            return new Result(folder.path(), runs.results().size(), runs.ranNow(), secs, charts);
        } finally {
            folder.release();
        }
    }
}
