package netcap.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Student-t confidence interval for a mean: {@code mean +- t(1 - (1 - level)/2, n - 1) sd / sqrt(n)}
 * ("Student", "The probable error of a mean", Biometrika 6(1):1-25, 1908; for replicated
 * simulation output see Law, "Simulation Modeling and Analysis", 5th ed., 2015, sec. 4.5).
 *
 * <p>It assumes independent, roughly normal replicate means (independent replications with
 * separate random streams). For {@code n < 2} the half-width is {@code NaN} (no degrees of
 * freedom), never an exception; for {@code sd = 0} it is {@code 0}.
 *
 * @param mean      the sample mean
 * @param halfWidth the half-width of the interval ({@code NaN} for {@code n < 2})
 * @param level     the confidence level in {@code (0, 1)}
 * @param n         the number of values
 */
public record ConfidenceInterval(double mean, double halfWidth, double level, int n) {

    /** The interval for {@code summary} at {@code level}. */
    public static ConfidenceInterval of(Summary summary, double level) {
        checkLevel(level);
        int n = summary.n();
        if (n < 2) {
            return new ConfidenceInterval(summary.mean(), Double.NaN, level, n);
        }
        double h = tQuantile(level, n - 1) * summary.sd() / Math.sqrt(n);
        return new ConfidenceInterval(summary.mean(), h, level, n);
    }

    /** The interval for the mean of {@code values} at {@code level}. */
    public static ConfidenceInterval of(double[] values, double level) {
        return of(Summary.of(values), level);
    }

    /**
     * The two-sided Student-t critical value {@code t(1 - (1 - level)/2, df)}, e.g. about 2.776
     * for {@code level = 0.95, df = 4}.
     */
    public static double tQuantile(double level, int df) {
        checkLevel(level);
        if (df < 1) {
            throw new IllegalArgumentException("Student t needs at least 1 degree of freedom, got " + df);
        }
        // null generator: the distribution is only used for its quantile function, never sampled
        TDistribution t = new TDistribution(null, df);
        return t.inverseCumulativeProbability(1.0 - (1.0 - level) / 2.0);
    }

    private static void checkLevel(double level) {
        if (!(level > 0.0 && level < 1.0)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
        }
    }

    /** {@code mean - halfWidth}. */
    public double lower() {
        return mean - halfWidth;
    }

    /** {@code mean + halfWidth}. */
    public double upper() {
        return mean + halfWidth;
    }

    /** {@code halfWidth / |mean|}: infinite for a zero mean with positive half-width, NaN for 0/0 or n &lt; 2. */
    public double relativeHalfWidth() {
        return halfWidth / Math.abs(mean);
    }
}
