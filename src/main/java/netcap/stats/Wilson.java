package netcap.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Wilson score interval for a binomial proportion (Wilson, "Probable inference, the law of
 * succession, and statistical inference", JASA 22:209-212, 1927; method 3 of Newcombe, "Two-sided
 * confidence intervals for the single proportion", Statistics in Medicine 17:857-872, 1998):
 * <pre>
 *   centre = (p + z^2/(2n)) / (1 + z^2/n)
 *   half   = z / (1 + z^2/n) * sqrt(p(1-p)/n + z^2/(4n^2))
 * </pre>
 * with {@code p = count/n} and {@code z} the two-sided normal quantile of the level. Unlike the
 * Wald interval it stays inside [0, 1] and does not collapse to a point at 0 or n successes, so
 * it suits the shares of regimes among a dozen runs.
 *
 * @param count the number of successes
 * @param n     the number of trials ({@code 0} gives NaN share and bounds)
 * @param share {@code count / n}
 * @param lower the lower bound
 * @param upper the upper bound
 * @param level the confidence level
 */
public record Wilson(int count, int n, double share, double lower, double upper, double level) {

    /** The 95% interval of {@code count} successes in {@code n} trials. */
    public static Wilson of(int count, int n) {
        return of(count, n, 0.95);
    }

    /** The interval of {@code count} successes in {@code n} trials at {@code level}. */
    public static Wilson of(int count, int n, double level) {
        if (!(level > 0.0 && level < 1.0)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
        }
        if (n < 0 || count < 0 || count > n) {
            throw new IllegalArgumentException("need 0 <= count <= n, got count " + count + ", n " + n);
        }
        if (n == 0) {
            return new Wilson(0, 0, Double.NaN, Double.NaN, Double.NaN, level);
        }
        double z = normalQuantile(level);
        double p = (double) count / n;
        double z2 = z * z;
        double denom = 1.0 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denom;
        double half = z / denom * Math.sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * (double) n));
        double lo = count == 0 ? 0.0 : Math.max(0.0, centre - half);
        double hi = count == n ? 1.0 : Math.min(1.0, centre + half);
        return new Wilson(count, n, p, lo, hi, level);
    }

    /** The two-sided standard normal critical value {@code z(1 - (1 - level)/2)}, about 1.96 for 0.95. */
    public static double normalQuantile(double level) {
        if (!(level > 0.0 && level < 1.0)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
        }
        // null generator: only the quantile function is used, never sampled
        return new NormalDistribution(null, 0.0, 1.0).inverseCumulativeProbability(1.0 - (1.0 - level) / 2.0);
    }
}
