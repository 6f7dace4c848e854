package netcap.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ec.util.MersenneTwisterFast;
import netcap.random.Streams;
import netcap.world.EdgeList;
import netcap.world.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NetworkMetricsTest {
    private static final double TOL = 1e-9;

    private static NetworkMetrics.Result exact(Graph g) {
        return NetworkMetrics.compute(g, NetworkMetrics.Options.defaults().withForceExact(true), Streams.rng(7L));
    }

    // ------------------------------------------------------------------ real networks vs networkx

    @ParameterizedTest
    @ValueSource(strings = {"karate", "florentine", "lesmis", "davis"})
    void reproducesNetworkxReferenceMetrics(String name) {
        JsonNode ref = Networks.reference().get(name);
        assertNotNull(ref, "reference-metrics.json has no entry " + name);
        Map<String, Object> got = NetworkMetrics.compute(Networks.load(name), Streams.rng(1L)).toMap();
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = ref.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            assertTrue(got.containsKey(e.getKey()), name + ": result lacks key " + e.getKey());
            Object v = got.get(e.getKey());
            assertNotNull(v, name + ": " + e.getKey() + " is null");
            assertEquals(e.getValue().asDouble(), ((Number) v).doubleValue(), TOL, name + ": " + e.getKey());
            checked++;
        }
        assertEquals(10, checked, "every reference metric is checked");
        assertEquals(Boolean.TRUE, got.get("paths_exact"));
    }

    @Test
    void jsonHasReferenceKeysAndExtras() throws Exception {
        NetworkMetrics.Result r = NetworkMetrics.compute(Networks.load("karate"), Streams.rng(1L));
        JsonNode json = new ObjectMapper().readTree(r.toJson());
        List<String> keys = List.of("nodes", "edges", "mean_degree", "max_degree", "average_clustering",
                "transitivity", "connected_components", "average_shortest_path_length", "diameter",
                "degree_assortativity", "largest_component", "path_sample_size", "paths_exact",
                "degree_distribution");
        for (String k : keys) {
            assertTrue(json.has(k), "missing " + k);
        }
        assertEquals(keys.size(), json.size());
        assertEquals(34, json.get("path_sample_size").asInt());
        assertEquals(34, json.get("largest_component").asInt());
        // karate degree histogram: 1 node of degree 1, 11 of degree 2, ..., max 17
        assertEquals(18, json.get("degree_distribution").size());
        assertEquals(11, json.get("degree_distribution").get(2).asInt());
        int sum = 0;
        for (JsonNode c : json.get("degree_distribution")) {
            sum += c.asInt();
        }
        assertEquals(34, sum);
        assertEquals(45, r.triangles());
    }

    // ------------------------------------------------------------------ small hand-checked graphs

    @Test
    void triangle() {
        NetworkMetrics.Result r = exact(Networks.graph(3, 0, 1, 1, 2, 2, 0));
        assertEquals(3, r.nodes());
        assertEquals(3, r.edges());
        assertEquals(2.0, r.meanDegree(), TOL);
        assertEquals(2, r.maxDegree());
        assertArrayEquals(new int[] {0, 0, 3}, r.degreeDistribution());
        assertEquals(1, r.triangles());
        assertEquals(1.0, r.averageClustering(), TOL);
        assertEquals(1.0, r.transitivity(), TOL);
        assertEquals(1.0, r.averageShortestPathLength(), TOL);
        assertEquals(1, r.diameter());
        // regular graph: degree variance at edge ends is 0, correlation undefined (networkx: nan)
        assertTrue(Double.isNaN(r.degreeAssortativity()));
    }

    @Test
    void path() {
        NetworkMetrics.Result r = exact(Networks.graph(4, 0, 1, 1, 2, 2, 3));
        assertEquals(0.0, r.averageClustering(), TOL);
        assertEquals(0.0, r.transitivity(), TOL);
        assertEquals(10.0 / 6.0, r.averageShortestPathLength(), TOL);
        assertEquals(3, r.diameter());
        assertEquals(-0.5, r.degreeAssortativity(), TOL); // networkx: -0.4999999999999988
        assertEquals(1.5, r.meanDegree(), TOL);
    }

    @Test
    void starIsPerfectlyDisassortative() {
        NetworkMetrics.Result r = exact(Networks.graph(6, 0, 1, 0, 2, 0, 3, 0, 4, 0, 5));
        assertEquals(-1.0, r.degreeAssortativity(), TOL);
        assertEquals(0.0, r.averageClustering(), TOL);
        assertEquals(0.0, r.transitivity(), TOL);
        assertEquals(5.0 / 3.0, r.averageShortestPathLength(), TOL);
        assertEquals(2, r.diameter());
        assertEquals(5, r.maxDegree());
        assertArrayEquals(new int[] {0, 5, 0, 0, 0, 1}, r.degreeDistribution());
    }

    @Test
    void twoComponentsPathsWithinTheLargest() {
        // triangle 0-1-2 and path 3-4-5-6: the path (4 nodes) is the largest component
        NetworkMetrics.Result r = exact(Networks.graph(7, 0, 1, 1, 2, 2, 0, 3, 4, 4, 5, 5, 6));
        assertEquals(2, r.connectedComponents());
        assertEquals(4, r.largestComponent());
        assertEquals(10.0 / 6.0, r.averageShortestPathLength(), TOL);
        assertEquals(3, r.diameter());
        assertEquals(4, r.pathSampleSize());
        assertEquals(3.0 / 7.0, r.averageClustering(), TOL);
        assertEquals(0.6, r.transitivity(), TOL);
        assertEquals(-0.2, r.degreeAssortativity(), 1e-12); // networkx: -0.19999999999999687
    }

    @Test
    void isolatedNodesCountAsComponentsAndZeroClustering() {
        NetworkMetrics.Result r = exact(Networks.graph(5, 0, 1, 1, 2, 2, 0));
        assertEquals(3, r.connectedComponents());
        assertEquals(3, r.largestComponent());
        assertEquals(3.0 / 5.0, r.averageClustering(), TOL);
        assertEquals(1.2, r.meanDegree(), TOL);
    }

    @Test
    void emptyGraphGivesZerosAndUndefinedAssortativity() throws Exception {
        NetworkMetrics.Result r = exact(Graph.fromEdges(0, new EdgeList()));
        assertEquals(0, r.nodes());
        assertEquals(0, r.edges());
        assertEquals(0.0, r.meanDegree());
        assertEquals(0, r.maxDegree());
        assertEquals(0.0, r.averageClustering());
        assertEquals(0.0, r.transitivity());
        assertEquals(0, r.connectedComponents());
        assertEquals(0, r.largestComponent());
        assertEquals(0.0, r.averageShortestPathLength());
        assertEquals(0, r.diameter());
        assertEquals(0, r.pathSampleSize());
        assertEquals(0, r.degreeDistribution().length);
        assertTrue(Double.isNaN(r.degreeAssortativity()));
        JsonNode json = new ObjectMapper().readTree(r.toJson());
        assertTrue(json.get("degree_assortativity").isNull());
        assertNull(r.toMap().get("degree_assortativity"));
    }

    @Test
    void singleNode() {
        NetworkMetrics.Result r = exact(Graph.fromEdges(1, new EdgeList()));
        assertEquals(1, r.nodes());
        assertEquals(0.0, r.meanDegree());
        assertArrayEquals(new int[] {1}, r.degreeDistribution());
        assertEquals(1, r.connectedComponents());
        assertEquals(1, r.largestComponent());
        assertEquals(0.0, r.averageShortestPathLength());
        assertEquals(0, r.diameter());
        assertEquals(1, r.pathSampleSize());
        assertTrue(r.pathsExact());
        assertEquals(0.0, r.averageClustering());
        assertTrue(Double.isNaN(r.degreeAssortativity()));
    }

    @Test
    void trianglesMatchBruteForceOnRandomGraph() {
        MersenneTwisterFast rng = Streams.rng(42L);
        int n = 120;
        EdgeList e = new EdgeList();
        for (int u = 0; u < n; u++) {
            for (int v = u + 1; v < n; v++) {
                if (rng.nextDouble() < (u < 10 ? 0.6 : 0.08)) { // a few hubs
                    e.add(u, v);
                }
            }
        }
        Graph g = Graph.fromEdges(n, e);
        long[] tri = NetworkMetrics.triangles(g);
        long total = 0;
        for (int u = 0; u < n; u++) {
            long t = 0;
            for (int i = 0; i < g.degree(u); i++) {
                for (int j = i + 1; j < g.degree(u); j++) {
                    if (g.hasEdge(g.neighbor(u, i), g.neighbor(u, j))) {
                        t++;
                    }
                }
            }
            assertEquals(t, tri[u], "triangles at " + u);
            total += t;
        }
        assertTrue(total > 100);
        assertEquals(total / 3, exact(g).triangles());
    }

    // ------------------------------------------------------------------ sampled shortest paths
    @Test
    void exactPathsMatchPlainBfsOnRandomGraphs() {
        // direction-optimizing BFS (top-down and bottom-up levels) against a textbook BFS
        for (double meanDegree : new double[] {1.5, 4, 30}) {
            MersenneTwisterFast rng = Streams.rng(Double.doubleToLongBits(meanDegree));
            int n = 700;
            EdgeList e = new EdgeList();
            for (int i = 0; i < n * meanDegree / 2; i++) {
                e.add(rng.nextInt(n), rng.nextInt(n));
            }
            Graph g = Graph.fromEdges(n, e);
            NetworkMetrics.Components c = NetworkMetrics.components(g);
            long sum = 0;
            int diameter = 0;
            int[] dist = new int[n];
            int[] queue = new int[n];
            for (int s = 0; s < n; s++) {
                if (c.label()[s] != c.largestLabel()) {
                    continue;
                }
                java.util.Arrays.fill(dist, -1);
                int head = 0;
                int tail = 0;
                queue[tail++] = s;
                dist[s] = 0;
                while (head < tail) {
                    int u = queue[head++];
                    sum += dist[u];
                    diameter = Math.max(diameter, dist[u]);
                    for (int i = 0; i < g.degree(u); i++) {
                        int v = g.neighbor(u, i);
                        if (dist[v] < 0) {
                            dist[v] = dist[u] + 1;
                            queue[tail++] = v;
                        }
                    }
                }
            }
            NetworkMetrics.Result r = exact(g);
            long size = c.largestSize();
            assertEquals((double) sum / (size * (size - 1)), r.averageShortestPathLength(), 1e-12, "k=" + meanDegree);
            assertEquals(diameter, r.diameter(), "k=" + meanDegree);
        }
    }


    @Test
    void exactPathsOnGridMatchTheFormula() {
        int side = 40; // mean distance of an L x L grid over ordered pairs of distinct nodes = 2L/3
        NetworkMetrics.Result r = exact(Networks.grid(side));
        assertEquals(2.0 * side / 3.0, r.averageShortestPathLength(), 1e-9);
        assertEquals(2 * (side - 1), r.diameter());
        assertEquals(side * side, r.pathSampleSize());
        assertTrue(r.pathsExact());
    }

    @Test
    void sampledPathsOnGridAreCloseToExact() {
        int side = 70;
        Graph g = Networks.grid(side);
        NetworkMetrics.Options sampled = NetworkMetrics.Options.defaults()
                .withExactThreshold(1000).withPathSamples(200);
        NetworkMetrics.Result r = NetworkMetrics.compute(g, sampled, Streams.rng(3L));
        assertFalse(r.pathsExact());
        assertEquals(200, r.pathSampleSize());
        double exactMean = 2.0 * side / 3.0;
        assertEquals(exactMean, r.averageShortestPathLength(), 0.03 * exactMean);
        assertTrue(r.averageShortestPathLength() != exactMean, "a sample is not the exact value");
        // diameter is a lower bound; the double sweep reaches the opposite corners of a grid
        assertTrue(r.diameter() <= 2 * (side - 1));
        assertTrue(r.diameter() >= 0.9 * 2 * (side - 1));

        // same seed, same result, whatever the thread count
        NetworkMetrics.Result again = NetworkMetrics.compute(g, sampled.withThreads(1), Streams.rng(3L));
        NetworkMetrics.Result two = NetworkMetrics.compute(g, sampled.withThreads(2), Streams.rng(3L));
        assertEquals(r.averageShortestPathLength(), again.averageShortestPathLength());
        assertEquals(again.averageShortestPathLength(), two.averageShortestPathLength());
        assertEquals(again.diameter(), two.diameter());
        NetworkMetrics.Result other = NetworkMetrics.compute(g, sampled, Streams.rng(4L));
        assertTrue(other.averageShortestPathLength() != r.averageShortestPathLength());
    }

    @Test
    void sampledPathsOnRingAreCloseToExact() {
        int n = 6000; // ring: mean distance over distinct pairs = n^2/4 / (n-1)
        EdgeList e = new EdgeList();
        for (int i = 0; i < n; i++) {
            e.add(i, (i + 1) % n);
        }
        NetworkMetrics.Result r = NetworkMetrics.compute(Graph.fromEdges(n, e), Streams.rng(5L));
        assertFalse(r.pathsExact(), "6000 nodes exceed the default exact threshold");
        assertEquals(NetworkMetrics.DEFAULT_PATH_SAMPLES, r.pathSampleSize());
        // on a vertex-transitive ring every source gives the exact mean
        assertEquals((double) n * n / 4 / (n - 1), r.averageShortestPathLength(), 1e-9);
        assertEquals(n / 2, r.diameter());
    }

    @Test
    void optionsRejectBadValues() {
        assertThrows(IllegalArgumentException.class, () -> new NetworkMetrics.Options(100, 0, false, 1));
        assertThrows(IllegalArgumentException.class, () -> new NetworkMetrics.Options(-1, 10, false, 1));
        assertThrows(IllegalArgumentException.class, () -> new NetworkMetrics.Options(100, 10, false, 0));
    }

    // ------------------------------------------------------------------ power law

    @Test
    void powerLawExponentRecoversKnownAlpha() {
        MersenneTwisterFast rng = Streams.rng(11L);
        double alpha = 2.5;
        int kmin = 10;
        int[] k = new int[200_000];
        for (int i = 0; i < k.length; i++) {
            // continuous power law above kmin - 1/2, rounded: the discrete model of CSN eq. 3.7
            double x = (kmin - 0.5) * Math.pow(1 - rng.nextDouble(), -1.0 / (alpha - 1));
            k[i] = (int) Math.round(x);
        }
        NetworkMetrics.PowerLawFit fit = NetworkMetrics.powerLawExponent(k, kmin);
        assertEquals(alpha, fit.alpha(), 0.03);
        assertEquals((fit.alpha() - 1) / Math.sqrt(fit.tailSize()), fit.sigma(), 1e-12);
        assertTrue(fit.tailSize() > 190_000);
    }

    @Test
    void powerLawHandCheckedAndEdgeCases() {
        // two values of 2 with kmin 1: alpha = 1 + 2 / (2 ln(2/0.5)) = 1 + 1/ln 4
        NetworkMetrics.PowerLawFit fit = NetworkMetrics.powerLawExponent(new int[] {2, 2, 0}, 1);
        assertEquals(1 + 1 / Math.log(4), fit.alpha(), 1e-12);
        assertEquals(2, fit.tailSize());
        assertTrue(Double.isNaN(NetworkMetrics.powerLawExponent(new int[] {1, 2}, 5).alpha()));
        assertThrows(IllegalArgumentException.class, () -> NetworkMetrics.powerLawExponent(new int[] {1}, 0));
        Graph star = Networks.graph(4, 0, 1, 0, 2, 0, 3);
        assertEquals(4, NetworkMetrics.powerLawExponent(star, 1).tailSize());
    }
}
