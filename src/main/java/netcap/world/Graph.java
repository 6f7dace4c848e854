package netcap.world;

import java.util.Arrays;

/**
 * An immutable, undirected, simple graph in compressed sparse row form: the neighbours of node
 * {@code u} are {@code adj[offset[u] .. offset[u+1])}, sorted ascending. Every undirected edge
 * appears twice (once per end). This is what generators produce, what metrics read, and what a
 * {@link MultiplexNetwork} is built from.
 *
 * <p>Memory: 4 bytes per directed entry plus 4 bytes per node.
 */
public final class Graph implements Adjacency {
    private final int n;
    private final int[] offset;
    private final int[] adj;

    private Graph(int n, int[] offset, int[] adj) {
        this.n = n;
        this.offset = offset;
        this.adj = adj;
    }

    /**
     * Builds a simple graph on {@code n} nodes from an edge list; self-loops are dropped and
     * parallel edges are merged. Cost O(n + m log d).
     *
     * @throws IllegalArgumentException if an endpoint lies outside {@code 0..n-1}
     */
    public static Graph fromEdges(int n, EdgeList edges) {
        if (n < 0) {
            throw new IllegalArgumentException("number of nodes must be >= 0, was " + n);
        }
        int m = edges.size();
        int[] deg = new int[n + 1];
        for (int i = 0; i < m; i++) {
            int u = edges.source(i);
            int v = edges.target(i);
            if (u < 0 || u >= n || v < 0 || v >= n) {
                throw new IllegalArgumentException("edge " + u + "-" + v + " has an endpoint outside 0.." + (n - 1));
            }
            if (u != v) {
                deg[u]++;
                deg[v]++;
            }
        }
        int[] off = new int[n + 1];
        for (int u = 0; u < n; u++) {
            off[u + 1] = off[u] + deg[u];
        }
        int[] fill = Arrays.copyOf(off, n);
        int[] raw = new int[off[n]];
        for (int i = 0; i < m; i++) {
            int u = edges.source(i);
            int v = edges.target(i);
            if (u != v) {
                raw[fill[u]++] = v;
                raw[fill[v]++] = u;
            }
        }
        // sort each row and drop duplicates
        int[] newOff = new int[n + 1];
        int w = 0;
        for (int u = 0; u < n; u++) {
            int s = off[u];
            int e = off[u + 1];
            Arrays.sort(raw, s, e);
            newOff[u] = w;
            int last = -1;
            for (int i = s; i < e; i++) {
                if (raw[i] != last) {
                    raw[w++] = raw[i];
                    last = raw[i];
                }
            }
        }
        newOff[n] = w;
        return new Graph(n, newOff, w == raw.length ? raw : Arrays.copyOf(raw, w));
    }

    /** Number of nodes. */
    @Override
    public int nodes() {
        return n;
    }

    /** Number of undirected edges. */
    public long edges() {
        return adj.length / 2;
    }

    /** Degree of node {@code u}. O(1). */
    @Override
    public int degree(int u) {
        return offset[u + 1] - offset[u];
    }

    /** Index in {@link #adjacency()} where the neighbours of {@code u} begin. */
    @Override
    public int start(int u) {
        return offset[u];
    }

    /** Index in {@link #adjacency()} one past the neighbours of {@code u}. */
    public int end(int u) {
        return offset[u + 1];
    }

    /** The {@code i}-th neighbour of {@code u}, in ascending order. */
    public int neighbor(int u, int i) {
        return adj[offset[u] + i];
    }

    /** Whether {@code u} and {@code v} are adjacent. O(log degree(u)). */
    public boolean hasEdge(int u, int v) {
        return Arrays.binarySearch(adj, offset[u], offset[u + 1], v) >= 0;
    }

    @Override
    public int[] neighbors() {
        return adj;
    }

    /** The shared adjacency array (do not modify). */
    public int[] adjacency() {
        return adj;
    }

    /** The shared offset array of length {@code nodes()+1} (do not modify). */
    public int[] offsets() {
        return offset;
    }

    /** The edges as a list with {@code u < v}, in ascending order of {@code (u, v)}. */
    public EdgeList toEdgeList() {
        EdgeList list = new EdgeList(adj.length / 2);
        for (int u = 0; u < n; u++) {
            for (int i = offset[u]; i < offset[u + 1]; i++) {
                if (u < adj[i]) {
                    list.add(u, adj[i]);
                }
            }
        }
        return list;
    }
}
