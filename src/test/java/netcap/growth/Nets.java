package netcap.growth;

import netcap.generate.Generators;
import netcap.random.Streams;
import netcap.world.EdgeList;
import netcap.world.Graph;
import netcap.world.NodeAttributes;

import java.util.Map;

/** Small networks for the growth tests. */
final class Nets {
    private Nets() {
    }

    static Graph of(int n, int[][] edges) {
        EdgeList el = new EdgeList();
        for (int[] e : edges) {
            el.add(e[0], e[1]);
        }
        return Graph.fromEdges(n, el);
    }

    /**
     * 0 - 1 - 2 - 3, 1 - 3, and 4 isolated. Degrees: 0:1, 1:3, 2:2, 3:2, 4:0.
     */
    static Graph five() {
        return of(5, new int[][] {{0, 1}, {1, 2}, {2, 3}, {1, 3}});
    }

    static Graph er(int n, double z, long seed) {
        return Generators.create("erdosRenyiGnp", Map.of("n", n, "p", z / (n - 1.0)))
                .generate(new NodeAttributes(n, 1), Streams.rng(seed));
    }
}
