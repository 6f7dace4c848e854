package netcap.stats;

/**
 * The inert-factor rule of a design with a dummy factor: the dummy changes only the run's random
 * streams, so its sensitivity index measures run-to-run noise. A factor whose bootstrap interval
 * of the index (mu* for Morris, the total-order index ST for Sobol) overlaps the dummy's
 * interval, or lies below it, cannot be told apart from noise and is reported inert. "Below"
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
}
