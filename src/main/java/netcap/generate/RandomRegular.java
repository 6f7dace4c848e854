package netcap.generate;

import ec.util.MersenneTwisterFast;
import netcap.world.EdgeList;
import netcap.world.Graph;
import netcap.world.NodeAttributes;

/**
 * A random d-regular simple graph: every node has degree exactly d.
 *
 * <p>Algorithm: the pairing (configuration) model with repair in rounds, as in Steger &amp;
 * Wormald, "Generating random regular graphs quickly", Combinatorics, Probability and Computing
 * 8:377, 1999, in the round-based form of networkx {@code random_regular_graph}: the n·d stubs
 * (d per node) are shuffled and paired off; a pair that is a self-loop or repeats an existing
 * edge is returned to the pool; the pool is reshuffled and paired again until it is empty. If no
 * pair of pool nodes could ever be joined (all remaining stubs on one node, or on nodes already
 * adjacent to each other) the attempt is discarded and restarted. For d = O(n<sup>1/28</sup>)
 * the output distribution is asymptotically uniform (Steger &amp; Wormald); in general it is
 * close to, not exactly, uniform. Failed attempts are rare for d much smaller than n; for
 * d &gt; (n-1)/2 a random (n-1-d)-regular graph is generated and complemented (O(n<sup>2</sup>),
 * and n is then at most about 65,000 anyway).
 *
 * <p>Expected cost O(n·d) time; memory the edge list plus a hash set of edges (about 12 bytes per
 * edge) and 4 bytes per stub. Measured: n = 10<sup>6</sup>, d = 20 in 2–4.5 s on a loaded 2-core machine.
 *
 * <p>Constraints: n &gt;= 0, 0 &lt;= d &lt; n (d = 0 if n = 0), n·d even, n·d/2 within the
 * capacity of {@link Graph}. Node attributes are not used.
 */
public final class RandomRegular implements NetworkGenerator {
    static final String NAME = "randomRegular";
    /** Attempts before giving up (practically never reached). */
    static final int MAX_ATTEMPTS = 1000;
    private final int n;
    private final int d;

    public RandomRegular(int n, int d) {
        Check.nodes(NAME, n, 0);
        if (d < 0 || (d >= n && d > 0)) {
            throw Check.fail(NAME, "d must be in [0, n-1] = [0, " + (n - 1) + "], was " + d);
        }
        if ((long) n * d % 2 != 0) {
            throw Check.fail(NAME, "n*d must be even, was " + n + "*" + d + " = " + (long) n * d);
        }
        Check.edges(NAME, (double) n * d / 2, "n*d/2");
        this.n = n;
        this.d = d;
    }

    @Override
    public int nodes() {
        return n;
    }

    @Override
    public Graph generate(NodeAttributes attrs, MersenneTwisterFast rng) {
        if (d == 0) {
            return Graph.fromEdges(n, new EdgeList(4));
        }
        if (2 * d > n - 1) {
            Graph g = Graph.fromEdges(n, pairing(n, n - 1 - d, rng));
            EdgeList edges = new EdgeList((int) ((long) n * d / 2));
            int[] adj = g.adjacency();
            for (int u = 0; u < n; u++) {
                int i = g.start(u);
                int end = g.end(u);
                for (int v = u + 1; v < n; v++) {
                    while (i < end && adj[i] < v) {
                        i++;
                    }
                    if (i < end && adj[i] == v) {
                        continue;
                    }
                    edges.add(u, v);
                }
            }
            return Graph.fromEdges(n, edges);
        }
        return Graph.fromEdges(n, pairing(n, d, rng));
    }

    private static EdgeList pairing(int n, int d, MersenneTwisterFast rng) {
        int total = (int) ((long) n * d);
        EdgeList edges = new EdgeList(total / 2);
        if (d == 0) {
            return edges;
        }
        int[] stubs = new int[total];
        int[] stamp = new int[n];
        int[] pool = new int[n];
        LongHashSet present = new LongHashSet(total / 2);
        int round = 0;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            edges.clear();
            present.clear();
            for (int i = 0; i < total; i++) {
                stubs[i] = i / d;
            }
            int len = total;
            boolean failed = false;
            while (len > 0) {
                for (int i = len - 1; i > 0; i--) {
                    int j = rng.nextInt(i + 1);
                    int t = stubs[i];
                    stubs[i] = stubs[j];
                    stubs[j] = t;
                }
                int left = 0;
                for (int i = 0; i < len; i += 2) {
                    int a = stubs[i];
                    int b = stubs[i + 1];
                    if (a != b && present.add(LongHashSet.edgeKey(a, b))) {
                        edges.add(a, b);
                    } else {
                        stubs[left++] = a;
                        stubs[left++] = b;
                    }
                }
                len = left;
                if (len > 0) {
                    // is there any pair of distinct, non-adjacent nodes among the remaining stubs?
                    round++;
                    int distinct = 0;
                    for (int i = 0; i < len; i++) {
                        if (stamp[stubs[i]] != round) {
                            stamp[stubs[i]] = round;
                            pool[distinct++] = stubs[i];
                        }
                    }
                    if (!suitable(pool, distinct, present)) {
                        failed = true;
                        break;
                    }
                }
            }
            if (!failed) {
                return edges;
            }
        }
        throw new IllegalStateException(NAME + ": no " + d + "-regular graph on " + n
                + " nodes found after " + MAX_ATTEMPTS + " attempts");
    }

    private static boolean suitable(int[] pool, int count, LongHashSet present) {
        for (int i = 1; i < count; i++) {
            for (int j = 0; j < i; j++) {
                if (!present.contains(LongHashSet.edgeKey(pool[i], pool[j]))) {
                    return true;
                }
            }
        }
        return false;
    }
}
