package netcap.calibrate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import netcap.InputException;
import netcap.Version;
import netcap.experiment.Batches;
import netcap.experiment.Csv;
import netcap.experiment.Experiment;
import netcap.experiment.RunFolder;
import netcap.io.AtomicFiles;
import netcap.random.Streams;
import netcap.spec.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code netcap calibrate SPEC}: reads the spec and its {@code calibrate:} block (every check before
 * anything runs), creates and locks the folder as {@code netcap run} does ({@link RunFolder}), runs
 * ABC-SMC or CMA-ES with every simulated batch cached in {@code parts/} (so {@code --resume} replays
 * the cached evaluations and simulates only what is missing), and writes calibration.csv,
 * generations.csv (ABC), posterior.csv (ABC), estimates.csv, fit.csv, the fitted model's run folder
 * {@code fitted/}, manifest.json and spec.yaml. Every CSV is byte-identical whatever the number of
 * threads.
 */
public final class Calibration {
    /**
     * How to run. {@code progress}: where progress lines go, or null for none; {@code sparkMaster}:
     * the Apache Spark master the simulation batches go to ({@code --engine spark}; empty: Spark's
     * default), or null for netcap's own threads.
     */
    public record Options(Path out, Path runsFolder, int threads, boolean resume, PrintStream progress, List<String> overrides,
            String sparkMaster) {
        /** Options of a calibration on netcap's own threads. */
        public Options(Path out, Path runsFolder, int threads, boolean resume, PrintStream progress, List<String> overrides) {
            this(out, runsFolder, threads, resume, progress, overrides, null);
        }
    }

    /** What was written: the folder, the simulations in all and those simulated now, the time. */
    public record Result(Path folder, int simulations, int simulatedNow, double wallSeconds) {
    }

    private final Path specFile;
    private final Options options;
    private volatile Path folder;
    private int simulations;
    private int simulatedNow;

    public Calibration(Path specFile, Options options) {
        this.specFile = specFile;
        this.options = options;
    }

    /** The folder of the calibration in progress, or null before it starts. */
    public Path folder() {
        return folder;
    }

    /** Checks the spec and its block, then runs and writes everything. */
    public Result run() {
        long t0 = System.nanoTime();
        Instant started = Instant.now();
        Spec spec = Spec.load(specFile, options.overrides());
        CalibrationSpec cal = CalibrationSpec.read(spec);
        if (options.resume() && options.out() == null) {
            throw new InputException("--resume needs --out: the folder of the calibration to continue");
        }
        // Spark starts (or is refused) before the default folder is made
        Batches batches = options.sparkMaster() == null ? null
                : Batches.spark(options.sparkMaster(), "netcap calibrate " + spec.name, spec.plugins.plugins());
        RunFolder rf;
        Path dir;
        try {
            dir = options.out() != null ? options.out() : RunFolder.createUnique(options.runsFolder().resolve(
                    spec.name + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))));
            folder = dir;
            rf = new RunFolder(spec, dir, options.resume(), options.overrides());
            rf.prepare();
        } catch (RuntimeException e) {
            if (batches != null) {
                batches.close();
            }
            throw e;
        }
        try (Simulator sim = new Simulator(spec, cal, options.threads(), batches)) {
            Cache cache = new Cache(dir.resolve("parts"), sim, cal);
            Outputs out = new Outputs(dir, cal);
            double[] estimate;
            List<double[]> predictive;
            if (cal.method().equals("abc-smc")) {
                long key = Streams.child(cal.abc().seed() != null ? cal.abc().seed() : spec.seed, "calibrate");
                AbcSmc abc = new AbcSmc(cal.min(), cal.max(), cal.abc().particles(), cal.abc().generations(), cal.abc().quantile(),
                        cal.abc().minAcceptance());
                AbcSmc.Result r = abc.run(Streams.rng(key), (g, b, thetas) -> {
                    double[][][] v = cache.evaluate(String.format("abc-g%04d-b%06d", g, b), thetas);
                    double[] d = new double[v.length];
                    for (int i = 0; i < v.length; i++) {
                        d[i] = Simulator.distance(cal, v[i]);
                    }
                    return d;
                }, (g, tol, n, acc) -> progress(spec, "generation " + g + ", tolerance " + (Double.isInfinite(tol) ? "inf" : fmt(tol))
                        + ", " + acc + " of " + cal.abc().particles() + " accepted after " + n + " simulations (acceptance "
                        + fmt((double) acc / n) + ")"));
                estimate = out.abc(r);
                // the posterior predictive: up to 100 particles drawn by weight, each simulated as a candidate
                var rng = Streams.rng(key, "predictive");
                double[] cum = new double[r.weights().length];
                double s = 0;
                for (int i = 0; i < cum.length; i++) {
                    s += r.weights()[i];
                    cum[i] = s;
                }
                List<double[]> draws = new ArrayList<>();
                for (int i = 0; i < Math.min(100, cum.length); i++) {
                    double u = rng.nextDouble() * s;
                    int k = 0;
                    while (k < cum.length - 1 && cum[k] < u) {
                        k++;
                    }
                    draws.add(r.particles()[k]);
                }
                predictive = new ArrayList<>();
                for (double[][] reps : cache.evaluate("predictive", draws)) {
                    predictive.add(Simulator.mean(reps));
                }
            } else {
                long key = Streams.child(spec.seed, "calibrate");
                CmaEs es = new CmaEs(cal.min(), cal.max(), cal.cmaes().evaluations(), cal.cmaes().sigma());
                int lambda = es.populationSize();
                double[] best = {Double.POSITIVE_INFINITY};
                CmaEs.Result r = es.run(key, cal.targetRows(), (k, theta) -> {
                    double d = Simulator.distance(cal, cache.evaluate(String.format("cmaes-e%06d", k), List.of(theta))[0]);
                    best[0] = Math.min(best[0], d);
                    if ((k + 1) % lambda == 0) {
                        progress(spec, "iteration " + (k / lambda) + ", " + (k + 1) + " evaluations, best distance " + fmt(best[0]));
                    }
                    return d;
                });
                estimate = out.cmaes(r);
                predictive = null;
            }
            double[][] fittedReps = cache.evaluate("fitted", List.of(estimate))[0];
            if (predictive == null) {
                predictive = Arrays.asList(fittedReps);
            }
            out.fit(Simulator.mean(fittedReps), predictive);
            simulations = cache.simulations();
            simulatedNow = cache.simulatedNow();
            fittedRun(spec, cal, dir, estimate);
            double secs = (System.nanoTime() - t0) / 1e9;
            manifest(spec, cal, dir, started, secs, batches);
            // the charts and report.html are drawn from these files by the command (netcap.report.Reports.write), or later by netcap chart
            return new Result(dir, simulations, simulatedNow, secs);
        } finally {
            rf.release();
        }
    }

    private void progress(Spec spec, String line) {
        if (options.progress() != null) {
            options.progress().println("calibrate " + spec.name + ": " + line);
            options.progress().flush();
        }
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.4g", v);
    }

    /** fitted/: an ordinary run folder of the model at the estimate, made by the runner, with calibrate.replications replicates. */
    private void fittedRun(Spec spec, CalibrationSpec cal, Path dir, double[] estimate) {
        Path fitted = dir.resolve("fitted");
        deleteTree(fitted); // on resume: made again from scratch (it is cheap and deterministic)
        Experiment e = Experiment.load(specFile).threads(options.threads()).charts(false).out(fitted);
        for (String o : options.overrides()) {
            int eq = o.indexOf('=');
            e.set(o.substring(0, eq), o.substring(eq + 1));
        }
        e.set("replications", cal.replications());
        for (int i = 0; i < estimate.length; i++) {
            e.set(cal.names().get(i), Double.toString(estimate[i]));
        }
        e.run();
    }

    private static void deleteTree(Path p) {
        if (!Files.exists(p)) {
            return;
        }
        try (var s = Files.walk(p)) {
            for (Path f : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void manifest(Spec spec, CalibrationSpec cal, Path dir, Instant started, double secs, Batches batches) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", spec.name);
        m.put("command", "calibrate");
        m.put("netcapVersion", Version.version());
        m.put("gitCommit", Version.gitCommit());
        m.put("javaVersion", System.getProperty("java.version"));
        m.put("specFile", spec.path == null ? null : spec.path.toString());
        m.put("masterSeed", spec.seed);
        m.put("method", cal.method());
        m.put("parameters", cal.names());
        m.put("replications", cal.replications());
        m.put("seedScheme", "replicate r of every candidate: run key Streams.runKey(masterSeed, 0, r) (common random numbers); "
                + "candidates: Streams.rng(Streams.child(seed, \"calibrate\")), seed = calibrate.abc.seed or the master seed");
        m.put("simulations", simulations);
        m.put("simulatedNow", simulatedNow);
        m.put("threads", options.threads());
        m.put("engine", batches == null ? "local" : "spark");
        if (batches != null) {
            m.put("sparkMaster", batches.master());
        }
        m.put("started", started.toString());
        m.put("finished", Instant.now().toString());
        m.put("wallSeconds", secs);
        try {
            String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m) + "\n";
            AtomicFiles.write(dir.resolve("manifest.json"), o -> o.write(json.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The cache of simulated batches in {@code parts/}: one file per batch ({@code NAME.csv}), one line
     * per candidate: its parameter values, then every replicate's target values. Written atomically
     * after the batch is simulated; on resume a batch whose file exists is read back instead of
     * simulated (its candidates must be the ones drawn now, else the folder is refused).
     */
    static final class Cache {
        private final Path parts;
        private final Simulator sim;
        private final CalibrationSpec cal;
        private int simulations;
        private int simulatedNow;

        Cache(Path parts, Simulator sim, CalibrationSpec cal) {
            this.parts = parts;
            this.sim = sim;
            this.cal = cal;
        }

        int simulations() {
            return simulations;
        }

        int simulatedNow() {
            return simulatedNow;
        }

        double[][][] evaluate(String name, List<double[]> thetas) {
            Path f = parts.resolve(name + ".csv");
            simulations += thetas.size();
            if (Files.exists(f)) {
                return read(f, thetas);
            }
            double[][][] v = sim.simulate(thetas);
            StringBuilder b = new StringBuilder();
            for (int c = 0; c < thetas.size(); c++) {
                List<String> cells = new ArrayList<>();
                for (double x : thetas.get(c)) {
                    cells.add(Double.toString(x));
                }
                for (double[] rep : v[c]) {
                    for (double x : rep) {
                        cells.add(Double.toString(x));
                    }
                }
                b.append(String.join(",", cells)).append('\n');
            }
            String text = b.toString();
            AtomicFiles.write(f, o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
            simulatedNow += thetas.size();
            return v;
        }

        private double[][][] read(Path f, List<double[]> thetas) {
            int d = cal.names().size();
            int reps = cal.replications();
            int n = sim.values();
            try {
                List<String> lines = Files.readAllLines(f);
                if (lines.size() != thetas.size()) {
                    throw new InputException(f + ": has " + lines.size() + " candidates, expected " + thetas.size()
                            + "; the folder was made by another calibration; start a new one");
                }
                double[][][] out = new double[thetas.size()][reps][n];
                for (int c = 0; c < lines.size(); c++) {
                    String[] cells = lines.get(c).split(",", -1);
                    if (cells.length != d + reps * n) {
                        throw new InputException(f + ":" + (c + 1) + ": has " + cells.length + " cells, expected " + (d + reps * n)
                                + "; the folder was made by another calibration; start a new one");
                    }
                    for (int j = 0; j < d; j++) {
                        if (Double.parseDouble(cells[j]) != thetas.get(c)[j]) {
                            throw new InputException(f + ":" + (c + 1) + ": the cached candidate differs from the one drawn now; "
                                    + "the folder was made by another calibration; start a new one");
                        }
                    }
                    for (int r = 0; r < reps; r++) {
                        for (int k = 0; k < n; k++) {
                            out[c][r][k] = Double.parseDouble(cells[d + r * n + k]);
                        }
                    }
                }
                return out;
            } catch (IOException | NumberFormatException e) {
                throw new InputException(f + ": cannot read the cached simulations to resume: " + e.getMessage());
            }
        }
    }
}
