package netcap.generate;

import netcap.world.Graph;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Small helpers for the generator tests (a metrics package is written elsewhere). */
final class GraphChecks {
    private GraphChecks() {
    }

    /** Average local clustering coefficient; nodes of degree &lt; 2 count as 0 (networkx convention). */
    static double averageClustering(Graph g) {
        int n = g.nodes();
        int[] adj = g.adjacency();
        double sum = 0;
        for (int u = 0; u < n; u++) {
            int k = g.degree(u);
            if (k < 2) {
                continue;
            }
            long links = 0;
            for (int i = g.start(u); i < g.end(u); i++) {
                int v = adj[i];
                // count common neighbours of u and v by merging sorted lists
                int a = g.start(u);
                int b = g.start(v);
                while (a < g.end(u) && b < g.end(v)) {
                    if (adj[a] < adj[b]) {
                        a++;
                    } else if (adj[a] > adj[b]) {
                        b++;
                    } else {
                        links++;
                        a++;
                        b++;
                    }
                }
            }
            sum += links / ((double) k * (k - 1)); // each triangle edge counted twice: links/2 / (k(k-1)/2)
        }
        return n == 0 ? 0 : sum / n;
    }

    static double meanDegree(Graph g) {
        return g.nodes() == 0 ? 0 : 2.0 * g.edges() / g.nodes();
    }

    /** Asserts symmetric, sorted, loop-free, duplicate-free adjacency. */
    static void assertSimple(Graph g) {
        int[] adj = g.adjacency();
        for (int u = 0; u < g.nodes(); u++) {
            for (int i = g.start(u); i < g.end(u); i++) {
                assertTrue(adj[i] != u, "self-loop at " + u);
                assertTrue(i == g.start(u) || adj[i - 1] < adj[i], "unsorted or duplicate at " + u);
                assertTrue(g.hasEdge(adj[i], u), "asymmetric " + u + "-" + adj[i]);
            }
        }
    }
}
