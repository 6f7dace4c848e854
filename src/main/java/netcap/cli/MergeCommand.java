package netcap.cli;

import netcap.experiment.Merge;
import netcap.experiment.Progress;
import netcap.experiment.Runner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code netcap merge SHARD_DIR... --out RUN_DIR}: joins the shards of an experiment into one run folder. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Joins the shard folders made by netcap run SPEC --shard i/n into one run folder whose CSV files are "
                + "byte-identical to a run on one machine. Refuses shards of different specs, seeds or versions, and names "
                + "missing or duplicated runs.",
                "Example: netcap merge runs/sweep-shard-* --out runs/sweep"})
public final class MergeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SHARD_DIR", arity = "1..*", description = "The shard folders.")
    List<Path> shards;

    @Option(names = "--out", required = true, paramLabel = "RUN_DIR", description = "The merged run folder (new or empty).")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the tables and charts (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-charts", description = "Do not draw charts and report.html.")
    boolean noCharts;

    @Override
    public Integer call() {
        Runner.Result r = Merge.merge(shards, out, Math.max(1, threads), !noCharts, Progress.silent());
        System.out.printf("wrote %s (%d runs merged from %d shards)%n", r.folder(), r.runs(), shards.size());
        if (r.charts() != null) {
            System.out.printf("wrote %s and %d charts%n", r.charts().report(), r.charts().charts().size());
        }
        return 0;
    }
}
