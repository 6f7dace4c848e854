package netcap.bench.classic;

/**
 * The info object of one directed MASON {@link sim.field.network.Edge} {@code i -> j}: what
 * agent i holds about its tie to j (its trust in j, the tie's level and layers) and the per-step
 * scratch values of the tie. Each undirected tie is two edges, one per direction, each pointing
 * at the other's info ({@link #reverse}), as a MASON modeller would store directed trust.
 */
public final class Tie {
    /** i's trust in j, in [0,1]. */
    public double trust;
    /** Relationship level 0..4 (the same in both directions). */
    public int level;
    /** Layer mask (bit 0 physical, bits 1.. virtual channels). */
    public int layers;
    /** Steps since i last exchanged over the tie (saturating at 127). */
    public int idle;
    /** Satisfying exchanges since the level last changed (saturating at 127). */
    public int exchanges;
    /** Value i received from j this step. */
    public double received;
    /** j's normalised share among the sources i combines from (combination). */
    public double share;
    /** What working together over this tie would create this step (socialization's creation, for the credit). */
    public double together;
    /** The info of the edge {@code j -> i}. */
    public Tie reverse;

    public Tie(double trust, int level, int layers) {
        this.trust = trust;
        this.level = level;
        this.layers = layers;
    }
}
