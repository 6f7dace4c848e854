package netcap.stats;

/**
 * A two-sided confidence interval {@code [low, high]} around an estimate; any of the three may
 * be {@code NaN} when the data cannot give it (too few values).
 *
 * @param estimate the point estimate
 * @param low      the lower limit
 * @param high     the upper limit
 */
public record Interval(double estimate, double low, double high) {
    /** An interval of which nothing is known. */
    public static final Interval NONE = new Interval(Double.NaN, Double.NaN, Double.NaN);
}
