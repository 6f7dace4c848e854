package netcap.game;

import netcap.random.Streams;
import netcap.world.EdgeList;
import netcap.world.Graph;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The well-mixed limit: on a complete graph every group is the whole population, so a defector
 * always earns exactly {@code c N} more than a cooperator (cost per game) and, for eta < 1,
 * defection takes over under pairwise comparison without mutation.
 */
class WellMixedTest {
    static Graph complete(int n) {
        EdgeList e = new EdgeList();
        for (int u = 0; u < n; u++) {
            for (int v = u + 1; v < n; v++) {
                e.add(u, v);
            }
        }
        return Graph.fromEdges(n, e);
    }

    /** Generations until no cooperator is left (or -1 after {@code max}); final count in {@code out[0]}. */
    static int run(Graph g, byte[] s, double eta, CostVariant v, int max, long key, int[] out) {
        int n = g.nodes();
        double r = eta * n; // z + 1 = n
        byte[] next = new byte[n];
        double[] a = new double[n];
        double[] p = new double[n];
        PublicGoodsGame game = new PublicGoodsGame(n);
        for (int t = 0; t < max; t++) {
            int coop = 0;
            for (int i = 0; i < n; i++) {
                a[i] = s[i] == PublicGoodsGame.CONTRIBUTOR ? 1 : 0;
                coop += s[i] == PublicGoodsGame.CONTRIBUTOR ? 1 : 0;
            }
            out[0] = coop;
            if (coop == 0) {
                return t;
            }
            game.payoffs(g, null, a, r, 1, v, p);
            PublicGoodsGame.imitate(g, null, p, s, next, UpdateRule.PAIRWISE_COMPARISON, 0, 0, 2, v, r, 1, key, t);
            System.arraycopy(next, 0, s, 0, n);
        }
        return -1;
    }

    @Test
    void defectorsTakeOverFromHalfAndHalf() {
        int n = 60;
        Graph g = complete(n);
        for (CostVariant v : CostVariant.values()) {
            for (double eta : new double[] {0.3, 0.6, 0.9}) {
                for (int rep = 0; rep < 5; rep++) {
                    byte[] s = new byte[n];
                    for (int i = 0; i < n; i++) {
                        s[i] = (byte) (i % 2); // half cooperators
                    }
                    int[] out = new int[1];
                    // per individual, M = c (r N / 2 + 1) is loose here (the real gap is c): slow but sure
                    int t = run(g, s, eta, v, 60_000, Streams.child(rep, v.name() + eta), out);
                    assertEquals(0, out[0], v + " eta=" + eta + ": cooperators left");
                    org.junit.jupiter.api.Assertions.assertTrue(t > 0);
                }
            }
        }
    }

    @Test
    void aSingleDefectorInvadesAllCooperators() {
        int n = 80;
        Graph g = complete(n);
        byte[] s = new byte[n];
        s[17] = PublicGoodsGame.FREE_RIDER;
        int[] out = new int[1];
        run(g, s, 0.8, CostVariant.PER_GAME, 5000, 3, out);
        assertEquals(0, out[0]);
    }

    @Test
    void allCooperatorsStayWithoutMutation() {
        int n = 50;
        byte[] s = new byte[n];
        int[] out = new int[1];
        assertEquals(-1, run(complete(n), s, 0.8, CostVariant.PER_GAME, 100, 3, out));
        assertEquals(n, out[0]);
    }
}
