package netcap.stats;

/**
 * The inert-factor rule of a design with a dummy factor: the dummy changes only the run's random
 * streams, so its sensitivity index measures run-to-run noise. A factor whose bootstrap interval
 * of the index (mu* for Morris, the total-order index ST for Sobol) overlaps the dummy's
 * interval cannot be told apart from noise and is reported inert.
 */
public final class Inert {
    private Inert() {
    }

    /**
     * Whether the interval {@code [low, high]} overlaps the dummy's {@code [dummyLow, dummyHigh]}
     * (touching counts); null when a bound is not a number, so nothing can be said.
     */
    public static Boolean overlapsDummy(double low, double high, double dummyLow, double dummyHigh) {
        if (Double.isNaN(low) || Double.isNaN(high) || Double.isNaN(dummyLow) || Double.isNaN(dummyHigh)) {
            return null;
        }
        return low <= dummyHigh && dummyLow <= high;
    }
}
