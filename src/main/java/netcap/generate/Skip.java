package netcap.generate;

import ec.util.MersenneTwisterFast;

/** Geometric skipping (Batagelj &amp; Brandes 2005): gaps between successes of Bernoulli(q) trials. */
final class Skip {
    private Skip() {
    }

    /** log(1 - q), the constant of {@link #next}; relative error below 1e-10 for all q in (0,1). */
    static double logComplement(double q) {
        return q > 1e-6 ? Math.log(1.0 - q) : Math.log1p(-q);
    }

    /**
     * The number of failures before the next success of independent Bernoulli(q) trials, drawn by
     * inversion: floor(log(1-r) / log(1-q)), r uniform in [0,1); 0 if q &gt;= 1. Capped at 4e18.
     */
    static long next(double q, double logComplement, MersenneTwisterFast rng) {
        if (q >= 1) {
            return 0;
        }
        // Math.log is an intrinsic; log1p is not. 1 - r is exact enough for r in [0,1).
        return (long) Math.min(Math.floor(Math.log(1.0 - rng.nextDouble()) / logComplement), 4e18);
    }
}
