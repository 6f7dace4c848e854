package netcap.generate;

import ec.util.MersenneTwisterFast;
import netcap.world.EdgeList;
import netcap.world.Graph;
import netcap.world.NodeAttributes;

/**
 * The ring lattice: nodes 0..n-1 on a circle, each tied to its k nearest neighbours, k/2 on each
 * side (the p = 0 starting point of Watts &amp; Strogatz, "Collective dynamics of 'small-world'
 * networks", Nature 393:440, 1998). Exactly n·k/2 edges; for k &lt; 2n/3 the average local
 * clustering is 3(k-2)/(4(k-1)).
 *
 * <p>Constraints: n &gt;= 0, k even, 0 &lt;= k &lt; n (k = 0 if n = 0), n·k/2 within the
 * capacity of {@link Graph}. Deterministic (the random stream is not used); O(n·k) time.
 */
public final class RingLattice implements NetworkGenerator {
    static final String NAME = "ringLattice";
    private final int n;
    private final int k;

    public RingLattice(int n, int k) {
        this(NAME, n, k);
    }

    RingLattice(String gen, int n, int k) {
        check(gen, n, k);
        this.n = n;
        this.k = k;
    }

    static void check(String gen, int n, int k) {
        Check.nodes(gen, n, 0);
        if (k < 0 || (k >= n && k > 0)) {
            throw Check.fail(gen, "k must be in [0, n-1] = [0, " + (n - 1) + "], was " + k);
        }
        if (k % 2 != 0) {
            throw Check.fail(gen, "k must be even, was " + k);
        }
        Check.edges(gen, (double) n * k / 2, "n*k/2");
    }

    @Override
    public int nodes() {
        return n;
    }

    @Override
    public Graph generate(NodeAttributes attrs, MersenneTwisterFast rng) {
        EdgeList edges = new EdgeList((int) ((long) n * k / 2));
        for (int j = 1; j <= k / 2; j++) {
            for (int u = 0; u < n; u++) {
                edges.add(u, (u + j) % n);
            }
        }
        return Graph.fromEdges(n, edges);
    }
}
