package netcap.game;

import netcap.world.EdgeList;
import netcap.world.Graph;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Hand-computed payoffs of the public goods game on small graphs (worked values in the comments). */
class PayoffTest {
    private static final double EPS = 1e-12;

    static Graph graph(int n, int... ends) {
        EdgeList e = new EdgeList();
        for (int i = 0; i < ends.length; i += 2) {
            e.add(ends[i], ends[i + 1]);
        }
        return Graph.fromEdges(n, e);
    }

    /** Star: centre 0, leaves 1, 2, 3. Groups G0 = {0,1,2,3}, Gi = {i, 0}. */
    static Graph star() {
        return graph(4, 0, 1, 0, 2, 0, 3);
    }

    private static double[] pay(Graph g, byte[] plays, double[] a, double r, double c, CostVariant v) {
        double[] p = new double[g.nodes()];
        new PublicGoodsGame().payoffs(g, plays, a, r, c, v, p);
        return p;
    }

    @Test
    void starPerGameWithFractionalContribution() {
        // a = (1, 0, 1, 0.5), r = 3, c = 1: q = a.
        // s0 = 3 * 2.5 / 4 = 1.875; s1 = 3 * (0 + 1) / 2 = 1.5; s2 = 3 * 2 / 2 = 3; s3 = 3 * 1.5 / 2 = 2.25
        // P0 = 1.875 + 1.5 + 3 + 2.25 - 1 * 4 = 4.625; P1 = 1.5 + 1.875 = 3.375;
        // P2 = 3 + 1.875 - 2 = 2.875; P3 = 2.25 + 1.875 - 0.5 * 2 = 3.125
        double[] p = pay(star(), null, new double[] {1, 0, 1, 0.5}, 3, 1, CostVariant.PER_GAME);
        assertArrayEquals(new double[] {4.625, 3.375, 2.875, 3.125}, p, EPS);
    }

    @Test
    void starPerIndividualWithFractionalContribution() {
        // q = a c / (k + 1): q0 = 1/4, q1 = 0, q2 = 1/2, q3 = 0.5/2 = 1/4
        // s0 = 3 * 1 / 4 = 0.75; s1 = 3 * 0.25 / 2 = 0.375; s2 = 3 * 0.75 / 2 = 1.125; s3 = 3 * 0.5 / 2 = 0.75
        // P0 = 0.75 + 0.375 + 1.125 + 0.75 - 1 = 2; P1 = 0.375 + 0.75 = 1.125;
        // P2 = 1.125 + 0.75 - 1 = 0.875; P3 = 0.75 + 0.75 - 0.5 = 1
        double[] p = pay(star(), null, new double[] {1, 0, 1, 0.5}, 3, 1, CostVariant.PER_INDIVIDUAL);
        assertArrayEquals(new double[] {2, 1.125, 0.875, 1}, p, EPS);
    }

    @Test
    void starWithANonPlayingLeaf() {
        byte[] plays = {1, 1, 0, 1};
        double[] all = {1, 1, 1, 1};
        // leaf 2 is in no group: G0 = {0, 1, 3}, game degrees k0 = 2, k1 = k3 = 1.
        // per game, r = 2, c = 1: s0 = 2 * 3 / 3 = 2, s1 = s3 = 2 * 2 / 2 = 2;
        // P0 = 2 + 2 + 2 - 3 = 3, P1 = P3 = 2 + 2 - 2 = 2, P2 = 0 (contribution ignored)
        assertArrayEquals(new double[] {3, 2, 0, 2}, pay(star(), plays, all, 2, 1, CostVariant.PER_GAME), EPS);
        // per individual: q0 = 1/3, q1 = q3 = 1/2; s0 = 2 * (4/3) / 3 = 8/9, s1 = s3 = 2 * (5/6) / 2 = 5/6
        // P0 = 8/9 + 5/6 + 5/6 - 1 = 14/9, P1 = P3 = 5/6 + 8/9 - 1 = 13/18
        assertArrayEquals(new double[] {14.0 / 9, 13.0 / 18, 0, 13.0 / 18},
                pay(star(), plays, all, 2, 1, CostVariant.PER_INDIVIDUAL), EPS);
    }

    @Test
    void pathPerGame() {
        // path 0-1-2, a = (1, 0, 1), r = 1.5, c = 2: q = (2, 0, 2); sizes 2, 3, 2
        // s0 = 1.5 * 2 / 2 = 1.5, s1 = 1.5 * 4 / 3 = 2, s2 = 1.5
        // P0 = 1.5 + 2 - 2 * 2 = -0.5, P1 = 1.5 + 2 + 1.5 = 5, P2 = -0.5
        Graph path = graph(3, 0, 1, 1, 2);
        assertArrayEquals(new double[] {-0.5, 5, -0.5}, pay(path, null, new double[] {1, 0, 1}, 1.5, 2, CostVariant.PER_GAME), EPS);
        // per individual: q = (1, 0, 1) (2 / 2); s0 = 1.5 * 1 / 2 = 0.75, s1 = 1.5 * 2 / 3 = 1, s2 = 0.75
        // P0 = 0.75 + 1 - 2 = -0.25, P1 = 2.5, P2 = -0.25
        assertArrayEquals(new double[] {-0.25, 2.5, -0.25},
                pay(path, null, new double[] {1, 0, 1}, 1.5, 2, CostVariant.PER_INDIVIDUAL), EPS);
    }

    @Test
    void triangle() {
        Graph t = graph(3, 0, 1, 1, 2, 0, 2);
        // all cooperate, r = 3, c = 1: every group pools 3, share 3; per game P = 9 - 3 = 6
        assertArrayEquals(new double[] {6, 6, 6}, pay(t, null, new double[] {1, 1, 1}, 3, 1, CostVariant.PER_GAME), EPS);
        // per individual: q = 1/3, pool 1, share 1: P = 3 - 1 = 2
        assertArrayEquals(new double[] {2, 2, 2}, pay(t, null, new double[] {1, 1, 1}, 3, 1, CostVariant.PER_INDIVIDUAL), EPS);
        // one cooperator, per game: pools 1, shares 1: P0 = 3 - 3 = 0, defectors 3
        assertArrayEquals(new double[] {0, 3, 3}, pay(t, null, new double[] {1, 0, 0}, 3, 1, CostVariant.PER_GAME), EPS);
        // only 0 and 1 play: a 2-node game; per game, r = 3: s = 3 * 2 / 2 = 3 each, P = 6 - 2 = 4
        assertArrayEquals(new double[] {4, 4, 0},
                pay(t, new byte[] {1, 1, 0}, new double[] {1, 1, 1}, 3, 1, CostVariant.PER_GAME), EPS);
    }

    @Test
    void isolatedPlayerGetsItsOwnReturn() {
        Graph g = graph(2);
        // a lone group of one: P = r a c - a c
        assertArrayEquals(new double[] {1.5, 0}, pay(g, null, new double[] {0.5, 0}, 4, 1, CostVariant.PER_GAME), EPS);
        assertArrayEquals(new double[] {1.5, 0}, pay(g, null, new double[] {0.5, 0}, 4, 1, CostVariant.PER_INDIVIDUAL), EPS);
    }

    @Test
    void totalPayoffIsRMinusOneTimesTotalCost() {
        Graph g = netcap.generate.Generators.create("barabasiAlbert", java.util.Map.of("n", 300, "m", 2))
                .generate(new netcap.world.NodeAttributes(300, 1), netcap.random.Streams.rng(5));
        double[] a = new double[300];
        byte[] plays = new byte[300];
        for (int i = 0; i < 300; i++) {
            a[i] = (i % 7) / 6.0;
            plays[i] = (byte) (i % 5 == 0 ? 0 : 1);
        }
        for (CostVariant v : CostVariant.values()) {
            PublicGoodsGame game = new PublicGoodsGame();
            double[] p = new double[300];
            game.payoffs(g, plays, a, 2.5, 1.3, v, p);
            double total = 0;
            double cost = 0;
            for (int u = 0; u < 300; u++) {
                total += p[u];
                if (plays[u] != 0) {
                    int k = PublicGoodsGame.gameDegree(g, plays, u);
                    cost += v == CostVariant.PER_GAME ? a[u] * 1.3 * (k + 1) : a[u] * 1.3;
                } else {
                    assertEquals(0.0, p[u]);
                }
            }
            assertEquals(1.5 * cost, total, 1e-9 * cost, v.name());
        }
    }

    @Test
    void bufferReuseGivesTheSameResult() {
        PublicGoodsGame game = new PublicGoodsGame();
        double[] p1 = new double[4];
        double[] p2 = new double[3];
        game.payoffs(star(), null, new double[] {1, 0, 1, 0.5}, 3, 1, CostVariant.PER_GAME, p1);
        game.payoffs(graph(3, 0, 1, 1, 2), null, new double[] {1, 0, 1}, 1.5, 2, CostVariant.PER_GAME, p2);
        game.payoffs(star(), null, new double[] {1, 0, 1, 0.5}, 3, 1, CostVariant.PER_GAME, p1);
        assertArrayEquals(new double[] {4.625, 3.375, 2.875, 3.125}, p1, EPS);
        assertArrayEquals(new double[] {-0.5, 5, -0.5}, p2, EPS);
    }

    @Test
    void shortArraysAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new PublicGoodsGame().payoffs(star(), null, new double[3], 3, 1, CostVariant.PER_GAME, new double[4]));
        assertThrows(IllegalArgumentException.class,
                () -> new PublicGoodsGame().payoffs(star(), new byte[2], new double[4], 3, 1, CostVariant.PER_GAME, new double[4]));
    }

    @Test
    void normalizationBoundsThePayoffDifference() {
        // per game: (k> + 1) c (r + 1); per individual: c (r (k> + 1) / 2 + 1)
        assertEquals(4 * 2.0 * 4, PublicGoodsGame.maxPayoffDifference(3, 1, 3, 2, CostVariant.PER_GAME), EPS);
        assertEquals(2.0 * (3 * 4 / 2.0 + 1), PublicGoodsGame.maxPayoffDifference(1, 3, 3, 2, CostVariant.PER_INDIVIDUAL), EPS);
        // the star's extreme: defecting leaves around a cooperating hub and vice versa stay within M
        Graph s = star();
        for (CostVariant v : CostVariant.values()) {
            double[] p = pay(s, null, new double[] {1, 0, 0, 0}, 3, 1, v);
            double m = PublicGoodsGame.maxPayoffDifference(3, 1, 3, 1, v);
            for (int leaf = 1; leaf < 4; leaf++) {
                assertTrue(Math.abs(p[leaf] - p[0]) <= m, v + ": " + p[leaf] + " vs " + p[0] + ", M = " + m);
            }
        }
    }

    private static void assertTrue(boolean b, String msg) {
        org.junit.jupiter.api.Assertions.assertTrue(b, msg);
    }
}
