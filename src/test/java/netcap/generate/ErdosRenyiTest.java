package netcap.generate;

import ec.util.MersenneTwisterFast;
import netcap.world.Graph;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ErdosRenyiTest {
    @Test
    void gnpMeanDegree() {
        int n = 20000;
        double p = 0.001;
        Graph g = new ErdosRenyiGnp(n, p).generate(null, new MersenneTwisterFast(11));
        GraphChecks.assertSimple(g);
        double expected = p * (n - 1);
        assertEquals(expected, GraphChecks.meanDegree(g), 0.02 * expected);
    }

    @Test
    void gnpPairsAreUniform() {
        // every pair of a small graph has frequency p over many draws (skipping must not favour rows)
        int n = 12;
        double p = 0.3;
        int reps = 4000;
        int[][] count = new int[n][n];
        MersenneTwisterFast rng = new MersenneTwisterFast(3);
        for (int r = 0; r < reps; r++) {
            Graph g = new ErdosRenyiGnp(n, p).generate(null, rng);
            for (int u = 0; u < n; u++) {
                for (int i = g.start(u); i < g.end(u); i++) {
                    count[u][g.adjacency()[i]]++;
                }
            }
        }
        double sd = Math.sqrt(reps * p * (1 - p));
        for (int u = 0; u < n; u++) {
            for (int v = u + 1; v < n; v++) {
                assertEquals(reps * p, count[u][v], 4.5 * sd, u + "-" + v);
            }
        }
    }

    @Test
    void gnpExtremes() {
        assertEquals(0, new ErdosRenyiGnp(100, 0).generate(null, new MersenneTwisterFast(1)).edges());
        assertEquals(4950, new ErdosRenyiGnp(100, 1).generate(null, new MersenneTwisterFast(1)).edges());
        assertEquals(0, new ErdosRenyiGnp(0, 0.5).generate(null, new MersenneTwisterFast(1)).edges());
    }

    @Test
    void gnmExactEdgeCount() {
        for (long m : new long[] {0, 1, 1000, 60000}) {
            Graph g = new ErdosRenyiGnm(20000, m).generate(null, new MersenneTwisterFast(m));
            assertEquals(m, g.edges());
        }
        // dense branch (complement sampling) and the complete graph
        assertEquals(4000, new ErdosRenyiGnm(100, 4000).generate(null, new MersenneTwisterFast(2)).edges());
        assertEquals(4950, new ErdosRenyiGnm(100, 4950).generate(null, new MersenneTwisterFast(2)).edges());
    }
}
