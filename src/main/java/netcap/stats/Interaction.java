package netcap.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The interaction contrast {@code (A - B) - (C - D)} of four samples of a statistic, e.g. in a
 * 2x2 design the effect of factor 1 (A against B) at level 2 of factor 2 minus its effect at
 * level 1 (C against D). Callers drop missing values first; degenerate data give {@code NaN},
 * never an exception.
 *
 * <ul>
 *   <li>{@link #paired}: the four samples are paired replicate by replicate (common random
 *       numbers): the one-sample t-test and t interval of the per-replicate contrasts
 *       {@code d[r] = (a[r] - b[r]) - (c[r] - d[r])}, df = n - 1;</li>
 *   <li>{@link #independent}: four independent samples: the contrast of the four means, its
 *       standard error {@code sqrt(sum s_i^2 / n_i)} and Welch–Satterthwaite degrees of freedom
 *       {@code (sum s_i^2/n_i)^2 / sum (s_i^2/n_i)^2 / (n_i - 1)} (Satterthwaite, "An approximate
 *       distribution of estimates of variance components", Biometrics Bulletin 2:110-114, 1946);</li>
 *   <li>{@link #contrasts}: the per-replicate contrasts, for the Wilcoxon signed-rank test
 *       ({@code TwoSample.wilcoxon(d, 0)}) and {@link #cohenDz};</li>
 *   <li>{@link #cohenDz}: the standardized mean of paired contrasts, {@code mean(d) / sd(d)}, with
 *       the normal-approximation interval {@code dz +- z sqrt(1/n + dz^2 / (2n))};</li>
 *   <li>{@link #cohenD}: for independent samples, the contrast over the standard deviation
 *       pooled over the four samples, {@code s^2 = sum (n_i - 1) s_i^2 / (N - 4)}, with the
 *       interval {@code d +- z sqrt(sum 1/n_i + d^2 / (2N))} (the Hedges–Olkin approximation of
 *       {@link TwoSample#cohenD} extended to four groups).</li>
 * </ul>
 */
public final class Interaction {
    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0.0, 1.0);

    private Interaction() {
    }

    /** The per-replicate contrasts {@code (a[r] - b[r]) - (c[r] - d[r])}; the four arrays have equal lengths. */
    public static double[] contrasts(double[] a, double[] b, double[] c, double[] d) {
        int n = a.length;
        if (b.length != n || c.length != n || d.length != n) {
            throw new IllegalArgumentException("paired samples need equal sizes, got " + a.length + ", " + b.length + ", "
                    + c.length + " and " + d.length);
        }
        double[] out = new double[n];
        for (int r = 0; r < n; r++) {
            out[r] = (a[r] - b[r]) - (c[r] - d[r]);
        }
        return out;
    }

    /** The one-sample t-test of the mean of the paired contrasts being 0, and its interval at {@code level}. */
    public static TwoSample.TTest paired(double[] a, double[] b, double[] c, double[] d, double level) {
        Summary s = Summary.of(contrasts(a, b, c, d));
        if (s.n() < 2) {
            return new TwoSample.TTest(s.mean(), Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return TwoSample.test(s.mean(), s.standardError(), s.n() - 1, level);
    }

    /** The t-test of the contrast of four independent means, Welch–Satterthwaite df, and its interval at {@code level}. */
    public static TwoSample.TTest independent(double[] a, double[] b, double[] c, double[] d, double level) {
        Summary[] s = {Summary.of(a), Summary.of(b), Summary.of(c), Summary.of(d)};
        double diff = (s[0].mean() - s[1].mean()) - (s[2].mean() - s[3].mean());
        double var = 0.0;
        double den = 0.0;
        for (Summary x : s) {
            if (x.n() < 2) {
                return new TwoSample.TTest(diff, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            }
            double v = x.variance() / x.n();
            var += v;
            den += v * v / (x.n() - 1);
        }
        return TwoSample.test(diff, Math.sqrt(var), var * var / den, level);
    }

    /** Cohen's d_z of paired contrasts, {@code mean / sd}, with its normal-approximation interval at {@code level}. */
    public static Interval cohenDz(double[] contrasts, double level) {
        Summary s = Summary.of(contrasts);
        int n = s.n();
        if (n < 2 || !(s.sd() > 0.0)) {
            return Interval.NONE;
        }
        double dz = s.mean() / s.sd();
        double se = Math.sqrt(1.0 / n + dz * dz / (2.0 * n));
        double z = NORMAL.inverseCumulativeProbability(1.0 - (1.0 - level) / 2.0);
        return new Interval(dz, dz - z * se, dz + z * se);
    }

    /** Cohen's d of the contrast of four independent samples (pooled sd) with its normal-approximation interval at {@code level}. */
    public static Interval cohenD(double[] a, double[] b, double[] c, double[] d, double level) {
        Summary[] s = {Summary.of(a), Summary.of(b), Summary.of(c), Summary.of(d)};
        int total = 0;
        double ss = 0.0;
        double inv = 0.0;
        for (Summary x : s) {
            if (x.n() < 2) {
                return Interval.NONE;
            }
            total += x.n();
            ss += (x.n() - 1) * x.variance();
            inv += 1.0 / x.n();
        }
        double pooled = Math.sqrt(ss / (total - 4));
        if (!(pooled > 0.0)) {
            return Interval.NONE;
        }
        double e = ((s[0].mean() - s[1].mean()) - (s[2].mean() - s[3].mean())) / pooled;
        double se = Math.sqrt(inv + e * e / (2.0 * total));
        double z = NORMAL.inverseCumulativeProbability(1.0 - (1.0 - level) / 2.0);
        return new Interval(e, e - z * se, e + z * se);
    }
}
