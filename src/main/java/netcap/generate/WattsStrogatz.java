package netcap.generate;

import ec.util.MersenneTwisterFast;
import netcap.world.EdgeList;
import netcap.world.Graph;
import netcap.world.NodeAttributes;

/**
 * The Watts–Strogatz small-world graph (Watts &amp; Strogatz, "Collective dynamics of
 * 'small-world' networks", Nature 393:440, 1998): start from the {@link RingLattice} with n nodes
 * and k neighbours each; then, for j = 1..k/2 and for every node u in order, the lattice edge
 * (u, u+j mod n) is, with probability p, rewired to (u, w) with w uniform among the nodes that
 * are neither u nor already adjacent to u (drawn by rejection; if u is adjacent to every other
 * node the rewiring is skipped). This is the procedure of networkx {@code watts_strogatz_graph},
 * including its order of random draws. The number of edges stays exactly n·k/2; at p = 0 the
 * result equals the ring lattice; at p = 1 it is close to, but not exactly, a random graph
 * (every node keeps at least k/2 ties).
 *
 * <p>Constraints: n &gt;= 0, k even, 0 &lt;= k &lt; n, p in [0,1]. Cost: O(n·k) expected time;
 * memory O(n·k) for the edges plus a hash set of the current edges (about 12 bytes per edge).
 * Node attributes are not used.
 */
public final class WattsStrogatz implements NetworkGenerator {
    static final String NAME = "wattsStrogatz";
    private final int n;
    private final int k;
    private final double p;

    public WattsStrogatz(int n, int k, double p) {
        RingLattice.check(NAME, n, k);
        Check.probability(NAME, "p", p);
        this.n = n;
        this.k = k;
        this.p = p;
    }

    @Override
    public int nodes() {
        return n;
    }

    @Override
    public Graph generate(NodeAttributes attrs, MersenneTwisterFast rng) {
        int half = k / 2;
        int m = (int) ((long) n * half);
        // edge e = (j-1)*n + u joins u and target[e]
        int[] target = new int[m];
        int[] deg = new int[n];
        for (int j = 1; j <= half; j++) {
            for (int u = 0; u < n; u++) {
                target[(j - 1) * n + u] = (u + j) % n;
            }
        }
        if (p > 0 && m > 0) {
            java.util.Arrays.fill(deg, k);
            LongHashSet present = new LongHashSet(m);
            for (int e = 0; e < m; e++) {
                present.add(LongHashSet.edgeKey(e % n, target[e]));
            }
            for (int e = 0; e < m; e++) {
                if (rng.nextDouble() >= p) {
                    continue;
                }
                int u = e % n;
                int w = rng.nextInt(n);
                boolean skip = false;
                while (w == u || present.contains(LongHashSet.edgeKey(u, w))) {
                    w = rng.nextInt(n);
                    if (deg[u] >= n - 1) {
                        skip = true;
                        break;
                    }
                }
                if (!skip) {
                    int v = target[e];
                    present.remove(LongHashSet.edgeKey(u, v));
                    present.add(LongHashSet.edgeKey(u, w));
                    deg[v]--;
                    deg[w]++;
                    target[e] = w;
                }
            }
        }
        EdgeList edges = new EdgeList(m);
        for (int e = 0; e < m; e++) {
            edges.add(e % n, target[e]);
        }
        return Graph.fromEdges(n, edges);
    }
}
