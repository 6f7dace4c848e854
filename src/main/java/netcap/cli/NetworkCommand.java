package netcap.cli;

import ec.util.MersenneTwisterFast;
import netcap.InputException;
import netcap.io.AtomicFiles;
import netcap.io.EdgeListReader;
import netcap.io.GexfWriter;
import netcap.io.GraphExport;
import netcap.io.GraphMLWriter;
import netcap.metrics.NetworkMetrics;
import netcap.metrics.SocialCapital;
import netcap.random.Streams;
import netcap.world.Graph;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code netcap network PATH.csv}: structural metrics of a network as JSON on standard
 * output, optionally the network as GraphML and/or GEXF. The JSON ends with {@code social_capital}:
 * per node (unless {@code --no-nodes}) degree, clustering, effective size, Burt's constraint and
 * betweenness ({@link SocialCapital}), and their means and medians.
 *
 * <p>Order of work: every input is validated and the network read before anything is computed;
 * export files are written atomically after the metrics; the JSON is printed last. Bad input
 * throws {@link InputException} (exit 2, one line on standard error) and leaves no file behind.
 */
@Command(name = "network",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
                "Compute structural metrics of a network and print them as JSON.",
                "Input: a CSV edge list source,target[,weight] with non-negative integer ids "
                        + "(header source,target[,weight] optional; weights >= 0); labels are read from NAME.labels.csv when present.",
                "Node ids need not start at 0 nor be contiguous: the JSON gives each node's id in the file; "
                        + "self-loops are dropped and duplicate ties merged with a warning, counted under edge_list.",
                "Shortest paths are exact up to --exact-threshold nodes in the largest component, "
                        + "otherwise estimated from --samples BFS sources (diameter is then a lower bound)."
        },
        sortOptions = false)
public final class NetworkCommand implements Callable<Integer> {
    /** Name of the random stream (a child of the seed) that draws BFS sources. */
    public static final String PATH_STREAM = "network-metrics/paths";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    // The network source: a CSV file, or a generator with its parameters (resolved in source()).
    @Parameters(index = "0", paramLabel = "PATH.csv", arity = "0..1",
            description = "Edge list CSV (source,target[,weight]); or use --generator.")
    Path input;

    @Option(names = "--generator", paramLabel = "NAME",
            description = "Generate the network instead of reading it: erdosRenyiGnp, erdosRenyiGnm, ringLattice, "
                    + "wattsStrogatz, barabasiAlbert, randomRegular, regional, homophily.")
    String generator;

    @Option(names = "--param", paramLabel = "KEY=VALUE",
            description = "A generator parameter, e.g. --param n=1000 --param k=10 (see docs/experiments.md).")
    java.util.List<String> params = new java.util.ArrayList<>();

    @Option(names = "--samples", paramLabel = "N",
            description = "BFS sources sampled for shortest paths on large networks (default: ${DEFAULT-VALUE}).")
    int samples = NetworkMetrics.DEFAULT_PATH_SAMPLES;

    @Option(names = "--exact-threshold", paramLabel = "N",
            description = "Largest component size up to which shortest paths are exact (default: ${DEFAULT-VALUE}).")
    int exactThreshold = NetworkMetrics.DEFAULT_EXACT_THRESHOLD;

    @Option(names = "--exact", description = "Exact shortest paths regardless of size (BFS from every node).")
    boolean exact;

    @Option(names = "--seed", paramLabel = "S",
            description = "Seed for sampling BFS sources (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--no-nodes", description = "Leave the per-node social capital out of the JSON (the summary stays).")
    boolean noNodes;

    @Option(names = "--graphml", paramLabel = "FILE", description = "Also write the network as GraphML.")
    Path graphml;

    @Option(names = "--gexf", paramLabel = "FILE", description = "Also write the network as GEXF 1.2.")
    Path gexf;

    /**
     * A network, its node labels (null when none), the id in the file of each node (null when
     * node {@code i} has id {@code i}) and the edge list's counts (null for a generated network).
     */
    record Source(Graph graph, String[] labels, int[] ids, Map<String, Object> edgeList) {
        Source(Graph graph, String[] labels) {
            this(graph, labels, null, null);
        }
    }

    @Override
    public Integer call() {
        if (samples < 1) {
            throw new InputException("--samples must be >= 1, was " + samples);
        }
        if (exactThreshold < 0) {
            throw new InputException("--exact-threshold must be >= 0, was " + exactThreshold);
        }
        if (graphml != null) {
            AtomicFiles.checkWritable(graphml);
        }
        if (gexf != null) {
            AtomicFiles.checkWritable(gexf);
        }
        if (graphml != null && gexf != null
                && graphml.toAbsolutePath().normalize().equals(gexf.toAbsolutePath().normalize())) {
            throw new InputException("--graphml and --gexf name the same file " + graphml);
        }
        Source src = source();

        NetworkMetrics.Options opts = NetworkMetrics.Options.defaults()
                .withPathSamples(samples)
                .withExactThreshold(exactThreshold)
                .withForceExact(exact);
        MersenneTwisterFast rng = Streams.rng(seed, PATH_STREAM);
        NetworkMetrics.Result result = NetworkMetrics.compute(src.graph(), opts, rng);
        SocialCapital.Structure sc = SocialCapital.structure(src.graph(), SocialCapital.EXACT_BETWEENNESS_LIMIT,
                SocialCapital.BETWEENNESS_PIVOTS, Streams.rng(seed, BETWEENNESS_STREAM));

        if (graphml != null || gexf != null) {
            GraphExport export = GraphExport.of(src.graph(), src.labels());
            if (src.ids() != null) { // the file's ids, when they are not 0..n-1
                export.addNodeAttribute(GraphExport.Column.ofInt("sourceId", src.ids()));
            }
            if (graphml != null) {
                GraphMLWriter.write(export, graphml);
            }
            if (gexf != null) {
                GexfWriter.write(export, gexf);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Object> json = new LinkedHashMap<>(result.toMap());
        if (src.edgeList() != null) {
            json.put("edge_list", src.edgeList());
        }
        json.put("social_capital", socialCapital(src, sc, !noNodes));
        out.println(NetworkMetrics.Result.json(json));
        out.flush();
        return 0;
    }

    /** Name of the random stream (a child of the seed) that draws betweenness pivots above the exact limit. */
    public static final String BETWEENNESS_STREAM = "network-metrics/betweenness";

    /**
     * The {@code social_capital} object: how betweenness was computed, the mean and median of each
     * measure over the nodes where it is defined (constraint and effective size are undefined for
     * isolates), and, unless left out, one entry per node. NaN becomes null.
     */
    static Map<String, Object> socialCapital(Source src, SocialCapital.Structure sc, boolean nodes) {
        Graph g = src.graph();
        int n = g.nodes();
        double[] degree = new double[n];
        for (int u = 0; u < n; u++) {
            degree[u] = g.degree(u);
        }
        Map<String, double[]> measures = new LinkedHashMap<>();
        measures.put("degree", degree);
        measures.put("clustering", sc.clustering());
        measures.put("effective_size", sc.effectiveSize());
        measures.put("constraint", sc.constraint());
        measures.put("betweenness", sc.betweenness().value());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("betweenness_exact", sc.betweenness().exact());
        out.put("betweenness_pivots", sc.betweenness().pivots());
        Map<String, Object> summary = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : measures.entrySet()) {
            Map<String, Object> stats = new LinkedHashMap<>();
            stats.put("mean", finite(SocialCapital.mean(e.getValue())));
            stats.put("median", finite(SocialCapital.median(e.getValue())));
            summary.put(e.getKey(), stats);
        }
        out.put("summary", summary);
        if (nodes) {
            List<Map<String, Object>> list = new ArrayList<>(n);
            for (int u = 0; u < n; u++) {
                Map<String, Object> node = new LinkedHashMap<>();
                node.put("id", src.ids() == null ? u : src.ids()[u]);
                if (src.labels() != null && u < src.labels().length && src.labels()[u] != null) {
                    node.put("label", src.labels()[u]);
                }
                node.put("degree", g.degree(u));
                node.put("clustering", finite(sc.clustering()[u]));
                node.put("effective_size", finite(sc.effectiveSize()[u]));
                node.put("constraint", finite(sc.constraint()[u]));
                node.put("betweenness", finite(sc.betweenness().value()[u]));
                if (!sc.betweenness().exact()) {
                    node.put("betweenness_se", finite(sc.betweenness().standardError()[u]));
                }
                list.add(node);
            }
            out.put("nodes", list);
        }
        return out;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /** Resolves the network to measure. */
    private Source source() {
        if ((input == null) == (generator == null)) {
            throw new InputException("give either an edge list PATH.csv or --generator NAME (with --param KEY=VALUE), not "
                    + (input == null ? "neither" : "both"));
        }
        if (generator == null) {
            if (!params.isEmpty()) {
                throw new InputException("--param is for --generator; an edge list has no parameters");
            }
            EdgeListReader.EdgeData data = EdgeListReader.read(input);
            PrintWriter err = spec.commandLine().getErr();
            for (String w : data.warnings()) {
                err.println("netcap: warning: " + w);
            }
            err.flush();
            Map<String, Object> counts = new LinkedHashMap<>();
            counts.put("file", input.toString());
            counts.put("self_loops_dropped", data.selfLoops());
            counts.put("duplicate_ties_merged", data.duplicates());
            counts.put("ids_renumbered", !data.idsAreIndices());
            return new Source(data.graph(), data.labels(), data.idsAreIndices() ? null : data.ids(), counts);
        }
        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
        for (String kv : params) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw new InputException("--param " + kv + ": expected KEY=VALUE, e.g. --param n=1000");
            }
            values.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
        }
        netcap.generate.NetworkGenerator gen = netcap.generate.Generators.create(generator, values);
        netcap.world.NodeAttributes attrs = new netcap.world.NodeAttributes(gen.nodes(), 3)
                .randomInterests(Streams.rng(seed, "network-generator/interests"));
        return new Source(gen.generate(attrs, Streams.rng(seed, "network-generator")), null);
    }
}
