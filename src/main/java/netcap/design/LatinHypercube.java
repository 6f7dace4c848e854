package netcap.design;

import ec.util.MersenneTwisterFast;

import java.util.List;

/**
 * Latin hypercube sample (McKay, Beckman &amp; Conover, "A comparison of three methods for
 * selecting values of input variables in the analysis of output from a computer code",
 * Technometrics 21(2):239-245, 1979).
 *
 * <p>For {@code n} samples, each factor's unit range is cut into {@code n} equal strata
 * {@code [m/n, (m+1)/n)}. Column {@code j} is an independent uniformly random permutation
 * {@code pi_j} of {@code 0..n-1} (Fisher-Yates shuffle) and point {@code i} gets
 * {@code u[i][j] = (pi_j(i) + U) / n} with {@code U} uniform on {@code [0, 1)} ("random
 * within strata", as in McKay et al.; with {@code centered = true} {@code U = 1/2}, the
 * midpoint variant). So every stratum of every factor is hit by exactly one point.
 *
 * <p>Integer factors: the unit coordinate is mapped with {@link Factor#fromUnit(double)}
 * (equal-width bins, one per integer). When the factor has fewer integers than samples, several
 * strata fall into the same integer and the one-point-per-stratum property holds only on the
 * unit scale; when {@code n} is a multiple of the number of integers, each integer is taken by
 * exactly {@code n / levels} points.
 *
 * <p>All randomness comes from the {@link MersenneTwisterFast} passed in: the same generator
 * state gives the same design.
 */
public final class LatinHypercube extends Design {

    private LatinHypercube(List<Factor> factors, double[][] unit) {
        super(factors, unit);
    }

    /** An {@code n}-point Latin hypercube over {@code factors}, random within strata. */
    public static LatinHypercube sample(List<Factor> factors, int n, MersenneTwisterFast rng) {
        return sample(factors, n, false, rng);
    }

    /**
     * An {@code n}-point Latin hypercube over {@code factors}.
     *
     * @param centered put each point at its stratum's midpoint instead of uniformly within it
     */
    public static LatinHypercube sample(List<Factor> factors, int n, boolean centered,
                                        MersenneTwisterFast rng) {
        checkFactors(factors);
        return new LatinHypercube(factors, unit(n, factors.size(), centered, rng));
    }

    /**
     * The raw {@code n x k} Latin hypercube in {@code [0, 1)^k}.
     *
     * @throws IllegalArgumentException if {@code n < 1} or {@code k < 1}
     */
    public static double[][] unit(int n, int k, boolean centered, MersenneTwisterFast rng) {
        if (n < 1) {
            throw new IllegalArgumentException("a Latin hypercube needs at least 1 sample, got " + n);
        }
        if (k < 1) {
            throw new IllegalArgumentException("a Latin hypercube needs at least 1 factor, got " + k);
        }
        if (rng == null) {
            throw new IllegalArgumentException("a Latin hypercube needs a random generator");
        }
        double[][] u = new double[n][k];
        int[] perm = new int[n];
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < n; i++) {
                perm[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int r = rng.nextInt(i + 1);
                int t = perm[i];
                perm[i] = perm[r];
                perm[r] = t;
            }
            for (int i = 0; i < n; i++) {
                double within = centered ? 0.5 : rng.nextDouble();
                double v = (perm[i] + within) / n;
                u[i][j] = v < 1.0 ? v : Math.nextDown(1.0); // guard against rounding up to 1
            }
        }
        return u;
    }
}
