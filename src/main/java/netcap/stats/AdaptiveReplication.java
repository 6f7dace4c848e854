package netcap.stats;

/**
 * Sequential stopping rule for the number of replications of a design point: keep adding
 * replicates until the Student-t confidence interval of the mean is narrow relative to the mean
 * (the "relative precision" sequential procedure of Law, "Simulation Modeling and Analysis",
 * 5th ed., 2015, sec. 9.4.1; Law &amp; Carson, "A sequential procedure for determining the
 * length of a steady-state simulation", Oper. Res. 27(5):1011-1025, 1979).
 *
 * <p>Given the {@code n} values of a metric so far, another replicate is needed when
 *
 * <ol>
 *   <li>{@code n < maxReplications} (never more than the maximum), and
 *   <li>{@code n < minReplications}, or the precision target is not met.
 * </ol>
 *
 * The target is met when {@code halfWidth / |mean| <= target}. <b>Zero mean:</b> when the mean
 * is exactly 0 the relative half-width is undefined, and the rule uses the absolute half-width
 * instead: the target is met when {@code halfWidth <= target}. So a metric that is 0 in every
 * replicate (half-width 0) stops at the minimum, while a metric that merely averages to 0 stops
 * once its interval is within {@code +-target}. If the half-width is {@code NaN} (fewer than 2
 * values, or non-finite values) the target counts as not met, so replication continues up to
 * the maximum.
 *
 * <p>Law (sec. 9.4.1) notes that the relative error actually achieved is
 * {@code target / (1 - target)}; pass {@code gamma / (1 + gamma)} to guarantee relative error
 * {@code gamma}.
 *
 * @param target          target relative half-width, e.g. 0.05
 * @param minReplications minimum number of replicates (at least 2)
 * @param maxReplications maximum number of replicates ({@code >= minReplications})
 * @param level           confidence level of the interval, e.g. 0.95
 */
public record AdaptiveReplication(double target, int minReplications, int maxReplications, double level) {

    public AdaptiveReplication {
        if (!(target > 0.0) || Double.isInfinite(target)) {
            throw new IllegalArgumentException("target relative half-width must be positive and finite, got " + target);
        }
        if (minReplications < 2) {
            throw new IllegalArgumentException("minimum replications must be at least 2, got " + minReplications);
        }
        if (maxReplications < minReplications) {
            throw new IllegalArgumentException("maximum replications " + maxReplications
                    + " is below the minimum " + minReplications);
        }
        if (!(level > 0.0 && level < 1.0)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
        }
    }

    /** A rule with 95% confidence intervals. */
    public AdaptiveReplication(double target, int minReplications, int maxReplications) {
        this(target, minReplications, maxReplications, 0.95);
    }

    /** Whether another replicate is needed given all of {@code values}. */
    public boolean needsMore(double[] values) {
        return needsMore(values, values.length);
    }

    /** Whether another replicate is needed given the first {@code n} entries of {@code values}. */
    public boolean needsMore(double[] values, int n) {
        if (n >= maxReplications) {
            return false;
        }
        if (n < minReplications) {
            return true;
        }
        return !targetMet(values, n);
    }

    /**
     * Whether another replicate is needed for any of several metrics:
     * {@code metrics[m][i]} is metric {@code m} in replicate {@code i}; the first {@code n}
     * replicates count.
     */
    public boolean needsMore(double[][] metrics, int n) {
        if (n >= maxReplications) {
            return false;
        }
        if (n < minReplications) {
            return true;
        }
        for (double[] m : metrics) {
            if (!targetMet(m, n)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the first {@code n} values meet the precision target (see the class comment). */
    public boolean targetMet(double[] values, int n) {
        ConfidenceInterval ci = Summary.of(values, n).ci(level);
        double h = ci.halfWidth();
        if (Double.isNaN(h) || Double.isNaN(ci.mean())) {
            return false;
        }
        double m = Math.abs(ci.mean());
        if (m == 0.0) {
            return h <= target;
        }
        return h <= target * m;
    }
}
