package netcap.experiment;

import netcap.design.Design;
import netcap.design.MorrisDesign;
import netcap.design.SobolDesign;
import netcap.io.AtomicFiles;
import netcap.random.Streams;
import netcap.spec.Comparisons;
import netcap.spec.Spec;
import netcap.stats.ConfidenceInterval;
import netcap.stats.Inert;
import netcap.stats.Aggregate;
import netcap.stats.MorrisEffects;
import netcap.stats.SobolIndices;
import netcap.stats.Summary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The tables of the output folder, assembled from the runs in (point, replicate) order, so they
 * are byte-identical whatever the number of threads:
 * <ul>
 *   <li>{@code timeseries.csv}: run, point, replicate, seed, the varying keys, step, metrics;</li>
 *   <li>{@code summary.csv}: one row per run, each metric's final value and its mean over steps 1..T;</li>
 *   <li>{@code aggregate.csv}: per point and summary statistic, over the runs where it exists: n, mean, sd, 95%
 *       t-interval, median, quartiles, range, bootstrap interval of the median, bimodality coefficient;</li>
 *   <li>{@code comparisons.csv} for the spec's comparisons ({@link ComparisonTable});</li>
 *   <li>{@code sensitivity.csv} for Sobol and Morris designs (see {@link #writeSensitivity});</li>
 *   <li>{@code regimes.csv}, {@code regime-aggregate.csv}, {@code survival.csv} and {@code events.csv}
 *       ({@link OutcomeTables});</li>
 *   <li>{@code agents.csv} when the spec asks for microdata;</li>
 *   <li>{@code regressions.csv} and {@code regression-summary.csv} for the spec's regressions ({@link RegressionTables}).</li>
 * </ul>
 */
final class OutputTables {
    private final Spec spec;
    private final int points;
    private final Columns columns;
    private final RunFolder folder;

    OutputTables(Spec spec, int points, Columns columns, RunFolder folder) {
        this.spec = spec;
        this.points = points;
        this.columns = columns;
        this.folder = folder;
    }

    /** Writes every table of the runs ({@code reps[p]} replicates of point p). */
    void write(List<RunResult> results, int[] reps) {
        writeTimeseries(results);
        writeSummary(results);
        writeAggregate(results);
        double[][][] v = byPoint(results, reps);
        OutcomeTables outcomes = new OutcomeTables(spec, columns, folder);
        boolean[][][] in = spec.regimes.isEmpty() ? null : outcomes.membership(v);
        writeComparisons(results, in);
        writeSensitivity(v);
        outcomes.write(v, in);
        if (spec.agentsEvery > 0) {
            writeAgents(results);
        }
        if (!spec.regressions.isEmpty()) {
            new RegressionTables(spec, points, columns, folder).write(results);
        }
    }

    private void writeTimeseries(List<RunResult> results) {
        List<String> header = columns.keyHeader();
        header.addAll(columns.metrics());
        writeRunLines("timeseries.csv", Csv.line(header), results, RunResult::rows);
    }

    /** The lines of one run (each with its line end), without the run number. */
    private interface RunLines {
        List<String> of(RunResult r) throws IOException;
    }

    /** Writes a table of the runs' lines, in order, each prefixed with its run number. */
    private void writeRunLines(String file, String header, List<RunResult> results, RunLines lines) {
        AtomicFiles.write(folder.file(file), o -> {
            o.write(header.getBytes(StandardCharsets.UTF_8));
            int run = 0;
            for (RunResult r : results) {
                byte[] id = (run + ",").getBytes(StandardCharsets.UTF_8);
                for (String line : lines.of(r)) {
                    o.write(id);
                    o.write(line.getBytes(StandardCharsets.UTF_8));
                }
                run++;
            }
        });
    }

    private void writeSummary(List<RunResult> results) {
        List<String> header = columns.keyHeader();
        header.addAll(columns.summary());
        AtomicFiles.write(folder.file("summary.csv"), o -> {
            o.write(Csv.line(header).getBytes(StandardCharsets.UTF_8));
            int run = 0;
            for (RunResult r : results) {
                List<String> cells = new ArrayList<>();
                cells.add(Integer.toString(run++));
                cells.addAll(columns.keyCells(r.point(), r.replicate(), r.seed()));
                for (double v : r.summary()) {
                    cells.add(Csv.num(v));
                }
                o.write(Csv.line(cells).getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    /** Summary values of every replicate of each point: {@code [point][statistic][replicate]}. */
    double[][][] byPoint(List<RunResult> results, int[] reps) {
        int stats = columns.summary().size();
        double[][][] v = new double[points][stats][];
        for (int p = 0; p < points; p++) {
            for (int s = 0; s < stats; s++) {
                v[p][s] = new double[reps[p]];
            }
        }
        for (RunResult r : results) {
            for (int s = 0; s < stats; s++) {
                v[r.point()][s][r.replicate()] = r.summary()[s];
            }
        }
        return v;
    }

    private void writeAggregate(List<RunResult> results) {
        List<List<RunResult>> byPoint = runsByPoint(results);
        List<String> stats = columns.summary();
        List<String> header = new ArrayList<>(List.of("point"));
        header.addAll(columns.varying());
        header.addAll(AGGREGATE_HEADER);
        AtomicFiles.write(folder.file("aggregate.csv"), o -> {
            o.write(Csv.line(header).getBytes(StandardCharsets.UTF_8));
            for (int p = 0; p < points; p++) {
                for (int s = 0; s < stats.size(); s++) {
                    List<String> cells = new ArrayList<>();
                    cells.add(Integer.toString(p));
                    cells.addAll(columns.varyingCells(p));
                    cells.add(stats.get(s));
                    cells.addAll(aggregateCells(byPoint.get(p), s, aggregateKey(spec.seed, p, stats.get(s))));
                    o.write(Csv.line(cells).getBytes(StandardCharsets.UTF_8));
                }
            }
        });
    }

    /** The columns of an aggregate row after the point and its keys (aggregate.csv, regime-aggregate.csv). */
    static final List<String> AGGREGATE_HEADER = header();

    private static List<String> header() {
        List<String> h = new ArrayList<>(List.of("statistic"));
        h.addAll(Aggregate.COLUMNS);
        return List.copyOf(h);
    }

    /** The cells of an aggregate row after the point and its keys: {@code statistic} over the given runs' values. */
    static List<String> aggregateCells(String statistic, double[] values, long key) {
        List<String> cells = new ArrayList<>();
        cells.add(statistic);
        cells.addAll(aggregateCells(values, key));
        return cells;
    }

    /**
     * The cells {@code n, mean, sd, ciLow, ciHigh, median, q25, q75, min, max, medianLow,
     * medianHigh, bimodality} of one statistic over a set of runs ({@code NaN} values, e.g. a
     * time to an event that never happened, do not count).
     */
    static List<String> aggregateCells(double[] values, long key) {
        Aggregate a = Aggregate.of(values, key);
        List<String> cells = new ArrayList<>();
        cells.add(Integer.toString(a.n()));
        for (double x : a.values()) {
            cells.add(Csv.num(x));
        }
        return cells;
    }

    /** The cells of {@link #aggregateCells(double[], long)} for summary statistic {@code s} of the given runs. */
    static List<String> aggregateCells(List<RunResult> runs, int s, long key) {
        return aggregateCells(values(runs, s), key);
    }

    /** The bootstrap key of a group of runs (a point, or a named group such as a regime) and a statistic. */
    static long aggregateKey(long seed, Object group, String statistic) {
        return Streams.child(Streams.child(Streams.child(seed, "aggregate"), group.toString()), statistic);
    }

    /**
     * {@code comparisons.csv} for the spec's comparisons (none without them): each statistic, then
     * the share of runs in each regime ({@code regime:NAME}; {@code in} is the regime membership
     * {@code [point][regime][replicate]}, null without regimes).
     */
    private void writeComparisons(List<RunResult> results, boolean[][][] in) {
        Comparisons c = spec.comparisons;
        if (c == null) {
            return;
        }
        List<List<RunResult>> byPoint = runsByPoint(results);
        ComparisonTable table = new ComparisonTable();
        for (Comparisons.Pair pair : c.pairs()) {
            String name = pair.labelA() + " vs " + pair.labelB();
            List<RunResult> a = byPoint.get(pair.a());
            List<RunResult> b = byPoint.get(pair.b());
            for (String stat : c.statistics()) {
                int s = columns.summary().indexOf(stat);
                table.add(name, pair.labelA(), pair.labelB(), stat, values(a, s), seeds(a), values(b, s), seeds(b),
                        ComparisonTable.key(spec.seed, name, stat));
            }
            for (int g = 0; in != null && g < spec.regimes.size(); g++) {
                boolean[] inA = in[pair.a()][g];
                boolean[] inB = in[pair.b()][g];
                table.addProportions(name, pair.labelA(), pair.labelB(), "regime:" + spec.regimes.get(g).name(),
                        count(inA), inA.length, count(inB), inB.length);
            }
        }
        for (Comparisons.Interaction x : c.interactions()) {
            String name = x.label();
            List<List<RunResult>> runs = x.points().stream().map(byPoint::get).toList();
            for (String stat : c.statistics()) {
                int s = columns.summary().indexOf(stat);
                double[][] v = runs.stream().map(r -> values(r, s)).toArray(double[][]::new);
                long[][] seeds = runs.stream().map(OutputTables::seeds).toArray(long[][]::new);
                table.addInteraction(name, x.first(), x.second(), stat, v, seeds);
            }
        }
        table.write(folder.file("comparisons.csv"));
    }

    private static int count(boolean[] in) {
        int c = 0;
        for (boolean b : in) {
            c += b ? 1 : 0;
        }
        return c;
    }

    private static double[] values(List<RunResult> runs, int s) {
        return runs.stream().mapToDouble(r -> r.summary()[s]).toArray();
    }

    private static long[] seeds(List<RunResult> runs) {
        return runs.stream().mapToLong(RunResult::seed).toArray();
    }

    /** The runs of each point, in replicate order. */
    private List<List<RunResult>> runsByPoint(List<RunResult> results) {
        List<List<RunResult>> byPoint = new ArrayList<>();
        for (int p = 0; p < points; p++) {
            byPoint.add(new ArrayList<>());
        }
        for (RunResult r : results) {
            byPoint.get(r.point()).add(r);
        }
        return byPoint;
    }

    /** The columns of {@code sensitivity.csv}; cells that do not apply to a method are empty. */
    static final List<String> SENSITIVITY_HEADER = List.of("method", "output", "factor", "S1", "S1Low", "S1High", "ST", "STLow",
            "STHigh", "muStar", "mu", "sigma", "muStarLow", "muStarHigh", "muLow", "muHigh", "sigmaLow", "sigmaHigh", "n", "inert",
            "reliable");

    /**
     * {@code sensitivity.csv}: per output and factor, Sobol S1 and ST with bootstrap intervals, or
     * Morris mu*, mu and sigma with bootstrap intervals over trajectories; {@code n} is the base
     * sample size N (Sobol) or the number of trajectories (Morris); {@code inert} (designs with a
     * dummy) says whether the factor's interval of ST (Sobol) or mu* (Morris) overlaps the dummy's or lies below it;
     * {@code reliable} (Sobol) applies {@link SobolIndices#unreliableReason}.
     */
    private void writeSensitivity(double[][][] v) {
        if (spec.design == null || spec.design.type().equals("lhs")) {
            return;
        }
        Design design = spec.samplingDesign();
        AtomicFiles.write(folder.file("sensitivity.csv"), o -> {
            o.write(Csv.line(SENSITIVITY_HEADER).getBytes(StandardCharsets.UTF_8));
            for (String out : spec.design.outputs()) {
                int s = columns.summary().indexOf(out);
                if (s < 0) {
                    continue;
                }
                double[] y = new double[points];
                for (int p = 0; p < points; p++) {
                    y[p] = Summary.of(v[p][s]).mean();
                }
                var rng = Streams.rng(Streams.child(spec.seed, "bootstrap/" + (out.endsWith("Final") ? out.substring(0, out.length() - 5) : out)));
                List<List<String>> rows = new ArrayList<>();
                if (design instanceof SobolDesign sd) {
                    SobolIndices idx;
                    try {
                        idx = SobolIndices.estimate(sd, y, rng);
                    } catch (IllegalArgumentException e) {
                        continue;
                    }
                    SobolIndices.Index dummy = spec.design.dummy() ? idx.get(Spec.DUMMY) : null;
                    String reliable = Boolean.toString(SobolIndices.unreliableReason(sd.baseSize(), idx.indices()) == null);
                    for (SobolIndices.Index i : idx.indices()) {
                        rows.add(List.of("sobol", out, i.name(), Csv.num(i.s1()), Csv.num(i.s1Lower()), Csv.num(i.s1Upper()),
                                Csv.num(i.st()), Csv.num(i.stLower()), Csv.num(i.stUpper()), "", "", "", "", "", "", "", "", "",
                                Integer.toString(sd.baseSize()),
                                inert(i.name(), dummy == null ? null : new double[] {i.stLower(), i.stUpper(), dummy.stLower(), dummy.stUpper()}),
                                reliable));
                    }
                } else if (design instanceof MorrisDesign md) {
                    MorrisEffects effects = MorrisEffects.estimate(md, y, rng);
                    int dummyAt = -1;
                    for (int f = 0; f < effects.effects().size() && spec.design.dummy(); f++) {
                        dummyAt = effects.effects().get(f).name().equals(Spec.DUMMY) ? f : dummyAt;
                    }
                    var pairRng = Streams.rng(Streams.child(spec.seed, "bootstrap-dummy/" + out));
                    for (int f = 0; f < effects.effects().size(); f++) {
                        MorrisEffects.Effect e = effects.effects().get(f);
                        String inert = dummyAt < 0 || f == dummyAt ? ""
                                : inertPaired(MorrisEffects.excessOverDummyLow(md, y, f, dummyAt, SobolIndices.DEFAULT_RESAMPLES, 0.95, pairRng));
                        rows.add(List.of("morris", out, e.name(), "", "", "", "", "", "",
                                Csv.num(e.muStar()), Csv.num(e.mu()), Csv.num(e.sigma()), Csv.num(e.muStarLow()), Csv.num(e.muStarHigh()),
                                Csv.num(e.muLow()), Csv.num(e.muHigh()), Csv.num(e.sigmaLow()), Csv.num(e.sigmaHigh()),
                                Integer.toString(md.trajectories()), inert, ""));
                    }
                }
                for (List<String> row : rows) {
                    o.write(Csv.line(row).getBytes(StandardCharsets.UTF_8));
                }
            }
        });
    }

    /** The inert cell: empty without a dummy, for the dummy itself, or when an interval is undefined. */
    private static String inert(String factor, double[] intervals) {
        if (intervals == null || factor.equals(Spec.DUMMY)) {
            return "";
        }
        Boolean b = Inert.isInert(intervals[0], intervals[1], intervals[2], intervals[3]);
        return b == null ? "" : b.toString();
    }

    /** The Morris inert cell from the lower bound of the paired excess of mu* over the dummy's (empty when undefined). */
    private static String inertPaired(double low) {
        Boolean b = Inert.isInertPaired(low);
        return b == null ? "" : b.toString();
    }

    /** {@code agents.csv}: the runs' microdata parts, each line prefixed with its run number. */
    private void writeAgents(List<RunResult> results) {
        writeRunLines("agents.csv", ModelRun.agentsHeader(spec.layers), results, r -> {
            List<String> lines = new ArrayList<>();
            for (String line : Files.readAllLines(folder.agentsPart(r.point(), r.replicate()))) {
                lines.add(line + "\n");
            }
            return lines;
        });
    }
}
