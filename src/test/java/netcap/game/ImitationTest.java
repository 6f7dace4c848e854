package netcap.game;

import netcap.generate.Generators;
import netcap.random.CounterRandom;
import netcap.random.Streams;
import netcap.world.Graph;
import netcap.world.NodeAttributes;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Strategy updates: pairwise comparison, Fermi, exploration, masks, determinism. */
class ImitationTest {
    private static final int DRAWS = 40_000;

    static Graph ba(int n, long seed) {
        return Generators.create("barabasiAlbert", Map.of("n", n, "m", 2)).generate(new NodeAttributes(n, 1), Streams.rng(seed));
    }

    /** Fraction of steps in which node {@code x} changes strategy. */
    private static double switchRate(Graph g, byte[] plays, double[] payoff, byte[] s, UpdateRule rule, double beta,
                                     double mu, int strategies, int x) {
        byte[] next = new byte[s.length];
        int changed = 0;
        for (int step = 0; step < DRAWS; step++) {
            PublicGoodsGame.imitate(g, plays, payoff, s, next, rule, beta, mu, strategies, CostVariant.PER_GAME, 3, 1, 77, step);
            changed += next[x] != s[x] ? 1 : 0;
        }
        return changed / (double) DRAWS;
    }

    /** 4.5 binomial standard errors. */
    private static void assertRate(double expected, double actual) {
        double se = Math.sqrt(expected * (1 - expected) / DRAWS);
        assertEquals(expected, actual, 4.5 * se + 1e-12, "rate");
    }

    @Test
    void pairwiseNeverCopiesPoorerNeighbours() {
        Graph star = PayoffTest.star();
        byte[] s = {0, 1, 1, 1};
        double[] payoff = {10, 1, 2, 3};
        assertEquals(0.0, switchRate(star, null, payoff, s, UpdateRule.PAIRWISE_COMPARISON, 0, 0, 2, 0));
        // equal payoffs: no change either
        assertEquals(0.0, switchRate(star, null, new double[] {1, 1, 1, 1}, s, UpdateRule.PAIRWISE_COMPARISON, 0, 0, 2, 0));
    }

    @Test
    void pairwiseAdoptsWithProbabilityDifferenceOverM() {
        Graph pair = PayoffTest.graph(2, 0, 1);
        byte[] s = {1, 0};
        // k> = 1, per game, r = 3, c = 1: M = 2 * 1 * 4 = 8; P1 - P0 = 3 -> 3/8
        double rate = switchRate(pair, null, new double[] {0, 3}, s, UpdateRule.PAIRWISE_COMPARISON, 0, 0, 2, 0);
        assertRate(3.0 / 8, rate);
        assertEquals(0.0, switchRate(pair, null, new double[] {0, 3}, s, UpdateRule.PAIRWISE_COMPARISON, 0, 0, 2, 1));
    }

    @Test
    void pairwiseChoosesTheNeighbourUniformly() {
        // centre 0 (strategy 0) of a star; leaves 1, 2 richer with strategy 1, leaf 3 richer with strategy 2.
        Graph star = PayoffTest.star();
        byte[] s = {0, 1, 1, 2};
        double[] payoff = {0, 16, 16, 16}; // M = (3 + 1) * 4 = 16: adoption certain once chosen
        byte[] next = new byte[4];
        int[] counts = new int[3];
        for (int step = 0; step < DRAWS; step++) {
            PublicGoodsGame.imitate(star, null, payoff, s, next, UpdateRule.PAIRWISE_COMPARISON, 0, 0, 3, CostVariant.PER_GAME, 3, 1, 5, step);
            counts[next[0]]++;
        }
        assertEquals(0, counts[0]);
        assertRate(2.0 / 3, counts[1] / (double) DRAWS);
        assertRate(1.0 / 3, counts[2] / (double) DRAWS);
    }

    @Test
    void fermiWithZeroBetaIsACoinFlip() {
        Graph pair = PayoffTest.graph(2, 0, 1);
        byte[] s = {1, 0};
        double rate = switchRate(pair, null, new double[] {5, -5}, s, UpdateRule.FERMI, 1e-9, 0, 2, 0);
        assertRate(0.5, rate);
        // and with beta = 1 and P_y - P_x = 1: 1 / (1 + e^-1)
        rate = switchRate(pair, null, new double[] {0, 1}, s, UpdateRule.FERMI, 1, 0, 2, 0);
        assertRate(1 / (1 + Math.exp(-1)), rate);
        // strong selection: (almost) never copies the poorer
        assertEquals(0.0, switchRate(pair, null, new double[] {1, 0}, s, UpdateRule.FERMI, 100, 0, 2, 0));
    }

    @Test
    void explorationSwitchesToAUniformOtherStrategy() {
        // isolated nodes: imitation cannot change anything, only exploration
        Graph g = PayoffTest.graph(3);
        byte[] s = {0, 1, 2};
        double[] payoff = new double[3];
        byte[] next = new byte[3];
        int changed = 0;
        int[] to = new int[3];
        for (int step = 0; step < DRAWS; step++) {
            PublicGoodsGame.imitate(g, null, payoff, s, next, UpdateRule.PAIRWISE_COMPARISON, 0, 0.1, 3, CostVariant.PER_GAME, 3, 1, 9, step);
            if (next[1] != 1) {
                changed++;
                to[next[1]]++;
            }
        }
        assertRate(0.1, changed / (double) DRAWS);
        assertEquals(0, to[1]);
        assertEquals(0.5, to[0] / (double) changed, 4.5 * Math.sqrt(0.25 / changed));
        // two strategies: exploration always flips
        assertRate(0.2, switchRate(g, null, payoff, new byte[] {0, 1, 0}, UpdateRule.FERMI, 1, 0.2, 2, 2));
    }

    @Test
    void nonPlayersNeitherUpdateNorAreCopied() {
        Graph star = PayoffTest.star();
        byte[] plays = {1, 0, 1, 1};
        byte[] s = {0, 1, 0, 0};
        double[] payoff = {0, 100, 0, 0}; // rich leaf 1 does not play
        assertEquals(0.0, switchRate(star, plays, payoff, s, UpdateRule.FERMI, 0, 0, 2, 0));
        assertEquals(0.0, switchRate(star, plays, payoff, s, UpdateRule.FERMI, 0, 0.5, 2, 1));
        // the centre's only playing neighbours have its strategy; leaves only see the centre
        assertEquals(0.0, switchRate(star, plays, payoff, s, UpdateRule.FERMI, 0, 0, 2, 2));
    }

    @Test
    void deterministicAndIndependentOfSlicing() {
        int n = 500;
        Graph g = ba(n, 3);
        byte[] s = new byte[n];
        double[] a = new double[n];
        byte[] plays = new byte[n];
        for (int i = 0; i < n; i++) {
            s[i] = (byte) (CounterRandom.uniform(1, 0, i, 0) * 3);
            a[i] = s[i] == 0 ? 1 : s[i] == 1 ? 0 : 0.5;
            plays[i] = (byte) (CounterRandom.uniform(1, 0, i, 1) < 0.9 ? 1 : 0);
        }
        for (CostVariant v : CostVariant.values()) {
            double[] full = new double[n];
            new PublicGoodsGame().payoffs(g, plays, a, 3.5, 1, v, full);
            // the three passes on slices, processed in reverse order
            PublicGoodsGame sliced = new PublicGoodsGame();
            sliced.ensureCapacity(n);
            double[] parts = new double[n];
            int[] cut = {0, 123, 321, n};
            for (int p = 2; p >= 0; p--) {
                sliced.prepare(g, plays, a, 1, v, cut[p], cut[p + 1]);
            }
            for (int p = 2; p >= 0; p--) {
                sliced.share(g, plays, 3.5, cut[p], cut[p + 1]);
            }
            for (int p = 2; p >= 0; p--) {
                sliced.collect(g, plays, parts, cut[p], cut[p + 1]);
            }
            assertArrayEquals(full, parts);
            for (UpdateRule rule : UpdateRule.values()) {
                byte[] one = new byte[n];
                byte[] two = new byte[n];
                byte[] other = new byte[n];
                PublicGoodsGame.imitate(g, plays, full, s, one, rule, 0.5, 0.05, 3, v, 3.5, 1, 42, 7);
                for (int p = 2; p >= 0; p--) {
                    PublicGoodsGame.imitate(g, plays, full, s, two, rule, 0.5, 0.05, 3, v, 3.5, 1, 42, 7, cut[p], cut[p + 1]);
                }
                assertArrayEquals(one, two, v + " " + rule);
                PublicGoodsGame.imitate(g, plays, full, s, other, rule, 0.5, 0.05, 3, v, 3.5, 1, 43, 7);
                assertFalse(java.util.Arrays.equals(one, other), "another key gives other draws");
                boolean changed = false;
                for (int i = 0; i < n; i++) {
                    changed |= one[i] != s[i];
                }
                assertTrue(changed);
            }
        }
    }

    @Test
    void normalizationBoundsEveryNeighbourPairOnRandomStates() {
        int n = 400;
        Graph g = ba(n, 11);
        double[] a = new double[n];
        double[] p = new double[n];
        PublicGoodsGame game = new PublicGoodsGame();
        for (int trial = 0; trial < 50; trial++) {
            for (int i = 0; i < n; i++) {
                double u = CounterRandom.uniform(trial, 1, i, 0);
                // extremes: mostly pure strategies, hubs alternate, some fractions
                a[i] = u < 0.45 ? 0 : u < 0.9 ? 1 : u;
            }
            for (CostVariant v : CostVariant.values()) {
                double r = 1 + trial % 7;
                game.payoffs(g, null, a, r, 1, v, p);
                for (int x = 0; x < n; x++) {
                    for (int i = g.start(x); i < g.start(x) + g.degree(x); i++) {
                        int y = g.neighbors()[i];
                        double m = PublicGoodsGame.maxPayoffDifference(g.degree(x), g.degree(y), r, 1, v);
                        assertTrue(Math.abs(p[y] - p[x]) <= m, v + " r=" + r + ": |" + p[y] + " - " + p[x] + "| > " + m);
                    }
                }
            }
        }
    }
}
