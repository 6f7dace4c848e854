package netcap.stats;

import java.util.Arrays;
import java.util.List;

/**
 * The summary of one statistic over a set of runs, as a row of {@code aggregate.csv}: only the
 * values that exist count (missing values, given as {@code NaN}, are dropped first), then
 * <ul>
 *   <li>{@code n}, {@code mean}, {@code sd} and the 95% Student-t interval of the mean
 *       ({@link ConfidenceInterval});</li>
 *   <li>{@code median}, {@code q25}, {@code q75} (type-7 quantiles, {@link Quantiles}),
 *       {@code min}, {@code max};</li>
 *   <li>{@code medianLow}, {@code medianHigh}: the 95% percentile bootstrap interval of the median
 *       ({@link Bootstrap#median}, 2,000 resamples seeded from the given key);</li>
 *   <li>{@code bimodality}: Sarle's bimodality coefficient ({@link Shape#bimodality}).</li>
 * </ul>
 *
 * @param n          the number of values that exist
 * @param mean       their mean
 * @param sd         their sample standard deviation
 * @param ciLow      the lower limit of the 95% t-interval of the mean
 * @param ciHigh     its upper limit
 * @param median     the median
 * @param q25        the first quartile
 * @param q75        the third quartile
 * @param min        the smallest value
 * @param max        the largest value
 * @param medianLow  the lower limit of the bootstrap interval of the median
 * @param medianHigh its upper limit
 * @param bimodality Sarle's bimodality coefficient
 */
public record Aggregate(int n, double mean, double sd, double ciLow, double ciHigh, double median, double q25, double q75,
                        double min, double max, double medianLow, double medianHigh, double bimodality) {

    /** The column names, in the order of {@link #values()} (after {@code n}). */
    public static final List<String> COLUMNS = List.of("n", "mean", "sd", "ciLow", "ciHigh", "median", "q25", "q75", "min", "max",
            "medianLow", "medianHigh", "bimodality");

    /** The summary of the values that are not {@code NaN}; {@code key} seeds the bootstrap. */
    public static Aggregate of(double[] values, long key) {
        double[] x = present(values);
        Arrays.sort(x);
        Summary s = Summary.of(x);
        ConfidenceInterval ci = ConfidenceInterval.of(s, 0.95);
        Interval med = Bootstrap.median(x, key);
        double min = x.length == 0 ? Double.NaN : x[0];
        double max = x.length == 0 ? Double.NaN : x[x.length - 1];
        return new Aggregate(s.n(), s.mean(), s.sd(), ci.lower(), ci.upper(), Quantiles.sorted(x, 0.5), Quantiles.sorted(x, 0.25),
                Quantiles.sorted(x, 0.75), min, max, med.low(), med.high(), Shape.bimodality(x));
    }

    /** The values that are not {@code NaN}, in order. */
    public static double[] present(double[] values) {
        return Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
    }

    /** The numbers after {@code n}, in the order of {@link #COLUMNS}. */
    public double[] values() {
        return new double[] {mean, sd, ciLow, ciHigh, median, q25, q75, min, max, medianLow, medianHigh, bimodality};
    }
}
