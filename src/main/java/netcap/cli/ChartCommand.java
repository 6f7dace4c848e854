package netcap.cli;

import netcap.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code netcap chart RUN_DIR}: draws the charts of a run folder and writes its HTML report. */
@Command(name = "chart", mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Draws the charts of a run folder written by netcap run (charts/*.png and charts/*.svg) "
                + "and writes a self-contained report.html with the spec, the run summary, every chart and the result tables.",
                "Which charts: the spec's 'charts' key (see docs/charts.md), else a default set for what the folder holds.",
                "Example: netcap chart runs/baseline-20261128-0723"})
public final class ChartCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A run folder (the output of netcap run).")
    Path runDir;

    @Option(names = "--out", paramLabel = "DIR", description = "Write charts/ and report.html here instead of into RUN_DIR.")
    Path out;

    @Override
    public Integer call() {
        Reports.Written w = Reports.write(runDir, out == null ? runDir : out);
        System.out.printf("wrote %s and %d chart files in %s%n", w.report(), w.charts().size(),
                w.report().resolveSibling("charts"));
        for (String n : w.notes()) {
            System.err.println("netcap: note: " + n);
        }
        return 0;
    }

    /**
     * Draws the charts of a run folder into {@code runDir/charts/} and writes
     * {@code runDir/report.html}; what {@code netcap run} calls at the end (unless --no-charts).
     *
     * @throws netcap.InputException (exit 2) when the folder is not a run folder or its charts spec is bad
     */
    public static void renderAll(Path runDir) {
        Reports.write(runDir);
    }
}
