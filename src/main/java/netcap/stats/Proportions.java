package netcap.stats;

import org.apache.commons.math3.distribution.HypergeometricDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Comparison of two proportions {@code x1/n1} and {@code x2/n2} (e.g. the shares of runs ending
 * in a regime at two design points):
 * <ul>
 *   <li>{@link #fisherExact}: two-sided Fisher's exact test of the 2x2 table
 *       {@code [[x1, n1 - x1], [x2, n2 - x2]]}, summing the probabilities of all tables with the
 *       same margins no more likely than the observed one (with a relative tolerance of
 *       {@code 1e-7}, as scipy's {@code fisher_exact} and R's {@code fisher.test});</li>
 *   <li>{@link #newcombe}: the hybrid score interval for {@code x1/n1 - x2/n2} (Newcombe,
 *       "Interval estimation for the difference between independent proportions: comparison of
 *       eleven methods", Stat. Med. 17:873-890, 1998, method 10), built from the two Wilson
 *       score intervals (Wilson, JASA 22:209-212, 1927).</li>
 * </ul>
 */
public final class Proportions {
    private Proportions() {
    }

    /**
     * A comparison of two proportions.
     *
     * @param diff the difference {@code x1/n1 - x2/n2}
     * @param low  the lower limit of the Newcombe interval
     * @param high the upper limit
     * @param p    Fisher's exact two-sided p-value
     */
    public record Comparison(double diff, double low, double high, double p) {
    }

    /** The difference of proportions, its Newcombe interval at {@code level} and Fisher's exact p. */
    public static Comparison compare(int x1, int n1, int x2, int n2, double level) {
        Interval i = newcombe(x1, n1, x2, n2, level);
        return new Comparison(i.estimate(), i.low(), i.high(), fisherExact(x1, n1, x2, n2));
    }

    /** Fisher's exact two-sided p-value for {@code x1} of {@code n1} against {@code x2} of {@code n2}. */
    public static double fisherExact(int x1, int n1, int x2, int n2) {
        check(x1, n1);
        check(x2, n2);
        if (n1 == 0 || n2 == 0) {
            return Double.NaN;
        }
        int successes = x1 + x2;
        HypergeometricDistribution h = new HypergeometricDistribution(null, n1 + n2, successes, n1);
        double observed = h.probability(x1);
        double bound = observed * (1.0 + 1e-7);
        double p = 0.0;
        for (int k = Math.max(0, successes - n2); k <= Math.min(n1, successes); k++) {
            double pk = h.probability(k);
            if (pk <= bound) {
                p += pk;
            }
        }
        return Math.min(1.0, p);
    }

    /** Newcombe's hybrid score interval for {@code x1/n1 - x2/n2} at {@code level}. */
    public static Interval newcombe(int x1, int n1, int x2, int n2, double level) {
        check(x1, n1);
        check(x2, n2);
        if (n1 == 0 || n2 == 0) {
            return Interval.NONE;
        }
        double z = new NormalDistribution(null, 0.0, 1.0).inverseCumulativeProbability(1.0 - (1.0 - level) / 2.0);
        double p1 = x1 / (double) n1;
        double p2 = x2 / (double) n2;
        double[] w1 = wilson(x1, n1, z);
        double[] w2 = wilson(x2, n2, z);
        double d = p1 - p2;
        double low = d - Math.sqrt(sq(p1 - w1[0]) + sq(w2[1] - p2));
        double high = d + Math.sqrt(sq(w1[1] - p1) + sq(p2 - w2[0]));
        return new Interval(d, low, high);
    }

    /** The Wilson score interval {low, high} of {@code x/n} with normal quantile {@code z}. */
    private static double[] wilson(int x, int n, double z) {
        double z2 = z * z;
        double centre = (x + z2 / 2.0) / (n + z2);
        double half = z / (n + z2) * Math.sqrt(x * (double) (n - x) / n + z2 / 4.0);
        return new double[] {Math.max(0.0, centre - half), Math.min(1.0, centre + half)};
    }

    private static double sq(double v) {
        return v * v;
    }

    private static void check(int x, int n) {
        if (n < 0 || x < 0 || x > n) {
            throw new IllegalArgumentException("a proportion needs 0 <= x <= n, got " + x + " of " + n);
        }
    }
}
