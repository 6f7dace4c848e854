package netcap.cli;

import netcap.experiment.Experiment;
import netcap.experiment.Progress;
import netcap.experiment.Runner;
import netcap.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code netcap run SPEC}: runs an experiment and writes its output folder. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs every design point x replicate of an experiment spec and writes timeseries.csv, "
                + "summary.csv, aggregate.csv, manifest.json (and comparisons.csv, sensitivity.csv, agents.csv, regressions.csv, snapshots/ when asked) "
                + "to the output folder.",
                "Example: netcap run experiments/baseline.yaml --set steps=100 --threads 2"})
public final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SPEC", description = "The experiment spec (YAML).")
    Path spec;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: runs/NAME-TIMESTAMP, -2, -3, ... added when taken). A folder in use by another run is refused.")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Runs in parallel (default: all cores, ${DEFAULT-VALUE}). Output does not depend on it.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--resume", description = "Continue an interrupted run in --out, skipping finished runs.")
    boolean resume;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a key of the spec, e.g. --set trustGain=0.1 --set steps=50 --set network.n=500; the value is YAML: --set layers=[forum,chat].")
    List<String> sets = new ArrayList<>();

    @Option(names = {"-q", "--quiet"}, description = "No progress output.")
    boolean quiet;

    @Option(names = "--dry-run", description = "Check the spec and print the number of design points and runs, an estimate of "
            + "the disk the outputs take and, from a short timed pilot run, of the time; run nothing.")
    boolean dryRun;

    @Option(names = "--yes", description = "Start even above the limits (more than " + netcap.spec.Estimate.MAX_RUNS
            + " runs or 10 GB of estimated output), where netcap run otherwise refuses.")
    boolean yes;

    @Option(names = "--shard", paramLabel = "i/n", description = "Run only the i-th of n slices of the runs (run r = point * replications + replicate "
            + "belongs to shard r mod n + 1) into a shard folder (default runs/NAME-TIMESTAMP-shard-i-of-n); join the shards with netcap merge. "
            + "See docs/cluster.md.")
    String shard;

    @Option(names = "--engine", paramLabel = "ENGINE", description = "Where the runs are made: local (netcap's own threads, the default) "
            + "or spark (each run a task of Apache Spark; ./netcap adds Spark to the class path). Output does not depend on it. See docs/cluster.md.")
    String engine = "local";

    @Option(names = "--master", paramLabel = "URL", description = "With --engine spark: the Spark master, e.g. local[2] or spark://HOST:7077 "
            + "(default: the one spark-submit set, else local[*]).")
    String master;

    @Option(names = "--no-charts", description = "Do not draw charts and report.html at the end (netcap chart DIR does it later).")
    boolean noCharts;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec command;

    @Override
    public Integer call() {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be >= 1, was " + threads);
        }
        Experiment e = Experiment.load(spec).threads(threads).resume(resume).charts(!noCharts);
        String sparkMaster = sparkMaster(engine, master);
        if (sparkMaster != null) {
            e.spark(sparkMaster);
        }
        if (shard != null) {
            e.shard(netcap.experiment.Shards.parse(shard));
        }
        for (String s : sets) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--set " + s + ": expected KEY=VALUE");
            }
            e.set(s.substring(0, eq), s.substring(eq + 1));
        }
        if (out != null) {
            e.out(out);
        }
        if (dryRun || !yes) {
            netcap.spec.Spec s = e.spec();
            netcap.spec.Estimate est = netcap.spec.Estimate.of(s, threads, dryRun);
            if (dryRun) {
                java.io.PrintWriter o = command.commandLine().getOut();
                o.println(spec + ": valid; nothing run (--dry-run)");
                est.lines().forEach(o::println);
                o.flush();
                return 0;
            }
            if (est.aboveLimits()) {
                java.io.PrintWriter err = command.commandLine().getErr();
                est.lines().forEach(l -> err.println("netcap: " + l));
                err.flush();
                throw new netcap.InputException(spec + ": " + est.runs() + " runs, about " + netcap.spec.Estimate.size(est.bytes())
                        + " of output: above the limits of " + netcap.spec.Estimate.MAX_RUNS + " runs or "
                        + netcap.spec.Estimate.size(netcap.spec.Estimate.MAX_BYTES) + "; add --yes to start it anyway, "
                        + "or make it smaller (see netcap run SPEC --dry-run)");
            }
        }
        String name = spec.getFileName().toString();
        e.progress(quiet ? Progress.silent() : Progress.auto(name, System.err));
        Thread onInterrupt = new Thread(() -> {
            Path dir = e.folder();
            if (dir != null) {
                String again = interruptedMessage(spec, dir, sets);
                System.err.println(shard == null ? again : again.replace(" --resume", " --shard " + shard.trim() + " --resume"));
                System.err.flush();
            }
        }, "netcap-interrupted");
        Runtime.getRuntime().addShutdownHook(onInterrupt); // only while the run is in progress
        Runner.Result r;
        try {
            r = e.run();
        } catch (netcap.experiment.RunsFailed failed) {
            return failedRuns(command, failed);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it says how to continue
            }
        }
        System.out.printf("wrote %s (%d runs, %d run now, %.1f s)%n", r.folder(), r.runs(), r.ranNow(), r.wallSeconds());
        if (r.charts() != null) {
            Reports.Written w = r.charts();
            if (!quiet) {
                w.notes().forEach(n -> System.err.println("netcap: note: " + n));
            }
            System.out.printf("wrote %s and %d charts%n", w.report(), w.charts().size());
        }
        return 0;
    }

    /**
     * The Spark master to run on: null for the local engine, "" for Spark's default, else
     * {@code --master}. Refuses an unknown {@code --engine}, and {@code --master} without
     * {@code --engine spark}.
     */
    static String sparkMaster(String engine, String master) {
        if (!engine.equals("local") && !engine.equals("spark")) {
            throw new netcap.InputException("--engine " + engine + ": unknown engine; use local (the default) or spark");
        }
        if (master != null && !engine.equals("spark")) {
            throw new netcap.InputException("--master " + master + ": only with --engine spark");
        }
        return engine.equals("spark") ? (master == null ? "" : master) : null;
    }

    /**
     * Prints runs that threw on the Spark engine, what happened then one line per run (its
     * parameters, replicate and seed), and returns the exit code of a failed run.
     */
    static int failedRuns(picocli.CommandLine.Model.CommandSpec command, netcap.experiment.RunsFailed failed) {
        java.io.PrintWriter err = command.commandLine().getErr();
        err.println("netcap: error: " + failed.getMessage());
        failed.runs().forEach(l -> err.println("netcap: " + l));
        err.flush();
        return netcap.experiment.RunsFailed.EXIT_CODE;
    }

    /** The line printed when a run is stopped (Ctrl-C, kill): how to continue it. */
    public static String interruptedMessage(Path spec, Path out, List<String> sets) {
        StringBuilder b = new StringBuilder("netcap: interrupted; the finished runs are kept, continue with: ./netcap run ")
                .append(quote(spec.toString())).append(" --out ").append(quote(out.toString()));
        for (String s : sets) {
            b.append(" --set ").append(quote(s));
        }
        return b.append(" --resume").toString();
    }

    /** A shell word: as is when it is plain, else in single quotes. */
    private static String quote(String s) {
        if (!s.isEmpty() && s.matches("[A-Za-z0-9_./=:,+@%-]+")) {
            return s;
        }
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
