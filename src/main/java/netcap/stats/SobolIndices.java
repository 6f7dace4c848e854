package netcap.stats;

import ec.util.MersenneTwisterFast;
import netcap.design.SobolDesign;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * First-order and total-order Sobol' sensitivity indices from model outputs on a Saltelli
 * design ({@link SobolDesign}), with bootstrap confidence intervals.
 *
 * <p>Estimators, with {@code f(A)}, {@code f(B)}, {@code f(AB_i)} the outputs on the design's
 * blocks (N rows each; sums over rows {@code j}):
 *
 * <ul>
 *   <li>total variance {@code V = var(f(A) ∪ f(B))}, the variance of the 2N pooled outputs of A
 *       and B with denominator 2N;
 *   <li>first order: {@code V_i = (1/N) Σ f(B)_j (f(AB_i)_j - f(A)_j)}, {@code S_i = V_i / V}
 *       (Saltelli et al., "Variance based sensitivity analysis of model output. Design and
 *       estimator for the total sensitivity index", Comput. Phys. Commun. 181:259-270, 2010,
 *       table 2 (b));
 *   <li>total order: {@code V_Ti = (1/2N) Σ (f(A)_j - f(AB_i)_j)^2}, {@code S_Ti = V_Ti / V}
 *       (Jansen, "Analysis of variance designs for model output", Comput. Phys. Commun.
 *       117:35-43, 1999; Saltelli et al. 2010, table 2 (f)).
 * </ul>
 *
 * <p><b>Bootstrap.</b> Confidence intervals are percentile intervals (Efron &amp; Tibshirani,
 * "An Introduction to the Bootstrap", 1993, ch. 13) from {@code resamples} bootstrap samples:
 * each resample draws N row indices with replacement (using the given
 * {@link MersenneTwisterFast}) and uses the <em>same</em> rows of A, B and every AB_i, which
 * keeps the pairing the estimators rely on; V, S_i and S_Ti are recomputed on each resample.
 * With {@code resamples = 0} the bounds are {@code NaN}. Percentiles use linear interpolation
 * between order statistics.
 *
 * <p>Indices are not clipped to [0, 1]; sampling error can make them slightly negative or
 * above 1. A constant output ({@code V = 0}) gives {@code NaN} indices. Non-finite outputs are
 * rejected with an {@link IllegalArgumentException}.
 *
 * @param variance   the total output variance V
 * @param level      the confidence level of the bootstrap intervals
 * @param resamples  the number of bootstrap resamples
 * @param indices    one entry per factor, in factor order
 */
public record SobolIndices(double variance, double level, int resamples, List<Index> indices) {
    /** Smallest base sample size N whose indices are presented as reliable. */
    public static final int MIN_RELIABLE_N = 64;
    /** Indices outside {@code [-RANGE_SLACK, 1 + RANGE_SLACK]} signal too few samples. */
    public static final double RANGE_SLACK = 0.1;
    /** Largest bootstrap interval half-width of a reliable index. */
    public static final double MAX_HALF_WIDTH = 0.2;

    /**
     * Why indices from base sample size {@code n} cannot be presented as results, or null when
     * they can. The rule: {@code n >= 64} ({@link #MIN_RELIABLE_N}), every S1 and ST a number
     * inside {@code [-0.1, 1.1]}, and every bootstrap interval half-width (half of high - low)
     * at most 0.2. Indices are shares of a variance, so estimates far outside [0, 1] or intervals
     * as wide as half the scale say that sampling error dominates.
     */
    public static String unreliableReason(int n, List<Index> indices) {
        List<String> why = new ArrayList<>();
        if (n < MIN_RELIABLE_N) {
            why.add("N < " + MIN_RELIABLE_N);
        }
        for (Index x : indices) {
            outside(why, "S1", x.name(), x.s1());
            outside(why, "ST", x.name(), x.st());
        }
        for (Index x : indices) {
            wide(why, "S1", x.name(), x.s1Lower(), x.s1Upper());
            wide(why, "ST", x.name(), x.stLower(), x.stUpper());
        }
        if (why.isEmpty()) {
            return null;
        }
        int shown = Math.min(why.size(), 3);
        String list = String.join(", ", why.subList(0, shown)) + (why.size() > shown ? " and " + (why.size() - shown) + " more" : "");
        return "N = " + n + " is too small for these indices: reliable Sobol indices need N >= " + MIN_RELIABLE_N + ", every S1 and ST within ["
                + -RANGE_SLACK + ", " + (1 + RANGE_SLACK) + "] and every 95% interval half-width at most " + MAX_HALF_WIDTH
                + "; here " + list;
    }

    private static void outside(List<String> why, String what, String factor, double v) {
        if (!(v >= -RANGE_SLACK && v <= 1 + RANGE_SLACK)) {
            why.add(what + " of " + factor + " is " + (Double.isNaN(v) ? "undefined" : String.format(java.util.Locale.ROOT, "%.3g", v)));
        }
    }

    private static void wide(List<String> why, String what, String factor, double lo, double hi) {
        double half = (hi - lo) / 2;
        if (half > MAX_HALF_WIDTH) {
            why.add("the interval of " + what + " of " + factor + " has half-width " + String.format(java.util.Locale.ROOT, "%.2g", half));
        }
    }

    /** Default number of bootstrap resamples. */
    public static final int DEFAULT_RESAMPLES = 1000;

    /**
     * Indices of one factor.
     *
     * @param name    factor name
     * @param s1      first-order index S_i
     * @param s1Lower lower bootstrap bound of S_i
     * @param s1Upper upper bootstrap bound of S_i
     * @param st      total-order index S_Ti
     * @param stLower lower bootstrap bound of S_Ti
     * @param stUpper upper bootstrap bound of S_Ti
     */
    public record Index(String name, double s1, double s1Lower, double s1Upper,
                        double st, double stLower, double stUpper) {
    }

    public SobolIndices {
        indices = List.copyOf(indices);
    }

    /** The entry for the named factor. */
    public Index get(String name) {
        for (Index x : indices) {
            if (x.name().equals(name)) {
                return x;
            }
        }
        throw new IllegalArgumentException("no Sobol index for factor '" + name + "'");
    }

    /** Indices with 1000 bootstrap resamples and 95% intervals. */
    public static SobolIndices estimate(SobolDesign design, double[] y, MersenneTwisterFast rng) {
        return estimate(design, y, DEFAULT_RESAMPLES, 0.95, rng);
    }

    /**
     * Indices from outputs {@code y} on {@code design} (one per design point, in design order).
     */
    public static SobolIndices estimate(SobolDesign design, double[] y, int resamples, double level,
                                        MersenneTwisterFast rng) {
        SobolDesign.Outputs o = design.split(y);
        String[] names = new String[design.dimension()];
        for (int i = 0; i < names.length; i++) {
            names[i] = design.factors().get(i).name();
        }
        return estimate(names, o.fA(), o.fB(), o.fAB(), resamples, level, rng);
    }

    /**
     * Indices from block outputs.
     *
     * @param names     factor names, length k
     * @param fA        outputs on A, length N
     * @param fB        outputs on B, length N
     * @param fAB       {@code fAB[i]}: outputs on AB_i, length N each
     * @param resamples bootstrap resamples ({@code >= 0})
     * @param level     confidence level in (0, 1)
     * @param rng       generator for the bootstrap (may be null when {@code resamples == 0})
     */
    public static SobolIndices estimate(String[] names, double[] fA, double[] fB, double[][] fAB,
                                        int resamples, double level, MersenneTwisterFast rng) {
        int k = names.length;
        int n = fA.length;
        if (n < 2) {
            throw new IllegalArgumentException("Sobol indices need at least 2 rows, got " + n);
        }
        if (fB.length != n || fAB.length != k) {
            throw new IllegalArgumentException("Sobol outputs have inconsistent shapes: |f(A)| = " + n
                    + ", |f(B)| = " + fB.length + ", " + fAB.length + " AB blocks for " + k + " factors");
        }
        checkFinite("f(A)", fA);
        checkFinite("f(B)", fB);
        for (int i = 0; i < k; i++) {
            if (fAB[i].length != n) {
                throw new IllegalArgumentException("f(AB_" + (i + 1) + ") has " + fAB[i].length
                        + " rows, expected " + n);
            }
            checkFinite("f(AB_" + (i + 1) + ")", fAB[i]);
        }
        checkBootstrap(resamples, level, rng);

        double[] s1 = new double[k];
        double[] st = new double[k];
        int[] all = new int[n];
        for (int j = 0; j < n; j++) {
            all[j] = j;
        }
        double v = compute(fA, fB, fAB, all, s1, st);

        double[][] bootS1 = new double[k][resamples];
        double[][] bootSt = new double[k][resamples];
        int[] rows = new int[n];
        double[] b1 = new double[k];
        double[] bt = new double[k];
        for (int b = 0; b < resamples; b++) {
            for (int j = 0; j < n; j++) {
                rows[j] = rng.nextInt(n);
            }
            compute(fA, fB, fAB, rows, b1, bt);
            for (int i = 0; i < k; i++) {
                bootS1[i][b] = b1[i];
                bootSt[i][b] = bt[i];
            }
        }
        double lo = (1.0 - level) / 2.0;
        double hi = 1.0 - lo;
        List<Index> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            double s1lo = Double.NaN, s1hi = Double.NaN, stlo = Double.NaN, sthi = Double.NaN;
            if (resamples > 0) {
                Arrays.sort(bootS1[i]);
                Arrays.sort(bootSt[i]);
                s1lo = quantileSorted(bootS1[i], lo);
                s1hi = quantileSorted(bootS1[i], hi);
                stlo = quantileSorted(bootSt[i], lo);
                sthi = quantileSorted(bootSt[i], hi);
            }
            out.add(new Index(names[i], s1[i], s1lo, s1hi, st[i], stlo, sthi));
        }
        return new SobolIndices(v, level, resamples, out);
    }

    /** Checks the arguments of a percentile bootstrap. */
    static void checkBootstrap(int resamples, double level, MersenneTwisterFast rng) {
        if (resamples < 0) {
            throw new IllegalArgumentException("bootstrap resamples must be >= 0, got " + resamples);
        }
        if (!(level > 0.0 && level < 1.0)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
        }
        if (resamples > 0 && rng == null) {
            throw new IllegalArgumentException("the bootstrap needs a random generator");
        }
    }

    /** Fills s1 and st for the given row multiset; returns the total variance V. */
    private static double compute(double[] fA, double[] fB, double[][] fAB, int[] rows,
                                  double[] s1, double[] st) {
        int n = rows.length;
        int k = fAB.length;
        double sum = 0.0;
        for (int r : rows) {
            sum += fA[r] + fB[r];
        }
        double mean = sum / (2.0 * n);
        double ss = 0.0;
        for (int r : rows) {
            double da = fA[r] - mean;
            double db = fB[r] - mean;
            ss += da * da + db * db;
        }
        double v = ss / (2.0 * n);
        for (int i = 0; i < k; i++) {
            double[] ab = fAB[i];
            double first = 0.0;
            double total = 0.0;
            for (int r : rows) {
                double a = fA[r];
                double abr = ab[r];
                first += fB[r] * (abr - a);
                double d = a - abr;
                total += d * d;
            }
            s1[i] = (first / n) / v;
            st[i] = (total / (2.0 * n)) / v;
        }
        return v;
    }

    /** Quantile {@code p} of sorted data by linear interpolation between order statistics (R type 7). */
    static double quantileSorted(double[] sorted, double p) {
        int m = sorted.length;
        if (m == 1) {
            return sorted[0];
        }
        double h = (m - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= m - 1) {
            return sorted[m - 1];
        }
        double frac = h - lo;
        return sorted[lo] + frac * (sorted[lo + 1] - sorted[lo]);
    }

    private static void checkFinite(String what, double[] y) {
        for (int j = 0; j < y.length; j++) {
            if (!Double.isFinite(y[j])) {
                throw new IllegalArgumentException(what + "[" + j + "] is not finite: " + y[j]);
            }
        }
    }
}
