package netcap.validate;

/**
 * A replication of a published result: a model run under the published setup, compared with the
 * published figure or table by an explicit pass criterion. Implementations must be deterministic
 * for a seed and give the same {@link Outcome} for any number of threads.
 */
public interface Validation {
    /** Short lower-case name used on the command line, e.g. {@code march}. */
    String name();

    /** The published target in one line (source and what it shows). */
    String target();

    /**
     * Runs the replication.
     *
     * @param seed    master seed every random stream derives from ({@link netcap.random.Streams})
     * @param threads worker threads (at least 1); the outcome does not depend on it
     */
    Outcome run(long seed, int threads);
}
