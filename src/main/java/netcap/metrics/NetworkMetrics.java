package netcap.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import ec.util.MersenneTwisterFast;
import netcap.world.Graph;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Structural metrics of a simple undirected {@link Graph}, with the definitions of networkx
 * 2.8 (the reference values in {@code data/networks/reference-metrics.json} are reproduced to
 * 1e-9):
 * <ul>
 *   <li>{@code mean_degree} = 2m/n; {@code max_degree}; {@code degree_distribution} = number
 *       of nodes of each degree 0..max_degree;</li>
 *   <li>{@code average_clustering}: mean over all nodes of the local clustering coefficient
 *       2T(u)/(d(d-1)), counting 0 for nodes of degree &lt; 2 ({@code nx.average_clustering});</li>
 *   <li>{@code transitivity} = 3 &times; triangles / connected triples, 0 when there is no
 *       triple ({@code nx.transitivity});</li>
 *   <li>{@code connected_components} (count) and {@code largest_component} (its node count;
 *       the first found, i.e. the one holding the smallest node id, on a tie);</li>
 *   <li>{@code average_shortest_path_length} and {@code diameter}: networkx raises on a
 *       disconnected graph; here both are computed <em>within the largest connected
 *       component</em> (equal to networkx's on a connected graph). The mean is over ordered
 *       pairs of distinct nodes of that component;</li>
 *   <li>{@code degree_assortativity}: Newman's (2002) Pearson correlation of the degrees at the
 *       two ends of an edge, each edge counted in both directions
 *       ({@code nx.degree_assortativity_coefficient}).</li>
 * </ul>
 *
 * <p><b>Shortest paths.</b> When the largest component has at most {@code exactThreshold}
 * nodes (or {@code forceExact}), a breadth-first search runs from every node of it: the values
 * are exact and {@code path_sample_size} is the component size. Otherwise BFS runs from
 * {@code pathSamples} distinct sources drawn uniformly from the component with the given
 * {@link MersenneTwisterFast}: {@code average_shortest_path_length} is then the mean distance
 * from the sampled sources to every other node of the component (an unbiased estimate of the
 * exact mean), and {@code diameter} is a <em>lower bound</em>: the largest eccentricity of the
 * sampled sources, improved by two extra "double sweep" searches from the farthest node found.
 * {@code paths_exact} tells which case applies. BFS runs on up to {@code threads} threads;
 * the result does not depend on the thread count.
 *
 * <p><b>Degenerate graphs</b> never throw and never produce NaN except where the quantity is
 * undefined: the empty graph (n = 0) gives every count and mean 0; a graph without edges gives
 * clustering, transitivity, path length and diameter 0; {@code degree_assortativity} is NaN
 * (written {@code null} in JSON) when there is no edge or the degrees at edge ends have zero
 * variance, e.g. a regular graph (networkx returns nan there too). A single node gives path
 * length 0, diameter 0 and {@code path_sample_size} 1.
 *
 * <p><b>Costs.</b> Degrees, components and assortativity O(n + m). Triangles O(m &middot;
 * sqrt(m)) time by the degree-ordered "forward" algorithm on sorted adjacency (Schank &amp;
 * Wagner 2005; Latapy 2008), 4m + 16n bytes extra. Paths O(s &middot; (n + m)) for s sources,
 * 8n + n/4 bytes per thread (direction-optimizing BFS, see {@code Bfs}); measured on 2 shared cores:
 * a 1M-node, 10M-edge random graph takes about 3 s for triangles and about 50 ms per BFS source.
 */
public final class NetworkMetrics {
    /** Largest component size for which shortest paths are computed exactly by default. */
    public static final int DEFAULT_EXACT_THRESHOLD = 5_000;
    /** Number of BFS sources sampled on larger components by default. */
    public static final int DEFAULT_PATH_SAMPLES = 500;

    private NetworkMetrics() {
    }

    /**
     * How shortest paths are computed.
     *
     * @param exactThreshold largest component size (nodes) up to which every node is a source
     * @param pathSamples    number of sampled sources above it; &gt;= 1
     * @param forceExact     exact paths regardless of size
     * @param threads        BFS worker threads; &gt;= 1
     */
    public record Options(int exactThreshold, int pathSamples, boolean forceExact, int threads) {
        public Options {
            if (exactThreshold < 0) {
                throw new IllegalArgumentException("exactThreshold must be >= 0, was " + exactThreshold);
            }
            if (pathSamples < 1) {
                throw new IllegalArgumentException("pathSamples must be >= 1, was " + pathSamples);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1, was " + threads);
            }
        }

        /** Defaults: exact up to {@value #DEFAULT_EXACT_THRESHOLD} nodes, else {@value #DEFAULT_PATH_SAMPLES} sources, all processors. */
        public static Options defaults() {
            return new Options(DEFAULT_EXACT_THRESHOLD, DEFAULT_PATH_SAMPLES, false,
                    Runtime.getRuntime().availableProcessors());
        }

        public Options withPathSamples(int samples) {
            return new Options(exactThreshold, samples, forceExact, threads);
        }

        public Options withExactThreshold(int threshold) {
            return new Options(threshold, pathSamples, forceExact, threads);
        }

        public Options withForceExact(boolean exact) {
            return new Options(exactThreshold, pathSamples, exact, threads);
        }

        public Options withThreads(int t) {
            return new Options(exactThreshold, pathSamples, forceExact, t);
        }
    }

    /**
     * The metrics of one graph. JSON keys (see {@link #toMap()}) are given per component.
     *
     * @param nodes                     {@code nodes}
     * @param edges                     {@code edges}
     * @param meanDegree                {@code mean_degree}
     * @param maxDegree                 {@code max_degree}
     * @param averageClustering         {@code average_clustering}
     * @param transitivity              {@code transitivity}
     * @param connectedComponents       {@code connected_components}
     * @param largestComponent          {@code largest_component}
     * @param averageShortestPathLength {@code average_shortest_path_length}, within the largest component
     * @param diameter                  {@code diameter}, within the largest component (a lower bound when sampled)
     * @param pathSampleSize            {@code path_sample_size}: BFS sources used (the component size when exact)
     * @param pathsExact                {@code paths_exact}
     * @param degreeAssortativity       {@code degree_assortativity}; NaN when undefined
     * @param triangles                 number of triangles (not in the JSON)
     * @param degreeDistribution        {@code degree_distribution}: element k = number of nodes of degree k
     */
    public record Result(int nodes, long edges, double meanDegree, int maxDegree,
                         double averageClustering, double transitivity,
                         int connectedComponents, int largestComponent,
                         double averageShortestPathLength, int diameter,
                         int pathSampleSize, boolean pathsExact,
                         double degreeAssortativity, long triangles,
                         int[] degreeDistribution) {

        /**
         * The metrics under their JSON keys, in a fixed order; the keys of
         * {@code reference-metrics.json} plus {@code largest_component}, {@code path_sample_size},
         * {@code paths_exact} and {@code degree_distribution}. NaN becomes {@code null}.
         */
        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("nodes", nodes);
            m.put("edges", edges);
            m.put("mean_degree", finite(meanDegree));
            m.put("max_degree", maxDegree);
            m.put("average_clustering", finite(averageClustering));
            m.put("transitivity", finite(transitivity));
            m.put("connected_components", connectedComponents);
            m.put("largest_component", largestComponent);
            m.put("average_shortest_path_length", finite(averageShortestPathLength));
            m.put("diameter", diameter);
            m.put("path_sample_size", pathSampleSize);
            m.put("paths_exact", pathsExact);
            m.put("degree_assortativity", finite(degreeAssortativity));
            List<Integer> dist = new ArrayList<>(degreeDistribution.length);
            for (int c : degreeDistribution) {
                dist.add(c);
            }
            m.put("degree_distribution", dist);
            return m;
        }

        /** {@link #toMap()} as pretty JSON (objects indented, arrays on one line). */
        public String toJson() {
            return json(toMap());
        }

        /** A map as JSON, pretty-printed as {@link #toJson()} prints. */
        public static String json(Map<String, Object> map) {
            try {
                return JSON.writer(PRETTY).writeValueAsString(map);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Double finite(double v) {
            return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance);

    /**
     * Every metric with {@link Options#defaults()}. The random stream is used only when the
     * largest component exceeds the exact threshold.
     */
    public static Result compute(Graph g, MersenneTwisterFast rng) {
        return compute(g, Options.defaults(), rng);
    }

    /** Every metric; {@code rng} draws the BFS sources when paths are sampled. */
    public static Result compute(Graph g, Options options, MersenneTwisterFast rng) {
        int n = g.nodes();
        long m = g.edges();
        int[] off = g.offsets();

        int maxDeg = 0;
        for (int u = 0; u < n; u++) {
            maxDeg = Math.max(maxDeg, off[u + 1] - off[u]);
        }
        int[] dist = new int[maxDeg + 1];
        if (n == 0) {
            dist = new int[0];
        }
        for (int u = 0; u < n; u++) {
            dist[off[u + 1] - off[u]]++;
        }
        double meanDegree = n == 0 ? 0.0 : 2.0 * m / n;

        long[] tri = triangles(g);
        long triangles = 0;
        double clusteringSum = 0;
        long triples = 0;
        for (int u = 0; u < n; u++) {
            long d = off[u + 1] - off[u];
            triangles += tri[u];
            if (d >= 2) {
                clusteringSum += 2.0 * tri[u] / (d * (d - 1));
                triples += d * (d - 1) / 2;
            }
        }
        triangles /= 3;
        double avgClustering = n == 0 ? 0.0 : clusteringSum / n;
        double transitivity = triples == 0 ? 0.0 : 3.0 * triangles / triples;

        Components comps = components(g);
        PathStats paths = paths(g, comps, options, rng);

        return new Result(n, m, meanDegree, maxDeg, avgClustering, transitivity,
                comps.count, comps.largestSize, paths.mean, paths.diameter,
                paths.sources, paths.exact, degreeAssortativity(g), triangles, dist);
    }

    // ------------------------------------------------------------------ triangles

    /** Number of triangles through each node ({@link netcap.world.TriangleCounter}). O(m sqrt(m)). */
    public static long[] triangles(Graph g) {
        return java.util.Arrays.copyOf(new netcap.world.TriangleCounter().count(g), g.nodes());
    }

    // ------------------------------------------------------------------ assortativity

    /**
     * Newman's degree assortativity: the Pearson correlation of (deg u, deg v) over both
     * orientations of every edge, computed in two passes around the mean for accuracy. NaN
     * when there is no edge or the variance is 0 (e.g. a regular graph). O(n + m).
     */
    public static double degreeAssortativity(Graph g) {
        int n = g.nodes();
        int[] off = g.offsets();
        int[] adj = g.adjacency();
        long entries = adj.length;
        if (entries == 0) {
            return Double.NaN;
        }
        // mean of the degree at an edge end: sum_u d(u)^2 / 2m
        double sq = 0;
        for (int u = 0; u < n; u++) {
            double d = off[u + 1] - off[u];
            sq += d * d;
        }
        double mu = sq / entries;
        double num = 0;
        double den = 0;
        for (int u = 0; u < n; u++) {
            double du = (off[u + 1] - off[u]) - mu;
            double s = 0;
            for (int i = off[u]; i < off[u + 1]; i++) {
                int v = adj[i];
                s += (off[v + 1] - off[v]) - mu;
            }
            num += du * s;
            den += (off[u + 1] - off[u]) * du * du;
        }
        if (den == 0) {
            return Double.NaN;
        }
        return num / den;
    }

    // ------------------------------------------------------------------ power law

    /**
     * A discrete power-law fit of a degree tail.
     *
     * @param alpha    exponent estimate
     * @param sigma    its standard error (alpha - 1) / sqrt(tailSize)
     * @param kmin     smallest degree in the tail
     * @param tailSize number of nodes with degree &gt;= kmin
     */
    public record PowerLawFit(double alpha, double sigma, int kmin, int tailSize) {
    }

    /**
     * Maximum-likelihood exponent of a discrete power law p(k) ~ k^-alpha for k &gt;= kmin,
     * by the approximation of Clauset, Shalizi &amp; Newman (2009, SIAM Review 51:661, eq.
     * 3.7): alpha = 1 + t / sum ln(k_i / (kmin - 1/2)) over the t nodes with k_i &gt;= kmin.
     * The approximation is good for kmin &gt;= about 6. kmin is given, not fitted. Alpha and sigma
     * are NaN when the tail is empty or every tail value is 0-log (cannot happen for kmin &gt;= 1
     * unless the tail is empty).
     *
     * @throws IllegalArgumentException if kmin &lt; 1
     */
    public static PowerLawFit powerLawExponent(int[] degrees, int kmin) {
        if (kmin < 1) {
            throw new IllegalArgumentException("kmin must be >= 1, was " + kmin);
        }
        double base = kmin - 0.5;
        double sum = 0;
        int t = 0;
        for (int k : degrees) {
            if (k >= kmin) {
                sum += Math.log(k / base);
                t++;
            }
        }
        if (t == 0 || sum <= 0) {
            return new PowerLawFit(Double.NaN, Double.NaN, kmin, t);
        }
        double alpha = 1 + t / sum;
        return new PowerLawFit(alpha, (alpha - 1) / Math.sqrt(t), kmin, t);
    }

    /** {@link #powerLawExponent(int[], int)} of the degrees of {@code g}. */
    public static PowerLawFit powerLawExponent(Graph g, int kmin) {
        int[] d = new int[g.nodes()];
        for (int u = 0; u < d.length; u++) {
            d[u] = g.degree(u);
        }
        return powerLawExponent(d, kmin);
    }

    // ------------------------------------------------------------------ components

    /** Connected components: a label per node (0, 1, ... in order of smallest node id). */
    public record Components(int count, int[] label, int largestLabel, int largestSize) {
    }

    /** Labels connected components by BFS. O(n + m). */
    public static Components components(Graph g) {
        int n = g.nodes();
        int[] off = g.offsets();
        int[] adj = g.adjacency();
        int[] label = new int[n];
        java.util.Arrays.fill(label, -1);
        int[] queue = new int[n];
        int count = 0;
        int bestLabel = -1;
        int bestSize = 0;
        for (int s = 0; s < n; s++) {
            if (label[s] >= 0) {
                continue;
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = s;
            label[s] = count;
            while (head < tail) {
                int u = queue[head++];
                for (int i = off[u]; i < off[u + 1]; i++) {
                    int v = adj[i];
                    if (label[v] < 0) {
                        label[v] = count;
                        queue[tail++] = v;
                    }
                }
            }
            if (tail > bestSize) {
                bestSize = tail;
                bestLabel = count;
            }
            count++;
        }
        return new Components(count, label, bestLabel, bestSize);
    }

    // ------------------------------------------------------------------ shortest paths

    private record PathStats(double mean, int diameter, int sources, boolean exact) {
    }

    private static PathStats paths(Graph g, Components comps, Options opt, MersenneTwisterFast rng) {
        int size = comps.largestSize;
        if (size <= 1) {
            return new PathStats(0.0, 0, size, true);
        }
        int[] members = new int[size];
        int k = 0;
        for (int u = 0; u < g.nodes(); u++) {
            if (comps.label[u] == comps.largestLabel) {
                members[k++] = u;
            }
        }
        boolean exact = opt.forceExact() || size <= opt.exactThreshold() || opt.pathSamples() >= size;
        int[] sources;
        if (exact) {
            sources = members;
        } else {
            // partial Fisher-Yates: the first pathSamples entries are a uniform sample without replacement
            int s = opt.pathSamples();
            for (int i = 0; i < s; i++) {
                int j = i + rng.nextInt(size - i);
                int t = members[i];
                members[i] = members[j];
                members[j] = t;
            }
            sources = java.util.Arrays.copyOf(members, s);
        }
        long[] sumAndMax = bfsAll(g, sources, opt.threads());
        long total = sumAndMax[0];
        int diameter = (int) sumAndMax[1];
        if (!exact) {
            // double sweep from the farthest node found: improves the diameter lower bound
            int from = (int) sumAndMax[2];
            Bfs bfs = new Bfs(g);
            for (int sweep = 0; sweep < 2; sweep++) {
                long[] r = bfs.run(from);
                diameter = Math.max(diameter, (int) r[1]);
                from = (int) r[2];
            }
        }
        double pairs = (double) sources.length * (size - 1);
        return new PathStats(total / pairs, diameter, sources.length, exact);
    }

    /** Sum of distances, max eccentricity, and a farthest node, over BFS from every source. */
    private static long[] bfsAll(Graph g, int[] sources, int threads) {
        int t = (int) Math.max(1, Math.min(threads, sources.length / 8));
        if (t == 1) {
            return bfsRange(g, sources, 0, sources.length);
        }
        ExecutorService pool = Executors.newFixedThreadPool(t, r -> {
            Thread th = new Thread(r, "netcap-bfs");
            th.setDaemon(true);
            return th;
        });
        try {
            List<Future<long[]>> parts = new ArrayList<>();
            for (int p = 0; p < t; p++) {
                int lo = (int) ((long) sources.length * p / t);
                int hi = (int) ((long) sources.length * (p + 1) / t);
                parts.add(pool.submit(() -> bfsRange(g, sources, lo, hi)));
            }
            long sum = 0;
            long max = -1;
            long far = sources[0];
            for (Future<long[]> f : parts) {
                long[] r = netcap.util.Tasks.await(f);
                sum += r[0];
                if (r[1] > max) { // parts in source order: ties keep the earliest, as sequentially
                    max = r[1];
                    far = r[2];
                }
            }
            return new long[] {sum, max, far};
        } finally {
            pool.shutdownNow();
        }
    }

    private static long[] bfsRange(Graph g, int[] sources, int lo, int hi) {
        Bfs bfs = new Bfs(g);
        long sum = 0;
        long max = -1;
        long far = sources[lo];
        for (int i = lo; i < hi; i++) {
            long[] r = bfs.run(sources[i]);
            sum += r[0];
            if (r[1] > max) {
                max = r[1];
                far = r[2];
            }
        }
        return new long[] {sum, max, far};
    }
}
