package netcap.growth;

import org.apache.commons.math3.special.Gamma;

/**
 * Exact binomial variates by inversion of one uniform number, so that a well-mixed adoption step
 * costs one counter-based draw ({@link netcap.random.CounterRandom}) instead of one per agent.
 *
 * <p>Method: inversion with the support searched outward from the mode, alternately one value
 * below and one above ("chop-down from the mode"; Kemp, "A modal method for generating binomial
 * variables", Communications in Statistics - Theory and Methods 15:805, 1986; Devroye, <i>Non-Uniform
 * Random Variate Generation</i>, 1986, ch. X.4). The probability of the mode is computed from
 * log-gamma functions and the neighbouring probabilities by the ratio recurrences
 * P(k+1)/P(k) = (n-k)p / ((k+1)(1-p)). Any fixed order of the support gives an exact inversion;
 * the alternating order needs O(sqrt(np(1-p))) steps on average, and never starts from a
 * probability that underflows (as P(0) = (1-p)^n would for n = 10,000, p = 0.4). The only error
 * is floating-point rounding of the probabilities (relative error of the probabilities about 1e-11 at n = 10^4, growing like n log n).
 */
public final class Binomial {
    private Binomial() {
    }

    /**
     * The {@code u}-quantile (in the alternating mode-outward order) of Binomial(n, p).
     *
     * @param u a uniform number in [0, 1)
     * @throws IllegalArgumentException if {@code n < 0} or {@code p} is not in [0, 1]
     */
    public static int sample(int n, double p, double u) {
        if (n < 0) {
            throw new IllegalArgumentException("binomial: n must be >= 0, was " + n);
        }
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("binomial: p must be in [0,1], was " + p);
        }
        if (n == 0 || p == 0) {
            return 0;
        }
        if (p == 1) {
            return n;
        }
        double q = 1 - p;
        int mode = (int) Math.min(n, Math.floor((n + 1) * p));
        double pMode = Math.exp(logPmf(n, p, mode));
        double r = p / q;
        double rest = u - pMode;
        if (rest < 0) {
            return mode;
        }
        int lo = mode;
        int hi = mode;
        double pLo = pMode;
        double pHi = pMode;
        while (lo > 0 || hi < n) {
            if (lo > 0) {
                // P(lo-1) = P(lo) * lo (1-p) / ((n-lo+1) p)
                pLo = pLo * lo / ((n - lo + 1) * r);
                lo--;
                rest -= pLo;
                if (rest < 0) {
                    return lo;
                }
            }
            if (hi < n) {
                pHi = pHi * (n - hi) * r / (hi + 1);
                hi++;
                rest -= pHi;
                if (rest < 0) {
                    return hi;
                }
            }
            if ((lo == 0 || pLo < 1e-300) && (hi == n || pHi < 1e-300)) {
                break; // the rest of the support has no mass in double precision
            }
        }
        return mode; // u fell into the rounding slack of the total mass (probability ~1e-12)
    }

    /** log P(X = k) for X ~ Binomial(n, p), 0 &lt; p &lt; 1. */
    static double logPmf(int n, double p, int k) {
        return Gamma.logGamma(n + 1.0) - Gamma.logGamma(k + 1.0) - Gamma.logGamma(n - k + 1.0)
                + k * Math.log(p) + (n - k) * Math.log1p(-p);
    }
}
