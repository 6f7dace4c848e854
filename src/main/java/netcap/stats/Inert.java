package netcap.stats;

/**
 * The inert-factor rules of a design with a dummy factor: the dummy changes only the run's random
 * streams, so its sensitivity index measures run-to-run noise. Sobol: a factor whose bootstrap
 * interval of the total-order index ST overlaps the dummy's interval, or lies below it, cannot be
 * told apart from noise and is reported inert. Morris: the absolute elementary effects of a factor
 * and of the dummy in one trajectory are paired, and a factor is inert when the bootstrap interval
 * of mu*(factor) - mu*(dummy) over trajectories reaches 0 or below (the pairing removes the
 * spread that all effects of a trajectory share, e.g. a noisy region of the parameter space). "Below"
 * matters with common random numbers: a factor the model ignores then has an index of exactly 0,
 * under the dummy's interval, since moving it alone changes neither parameters nor streams.
 */
public final class Inert {
    private Inert() {
    }

    /**
     * Whether a factor with interval {@code [low, high]} is inert: its interval is not wholly
     * above the dummy's {@code [dummyLow, dummyHigh]}, i.e. {@code low <= dummyHigh} (touching
     * counts); null when a bound is not a number, so nothing can be said.
     */
    public static Boolean isInert(double low, double high, double dummyLow, double dummyHigh) {
        if (Double.isNaN(low) || Double.isNaN(high) || Double.isNaN(dummyLow) || Double.isNaN(dummyHigh)) {
            return null;
        }
        return low <= dummyHigh;
    }

    /**
     * The Morris rule: inert when the lower bound {@code excessLow} of the paired bootstrap interval
     * of mu*(factor) - mu*(dummy) is 0 or below; null when it is not a number.
     */
    public static Boolean isInertPaired(double excessLow) {
        return Double.isNaN(excessLow) ? null : excessLow <= 0;
    }
}
