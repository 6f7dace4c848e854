package netcap.world;

/**
 * Read access to the neighbours of each node: node {@code u}'s neighbours are
 * {@code neighbors()[start(u) .. start(u)+degree(u))}. Implemented by the immutable {@link Graph}
 * and the dynamic {@link MultiplexNetwork}, so algorithms (games, adoption rules, metrics) run on
 * either without copying.
 */
public interface Adjacency {
    /** Number of nodes. */
    int nodes();

    /** Index of {@code u}'s first neighbour in {@link #neighbors()}. */
    int start(int u);

    /** Number of neighbours of {@code u}. */
    int degree(int u);

    /** The neighbour array (shared; do not modify). */
    int[] neighbors();
}
