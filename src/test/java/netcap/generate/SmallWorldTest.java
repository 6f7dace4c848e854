package netcap.generate;

import ec.util.MersenneTwisterFast;
import netcap.world.Graph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmallWorldTest {
    @ParameterizedTest
    @CsvSource({"20,4", "50,8", "100,6", "1000,10", "999,20", "30,2"})
    void wattsStrogatzAtZeroIsTheRingLatticeWithKnownClustering(int n, int k) {
        Graph ws = new WattsStrogatz(n, k, 0).generate(null, new MersenneTwisterFast(1));
        Graph ring = new RingLattice(n, k).generate(null, new MersenneTwisterFast(2));
        assertArrayEquals(ring.offsets(), ws.offsets());
        assertArrayEquals(ring.adjacency(), ws.adjacency());
        assertEquals((long) n * k / 2, ws.edges());
        double expected = 3.0 * (k - 2) / (4.0 * (k - 1));
        assertEquals(expected, GraphChecks.averageClustering(ws), 1e-12);
        for (int u = 0; u < n; u++) {
            assertEquals(k, ws.degree(u));
        }
    }

    @Test
    void rewiringKeepsEdgeCountAndLowersClustering() {
        int n = 2000;
        int k = 10;
        double c0 = 3.0 * (k - 2) / (4.0 * (k - 1));
        double prev = c0;
        for (double p : new double[] {0.01, 0.1, 0.5, 1.0}) {
            Graph g = new WattsStrogatz(n, k, p).generate(null, new MersenneTwisterFast(5));
            GraphChecks.assertSimple(g);
            assertEquals((long) n * k / 2, g.edges(), "p=" + p);
            double c = GraphChecks.averageClustering(g);
            assertTrue(c < prev, "clustering should fall with p: p=" + p + " C=" + c);
            // Watts & Strogatz: C(p) ≈ C(0)(1-p)^3 (Barrat & Weigt 2000)
            assertEquals(c0 * Math.pow(1 - p, 3), c, 0.02 + 0.05 * c0 * Math.pow(1 - p, 3), "p=" + p);
            prev = c;
        }
    }

    @Test
    void denseRewiringTerminates() {
        // k = n-2: most rewirings find no free target and are skipped
        Graph g = new WattsStrogatz(12, 10, 1).generate(null, new MersenneTwisterFast(3));
        GraphChecks.assertSimple(g);
        assertEquals(60, g.edges());
    }
}
