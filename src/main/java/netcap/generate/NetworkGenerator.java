package netcap.generate;

import ec.util.MersenneTwisterFast;
import netcap.world.Graph;
import netcap.world.NodeAttributes;

/**
 * A random (or deterministic) network generator. Implementations validate their parameters in
 * the constructor and throw a specific {@link IllegalArgumentException} naming the parameter,
 * the value and what is allowed. Generation is deterministic for a given random stream.
 */
public interface NetworkGenerator {
    /** Number of nodes of the generated graph. */
    int nodes();

    /**
     * Generates the graph. Generators that place nodes (regional) or read node traits
     * (homophily) use {@code attrs}, whose size is {@link #nodes()}: placing generators write
     * positions and regions into it; trait-reading generators read the interest vectors in it.
     */
    Graph generate(NodeAttributes attrs, MersenneTwisterFast rng);

    /**
     * The id in the source of each node (e.g. the ids of an edge-list file), reported in outputs
     * as {@code sourceId}; null (the default) when node {@code i} has id {@code i}.
     */
    default int[] sourceIds() {
        return null;
    }
}
