package netcap.stats;

import java.util.Arrays;

/**
 * Sample quantiles by Hyndman &amp; Fan's definition 7 ("Sample quantiles in statistical
 * packages", Am. Stat. 50(4):361-365, 1996), the default of R's {@code quantile} and of numpy's
 * {@code quantile}: for sorted values {@code x[0..n-1]} and probability {@code p}, with
 * {@code h = (n - 1) p}, the quantile is {@code x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h])}.
 * So the 0- and 1-quantiles are the minimum and maximum, and the 0.5-quantile is the usual median.
 * An empty sample gives {@code NaN}.
 */
public final class Quantiles {
    private Quantiles() {
    }

    /** The type-7 {@code p}-quantile of {@code values} (any order; not modified). */
    public static double of(double[] values, double p) {
        double[] s = values.clone();
        Arrays.sort(s);
        return sorted(s, p);
    }

    /** The type-7 {@code p}-quantile of values already sorted ascending. */
    public static double sorted(double[] sorted, double p) {
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException("quantile probability must be in [0, 1], got " + p);
        }
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= n - 1) {
            return sorted[n - 1];
        }
        return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }

    /** The median (type-7 0.5-quantile). */
    public static double median(double[] values) {
        return of(values, 0.5);
    }
}
