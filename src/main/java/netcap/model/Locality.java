package netcap.model;

import netcap.world.EdgeList;
import netcap.world.Graph;
import netcap.world.NodeAttributes;

/**
 * Renumbering agents so that neighbours have nearby ids: a breadth-first order of the network
 * (component by component, each started at its lowest id, neighbours in ascending id order). The
 * mechanisms then read neighbours' rows from nearby memory, which on large networks is the
 * difference between cache hits and misses (see docs/performance.md). Cost O(N + entries).
 */
public final class Locality {
    private Locality() {
    }

    /** {@code order[newId] = oldId}: the breadth-first order of {@code g}. */
    public static int[] bfsOrder(Graph g) {
        int n = g.nodes();
        int[] order = new int[n];
        boolean[] seen = new boolean[n];
        int[] adj = g.adjacency();
        int tail = 0;
        for (int s = 0; s < n; s++) {
            if (seen[s]) {
                continue;
            }
            int head = tail;
            order[tail++] = s;
            seen[s] = true;
            while (head < tail) {
                int u = order[head++];
                for (int k = g.start(u); k < g.end(u); k++) {
                    int v = adj[k];
                    if (!seen[v]) {
                        seen[v] = true;
                        order[tail++] = v;
                    }
                }
            }
        }
        return order;
    }

    /** The graph with node {@code order[i]} renamed {@code i}. */
    public static Graph relabel(Graph g, int[] order) {
        int n = g.nodes();
        int[] newId = new int[n];
        for (int i = 0; i < n; i++) {
            newId[order[i]] = i;
        }
        EdgeList el = new EdgeList((int) Math.min(Integer.MAX_VALUE - 8, g.edges() + 1));
        int[] adj = g.adjacency();
        for (int u = 0; u < n; u++) {
            for (int k = g.start(u); k < g.end(u); k++) {
                if (u < adj[k]) {
                    el.add(newId[u], newId[adj[k]]);
                }
            }
        }
        return Graph.fromEdges(n, el);
    }

    /** The attributes with node {@code order[i]}'s values moved to {@code i}. */
    public static NodeAttributes relabel(NodeAttributes a, int[] order) {
        NodeAttributes b = new NodeAttributes(a.n, a.interestDims);
        int dims = a.interestDims;
        for (int i = 0; i < a.n; i++) {
            int o = order[i];
            b.x[i] = a.x[o];
            b.y[i] = a.y[o];
            b.region[i] = a.region[o];
            System.arraycopy(a.interest, o * dims, b.interest, i * dims, dims);
        }
        b.placed = a.placed;
        return b;
    }
}
