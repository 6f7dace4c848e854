package netcap.growth;

/**
 * Measures of an adoption curve {@code share[t]} (the share of adopters after t steps; element 0
 * is the initial share).
 *
 * <ul>
 *   <li><b>Take-off time (level)</b> {@link #takeoffStep}: the first step t at which the share
 *       exceeds a level (default {@value #TAKEOFF_LEVEL}, i.e. 10%), -1 if it never does. Robust
 *       and simple; depends on the level chosen.</li>
 *   <li><b>Take-off time (peak rate)</b> {@link #peakRateStep}: the step t with the largest
 *       increase share[t] - share[t-1] (the first such step on ties), -1 if the share never
 *       increases. In the Bass model this is the inflection point of the S-curve, at
 *       ln(q/p)/(p+q) in continuous time, where the share is (q-p)/(2q). Parameter-free, but
 *       noisy for a single small population.</li>
 *   <li><b>Cascade size</b> {@link #finalShare}: the last element.</li>
 *   <li><b>Global cascade</b> {@link #isGlobal}: Watts (2002) calls a cascade global when it
 *       occupies a finite fraction of an infinite network, and in simulations of finite networks
 *       when it exceeds a fixed fraction of the network. We use a default cut-off of
 *       {@value #GLOBAL_CASCADE_SHARE} (1% of the network). Because cascade sizes on random
 *       networks are bimodal (either a few nodes or most of the network), frequencies barely
 *       depend on the cut-off between 0.5% and 10%; {@link WattsCascades} reports both 0.5% and
 *       1%.</li>
 * </ul>
 */
public final class AdoptionMeasures {
    /** Default take-off level: 10% adopters. */
    public static final double TAKEOFF_LEVEL = 0.10;
    /** Default share above which a cascade counts as global. */
    public static final double GLOBAL_CASCADE_SHARE = 0.01;

    private AdoptionMeasures() {
    }

    /** The first step at which {@code share} exceeds {@code level}, or -1. */
    public static int takeoffStep(double[] share, double level) {
        for (int t = 0; t < share.length; t++) {
            if (share[t] > level) {
                return t;
            }
        }
        return -1;
    }

    /** {@link #takeoffStep(double[], double)} at 10%. */
    public static int takeoffStep(double[] share) {
        return takeoffStep(share, TAKEOFF_LEVEL);
    }

    /** The step t &gt;= 1 maximising share[t] - share[t-1] (first on ties), or -1 if none is positive. */
    public static int peakRateStep(double[] share) {
        int best = -1;
        double bestRate = 0;
        for (int t = 1; t < share.length; t++) {
            double r = share[t] - share[t - 1];
            if (r > bestRate) {
                bestRate = r;
                best = t;
            }
        }
        return best;
    }

    /** The final share (0 for an empty curve). */
    public static double finalShare(double[] share) {
        return share.length == 0 ? 0 : share[share.length - 1];
    }

    /** Whether {@code adopters} of {@code n} is a global cascade at the cut-off share {@code cutoff}. */
    public static boolean isGlobal(int adopters, int n, double cutoff) {
        return adopters > cutoff * n;
    }

    /** {@link #isGlobal(int, int, double)} at the default cut-off of 1%. */
    public static boolean isGlobal(int adopters, int n) {
        return isGlobal(adopters, n, GLOBAL_CASCADE_SHARE);
    }

    /**
     * The adoption share after each synchronous cascade step, from a {@link Threshold.Cascade}.
     */
    public static double[] shares(Threshold.Cascade c, int n) {
        double[] s = new double[c.adoptersByStep().length];
        for (int t = 0; t < s.length; t++) {
            s[t] = c.adoptersByStep()[t] / (double) n;
        }
        return s;
    }
}
