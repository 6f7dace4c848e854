package netcap.stats;

/**
 * Sample mean, sample standard deviation and size of a set of values (e.g. one metric over the
 * replicates of a design point).
 *
 * <p>The mean and the sample standard deviation (denominator {@code n - 1}) are computed with
 * two passes over the data (mean first, then the sum of squared deviations), which avoids the
 * cancellation of the one-pass {@code sum(x^2) - n mean^2} formula (Chan, Golub &amp; LeVeque,
 * "Algorithms for computing the sample variance: analysis and recommendations", Am. Stat.
 * 37(3):242-247, 1983).
 *
 * <p>Degenerate sizes do not throw: {@code n = 0} gives mean and sd {@code NaN};
 * {@code n = 1} gives the value as mean and sd {@code NaN} (a single value says nothing about
 * spread). Non-finite values propagate into NaN/infinite results.
 *
 * @param n    number of values
 * @param mean sample mean ({@code NaN} for {@code n = 0})
 * @param sd   sample standard deviation with denominator {@code n - 1} ({@code NaN} for
 *             {@code n < 2})
 */
public record Summary(int n, double mean, double sd) {

    /** Summary of all values. */
    public static Summary of(double[] values) {
        return of(values, values.length);
    }

    /**
     * Summary of the first {@code n} values (so a caller can fill a preallocated array).
     *
     * @throws IllegalArgumentException if {@code n} is negative or exceeds the array length
     */
    public static Summary of(double[] values, int n) {
        if (n < 0 || n > values.length) {
            throw new IllegalArgumentException("cannot summarise " + n + " of " + values.length + " values");
        }
        if (n == 0) {
            return new Summary(0, Double.NaN, Double.NaN);
        }
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            sum += values[i];
        }
        double mean = sum / n;
        if (n == 1) {
            return new Summary(1, mean, Double.NaN);
        }
        double ss = 0.0;
        double comp = 0.0; // correction term of the "corrected two-pass" algorithm
        for (int i = 0; i < n; i++) {
            double d = values[i] - mean;
            ss += d * d;
            comp += d;
        }
        double var = (ss - comp * comp / n) / (n - 1);
        return new Summary(n, mean, Math.sqrt(Math.max(var, 0.0)));
    }

    /** The sample variance {@code sd^2} ({@code NaN} for {@code n < 2}). */
    public double variance() {
        return sd * sd;
    }

    /** The standard error of the mean {@code sd / sqrt(n)} ({@code NaN} for {@code n < 2}). */
    public double standardError() {
        return sd / Math.sqrt(n);
    }

    /** The 95% Student-t confidence interval for the mean. */
    public ConfidenceInterval ci() {
        return ConfidenceInterval.of(this, 0.95);
    }

    /** The Student-t confidence interval for the mean at {@code level} (e.g. 0.95). */
    public ConfidenceInterval ci(double level) {
        return ConfidenceInterval.of(this, level);
    }
}
