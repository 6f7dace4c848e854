package netcap.model;

import ec.util.MersenneTwisterFast;
import netcap.generate.NetworkGenerator;
import netcap.world.EdgeList;
import netcap.world.Graph;
import netcap.world.NodeAttributes;

/** Small fixed networks for model tests. */
final class TestNetworks {
    private TestNetworks() {
    }

    /** The complete graph on n nodes. */
    static NetworkGenerator complete(int n) {
        int[][] edges = new int[n * (n - 1) / 2][];
        int k = 0;
        for (int u = 0; u < n; u++) {
            for (int v = u + 1; v < n; v++) {
                edges[k++] = new int[] {u, v};
            }
        }
        return of(n, edges);
    }

    /** A generator returning the given edges on n nodes. */
    static NetworkGenerator of(int n, int[][] edges) {
        return new NetworkGenerator() {
            @Override
            public int nodes() {
                return n;
            }

            @Override
            public Graph generate(NodeAttributes attrs, MersenneTwisterFast rng) {
                EdgeList el = new EdgeList();
                for (int[] e : edges) {
                    el.add(e[0], e[1]);
                }
                return Graph.fromEdges(n, el);
            }
        };
    }

    /** A ring where each node is tied to its k nearest neighbours, plus random chords from the rng. */
    static NetworkGenerator ringWithChords(int n, int k, int chords) {
        return new NetworkGenerator() {
            @Override
            public int nodes() {
                return n;
            }

            @Override
            public Graph generate(NodeAttributes attrs, MersenneTwisterFast rng) {
                EdgeList el = new EdgeList();
                for (int u = 0; u < n; u++) {
                    for (int j = 1; j <= k / 2; j++) {
                        el.add(u, (u + j) % n);
                    }
                }
                for (int c = 0; c < chords; c++) {
                    el.add(rng.nextInt(n), rng.nextInt(n));
                }
                return Graph.fromEdges(n, el);
            }
        };
    }
}
