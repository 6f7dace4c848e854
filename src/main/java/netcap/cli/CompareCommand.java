package netcap.cli;

import netcap.InputException;
import netcap.experiment.ComparisonTable;
import netcap.experiment.Csv;
import netcap.model.observation.Metrics;
import netcap.random.Streams;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code netcap compare RUN_A RUN_B}: compares the summary statistics of two run folders. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Compares two run folders written by netcap run, statistic by statistic, from their summary.csv: "
                + "Welch's t (or the paired t when the runs share their seeds replicate by replicate), Mann-Whitney U "
                + "(or Wilcoxon signed-rank), Cohen's d, Cliff's delta, Holm-adjusted p (see docs/statistics.md).",
                "Each folder has one point, or both have the same varied keys and points are matched by their settings.",
                "Writes the table in the format of comparisons.csv to RUN_A/compare-NAME_OF_RUN_B.csv unless --out is given, "
                        + "and prints it.",
                "Example: netcap compare runs/strong runs/weak --statistic totalKnowledgeFinal"})
public final class CompareCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RUN_A", description = "The first run folder (A in A - B).")
    Path runA;

    @Parameters(index = "1", paramLabel = "RUN_B", description = "The second run folder.")
    Path runB;

    @Option(names = "--statistic", paramLabel = "S", description = "A summary statistic to compare (METRICFinal, METRICMean, "
            + "or a metric for its Final); repeatable. Default: every statistic both folders have.")
    List<String> statistics = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the table (default RUN_A/compare-NAME_OF_RUN_B.csv).")
    Path out;

    /** The runs of one folder: per point (by its settings), the seeds and summary values in replicate order. */
    record Runs(Path folder, List<String> varied, List<String> statistics, Map<String, List<CSVRecord>> points) {
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Runs a = read(runA);
        Runs b = read(runB);
        List<String> stats = statistics(a, b);
        List<String[]> pairs = new ArrayList<>(); // settings of A, settings of B
        if (a.points().size() == 1 && b.points().size() == 1) {
            pairs.add(new String[] {a.points().keySet().iterator().next(), b.points().keySet().iterator().next()});
        } else {
            if (!a.varied().equals(b.varied())) {
                throw new InputException("cannot match points: " + runA + " varies " + a.varied() + " but " + runB + " varies "
                        + b.varied() + " (compare folders with one point each, or with the same varied keys)");
            }
            for (String p : a.points().keySet()) {
                if (b.points().containsKey(p)) {
                    pairs.add(new String[] {p, p});
                }
            }
            if (pairs.isEmpty()) {
                throw new InputException("no point of " + runA + " has the settings of a point of " + runB);
            }
        }
        String nameA = runA.toAbsolutePath().normalize().getFileName().toString();
        String nameB = runB.toAbsolutePath().normalize().getFileName().toString();
        ComparisonTable table = new ComparisonTable();
        for (String[] pair : pairs) {
            String labelA = pair[0].isEmpty() ? nameA : nameA + " " + pair[0];
            String labelB = pair[1].isEmpty() ? nameB : nameB + " " + pair[1];
            String name = labelA + " vs " + labelB;
            List<CSVRecord> ra = a.points().get(pair[0]);
            List<CSVRecord> rb = b.points().get(pair[1]);
            for (String s : stats) {
                table.add(name, labelA, labelB, s, values(ra, s), seeds(ra), values(rb, s), seeds(rb),
                        ComparisonTable.key(Streams.fnv1a64("compare"), name, s));
            }
        }
        Path file = out != null ? out : runA.resolve("compare-" + nameB + ".csv");
        table.write(file);
        PrintWriter o = spec.commandLine().getOut();
        print(table, o);
        o.println("wrote " + file);
        o.flush();
        return 0;
    }

    private List<String> statistics(Runs a, Runs b) {
        if (statistics.isEmpty()) {
            List<String> common = new ArrayList<>(a.statistics());
            common.retainAll(b.statistics());
            if (common.isEmpty()) {
                throw new InputException(runA + " and " + runB + " have no summary statistic in common");
            }
            return common;
        }
        List<String> out = new ArrayList<>();
        for (String s : statistics) {
            String stat = !s.endsWith("Final") && !s.endsWith("Mean") ? s + "Final" : s;
            for (Runs r : List.of(a, b)) {
                if (!r.statistics().contains(stat)) {
                    throw new InputException("--statistic " + s + ": " + r.folder() + "/summary.csv has no column " + stat
                            + " (statistics are METRICFinal or METRICMean of the recorded metrics)");
                }
            }
            out.add(stat);
        }
        return out;
    }

    private static double[] values(List<CSVRecord> runs, String statistic) {
        double[] v = new double[runs.size()];
        for (int i = 0; i < v.length; i++) {
            String cell = runs.get(i).get(statistic);
            v[i] = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
        }
        return v;
    }

    private static long[] seeds(List<CSVRecord> runs) {
        return runs.stream().mapToLong(r -> Long.parseLong(r.get("seed"))).toArray();
    }

    /** Reads a folder's summary.csv, checking that it is a run folder. */
    static Runs read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InputException(folder + ": not a folder (expected a run folder written by netcap run)");
        }
        Path f = folder.resolve("summary.csv");
        if (!Files.isRegularFile(f)) {
            throw new InputException(folder + ": not a run folder (no summary.csv)");
        }
        try (Reader r = Files.newBufferedReader(f);
             CSVParser p = CSVParser.parse(r, Csv.FORMAT.builder().setHeader().setSkipHeaderRecord(true).build())) {
            List<String> header = p.getHeaderNames();
            if (header.size() < 4 || !header.subList(0, 4).equals(List.of("run", "point", "replicate", "seed"))) {
                throw new InputException(f + ": not a netcap summary (needs the columns run, point, replicate, seed, ...), header was " + header);
            }
            List<String> stats = new ArrayList<>();
            for (String m : Metrics.COLUMNS) {
                for (String suffix : List.of("Final", "Mean")) {
                    if (header.contains(m + suffix)) {
                        stats.add(m + suffix);
                    }
                }
            }
            // a plug-in metric's pair (its columns follow the built-in ones): NAMEFinal and NAMEMean side by side
            for (int i = 4; i + 1 < header.size(); i++) {
                String h = header.get(i);
                if (h.endsWith("Final") && header.get(i + 1).equals(h.substring(0, h.length() - 5) + "Mean") && !stats.contains(h)) {
                    stats.add(h);
                    stats.add(header.get(i + 1));
                }
            }
            List<String> varied = new ArrayList<>(header.subList(4, header.size()));
            varied.removeAll(stats);
            Map<String, List<CSVRecord>> points = new LinkedHashMap<>();
            for (CSVRecord rec : p) {
                List<String> settings = new ArrayList<>();
                for (String k : varied) {
                    settings.add(k + "=" + rec.get(k));
                }
                points.computeIfAbsent(String.join(" ", settings), k -> new ArrayList<>()).add(rec);
            }
            if (points.isEmpty()) {
                throw new InputException(f + ": no runs");
            }
            return new Runs(folder, varied, stats, points);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new InputException(f + ": cannot read: " + e.getMessage());
        }
    }

    /** Prints the table's main columns, aligned. */
    private static void print(ComparisonTable table, PrintWriter o) {
        double[] holm = table.pHolm();
        o.printf("%-40s %-24s %4s %4s %-6s %12s %26s %10s %10s %7s%n", "comparison", "statistic", "nA", "nB", "paired",
                "diff", "95% interval", "p", "pHolm", "cliff");
        int i = 0;
        for (ComparisonTable.Row r : table.rows()) {
            double[] x = r.numbers();
            o.printf("%-40s %-24s %4d %4d %-6s %12.5g %26s %10.3g %10.3g %7.3f%n", r.comparison(), r.statistic(), r.nA(), r.nB(),
                    r.paired(), x[2], String.format("[%.5g, %.5g]", x[3], x[4]), x[7], holm[i++], x[12]);
        }
    }
}
