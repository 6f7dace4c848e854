package netcap.generate;

import ec.util.MersenneTwisterFast;
import netcap.world.Graph;
import netcap.world.NodeAttributes;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HomophilyTest {
    static double meanTieSimilarity(Graph g, NodeAttributes a) {
        double sum = 0;
        double inv = 1 / Math.sqrt(a.interestDims);
        for (int u = 0; u < g.nodes(); u++) {
            for (int i = g.start(u); i < g.end(u); i++) {
                sum += Homophily.similarity(a.interest, a.interestDims, inv, u, g.adjacency()[i]);
            }
        }
        return sum / (2.0 * g.edges());
    }

    @Test
    void homophilyRaisesTieSimilarityAtTheTargetMeanDegree() {
        int n = 20000;
        NodeAttributes attrs = new NodeAttributes(n, 5).randomInterests(new MersenneTwisterFast(9));
        double[] sim = new double[4];
        double[] h = {-3, 0, 3, 8};
        for (int t = 0; t < h.length; t++) {
            Graph g = new Homophily(n, 10, h[t]).generate(attrs, new MersenneTwisterFast(100 + t));
            GraphChecks.assertSimple(g);
            assertEquals(10, GraphChecks.meanDegree(g), 1.0, "h=" + h[t]);
            sim[t] = meanTieSimilarity(g, attrs);
        }
        // h = 0 is G(n,p): tie similarity is the pair mean (about 0.6 for 5 uniform dimensions)
        assertTrue(sim[0] < sim[1] - 0.02 && sim[1] < sim[2] - 0.02 && sim[2] < sim[3] - 0.02,
                java.util.Arrays.toString(sim));
    }

    @Test
    void thinningMatchesTheModelOnASmallGraph() {
        // exact calibration (all pairs) on n = 300: expected edge count = sum of P_ij; check over replicates
        int n = 300;
        NodeAttributes attrs = new NodeAttributes(n, 3).randomInterests(new MersenneTwisterFast(4));
        Homophily gen = new Homophily(n, 20, 6);
        double total = 0;
        int reps = 40;
        for (int r = 0; r < reps; r++) {
            total += gen.generate(attrs, new MersenneTwisterFast(r)).edges();
        }
        double expected = 20.0 * n / 2;
        // sd of the mean of reps Poisson-binomial counts <= sqrt(expected / reps)
        assertEquals(expected, total / reps, 4 * Math.sqrt(expected / reps));
    }
}
