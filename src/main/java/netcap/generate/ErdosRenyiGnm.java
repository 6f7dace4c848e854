package netcap.generate;

import ec.util.MersenneTwisterFast;
import netcap.world.EdgeList;
import netcap.world.Graph;
import netcap.world.NodeAttributes;

/**
 * The uniform random graph G(n, m): exactly m distinct edges, every such graph equally likely
 * (Erdős &amp; Rényi, "On random graphs I", Publicationes Mathematicae 6:290, 1959).
 *
 * <p>If m is at most half of the N = n(n-1)/2 possible pairs, uniform pairs are drawn and
 * duplicates rejected with a hash set (expected fewer than 2m draws, O(n + m) time and memory);
 * otherwise the N - m absent pairs are drawn the same way and the complement is listed, O(N).
 *
 * <p>Constraints: n &gt;= 0, 0 &lt;= m &lt;= n(n-1)/2 and m at most about 1.07·10<sup>9</sup>
 * (the capacity of {@link Graph}). Node attributes are not used.
 */
public final class ErdosRenyiGnm implements NetworkGenerator {
    static final String NAME = "erdosRenyiGnm";
    private final int n;
    private final long m;

    public ErdosRenyiGnm(int n, long m) {
        Check.nodes(NAME, n, 0);
        long max = (long) n * (n - 1) / 2;
        if (m < 0 || m > max) {
            throw Check.fail(NAME, "m must be in [0, n*(n-1)/2] = [0, " + max + "], was " + m);
        }
        Check.edges(NAME, m, "m");
        this.n = n;
        this.m = m;
    }

    @Override
    public int nodes() {
        return n;
    }

    @Override
    public Graph generate(NodeAttributes attrs, MersenneTwisterFast rng) {
        long max = (long) n * (n - 1) / 2;
        EdgeList edges = new EdgeList((int) m);
        if (m <= max / 2) {
            LongHashSet seen = new LongHashSet(m);
            while (seen.size() < m) {
                int u = rng.nextInt(n);
                int v = rng.nextInt(n);
                if (u != v && seen.add(LongHashSet.edgeKey(u, v))) {
                    edges.add(u, v);
                }
            }
        } else {
            long absent = max - m;
            LongHashSet skip = new LongHashSet(absent);
            while (skip.size() < absent) {
                int u = rng.nextInt(n);
                int v = rng.nextInt(n);
                if (u != v) {
                    skip.add(LongHashSet.edgeKey(u, v));
                }
            }
            for (int u = 0; u < n; u++) {
                for (int v = u + 1; v < n; v++) {
                    if (!skip.contains(LongHashSet.edgeKey(u, v))) {
                        edges.add(u, v);
                    }
                }
            }
        }
        return Graph.fromEdges(n, edges);
    }
}
