package netcap.spec;

import java.util.List;

/**
 * Every key an experiment spec may contain, with its type, default and meaning. The spec reader
 * rejects any other key, and {@code docs/experiments.md} is generated from this list (a test
 * checks that the document matches), so code and documentation cannot drift apart.
 */
public final class SpecKeys {
    /** One documented key. */
    public record Key(String key, String type, String dflt, String allowed, String doc) {
    }

    /** The top-level keys. */
    public static final List<String> TOP = List.of("name", "description", "seed", "steps", "replications",
            "adaptive", "network", "layers", "params", "mechanisms", "sweep", "scenarios", "design", "metrics", "output", "charts");
    /** Top-level keys that take a single value (settable with --set). */
    public static final List<String> TOP_SCALARS = List.of("name", "description", "seed", "steps", "replications");
    /** Keys of {@code adaptive}. */
    public static final List<String> ADAPTIVE = List.of("metric", "target", "min", "max");
    /** Keys of {@code design}. */
    public static final List<String> DESIGN = List.of("type", "samples", "levels", "factors", "outputs");
    /** Keys of {@code output}. */
    public static final List<String> OUTPUT = List.of("every", "agentsEvery", "snapshots");

    /** The documented structure keys (parameters and generators are documented from their own catalogues). */
    public static final List<Key> KEYS = List.of(
            new Key("name", "text", "the file name without .yaml", "letters, digits, . _ -", "Names the experiment and its output folder runs/NAME-TIMESTAMP."),
            new Key("description", "text", "empty", "any text", "What the experiment is for; copied into the manifest and report."),
            new Key("seed", "integer", "1", "any 64-bit integer", "Master seed. Every run's streams derive from it (see docs/ODD.md, Randomness)."),
            new Key("steps", "integer", "200", "[0, 10000000]", "Steps per run."),
            new Key("replications", "integer", "10", "[1, 1000000]", "Replications per design point (ignored when adaptive is given)."),
            new Key("adaptive.metric", "metric name", "none", "a recorded metric", "Adds replications to a point until the 95% confidence interval of this metric's final value is narrow enough."),
            new Key("adaptive.target", "number", "0.05", "(0, 10]", "Largest allowed CI half-width as a share of |mean| (absolute when the mean is 0)."),
            new Key("adaptive.min", "integer", "5", ">= 2", "Replications before the first check."),
            new Key("adaptive.max", "integer", "100", ">= min", "Most replications per point."),
            new Key("network.generator", "text", "wattsStrogatz", "a generator name (below)", "Network generator; its parameters are further keys of network."),
            new Key("network.KEY", "number", "the generator's default", "see the generator table", "A generator parameter, e.g. network.n: 1000."),
            new Key("network.file", "path", "none", "an existing CSV file", "Empirical edge list source,target[,weight], relative to the spec file; instead of a generator."),
            new Key("layers", "list of names", "[online]", "1 to 7 names, not 'physical'", "The virtual channels; the physical layer always exists."),
            new Key("params.NAME", "per parameter", "see the parameter table", "see the parameter table", "A model parameter (below)."),
            new Key("mechanisms.NAME", "boolean", "true", "true | false", "Switches a mechanism off (false) or on."),
            new Key("sweep.KEY", "list, or {from, to, step}", "none", "values of KEY", "Full factorial sweep; KEY is a parameter, network.KEY or mechanisms.NAME. The last key varies fastest."),
            new Key("scenarios.NAME", "map of KEY: value", "none", "keys as for sweeps", "Named scenarios, each setting several keys at once; crossed with the sweep; the scenario name becomes the column 'scenario'."),
            new Key("design.type", "text", "none", "lhs | sobol | morris", "Sampling design over factor ranges, instead of a sweep."),
            new Key("design.samples", "integer", "64 (morris: 10)", ">= 1", "lhs: points; sobol: base N (N(k+2) points); morris: trajectories."),
            new Key("design.levels", "integer", "4", "even, >= 2", "Grid levels of a Morris design."),
            new Key("design.factors.KEY", "{min, max}", "none", "min < max", "A factor and its range; KEY as for sweeps."),
            new Key("design.outputs", "list of metrics", "[totalKnowledge, meanTrust, members]", "recorded metrics", "Final values analysed in sensitivity.csv (sobol, morris)."),
            new Key("metrics", "list of metrics", "all", "metric names (below)", "Columns of timeseries.csv (step is always included)."),
            new Key("output.every", "integer", "1", ">= 1", "Write every k-th step to timeseries.csv (step 0 and the last step always)."),
            new Key("output.agentsEvery", "integer", "0 (off)", ">= 0", "Write per-agent microdata agents.csv every k steps."),
            new Key("output.snapshots", "list of steps", "[]", "steps in [0, steps]", "Steps at which the network is saved as GraphML under snapshots/."),
            new Key("charts", "list", "the default charts", "see docs/charts.md", "Which charts to draw and their titles."));

    private SpecKeys() {
    }
}
