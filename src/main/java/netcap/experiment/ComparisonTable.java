package netcap.experiment;

import netcap.io.AtomicFiles;
import netcap.random.Streams;
import netcap.stats.Aggregate;
import netcap.stats.Holm;
import netcap.stats.Interaction;
import netcap.stats.Interval;
import netcap.stats.Proportions;
import netcap.stats.Summary;
import netcap.stats.TwoSample;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code comparisons.csv}: one row per (comparison, statistic), comparing the runs of two points
 * A and B (see docs/statistics.md). Columns: {@link #HEADER}.
 *
 * <p>The runs are paired when, and only when, both points have the same number of runs and the
 * same seed replicate by replicate (common random numbers); then {@code p} is the paired t-test,
 * {@code pMannWhitney} the Wilcoxon signed-rank test, and runs where either value is missing are
 * dropped in pairs. Otherwise {@code p} is Welch's t-test and {@code pMannWhitney} the
 * Mann–Whitney U test, each side without its missing values. {@code diff} is
 * {@code meanA - meanB} with its 95% t-interval; Cohen's d and Cliff's delta are A against B.
 * {@code pHolm} adjusts {@code p} over all rows of the file by Holm's method.
 *
 * <p>A row of a two-proportion comparison (statistic {@code regime:NAME}) holds the shares of
 * runs in meanA and meanB, their difference with Newcombe's hybrid score interval, and Fisher's
 * exact p in {@code p}.
 *
 * <p>A row of an interaction contrast ({@link #addInteraction}) compares the difference A - B
 * with the difference C - D: {@code comparison} is {@code (A - B) - (C - D)}, {@code a} and
 * {@code b} are {@code A - B} and {@code C - D}, and {@code diff} is the contrast.
 */
public final class ComparisonTable {
    /** The columns of comparisons.csv. */
    public static final List<String> HEADER = List.of("comparison", "a", "b", "statistic", "nA", "nB", "paired", "meanA", "meanB",
            "diff", "diffLow", "diffHigh", "t", "df", "p", "pMannWhitney", "cohenD", "cohenDLow", "cohenDHigh",
            "cliffDelta", "cliffLow", "cliffHigh", "pHolm");

    private static final double LEVEL = 0.95;
    private final List<Row> rows = new ArrayList<>();

    /**
     * One row before the Holm adjustment.
     *
     * @param comparison the comparison's label
     * @param a          the first point's label
     * @param b          the second point's label
     * @param statistic  the statistic compared
     * @param nA         runs of A used
     * @param nB         runs of B used
     * @param paired     whether the runs were paired by seed
     * @param numbers    meanA, meanB, diff, diffLow, diffHigh, t, df, p, pMannWhitney, cohenD,
     *                   cohenDLow, cohenDHigh, cliffDelta, cliffLow, cliffHigh
     */
    public record Row(String comparison, String a, String b, String statistic, int nA, int nB, boolean paired, double[] numbers) {
        /** The p-value that Holm's method adjusts. */
        double p() {
            return numbers[7];
        }
    }

    /** The rows so far, in order. */
    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /**
     * Adds the comparison of one statistic between the runs of A and B, given in replicate order
     * with their seeds ({@code NaN} for a missing value). {@code key} seeds the bootstrap of
     * Cliff's delta.
     */
    public Row add(String comparison, String a, String b, String statistic, double[] valuesA, long[] seedsA, double[] valuesB,
                   long[] seedsB, long key) {
        boolean paired = valuesA.length > 0 && Arrays.equals(seedsA, seedsB);
        double[] x;
        double[] y;
        if (paired) {
            List<double[]> both = new ArrayList<>();
            for (int i = 0; i < valuesA.length; i++) {
                if (!Double.isNaN(valuesA[i]) && !Double.isNaN(valuesB[i])) {
                    both.add(new double[] {valuesA[i], valuesB[i]});
                }
            }
            x = both.stream().mapToDouble(v -> v[0]).toArray();
            y = both.stream().mapToDouble(v -> v[1]).toArray();
        } else {
            x = Aggregate.present(valuesA);
            y = Aggregate.present(valuesB);
        }
        TwoSample.TTest t = paired ? TwoSample.paired(x, y, LEVEL) : TwoSample.welch(x, y, LEVEL);
        double rank = paired ? TwoSample.wilcoxon(x, y) : TwoSample.mannWhitney(x, y);
        Interval d = TwoSample.cohenD(x, y, LEVEL);
        Interval c = TwoSample.cliffDelta(x, y, LEVEL, key);
        double meanA = Aggregate.of(x, key).mean();
        double meanB = Aggregate.of(y, key).mean();
        Row r = new Row(comparison, a, b, statistic, x.length, y.length, paired, new double[] {meanA, meanB, t.diff(), t.low(), t.high(),
                t.t(), t.df(), t.p(), rank, d.estimate(), d.low(), d.high(), c.estimate(), c.low(), c.high()});
        rows.add(r);
        return r;
    }

    /**
     * Adds the interaction contrast {@code (A - B) - (C - D)} of one statistic, the runs of each
     * point given in replicate order with their seeds ({@code NaN} for a missing value). Paired
     * when all four points have the same seeds replicate by replicate: then the replicates where
     * any of the four values is missing are dropped, {@code p} is the one-sample t-test of the
     * per-replicate contrasts, {@code pMannWhitney} their Wilcoxon signed-rank test, Cohen's d
     * is {@code mean / sd} of the contrasts, and {@code nA = nB} count the contrasts. Otherwise
     * the four means are independent: Welch–Satterthwaite df, Cohen's d over the sd pooled over
     * the four points, no rank test, and {@code nA}, {@code nB} count the runs of A and B, and
     * of C and D. Cliff's delta is empty either way. {@code meanA}, {@code meanB} are the mean
     * differences A - B and C - D.
     */
    public Row addInteraction(String comparison, String a, String b, String statistic, double[][] values, long[][] seeds) {
        boolean paired = values[0].length > 0;
        for (int i = 1; i < 4; i++) {
            paired &= Arrays.equals(seeds[0], seeds[i]);
        }
        double[][] x = new double[4][];
        if (paired) {
            List<Integer> keep = new ArrayList<>();
            for (int r = 0; r < values[0].length; r++) {
                boolean all = true;
                for (double[] v : values) {
                    all &= !Double.isNaN(v[r]);
                }
                if (all) {
                    keep.add(r);
                }
            }
            for (int i = 0; i < 4; i++) {
                double[] v = values[i];
                x[i] = keep.stream().mapToDouble(r -> v[r]).toArray();
            }
        } else {
            for (int i = 0; i < 4; i++) {
                x[i] = Aggregate.present(values[i]);
            }
        }
        double nan = Double.NaN;
        double[] means = new double[4];
        for (int i = 0; i < 4; i++) {
            means[i] = Summary.of(x[i]).mean();
        }
        TwoSample.TTest t;
        double rank;
        Interval d;
        int nA;
        int nB;
        if (paired) {
            double[] contrasts = Interaction.contrasts(x[0], x[1], x[2], x[3]);
            t = Interaction.paired(x[0], x[1], x[2], x[3], LEVEL);
            rank = TwoSample.wilcoxon(contrasts, new double[contrasts.length]);
            d = Interaction.cohenDz(contrasts, LEVEL);
            nA = contrasts.length;
            nB = contrasts.length;
        } else {
            t = Interaction.independent(x[0], x[1], x[2], x[3], LEVEL);
            rank = nan;
            d = Interaction.cohenD(x[0], x[1], x[2], x[3], LEVEL);
            nA = x[0].length + x[1].length;
            nB = x[2].length + x[3].length;
        }
        Row r = new Row(comparison, a, b, statistic, nA, nB, paired, new double[] {means[0] - means[1], means[2] - means[3], t.diff(),
                t.low(), t.high(), t.t(), t.df(), t.p(), rank, d.estimate(), d.low(), d.high(), nan, nan, nan});
        rows.add(r);
        return r;
    }

    /**
     * Adds a two-proportion comparison: {@code xA} of {@code nA} runs of A against {@code xB} of
     * {@code nB} runs of B (e.g. the runs ending in a regime; statistic {@code regime:NAME}).
     */
    public Row addProportions(String comparison, String a, String b, String statistic, int xA, int nA, int xB, int nB) {
        Proportions.Comparison c = Proportions.compare(xA, nA, xB, nB, LEVEL);
        double nan = Double.NaN;
        Row r = new Row(comparison, a, b, statistic, nA, nB, false, new double[] {xA / (double) nA, xB / (double) nB, c.diff(), c.low(),
                c.high(), nan, nan, c.p(), nan, nan, nan, nan, nan, nan, nan});
        rows.add(r);
        return r;
    }

    /** The Holm-adjusted p of every row so far, in order. */
    public double[] pHolm() {
        return Holm.adjust(rows.stream().mapToDouble(Row::p).toArray());
    }

    /** The CSV lines (header first), with pHolm over all rows. */
    public List<String> lines() {
        double[] holm = pHolm();
        List<String> out = new ArrayList<>();
        out.add(Csv.line(HEADER));
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            List<String> cells = new ArrayList<>(List.of(r.comparison(), r.a(), r.b(), r.statistic(), Integer.toString(r.nA()),
                    Integer.toString(r.nB()), Boolean.toString(r.paired())));
            for (double v : r.numbers()) {
                cells.add(Csv.num(v));
            }
            cells.add(Csv.num(holm[i]));
            out.add(Csv.line(cells));
        }
        return out;
    }

    /** Writes the table atomically. */
    public void write(Path file) {
        List<String> lines = lines();
        AtomicFiles.write(file, o -> {
            for (String l : lines) {
                o.write(l.getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    /** The bootstrap key of a comparison's statistic under a master seed. */
    public static long key(long seed, String comparison, String statistic) {
        return Streams.child(Streams.child(Streams.child(seed, "comparisons"), comparison), statistic);
    }
}
