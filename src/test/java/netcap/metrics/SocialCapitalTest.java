package netcap.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ec.util.MersenneTwisterFast;
import netcap.generate.BarabasiAlbert;
import netcap.random.Streams;
import netcap.world.Graph;
import netcap.world.MultiplexNetwork;
import netcap.world.NodeAttributes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The per-agent social-capital measures against networkx 2.8.8 on the four real networks
 * ({@code networks/social-capital-reference.json}, written by src/test/scripts/social-capital-reference.py),
 * the sampled betweenness, and the per-layer ties on a hand-built multiplex network.
 */
class SocialCapitalTest {
    private static final double TOL = 1e-9;

    private static JsonNode reference() {
        try (InputStream in = SocialCapitalTest.class.getResourceAsStream("/networks/social-capital-reference.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertMatches(JsonNode expected, double[] actual, String what) {
        assertEquals(expected.size(), actual.length, what + ": number of nodes");
        for (int i = 0; i < actual.length; i++) {
            JsonNode e = expected.get(i);
            if (e.isNull()) {
                assertTrue(Double.isNaN(actual[i]), what + " of node " + i + " should be NaN, was " + actual[i]);
            } else {
                assertEquals(e.asDouble(), actual[i], TOL, what + " of node " + i);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"karate", "florentine", "lesmis", "davis"})
    void equalsNetworkx(String name) {
        Graph g = Networks.load(name);
        JsonNode ref = reference().get(name);
        assertEquals(ref.get("nodes").asInt(), g.nodes());
        SocialCapital.Structure s = SocialCapital.structure(g, SocialCapital.EXACT_BETWEENNESS_LIMIT, 1, null);
        assertMatches(ref.get("constraint"), s.constraint(), name + " constraint");
        assertMatches(ref.get("effective_size"), s.effectiveSize(), name + " effective size");
        assertMatches(ref.get("clustering"), s.clustering(), name + " clustering");
        assertTrue(s.betweenness().exact());
        assertMatches(ref.get("betweenness"), s.betweenness().value(), name + " betweenness");
    }

    @Test
    void isolatesAndTinyGraphsFollowNetworkx() {
        Graph g = Networks.graph(4, 0, 1, 1, 2); // a path and an isolate
        SocialCapital.Structure s = SocialCapital.structure(g, 10, 1, null);
        assertTrue(Double.isNaN(s.constraint()[3]));
        assertTrue(Double.isNaN(s.effectiveSize()[3]));
        assertEquals(0, s.clustering()[3]);
        assertEquals(1.0, s.constraint()[0], TOL); // a single tie: fully constrained
        assertEquals(0.5, s.constraint()[1], TOL); // two unconnected contacts: 2 * (1/2)^2
        assertEquals(2.0, s.effectiveSize()[1], TOL);
        // networkx: 2 ordered pairs (0,2),(2,0) through 1, times 1/((n-1)(n-2)) = 1/6
        assertEquals(2.0 / 6, s.betweenness().value()[1], TOL);
        assertEquals(0, SocialCapital.betweenness(Networks.graph(2, 0, 1), 10, 1, null).value()[0]);
    }

    /** The pivot estimator is unbiased: averaged over many draws it equals the exact value, within its standard errors. */
    @Test
    void sampledBetweennessIsUnbiasedWithHonestStandardErrors() {
        Graph g = Networks.load("lesmis");
        int n = g.nodes();
        double[] exact = SocialCapital.betweenness(g, n, 1, null).value();
        MersenneTwisterFast rng = Streams.rng(7, "test/betweenness");
        int draws = 400;
        int k = 20;
        double[] mean = new double[n];
        double[] se2 = new double[n];
        double covered = 0;
        for (int r = 0; r < draws; r++) {
            SocialCapital.Betweenness b = SocialCapital.betweenness(g, 10, k, rng); // limit lowered: sampled
            assertFalse(b.exact());
            assertEquals(k, b.pivots());
            for (int v = 0; v < n; v++) {
                mean[v] += b.value()[v] / draws;
                se2[v] += b.standardError()[v] * b.standardError()[v] / draws;
                if (Math.abs(b.value()[v] - exact[v]) <= 2 * b.standardError()[v] + 1e-12) {
                    covered++;
                }
            }
        }
        for (int v = 0; v < n; v++) {
            // the mean of 400 draws lies within 4 standard errors of the mean of the exact value
            double seOfMean = Math.sqrt(se2[v] / draws);
            assertEquals(exact[v], mean[v], 4 * seOfMean + 1e-12, "node " + v);
        }
        // +-2 standard errors cover most estimates (skewed dependencies make it a little under 95%)
        assertTrue(covered / (draws * n) > 0.85, "coverage " + covered / (draws * n));
    }

    /** Above the exact limit: the error of the top nodes on a 6,000-node scale-free graph, and its reported standard error. */
    @Test
    void sampledBetweennessErrorAboveTheLimit() {
        int n = 6000;
        Graph g = new BarabasiAlbert(n, 3).generate(new NodeAttributes(n, 1), Streams.rng(3, "test/ba"));
        SocialCapital.Betweenness sampled = SocialCapital.betweenness(g, SocialCapital.EXACT_BETWEENNESS_LIMIT,
                SocialCapital.BETWEENNESS_PIVOTS, Streams.rng(3, "test/pivots"));
        assertFalse(sampled.exact());
        // exact for the comparison (limit raised)
        double[] exact = SocialCapital.betweenness(g, n, 1, null).value();
        int[] byExact = java.util.stream.IntStream.range(0, n).boxed()
                .sorted((a, b) -> Double.compare(exact[b], exact[a])).mapToInt(Integer::intValue).toArray();
        double[] top1 = errors(sampled, exact, byExact, n / 100);
        double[] top10 = errors(sampled, exact, byExact, n / 10);
        System.out.printf("sampled betweenness, n=%d, k=%d: mean relative error (relative SE, share within 2 SE) "
                + "top 1%%: %.3f (%.3f, %.2f), top 10%%: %.3f (%.3f, %.2f)%n", n, sampled.pivots(),
                top1[0], top1[1], top1[2], top10[0], top10[1], top10[2]);
        // measured: top 1% 0.144 (SE 0.146, 88% within 2 SE), top 10% 0.313 (SE 0.296, 67%)
        assertTrue(top1[0] < 0.2, "mean relative error of the top 1%: " + top1[0]);
        assertTrue(top1[2] > 0.8, "share of the top 1% within 2 standard errors: " + top1[2]);
        assertTrue(top10[0] < 0.4, "mean relative error of the top 10%: " + top10[0]);
        // the reported standard error is an honest size of the error
        assertEquals(top1[0], top1[1], 0.3 * top1[0]);
        assertEquals(top10[0], top10[1], 0.3 * top10[0]);
    }

    /** Mean relative error, mean relative standard error and share within 2 standard errors of the {@code top} nodes. */
    private static double[] errors(SocialCapital.Betweenness sampled, double[] exact, int[] byExact, int top) {
        double rel = 0;
        double se = 0;
        int within = 0;
        for (int i = 0; i < top; i++) {
            int v = byExact[i];
            double err = Math.abs(sampled.value()[v] - exact[v]);
            rel += err / exact[v];
            se += sampled.standardError()[v] / exact[v];
            if (err <= 2 * sampled.standardError()[v]) {
                within++;
            }
        }
        return new double[] {rel / top, se / top, (double) within / top};
    }

    @Test
    void tiesByLayerStrengthAndLevelOnAHandBuiltMultiplex() {
        MultiplexNetwork net = new MultiplexNetwork(5, 16, List.of("forum", "chat"));
        int phys = 1;
        int forum = 2;
        int chat = 4;
        net.addTie(0, 1, phys, MultiplexNetwork.FRIEND, 0.5f, 0.25f);
        net.addTie(0, 2, phys | forum, MultiplexNetwork.STRANGER, 0.75f, 0.5f);
        net.addTie(0, 3, chat, MultiplexNetwork.CLOSE_FRIEND, 0.125f, 1f);
        net.addTie(1, 2, forum | chat, MultiplexNetwork.ACQUAINTANCE, 0.5f, 0.5f);
        net.addTie(0, 4, phys, MultiplexNetwork.CONTACT, 1f, 1f); // 4 is not a member: a latent tie
        boolean[] member = {true, true, true, true, false};
        SocialCapital.Measures m = SocialCapital.of(net, member, 100, 1, null);
        assertEquals(3, m.layers());
        assertEquals(4, m.members());
        // agent 0: physical {1,2}, forum {2}, chat {3}, all {1,2,3}; the tie to 4 does not count
        assertArrayEquals(new int[] {2, 1, 1, 3}, new int[] {m.degree()[0][0], m.degree()[1][0], m.degree()[2][0], m.degree()[3][0]});
        assertEquals(0.5 + 0.75, m.strength()[0][0], 1e-7);
        assertEquals(0.75, m.strength()[1][0], 1e-7);
        assertEquals(0.125, m.strength()[2][0], 1e-7);
        assertEquals(1.375, m.strength()[3][0], 1e-7);
        // agent 3's own trust in 0 is 1: strength is directed
        assertEquals(1.0, m.strength()[3][3], 1e-7);
        assertEquals(1.0, m.strength()[2][3], 1e-7);
        assertEquals(0, m.degree()[0][3]);
        // level profile of agent 0: stranger, friend, close friend (the contact tie to 4 is latent)
        int[] profile0 = new int[5];
        for (int l = 0; l < 5; l++) {
            profile0[l] = m.levels()[l][0];
        }
        assertArrayEquals(new int[] {1, 0, 0, 1, 1}, profile0);
        assertEquals(1, m.levels()[MultiplexNetwork.ACQUAINTANCE][1]);
        // structure on the members' graph: triangle 0-1-2 plus pendant 3
        assertEquals(1.0 / 3, m.structure().clustering()[0], TOL);
        assertEquals(3 - 2.0 / 3, m.structure().effectiveSize()[0], TOL);
        assertEquals(1.0, m.structure().constraint()[3], TOL);
        // betweenness normalised by the member count: node 0 lies on 1-3 and 2-3, 4 ordered pairs / (3*2)
        assertEquals(4.0 / 6, m.structure().betweenness().value()[0], TOL);
        // the non-member: no ties counted, NaN structure and strength
        assertEquals(0, m.degree(4));
        assertTrue(Double.isNaN(m.structure().constraint()[4]));
        assertTrue(Double.isNaN(m.structure().betweenness().value()[4]));
        assertTrue(Double.isNaN(m.strength()[0][4]));
        // everyone a member: the latent tie counts
        assertEquals(4, SocialCapital.of(net, null, 100, 1, null).degree(0));
    }

    @Test
    void meanAndMedianSkipNaN() {
        assertEquals(2, SocialCapital.mean(new double[] {1, Double.NaN, 3}), TOL);
        assertEquals(2.5, SocialCapital.median(new double[] {4, 1, Double.NaN, 2, 3}), TOL);
        assertTrue(Double.isNaN(SocialCapital.median(new double[] {Double.NaN})));
    }
}
