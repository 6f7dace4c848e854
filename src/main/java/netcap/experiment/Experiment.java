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
    private int threads = Runtime.getRuntime().availableProcessors();
    private boolean resume;
    private Progress progress = Progress.silent();
    private boolean charts = true;

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

    /** The output folder (default {@code runs/NAME-TIMESTAMP}). */
    public Experiment out(Path folder) {
        this.out = folder;
        return this;
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

    /** The validated spec with the overrides applied. */
    public Spec spec() {
        return Spec.load(specFile, overrides);
    }

    /** The default output folder for a spec: {@code runs/NAME-yyyyMMdd-HHmmss}. */
    public static Path defaultOut(Spec spec) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        return Path.of("runs", spec.name + "-" + stamp);
    }

    /** Validates the spec, runs every point and replicate, and writes the output folder. */
    public Runner.Result run() {
        Spec spec = spec();
        ChartSpec.parse(spec); // a bad 'charts' entry fails before anything runs
        Path folder = out != null ? out : defaultOut(spec);
        if (resume && out == null) {
            throw new InputException("--resume needs --out: the folder of the run to continue");
        }
        return new Runner(spec, new Runner.Options(folder, threads, resume, progress, charts)).run();
    }
}
