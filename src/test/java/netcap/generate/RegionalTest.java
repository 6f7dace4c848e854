package netcap.generate;

import ec.util.MersenneTwisterFast;
import netcap.world.Graph;
import netcap.world.NodeAttributes;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegionalTest {
    @Test
    void meanDegreePositionsAndRegionalTies() {
        int n = 20000;
        int regions = 8;
        NodeAttributes attrs = new NodeAttributes(n, 2);
        Regional gen = new Regional(n, regions, 0.05, 12, 0);
        Graph g = gen.generate(attrs, new MersenneTwisterFast(77));
        GraphChecks.assertSimple(g);
        assertTrue(attrs.placed);
        assertEquals(12, GraphChecks.meanDegree(g), 0.36, "mean degree"); // 3%: beta is re-estimated from the realised edges
        int[] size = new int[regions];
        for (int i = 0; i < n; i++) {
            assertTrue(attrs.x[i] >= 0 && attrs.x[i] <= 1 && attrs.y[i] >= 0 && attrs.y[i] <= 1, "position " + i);
            assertTrue(attrs.region[i] >= 0 && attrs.region[i] < regions);
            size[attrs.region[i]]++;
        }
        long samePairs = 0;
        for (int s : size) {
            assertTrue(s > 0);
            samePairs += (long) s * (s - 1) / 2;
        }
        long allPairs = (long) n * (n - 1) / 2;
        long sameTies = 0;
        for (int u = 0; u < n; u++) {
            for (int i = g.start(u); i < g.end(u); i++) {
                int v = g.adjacency()[i];
                if (u < v && attrs.region[u] == attrs.region[v]) {
                    sameTies++;
                }
            }
        }
        double pSame = sameTies / (double) samePairs;
        double pDiff = (g.edges() - sameTies) / (double) (allPairs - samePairs);
        assertTrue(pSame > 10 * pDiff, "P(tie | same region) = " + pSame + ", P(tie | different) = " + pDiff);
    }

    @Test
    void explicitDecayAndBeta() {
        int n = 5000;
        NodeAttributes attrs = new NodeAttributes(n, 1);
        Regional gen = new Regional(n, 1, 1.0, 8, 0.05);
        Graph g = gen.generate(attrs, new MersenneTwisterFast(5));
        assertEquals(8, GraphChecks.meanDegree(g), 0.24);
        assertEquals(0.05, gen.lastDecay());
        assertTrue(gen.lastBeta() > 0 && gen.lastBeta() <= 1);
        // tie probability falls with distance: mean tie length well below the mean pair distance (~0.52)
        double len = 0;
        for (int u = 0; u < n; u++) {
            for (int i = g.start(u); i < g.end(u); i++) {
                int v = g.adjacency()[i];
                len += Math.hypot(attrs.x[u] - attrs.x[v], attrs.y[u] - attrs.y[v]);
            }
        }
        len /= 2.0 * g.edges();
        assertEquals(0.1, len, 0.03, "mean tie length ~ 2 * decay");
    }

    @Test
    void unreachableMeanDegreeWithExplicitDecay() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Regional(1000, 1, 1.0, 50, 0.001).generate(new NodeAttributes(1000, 1),
                        new MersenneTwisterFast(1)));
        assertTrue(e.getMessage().startsWith("regional: meanDegree 50 is unreachable with decay 0.001"), e.getMessage());
    }
}
