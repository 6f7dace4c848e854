package netcap.api;

/**
 * A plug-in's random numbers: a stream derived from the run's seed and the plug-in's and
 * mechanism's names, the same on every machine and for any number of threads. A plug-in must draw
 * only from these streams; an unseeded generator would make its runs irreproducible.
 */
public interface RandomStream {
    /** Uniform in [0, 1). */
    double nextDouble();

    /** Uniform in {@code 0 .. bound - 1}; {@code bound} must be positive. */
    int nextInt(int bound);

    /** True with probability {@code p}. */
    boolean nextBoolean(double p);

    /** Standard normal. */
    double nextGaussian();

    /** A new, independent stream derived from this one's key and {@code label} (the same label gives the same stream). */
    RandomStream child(String label);
}
