package netcap.generate;

import ec.util.MersenneTwisterFast;
import netcap.world.EdgeList;
import netcap.world.Graph;
import netcap.world.NodeAttributes;

/**
 * Preferential attachment (Barabási &amp; Albert, "Emergence of scaling in random networks",
 * Science 286:509, 1999). Seed: the complete graph on nodes 0..m (every seed node has degree m).
 * Each further node v = m+1..n-1 attaches to m distinct earlier nodes, each chosen with
 * probability proportional to its current degree (degrees before v's own ties), using the list
 * of edge endpoints in which node u appears degree(u) times (Batagelj &amp; Brandes, "Efficient
 * generation of large random networks", Physical Review E 71:036113, 2005) and rejecting a
 * node already chosen for v. The degree distribution has tail exponent 3.
 *
 * <p>Exactly m(m+1)/2 + m·(n-m-1) edges; every degree is at least m.
 *
 * <p>Constraints: m &gt;= 1, n &gt;= m+1, 2·edges within the capacity of {@link Graph}. Cost:
 * O(n·m) expected time and 8 bytes per edge besides the graph. Node attributes are not used.
 */
public final class BarabasiAlbert implements NetworkGenerator {
    static final String NAME = "barabasiAlbert";
    private final int n;
    private final int m;

    public BarabasiAlbert(int n, int m) {
        if (m < 1) {
            throw Check.fail(NAME, "m must be >= 1, was " + m);
        }
        if (n < m + 1) {
            throw Check.fail(NAME, "n must be >= m+1 = " + (m + 1L) + ", was " + n);
        }
        Check.edges(NAME, edgeCount(n, m), "m(m+1)/2 + m(n-m-1)");
        this.n = n;
        this.m = m;
    }

    /** The exact number of edges generated: m(m+1)/2 + m(n-m-1). */
    public static long edgeCount(int n, int m) {
        return (long) m * (m + 1) / 2 + (long) m * (n - m - 1);
    }

    @Override
    public int nodes() {
        return n;
    }

    @Override
    public Graph generate(NodeAttributes attrs, MersenneTwisterFast rng) {
        int total = (int) edgeCount(n, m);
        int[] ends = new int[2 * total];
        int pos = 0;
        for (int i = 0; i <= m; i++) {
            for (int j = i + 1; j <= m; j++) {
                ends[pos++] = i;
                ends[pos++] = j;
            }
        }
        int[] mark = new int[n]; // mark[u] == v: u already chosen by v (v >= m+1 >= 2, so 0 is safe)
        int[] chosen = new int[m];
        for (int v = m + 1; v < n; v++) {
            int len = pos;
            for (int t = 0; t < m; t++) {
                int u;
                do {
                    u = ends[rng.nextInt(len)];
                } while (mark[u] == v);
                mark[u] = v;
                chosen[t] = u;
            }
            for (int t = 0; t < m; t++) {
                ends[pos++] = v;
                ends[pos++] = chosen[t];
            }
        }
        EdgeList edges = new EdgeList(total);
        for (int e = 0; e < total; e++) {
            edges.add(ends[2 * e], ends[2 * e + 1]);
        }
        return Graph.fromEdges(n, edges);
    }
}
