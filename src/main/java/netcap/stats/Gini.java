package netcap.stats;

import java.util.Arrays;

/**
 * Gini coefficient of inequality of non-negative values (Gini, "Variabilità e mutabilità",
 * 1912), in the population form based on the ordered values
 * (e.g. Damgaard &amp; Weiner, "Describing inequality in plant size or fecundity", Ecology
 * 81(4):1139-1142, 2000, eq. 1 with the sample correction left out):
 *
 * <pre>
 *   G = Σ_{i=1..n} (2i - n - 1) x_(i)  /  (n Σ x_i)        with x_(1) &lt;= ... &lt;= x_(n)
 * </pre>
 *
 * This equals half the relative mean absolute difference {@code Σ_ij |x_i - x_j| / (2 n^2 mean)}.
 * It is 0 when all values are equal and at most {@code (n - 1)/n}, reached when one value holds
 * everything (e.g. {@code [0, 0, 0, 1]} gives 0.75). <b>No {@code n/(n-1)} small-sample
 * correction is applied</b>; multiply by {@code n/(n-1)} for the "sample" Gini whose maximum is 1.
 *
 * <p>Conventions: {@code n = 0} and {@code n = 1} give 0; all values zero (total 0) gives 0.
 * Negative or non-finite values are rejected with an {@link IllegalArgumentException}.
 */
public final class Gini {
    private Gini() {
    }

    /** Gini coefficient of {@code values} (not modified; sorts a copy, O(n log n)). */
    public static double of(double[] values) {
        check(values);
        if (values.length < 2) {
            return 0.0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sortedUnchecked(sorted, sorted.length);
    }

    /**
     * Gini coefficient of values already in ascending order, O(n).
     *
     * @throws IllegalArgumentException if the values are not ascending, negative or not finite
     */
    public static double ofSorted(double[] sorted) {
        return ofSorted(sorted, sorted.length);
    }

    /** {@link #ofSorted(double[])} of the first {@code n} values of {@code sorted}. O(n). */
    public static double ofSorted(double[] sorted, int n) {
        if (n < 0 || n > sorted.length) {
            throw new IllegalArgumentException("n must be in 0.." + sorted.length + ", was " + n);
        }
        check(sorted, n);
        for (int i = 1; i < n; i++) {
            if (sorted[i] < sorted[i - 1]) {
                throw new IllegalArgumentException(
                        "values for Gini.ofSorted are not in ascending order at index " + i);
            }
        }
        return sortedUnchecked(sorted, n);
    }

    private static double sortedUnchecked(double[] sorted, int n) {
        if (n < 2) {
            return 0.0;
        }
        double total = 0.0;
        double weighted = 0.0;
        for (int i = 0; i < n; i++) {
            double x = sorted[i];
            total += x;
            weighted += (2.0 * (i + 1) - n - 1) * x;
        }
        if (total == 0.0) {
            return 0.0;
        }
        double g = weighted / (n * total);
        return g < 0.0 ? 0.0 : g; // rounding can give a tiny negative value for equal values
    }

    private static void check(double[] values) {
        check(values, values.length);
    }

    private static void check(double[] values, int n) {
        for (int i = 0; i < n; i++) {
            double x = values[i];
            if (!(x >= 0.0) || x == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("Gini needs finite non-negative values, got " + x + " at index " + i);
            }
        }
    }
}
