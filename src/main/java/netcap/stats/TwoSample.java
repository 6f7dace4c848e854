package netcap.stats;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

import java.util.Arrays;

/**
 * Tests and effect sizes comparing two samples of a statistic (e.g. one summary statistic over
 * the replicates of two design points). Every method ignores nothing: callers drop missing
 * values first. Degenerate data (too few values, zero variance) give {@code NaN}, never an
 * exception.
 *
 * <ul>
 *   <li>{@link #welch}: Welch's t-test and interval for {@code mean(a) - mean(b)} (Welch, "The
 *       generalization of 'Student's' problem when several different population variances are
 *       involved", Biometrika 34:28-35, 1947), Welch–Satterthwaite degrees of freedom;</li>
 *   <li>{@link #paired}: paired t-test and interval for the mean of {@code a[i] - b[i]}, and
 *       {@link #oneSample}, the same for {@code mean(a)} against 0;</li>
 *   <li>{@link #mannWhitney}: two-sided Mann–Whitney U test (Mann &amp; Whitney, Ann. Math. Stat.
 *       18:50-60, 1947), normal approximation with tie correction and continuity correction,
 *       as scipy's {@code mannwhitneyu(a, b, method='asymptotic')};</li>
 *   <li>{@link #wilcoxon}: two-sided Wilcoxon signed-rank test of paired data, zero differences
 *       dropped, normal approximation with tie correction and no continuity correction, as
 *       scipy's {@code wilcoxon(a, b, method='approx')};</li>
 *   <li>{@link #cohenD}: Cohen's d with pooled standard deviation and the Hedges &amp; Olkin
 *       (1985, "Statistical Methods for Meta-Analysis", eq. 5.14) normal-approximation
 *       interval {@code d +- z sqrt((nA + nB)/(nA nB) + d^2 / (2 (nA + nB)))};</li>
 *   <li>{@link #cliffDelta}: Cliff's delta {@code P(a > b) - P(a < b)} (Cliff, "Dominance
 *       statistics", Psychol. Bull. 114(3):494-509, 1993) with a percentile bootstrap interval.</li>
 * </ul>
 */
public final class TwoSample {
    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0.0, 1.0);

    private TwoSample() {
    }

    /**
     * A t-test with its interval.
     *
     * @param diff the estimated difference of means {@code a - b}
     * @param low  the lower limit of the interval for the difference
     * @param high the upper limit
     * @param t    the t statistic
     * @param df   the degrees of freedom (fractional for Welch)
     * @param p    the two-sided p-value
     */
    public record TTest(double diff, double low, double high, double t, double df, double p) {
    }

    /** Welch's two-sample t-test of {@code mean(a) = mean(b)} and its interval at {@code level}. */
    public static TTest welch(double[] a, double[] b, double level) {
        Summary sa = Summary.of(a);
        Summary sb = Summary.of(b);
        double diff = sa.mean() - sb.mean();
        if (sa.n() < 2 || sb.n() < 2) {
            return new TTest(diff, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double va = sa.variance() / sa.n();
        double vb = sb.variance() / sb.n();
        double se = Math.sqrt(va + vb);
        double df = (va + vb) * (va + vb) / (va * va / (sa.n() - 1) + vb * vb / (sb.n() - 1));
        return test(diff, se, df, level);
    }

    /** The paired t-test of {@code mean(a - b) = 0} and its interval at {@code level}. */
    public static TTest paired(double[] a, double[] b, double level) {
        Summary s = Summary.of(differences(a, b));
        if (s.n() < 2) {
            return new TTest(s.mean(), Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return test(s.mean(), s.standardError(), s.n() - 1, level);
    }

    /**
     * The one-sample t-test of {@code mean(a) = 0} and its interval at {@code level} (the paired
     * test of {@code a} against zeros), e.g. of a coefficient estimated once per run.
     */
    public static TTest oneSample(double[] a, double level) {
        return paired(a, new double[a.length], level);
    }

    /** The t-test of {@code diff} with standard error {@code se} on {@code df} degrees of freedom, and its interval at {@code level}. */
    static TTest test(double diff, double se, double df, double level) {
        if (!(se > 0.0) || !(df > 0.0)) {
            return new TTest(diff, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        TDistribution dist = new TDistribution(null, df);
        double t = diff / se;
        double p = 2.0 * dist.cumulativeProbability(-Math.abs(t));
        double h = dist.inverseCumulativeProbability(1.0 - (1.0 - level) / 2.0) * se;
        return new TTest(diff, diff - h, diff + h, t, df, Math.min(1.0, p));
    }

    /** The two-sided p-value of the Mann–Whitney U test (asymptotic, tie- and continuity-corrected). */
    public static double mannWhitney(double[] a, double[] b) {
        int na = a.length;
        int nb = b.length;
        if (na == 0 || nb == 0) {
            return Double.NaN;
        }
        double[] all = new double[na + nb];
        System.arraycopy(a, 0, all, 0, na);
        System.arraycopy(b, 0, all, na, nb);
        Ranks r = Ranks.of(all);
        double ra = 0.0;
        for (int i = 0; i < na; i++) {
            ra += r.rank[i];
        }
        double u1 = ra - na * (na + 1) / 2.0;
        double u = Math.max(u1, (double) na * nb - u1);
        int n = na + nb;
        double mu = na * (double) nb / 2.0;
        double var = na * (double) nb / 12.0 * ((n + 1) - r.tieSum / ((double) n * (n - 1)));
        if (!(var > 0.0)) {
            return Double.NaN;
        }
        double z = (u - mu - 0.5) / Math.sqrt(var);
        return Math.min(1.0, 2.0 * NORMAL.cumulativeProbability(-z));
    }

    /** The two-sided p-value of the Wilcoxon signed-rank test of paired {@code a}, {@code b} (zeros dropped). */
    public static double wilcoxon(double[] a, double[] b) {
        double[] d = Arrays.stream(differences(a, b)).filter(v -> v != 0.0).toArray();
        int n = d.length;
        if (n == 0) {
            return Double.NaN;
        }
        double[] abs = Arrays.stream(d).map(Math::abs).toArray();
        Ranks r = Ranks.of(abs);
        double plus = 0.0;
        for (int i = 0; i < n; i++) {
            if (d[i] > 0) {
                plus += r.rank[i];
            }
        }
        double mean = n * (n + 1) / 4.0;
        double var = n * (n + 1) * (2.0 * n + 1) / 24.0 - r.tieSum / 48.0;
        if (!(var > 0.0)) {
            return Double.NaN;
        }
        double z = (plus - mean) / Math.sqrt(var);
        return Math.min(1.0, 2.0 * NORMAL.cumulativeProbability(-Math.abs(z)));
    }

    /** Cohen's d {@code (mean(a) - mean(b)) / pooled sd} with the Hedges–Olkin interval at {@code level}. */
    public static Interval cohenD(double[] a, double[] b, double level) {
        Summary sa = Summary.of(a);
        Summary sb = Summary.of(b);
        int na = sa.n();
        int nb = sb.n();
        if (na < 2 || nb < 2) {
            return Interval.NONE;
        }
        double pooled = Math.sqrt(((na - 1) * sa.variance() + (nb - 1) * sb.variance()) / (na + nb - 2));
        if (!(pooled > 0.0)) {
            return Interval.NONE;
        }
        double d = (sa.mean() - sb.mean()) / pooled;
        double se = Math.sqrt((na + nb) / ((double) na * nb) + d * d / (2.0 * (na + nb)));
        double z = NORMAL.inverseCumulativeProbability(1.0 - (1.0 - level) / 2.0);
        return new Interval(d, d - z * se, d + z * se);
    }

    /** Cliff's delta, {@code (#(a[i] > b[j]) - #(a[i] < b[j])) / (nA nB)}; {@code NaN} for an empty sample. */
    public static double cliffDelta(double[] a, double[] b) {
        if (a.length == 0 || b.length == 0) {
            return Double.NaN;
        }
        long more = 0;
        long less = 0;
        for (double x : a) {
            for (double y : b) {
                if (x > y) {
                    more++;
                } else if (x < y) {
                    less++;
                }
            }
        }
        return (more - less) / ((double) a.length * b.length);
    }

    /**
     * Cliff's delta with a percentile bootstrap interval ({@link Bootstrap#RESAMPLES} resamples,
     * each sample resampled independently) at {@code level}, seeded from {@code key}.
     */
    public static Interval cliffDelta(double[] a, double[] b, double level, long key) {
        return Bootstrap.percentile(a, b, TwoSample::cliffDelta, Bootstrap.RESAMPLES, level, key);
    }

    private static double[] differences(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("paired samples need equal sizes, got " + a.length + " and " + b.length);
        }
        double[] d = new double[a.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }

    /** Mid-ranks (1-based) of values, and the tie term {@code sum(t^3 - t)} over groups of ties. */
    private static final class Ranks {
        final double[] rank;
        final double tieSum;

        private Ranks(double[] rank, double tieSum) {
            this.rank = rank;
            this.tieSum = tieSum;
        }

        static Ranks of(double[] x) {
            int n = x.length;
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (i, j) -> Double.compare(x[i], x[j]));
            double[] rank = new double[n];
            double ties = 0.0;
            int i = 0;
            while (i < n) {
                int j = i;
                while (j + 1 < n && x[order[j + 1]] == x[order[i]]) {
                    j++;
                }
                double mid = (i + j) / 2.0 + 1.0;
                for (int k = i; k <= j; k++) {
                    rank[order[k]] = mid;
                }
                double t = j - i + 1;
                ties += t * t * t - t;
                i = j + 1;
            }
            return new Ranks(rank, ties);
        }
    }
}
