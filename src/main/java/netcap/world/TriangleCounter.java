package netcap.world;

/**
 * Triangles through each node of an undirected network ({@link Adjacency}: each tie listed at
 * both ends, no self-ties, no duplicates). Forward algorithm: nodes are ranked by (degree, id);
 * each tie is oriented from the lower to the higher rank, so every node keeps at most O(sqrt(m))
 * out-neighbours, and a triangle u &lt; v &lt; w (by rank) is found once, by marking u's
 * out-neighbours and scanning the out-neighbours of each out-neighbour v. O(m sqrt(m)).
 *
 * <p>The scratch arrays are kept between calls, so a model can count every step without
 * allocating; one counter must not be used by two threads at once.
 */
public final class TriangleCounter implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private long[] tri = new long[0];
    private int[] fOff = new int[1];
    private int[] fAdj = new int[0];
    private int[] mark = new int[0];

    /**
     * Counts the triangles through each node of {@code g}; element {@code u} of the returned array
     * (valid until the next call; it may be longer than the number of nodes) is node u's count.
     */
    public long[] count(Adjacency g) {
        int n = g.nodes();
        int[] nbr = g.neighbors();
        if (tri.length < n) {
            tri = new long[n];
            fOff = new int[n + 1];
            mark = new int[n];
        }
        long[] t = tri;
        int[] off = fOff;
        java.util.Arrays.fill(t, 0, n, 0);
        java.util.Arrays.fill(mark, 0, n, -1);
        off[0] = 0;
        for (int u = 0; u < n; u++) {
            int du = g.degree(u);
            int c = 0;
            for (int i = g.start(u); i < g.start(u) + du; i++) {
                if (higher(nbr[i], g.degree(nbr[i]), u, du)) {
                    c++;
                }
            }
            off[u + 1] = off[u] + c;
        }
        if (fAdj.length < off[n]) {
            fAdj = new int[off[n]];
        }
        int[] out = fAdj;
        for (int u = 0; u < n; u++) {
            int du = g.degree(u);
            int p = off[u];
            for (int i = g.start(u); i < g.start(u) + du; i++) {
                if (higher(nbr[i], g.degree(nbr[i]), u, du)) {
                    out[p++] = nbr[i];
                }
            }
        }
        int[] mk = mark;
        for (int u = 0; u < n; u++) {
            int s = off[u];
            int e = off[u + 1];
            if (e - s < 2) {
                continue;
            }
            for (int i = s; i < e; i++) {
                mk[out[i]] = u;
            }
            long tu = 0;
            for (int i = s; i < e; i++) {
                int v = out[i];
                long tv = 0;
                for (int j = off[v]; j < off[v + 1]; j++) {
                    int w = out[j];
                    int hit = mk[w] == u ? 1 : 0; // without a branch: hits are frequent and irregular
                    tv += hit;
                    t[w] += hit;
                }
                t[v] += tv;
                tu += tv;
            }
            t[u] += tu;
        }
        return t;
    }

    private static boolean higher(int v, int dv, int u, int du) {
        return dv > du || (dv == du && v > u);
    }
}
