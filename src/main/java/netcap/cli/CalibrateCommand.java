package netcap.cli;

import netcap.calibrate.Calibration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code netcap calibrate SPEC}: fits the parameters of the spec's calibrate: block to observed data. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fits model parameters to observed data with the spec's calibrate: block (ABC-SMC or CMA-ES; docs/calibration.md) "
                + "and writes calibration.csv, estimates.csv, fit.csv, posterior.csv and generations.csv (ABC), the fitted model's runs "
                + "(fitted/) and manifest.json to the output folder.",
                "Example: netcap calibrate experiments/calibrate-bass.yaml --threads 2"})
public final class CalibrateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SPEC", description = "The experiment spec (YAML) with a calibrate: block.")
    Path spec;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: runs/NAME-TIMESTAMP, -2, -3, ... added when taken).")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Simulations in parallel (default: all cores, ${DEFAULT-VALUE}). Output does not depend on it.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--resume", description = "Continue an interrupted calibration in --out, replaying its cached simulations.")
    boolean resume;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a key of the spec, as for netcap run.")
    List<String> sets = new ArrayList<>();

    @Option(names = {"-q", "--quiet"}, description = "No progress output.")
    boolean quiet;

    @Option(names = "--engine", paramLabel = "ENGINE", description = "Where the simulations are made: local (netcap's own threads, the default) "
            + "or spark (each simulation of a generation a task of Apache Spark; ./netcap adds Spark to the class path). Output does not depend on it. "
            + "See docs/cluster.md.")
    String engine = "local";

    @Option(names = "--master", paramLabel = "URL", description = "With --engine spark: the Spark master, e.g. local[2] or spark://HOST:7077 "
            + "(default: the one spark-submit set, else local[*]).")
    String master;

    @Option(names = "--no-charts", description = "Do not draw the charts and report.html at the end (netcap chart DIR does it later).")
    boolean noCharts;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec command;

    @Override
    public Integer call() {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be >= 1, was " + threads);
        }
        for (String s : sets) {
            if (s.indexOf('=') <= 0) {
                throw new IllegalArgumentException("--set " + s + ": expected KEY=VALUE");
            }
        }
        String sparkMaster = RunCommand.sparkMaster(engine, master);
        Calibration c = new Calibration(spec, new Calibration.Options(out, Path.of("runs"), threads, resume, quiet ? null : System.err,
                List.copyOf(sets), sparkMaster));
        Thread onInterrupt = new Thread(() -> {
            Path dir = c.folder();
            if (dir != null) {
                System.err.println(RunCommand.interruptedMessage(spec, dir, sets).replace("./netcap run ", "./netcap calibrate "));
                System.err.flush();
            }
        }, "netcap-interrupted");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        Calibration.Result r;
        try {
            r = c.run();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running
            }
        }
        java.io.PrintWriter o = command.commandLine().getOut();
        o.printf("wrote %s (%d simulations, %d simulated now, %.1f s)%n", r.folder(), r.simulations(), r.simulatedNow(), r.wallSeconds());
        if (!noCharts) { // the calibration charts, the fitted runs' charts and report.html with its Calibration section
            netcap.report.Reports.Written w = netcap.report.Reports.write(r.folder());
            o.printf("wrote %s and %d charts%n", w.report(), w.charts().size());
        }
        o.flush();
        return 0;
    }
}
