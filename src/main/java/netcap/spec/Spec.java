package netcap.spec;

import netcap.model.Mechanisms;
import netcap.model.observation.Metrics;
import netcap.model.ParamRegistry;
import netcap.model.plugins.PluginSet;
import netcap.model.plugins.Plugins;
import netcap.model.Params;
import netcap.schema.Key;
import netcap.util.Names;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A validated experiment spec: what to run (network, parameters, mechanisms), how often (steps,
 * replications, sweep or sampling design) and what to write (metrics, microdata, snapshots).
 * Every key has a default, so a spec lists only what differs. {@link SpecKeys} lists every key;
 * {@code docs/experiments.md} is generated from it.
 *
 * <p>Every check happens in {@link #load}, before anything is run or written; errors name the
 * file, line and key.
 */
public final class Spec {
    /** Adaptive replication settings. */
    public record Adaptive(String metric, double target, int min, int max) {
    }

    /** A sampling design over factor ranges. */
    public record Design(String type, int samples, int levels, List<FactorRange> factors, List<String> outputs, boolean dummy) {
    }

    /** The name of the dummy factor a design adds with {@code dummy: true}; the model never reads it. */
    public static final String DUMMY = "dummy";

    /** One factor of a design: a parameter key with its range. */
    public record FactorRange(String key, double min, double max, boolean integer, boolean yesNo) {
        public FactorRange(String key, double min, double max, boolean integer) {
            this(key, min, max, integer, false);
        }
    }

    /** One swept parameter with its values. */
    public record Sweep(String key, List<Object> values) {
    }

    /** The network: a generator with its parameters, or an edge-list file. */
    public record Network(String generator, Map<String, Object> params, Path file) {
    }

    public final Path path;
    public final SpecNode root;
    public final String name;
    public final String description;
    public final long seed;
    /** Common random numbers: replicate r of every point shares the run key (see {@link #runKey}). */
    public final boolean commonRandomNumbers;
    public final int steps;
    public final int replications;
    public final Adaptive adaptive;
    public final Network network;
    public final List<String> layers;
    /** The plug-ins the spec names ({@code plugins:}), {@link PluginSet#NONE} when none. */
    public final PluginSet plugins;
    public final Map<String, Object> params;
    public final Map<String, Boolean> mechanisms;
    public final List<Sweep> sweep;
    /** Named scenarios (each a set of key -> value assignments), in file order; empty when none. */
    public final Map<String, Map<String, Object>> scenarios;
    public final Design design;
    public final List<String> metrics;
    public final int every;
    public final int agentsEvery;
    public final List<Integer> snapshots;
    public final SpecNode charts;
    /** Named conditions on a run's summary statistics ({@code regimes:}), in file order; empty when none. */
    public final List<Regimes.Regime> regimes;
    /** The comparisons of points to write to comparisons.csv; null when the spec has none. */
    public final Comparisons comparisons;
    /** The per-run regressions on agents.csv ({@code regressions:}), in file order; empty when none. */
    public final List<Regressions.Model> regressions;
    /** The raw {@code calibrate:} block (read by {@code netcap calibrate}), or null when the spec has none. */
    public final SpecNode calibrate;

    private Spec(Path path, SpecNode root) {
        this.path = path;
        this.root = root;
        Map<String, SpecNode> top = root.entries();
        checkKeys(top, SpecKeys.TOP);
        String base = path == null ? "experiment" : path.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        this.name = text(top.get("name"), base);
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw top.get("name").error("must use only letters, digits, '.', '_' and '-' (it names the output folder), was \"" + name + "\"");
        }
        this.description = text(top.get("description"), "");
        this.seed = ((Number) value(top.get("seed"), SpecKeys.SEED)).longValue();
        this.commonRandomNumbers = (Boolean) value(top.get("commonRandomNumbers"), SpecKeys.COMMON_RANDOM_NUMBERS);
        this.steps = integer(top.get("steps"), SpecKeys.STEPS);
        this.replications = integer(top.get("replications"), SpecKeys.REPLICATIONS);
        this.plugins = plugins(top.get("plugins"));
        this.adaptive = adaptive(top.get("adaptive"));
        this.network = network(top.get("network"));
        this.layers = layers(top.get("layers"));
        this.params = params(top.get("params"));
        this.mechanisms = mechanisms(top.get("mechanisms"));
        this.sweep = sweep(top.get("sweep"));
        this.scenarios = scenarios(top.get("scenarios"));
        this.design = design(top.get("design"));
        if (!scenarios.isEmpty() && top.containsKey("design")) {
            throw top.get("scenarios").error("scenarios combine with a sweep, not with a design");
        }
        if (!sweep.isEmpty() && design != null) {
            throw top.get("design").error("a spec has either a sweep or a design, not both");
        }
        this.calibrate = top.get("calibrate");
        if (calibrate != null) {
            for (String k : List.of("sweep", "scenarios", "design")) {
                if (top.containsKey(k)) {
                    throw top.get(k).error("a spec with calibrate: fits its parameters and has no " + k + "; remove one of them");
                }
            }
        }
        this.metrics = metrics(top.get("metrics"));
        SpecNode out = top.get("output");
        Map<String, SpecNode> o = out == null ? Map.of() : mapOf(out);
        checkKeys(o, SpecKeys.OUTPUT);
        this.every = integer(o.get("every"), SpecKeys.OUTPUT_EVERY);
        this.agentsEvery = integer(o.get("agentsEvery"), SpecKeys.OUTPUT_AGENTS_EVERY);
        this.snapshots = snapshots(o.get("snapshots"));
        this.charts = top.get("charts");
        if (adaptive != null && !metrics.contains(adaptive.metric())) {
            throw top.get("adaptive").error("metric '" + adaptive.metric() + "' is not among the recorded metrics");
        }
        for (String key : varyingKeys()) {
            if (columns().contains(key)) {
                throw root.error("'" + key + "' is both a varied key and a metric column; the output tables need distinct names");
            }
        }
        long count = sweepPointCount();
        if (count > netcap.design.FullFactorial.MAX_POINTS) {
            throw top.getOrDefault("sweep", root).error("the sweep" + (scenarios.isEmpty() ? "" : " crossed with the scenarios")
                    + " has " + (count == Long.MAX_VALUE ? "more than 10^18" : String.valueOf(count))
                    + " points, more than the " + netcap.design.FullFactorial.MAX_POINTS + " netcap can run; sweep fewer values");
        }
        // check that every point resolves (cross-parameter rules, generators); each value was checked on its own above
        List<Point> all = points();
        for (Point p : all) {
            p.check(this);
        }
        this.regimes = Regimes.read(top.get("regimes"), metrics, varyingKeys(), points());
        this.comparisons = Comparisons.read(top.get("comparisons"), metrics, all);
        this.regressions = Regressions.read(top.get("regressions"), layers, steps, agentsEvery, o.get("agentsEvery"));
    }

    /** Loads and validates a spec, applying {@code key=value} overrides first. */
    public static Spec load(Path path, List<String> overrides) {
        SpecNode root = SpecReader.read(path);
        return new Spec(path, Overrides.apply(root, overrides));
    }

    /** Parses and validates spec text (for tests and the Java API). */
    public static Spec parse(String name, String yaml, Path baseDir, List<String> overrides) {
        SpecNode root = SpecReader.parse(name, yaml);
        return new Spec(baseDir == null ? Path.of(name) : baseDir.resolve(name), Overrides.apply(root, overrides));
    }

    // ------------------------------------------------------------------ readers

    /** Rejects any key of {@code entries} not in {@code known}, suggesting the closest. */
    static void checkKeys(Map<String, SpecNode> entries, List<String> known) {
        for (Map.Entry<String, SpecNode> e : entries.entrySet()) {
            if (!known.contains(e.getKey())) {
                throw e.getValue().error(unknown("unknown key", e.getKey(), known, "Known keys: " + String.join(", ", known)));
            }
        }
    }

    /**
     * "HEAD; did you mean 'X'? TAIL": the suggestion for {@code name} among {@code known} when
     * there is one, and the sentence {@code tail} after it, separated by a full stop when needed.
     */
    static String unknown(String head, String name, List<String> known, String tail) {
        String s = head + Names.didYouMean(name, known);
        return s + (s.endsWith("?") ? " " : ". ") + tail;
    }

    static Map<String, SpecNode> mapOf(SpecNode n) {
        if (!n.isMap()) {
            throw n.error("must be a map of keys, was " + n.kind());
        }
        return n.entries();
    }

    static String text(SpecNode n, String dflt) {
        if (n == null) {
            return dflt;
        }
        if (!n.isScalar() || n.value() == null) {
            throw n.error("must be text, was " + n.kind());
        }
        return n.value().toString();
    }

    /** The value of {@code n} converted by {@code key} (the one converter), or the key's default when {@code n} is absent. */
    static Object value(SpecNode n, Key key) {
        return n == null ? key.defaultValue() : n.convert(key);
    }

    static int integer(SpecNode n, Key key) {
        return ((Number) value(n, key)).intValue();
    }

    static double number(SpecNode n) {
        return ((Number) n.convert(Key.number(n.path()))).doubleValue();
    }

    private Adaptive adaptive(SpecNode n) {
        if (n == null) {
            return null;
        }
        Map<String, SpecNode> m = mapOf(n);
        checkKeys(m, SpecKeys.ADAPTIVE);
        if (!m.containsKey("metric")) {
            throw n.error("needs a 'metric' (a column of timeseries.csv whose final value must be precise)");
        }
        String metric = text(m.get("metric"), null);
        if (!columns().contains(metric)) {
            throw m.get("metric").error("unknown metric '" + metric + "'" + Names.didYouMean(metric, columns())
                    + Plugins.ownerHint("metric", metric));
        }
        double target = ((Number) value(m.get("target"), SpecKeys.ADAPTIVE_TARGET)).doubleValue();
        int min = integer(m.get("min"), SpecKeys.ADAPTIVE_MIN);
        int max = integer(m.get("max"), SpecKeys.ADAPTIVE_MAX);
        if (max < min) {
            throw m.getOrDefault("max", n).error("must be >= min (" + min + "), was " + max);
        }
        return new Adaptive(metric, target, min, max);
    }

    private Network network(SpecNode n) {
        if (n == null) {
            return new Network("wattsStrogatz", new LinkedHashMap<>(), null);
        }
        Map<String, SpecNode> m = mapOf(n);
        if (m.containsKey("file")) {
            if (m.containsKey("generator")) {
                throw m.get("file").error("give either a generator or a file, not both");
            }
            for (Map.Entry<String, SpecNode> e : m.entrySet()) {
                if (!e.getKey().equals("file")) {
                    throw e.getValue().error("unknown key for a network file (only 'file' is allowed)");
                }
            }
            String f = text(m.get("file"), null);
            Path p = Path.of(f);
            if (!p.isAbsolute() && path != null && path.toAbsolutePath().getParent() != null) {
                p = path.toAbsolutePath().getParent().resolve(p).normalize();
            }
            if (!java.nio.file.Files.isRegularFile(p)) {
                throw m.get("file").error("network file not found: " + p);
            }
            return new Network(null, Map.of(), p);
        }
        String gen = text(m.get("generator"), "wattsStrogatz");
        if (!generatorNames().contains(gen)) {
            SpecNode g = m.get("generator");
            throw (g == null ? n : g).error(unknown("unknown generator '" + gen + "'", gen, generatorNames(),
                    "Known: " + String.join(", ", generatorNames())) + Plugins.ownerHint("generator", gen));
        }
        Map<String, Object> params = new LinkedHashMap<>();
        for (Map.Entry<String, SpecNode> e : m.entrySet()) {
            if (e.getKey().equals("generator")) {
                continue;
            }
            if (!e.getValue().isScalar()) {
                throw e.getValue().error("must be a single value, was " + e.getValue().kind());
            }
            params.put(e.getKey(), e.getValue().value());
        }
        return new Network(gen, params, null);
    }

    private static List<String> layers(SpecNode n) {
        if (n == null) {
            return List.of("online");
        }
        if (!n.isList() || n.items().isEmpty()) {
            throw n.error("must be a non-empty list of virtual channel names, e.g. [forum, chat], was " + n.kind());
        }
        List<String> out = new ArrayList<>();
        for (SpecNode item : n.items()) {
            String s = text(item, null);
            if (!s.matches("[A-Za-z][A-Za-z0-9_-]*") || s.equals("physical")) {
                throw item.error("a channel name must start with a letter, use letters, digits, '_' or '-', and not be 'physical'; was \"" + s + "\"");
            }
            if (out.contains(s)) {
                throw item.error("duplicate channel '" + s + "'");
            }
            out.add(s);
        }
        if (out.size() > netcap.world.MultiplexNetwork.MAX_LAYERS - 1) {
            throw n.error("at most " + (netcap.world.MultiplexNetwork.MAX_LAYERS - 1) + " virtual channels");
        }
        return List.copyOf(out);
    }

    /** The plug-ins named by {@code plugins:}, looked up among the loaded ones. */
    private static PluginSet plugins(SpecNode n) {
        if (n == null) {
            return PluginSet.NONE;
        }
        if (!n.isList()) {
            throw n.error("must be a list of plug-in names, e.g. [meetup], was " + n.kind());
        }
        List<String> names = new ArrayList<>();
        for (SpecNode item : n.items()) {
            names.add(text(item, null));
        }
        try {
            return Plugins.select(names);
        } catch (IllegalArgumentException ex) {
            SpecNode where = n;
            for (SpecNode item : n.items()) {
                if (ex.getMessage().contains("'" + text(item, null) + "'")) {
                    where = item;
                    break;
                }
            }
            throw where.error(ex.getMessage());
        }
    }

    /** The generators a spec may name: the built-in ones, then those of its plug-ins. */
    private List<String> generatorNames() {
        List<String> out = new ArrayList<>(netcap.generate.Generators.names());
        out.addAll(plugins.generatorNames());
        return out;
    }

    /**
     * The metric columns of this spec's runs: the built-in ones ({@link Metrics#COLUMNS}), then
     * those of its plug-ins.
     */
    public List<String> columns() {
        if (plugins.isEmpty()) {
            return Metrics.COLUMNS;
        }
        List<String> out = new ArrayList<>(Metrics.COLUMNS);
        out.addAll(plugins.metricNames());
        return List.copyOf(out);
    }

    /** A model parameter of this spec: built-in, or of one of its plug-ins; null when neither. */
    ParamRegistry.Def param(String name) {
        ParamRegistry.Def d = ParamRegistry.find(name);
        if (d == null && plugins.parameter(name) != null) {
            d = new ParamRegistry.Def(plugins.parameter(name));
        }
        return d;
    }

    private Map<String, Object> params(SpecNode n) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (n == null) {
            return out;
        }
        for (Map.Entry<String, SpecNode> e : mapOf(n).entrySet()) {
            ParamRegistry.Def d = param(e.getKey());
            if (d == null) {
                String hint = Plugins.ownerHint("parameter", e.getKey());
                if (hint.isEmpty() && !plugins.isEmpty()) {
                    hint = Names.didYouMean(e.getKey(), plugins.parameters().stream().map(netcap.schema.Key::name).toList());
                }
                throw e.getValue().error(ParamRegistry.unknown(e.getKey()) + " (docs/experiments.md lists every parameter"
                        + (plugins.isEmpty() ? "" : ", ./netcap docs plugins those of the plug-ins") + ")" + hint);
            }
            if (!e.getValue().isScalar()) {
                throw e.getValue().error("must be a single value (use 'sweep' to vary it), was " + e.getValue().kind());
            }
            try {
                out.put(e.getKey(), ParamRegistry.convert(d, e.getValue().value()));
            } catch (IllegalArgumentException ex) {
                throw e.getValue().error(stripParam(ex.getMessage()));
            }
        }
        return out;
    }

    static String stripParam(String msg) {
        return msg.replaceFirst("^parameter '[^']*' ", "");
    }

    /** The mechanisms a spec may switch: the built-in ones, then those of its plug-ins. */
    List<String> mechanismNames() {
        List<String> out = new ArrayList<>(Mechanisms.NAMES);
        out.addAll(plugins.mechanismNames());
        return out;
    }

    private Map<String, Boolean> mechanisms(SpecNode n) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        if (n == null) {
            return out;
        }
        for (Map.Entry<String, SpecNode> e : mapOf(n).entrySet()) {
            if (!mechanismNames().contains(e.getKey())) {
                throw e.getValue().error(unknown("unknown mechanism", e.getKey(), mechanismNames(),
                        "Known: " + String.join(", ", mechanismNames())) + Plugins.ownerHint("mechanism", e.getKey()));
            }
            Object v = e.getValue().value();
            if (!(v instanceof Boolean b)) {
                throw e.getValue().error("must be true or false, was " + e.getValue().kind());
            }
            out.put(e.getKey(), b);
        }
        return out;
    }

    /** Every key a sweep or design may vary: model parameters, network.KEY and mechanisms.NAME. */
    List<String> variableKeys() {
        List<String> keys = new ArrayList<>();
        ParamRegistry.all().forEach(d -> keys.add(d.name()));
        plugins.parameters().forEach(k -> keys.add(k.name()));
        if (network.generator() != null) {
            for (var info : netcap.generate.Generators.catalog()) {
                if (info.name().equals(network.generator())) {
                    info.params().forEach(p -> keys.add("network." + p.key()));
                }
            }
            var pg = plugins.generatorInfo(network.generator());
            if (pg != null) {
                pg.parameters().forEach(k -> keys.add("network." + k.name()));
            }
        }
        mechanismNames().forEach(m -> keys.add("mechanisms." + m));
        return keys;
    }

    private void checkVariable(SpecNode node, String key) {
        List<String> keys = variableKeys();
        if (!keys.contains(key)) {
            if (ParamRegistry.RETIRED.containsKey(key)) {
                throw node.error("cannot vary '" + key + "': " + ParamRegistry.unknown(key));
            }
            String hint = key.startsWith("network.") && network.generator() == null
                    ? " (the network is read from a file; it has no parameters)" : "";
            throw node.error("cannot vary '" + key + "': not a parameter" + Names.didYouMean(key, keys) + hint
                    + " (parameters are model parameters, network.KEY or mechanisms.NAME)");
        }
    }

    /**
     * Checks one value a sweep, scenario or design bound gives {@code key}, on its own, before
     * any design point is built: a model parameter against its range, a mechanism against
     * true/false, a network key against the generator's rules (with the spec's other network
     * settings). Errors are reported at {@code where}.
     */
    private void checkValue(SpecNode where, String key, Object value) {
        ParamRegistry.Def d = param(key);
        if (d != null) {
            try {
                ParamRegistry.convert(d, value);
            } catch (IllegalArgumentException ex) {
                throw where.error(stripParam(ex.getMessage()));
            }
        } else if (key.startsWith("mechanisms.")) {
            if (!(value instanceof Boolean)) {
                throw where.error("must be true or false, was " + netcap.schema.Values.show(value));
            }
        } else if (key.startsWith("network.") && network.generator() != null && variedNetworkKeys().size() == 1) {
            // (with two network keys varied, a value is only valid together with the other's: the points' check covers it)
            Map<String, Object> p = new LinkedHashMap<>(network.params());
            p.put(key.substring("network.".length()), value);
            try {
                if (plugins.generatorInfo(network.generator()) != null) {
                    plugins.generator(network.generator(), p);
                } else {
                    netcap.generate.Generators.create(network.generator(), p);
                }
            } catch (IllegalArgumentException ex) {
                throw where.error(ex.getMessage() + " (with " + key + " = " + netcap.schema.Values.show(value) + ")");
            }
        }
    }

    /** The network keys the spec's sweep, scenarios and design factors vary, as written. */
    private Set<String> variedNetworkKeys() {
        Set<String> keys = new LinkedHashSet<>();
        Map<String, SpecNode> top = root.entries();
        List<SpecNode> owners = new ArrayList<>();
        if (top.get("sweep") != null) {
            owners.add(top.get("sweep"));
        }
        if (top.get("scenarios") != null) {
            owners.addAll(top.get("scenarios").entries().values());
        }
        if (top.get("design") != null && top.get("design").entries().get("factors") != null) {
            owners.add(top.get("design").entries().get("factors"));
        }
        for (SpecNode o : owners) {
            o.entries().keySet().stream().filter(k -> k.startsWith("network.")).forEach(keys::add);
        }
        return keys;
    }

    /** A node placed at {@code at}'s line that reports under {@code owner}'s path (a sweep value under its key). */
    private static SpecNode at(SpecNode owner, SpecNode at) {
        return SpecNode.scalar(at.file(), at.line() > 0 ? at.line() : owner.line(), owner.path(), at.value());
    }

    private List<Sweep> sweep(SpecNode n) {
        List<Sweep> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        for (Map.Entry<String, SpecNode> e : mapOf(n).entrySet()) {
            String key = e.getKey();
            SpecNode v = e.getValue();
            checkVariable(v, key);
            List<Object> values = new ArrayList<>();
            if (v.isList()) {
                for (SpecNode item : v.items()) {
                    if (!item.isScalar() || item.value() == null) {
                        throw item.error("sweep values must be single values, was " + item.kind());
                    }
                    values.add(item.value());
                }
            } else if (v.isMap()) {
                Map<String, SpecNode> r = v.entries();
                for (String k : r.keySet()) {
                    if (!List.of("from", "to", "step").contains(k)) {
                        throw r.get(k).error(unknown("unknown key", k, List.of("from", "to", "step"), "A range has from, to and step."));
                    }
                }
                for (String k : List.of("from", "to", "step")) {
                    if (!r.containsKey(k)) {
                        throw v.error("a range needs from, to and step; '" + k + "' is missing");
                    }
                }
                double from = number(r.get("from"));
                double to = number(r.get("to"));
                double step = number(r.get("step"));
                try {
                    boolean ints = r.values().stream().allMatch(x -> x.value() instanceof Long);
                    if (ints) {
                        values.addAll(netcap.design.FullFactorial.rangeInt((int) from, (int) to, (int) step));
                    } else {
                        values.addAll(netcap.design.FullFactorial.range(from, to, step));
                    }
                } catch (IllegalArgumentException ex) {
                    throw v.error(ex.getMessage());
                }
            } else {
                throw v.error("a sweep is a list of values or a range {from, to, step}, was " + v.kind());
            }
            if (values.isEmpty()) {
                throw v.error("the sweep has no values");
            }
            // each value checked once against its key, before any point of the cross product is built
            for (int i = 0; i < values.size(); i++) {
                checkValue(v.isList() ? at(v, v.items().get(i)) : v, key, values.get(i));
            }
            out.add(new Sweep(key, values));
        }
        return out;
    }

    private Map<String, Map<String, Object>> scenarios(SpecNode n) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        if (n == null) {
            return out;
        }
        Map<String, SpecNode> m = mapOf(n);
        if (m.isEmpty()) {
            throw n.error("needs at least one scenario: name -> {key: value, ...}");
        }
        for (Map.Entry<String, SpecNode> e : m.entrySet()) {
            if (!e.getKey().matches("[A-Za-z0-9._-]+")) {
                throw e.getValue().error("a scenario name uses only letters, digits, '.', '_' and '-'");
            }
            Map<String, Object> values = new LinkedHashMap<>();
            if (e.getValue().isScalar() && e.getValue().value() == null) {
                out.put(e.getKey(), values); // a scenario with the spec's settings unchanged
                continue;
            }
            for (Map.Entry<String, SpecNode> kv : mapOf(e.getValue()).entrySet()) {
                checkVariable(kv.getValue(), kv.getKey());
                if (!kv.getValue().isScalar() || kv.getValue().value() == null) {
                    throw kv.getValue().error("must be a single value, was " + kv.getValue().kind());
                }
                if (sweep.stream().anyMatch(s -> s.key().equals(kv.getKey()))) {
                    throw kv.getValue().error("'" + kv.getKey() + "' is both swept and set by a scenario");
                }
                checkValue(kv.getValue(), kv.getKey(), kv.getValue().value());
                values.put(kv.getKey(), kv.getValue().value());
            }
            out.put(e.getKey(), values);
        }
        return out;
    }

    private Design design(SpecNode n) {
        if (n == null) {
            return null;
        }
        Map<String, SpecNode> m = mapOf(n);
        checkKeys(m, SpecKeys.DESIGN);
        String type = text(m.get("type"), null);
        if (type == null) {
            throw n.error("needs a 'type': lhs, sobol or morris");
        }
        m.get("type").convert(SpecKeys.DESIGN_TYPE);
        int samples = integer(m.get("samples"), SpecKeys.DESIGN_SAMPLES.defaultValue(type.equals("morris") ? 10 : 64));
        int levels = integer(m.get("levels"), SpecKeys.DESIGN_LEVELS);
        if (levels % 2 != 0) {
            throw m.get("levels").error("must be an even number of grid levels, was " + levels);
        }
        SpecNode fn = m.get("factors");
        if (fn == null || !fn.isMap() || fn.entries().isEmpty()) {
            throw (fn == null ? n : fn).error("needs 'factors': a map of parameter -> {min, max}");
        }
        List<FactorRange> factors = new ArrayList<>();
        for (Map.Entry<String, SpecNode> e : fn.entries().entrySet()) {
            checkVariable(e.getValue(), e.getKey());
            Map<String, SpecNode> r = mapOf(e.getValue());
            for (String k : r.keySet()) {
                if (!List.of("min", "max").contains(k)) {
                    throw r.get(k).error(unknown("unknown key", k, List.of("min", "max"), "A factor has min and max."));
                }
            }
            if (!r.containsKey("min") || !r.containsKey("max")) {
                throw e.getValue().error("a factor needs min and max");
            }
            if (isBooleanKey(e.getKey())) {
                // a yes/no parameter: sampled on [0, 1] like a number and set true from 0.5 up
                if (!Boolean.FALSE.equals(r.get("min").toPlain()) || !Boolean.TRUE.equals(r.get("max").toPlain())) {
                    throw e.getValue().error("a yes/no parameter is a factor with min: false and max: true");
                }
                factors.add(new FactorRange(e.getKey(), 0, 1, false, true));
                continue;
            }
            double lo = number(r.get("min"));
            double hi = number(r.get("max"));
            if (!(lo < hi)) {
                throw r.get("max").error("must be greater than min (" + lo + "), was " + hi);
            }
            boolean integer = isIntegerKey(e.getKey());
            if (integer && (lo != Math.rint(lo) || hi != Math.rint(hi))) {
                throw e.getValue().error("an integer parameter needs whole-number min and max");
            }
            // the bounds as written, checked against the key's range before anything is sampled
            checkValue(r.get("min"), e.getKey(), r.get("min").value());
            checkValue(r.get("max"), e.getKey(), r.get("max").value());
            factors.add(new FactorRange(e.getKey(), lo, hi, integer));
        }
        List<String> outputs = new ArrayList<>();
        SpecNode on = m.get("outputs");
        if (on == null) {
            outputs.addAll(List.of("totalKnowledgeFinal", "meanTrustFinal", "membersFinal"));
        } else {
            if (!on.isList() || on.items().isEmpty()) {
                throw on.error("must be a non-empty list of metrics, was " + on.kind());
            }
            for (SpecNode item : on.items()) {
                String s = text(item, null);
                String base = s.endsWith("Final") ? s.substring(0, s.length() - 5) : s.endsWith("Mean") ? s.substring(0, s.length() - 4) : s;
                if (!columns().contains(s) && !columns().contains(base)) {
                    throw item.error("unknown metric '" + s + "' (a metric, or a metric followed by Final or Mean)"
                            + Names.didYouMean(s, columns()));
                }
                outputs.add(columns().contains(s) ? s + "Final" : s);
            }
        }
        boolean dummy = (Boolean) value(m.get("dummy"), SpecKeys.DESIGN_DUMMY);
        if (dummy) {
            factors.add(new FactorRange(DUMMY, 0, 1, false));
        }
        return new Design(type, samples, levels, List.copyOf(factors), List.copyOf(outputs), dummy);
    }

    private boolean isBooleanKey(String key) {
        ParamRegistry.Def d = param(key);
        return d != null && d.type() == boolean.class;
    }

    private boolean isIntegerKey(String key) {
        ParamRegistry.Def d = param(key);
        if (d != null) {
            return d.type() == int.class;
        }
        var pg = network.generator() == null ? null : plugins.generatorInfo(network.generator());
        if (pg != null && key.startsWith("network.")) {
            return pg.parameters().stream().anyMatch(k -> ("network." + k.name()).equals(key) && k.javaType() == int.class);
        }
        if (key.startsWith("network.")) {
            for (var info : netcap.generate.Generators.catalog()) {
                if (info.name().equals(network.generator())) {
                    for (var p : info.params()) {
                        if (("network." + p.key()).equals(key)) {
                            return p.type().equals("integer");
                        }
                    }
                }
            }
        }
        return false;
    }

    private List<String> metrics(SpecNode n) {
        if (n == null) {
            return columns();
        }
        if (!n.isList() || n.items().isEmpty()) {
            throw n.error("must be a non-empty list of metric names, was " + n.kind());
        }
        Set<String> out = new LinkedHashSet<>();
        out.add("step");
        for (SpecNode item : n.items()) {
            String s = text(item, null);
            if (!columns().contains(s)) {
                throw item.error("unknown metric '" + s + "'" + Names.didYouMean(s, columns()) + Plugins.ownerHint("metric", s));
            }
            out.add(s);
        }
        List<String> ordered = new ArrayList<>();
        for (String c : columns()) {
            if (out.contains(c)) {
                ordered.add(c);
            }
        }
        return List.copyOf(ordered);
    }

    private List<Integer> snapshots(SpecNode n) {
        if (n == null) {
            return List.of();
        }
        if (!n.isList()) {
            throw n.error("must be a list of steps, was " + n.kind());
        }
        List<Integer> out = new ArrayList<>();
        for (SpecNode item : n.items()) {
            out.add(integer(item, Key.integer(item.path()).range(0, steps)));
        }
        return List.copyOf(out);
    }

    // ------------------------------------------------------------------ points

    /** The keys that vary across points, in column order. */
    public List<String> varyingKeys() {
        List<String> keys = new ArrayList<>();
        if (design != null) {
            design.factors().forEach(f -> keys.add(f.key()));
        } else {
            if (!scenarios.isEmpty()) {
                keys.add("scenario");
            }
            sweep.forEach(s -> keys.add(s.key()));
        }
        return keys;
    }

    /**
     * The number of points of a sweep and its scenarios (1 without either), computed without
     * building them; {@code Long.MAX_VALUE} when it overflows. 0 for a spec with a design.
     */
    public long sweepPointCount() {
        if (design != null) {
            return 0;
        }
        long n = Math.max(1, scenarios.size());
        for (Sweep s : sweep) {
            if (n > Long.MAX_VALUE / s.values().size()) {
                return Long.MAX_VALUE;
            }
            n *= s.values().size();
        }
        return n;
    }

    /** The design, if any, instantiated. */
    public netcap.design.Design samplingDesign() {
        if (design == null) {
            return null;
        }
        List<netcap.design.Factor> fs = new ArrayList<>();
        for (FactorRange f : design.factors()) {
            fs.add(new netcap.design.Factor(f.key(), f.min(), f.max(), f.integer()));
        }
        switch (design.type()) {
            case "lhs":
                return netcap.design.LatinHypercube.sample(fs, design.samples(),
                        netcap.random.Streams.rng(netcap.random.Streams.child(seed, "design")));
            case "sobol":
                return netcap.design.SobolDesign.create(fs, design.samples());
            default:
                return netcap.design.MorrisDesign.create(fs, design.samples(), design.levels(),
                        netcap.random.Streams.rng(netcap.random.Streams.child(seed, "design")));
        }
    }

    /** Every design point, in order: the full factorial of the sweep, or the design's points. */
    public List<Point> points() {
        List<Map<String, Object>> assignments = new ArrayList<>();
        if (design != null) {
            for (Map<String, Object> a : samplingDesign().points()) {
                Map<String, Object> v = new LinkedHashMap<>(a);
                for (FactorRange f : design.factors()) {
                    if (f.yesNo()) {
                        v.put(f.key(), ((Number) v.get(f.key())).doubleValue() >= 0.5);
                    }
                }
                assignments.add(v);
            }
        } else if (!sweep.isEmpty()) {
            List<netcap.design.FullFactorial.Sweep> sw = new ArrayList<>();
            for (Sweep s : sweep) {
                sw.add(new netcap.design.FullFactorial.Sweep(s.key(), s.values()));
            }
            assignments.addAll(netcap.design.FullFactorial.points(sw));
        } else {
            assignments.add(new LinkedHashMap<>());
        }
        if (!scenarios.isEmpty()) {
            List<Map<String, Object>> crossed = new ArrayList<>();
            for (Map.Entry<String, Map<String, Object>> s : scenarios.entrySet()) {
                for (Map<String, Object> a : assignments) {
                    Map<String, Object> v = new LinkedHashMap<>();
                    v.put("scenario", s.getKey());
                    v.putAll(a);
                    v.putAll(s.getValue());
                    crossed.add(v);
                }
            }
            assignments = crossed;
        }
        List<Point> out = new ArrayList<>(assignments.size());
        for (int i = 0; i < assignments.size(); i++) {
            out.add(new Point(i, new LinkedHashMap<>(assignments.get(i))));
        }
        return out;
    }

    /**
     * The key every random stream of replicate {@code replicate} of point {@code p} derives from.
     * With common random numbers (the default) it does not depend on the point:
     * {@code Streams.runKey(seed, 0, replicate)}; when the design has a dummy factor it is
     * {@code Streams.child(Streams.runKey(seed, 0, replicate), "dummy=" + value)}, so the dummy's
     * value, and nothing else, changes the noise. Without common random numbers every point has
     * its own streams, {@code Streams.runKey(seed, p, replicate)}, whatever the dummy.
     */
    public long runKey(Point p, int replicate) {
        return runKey(seed, p, replicate);
    }

    /** {@link #runKey(Point, int)} under another master seed (the GUI's seed field). */
    public long runKey(long masterSeed, Point p, int replicate) {
        if (!commonRandomNumbers) {
            return netcap.random.Streams.runKey(masterSeed, p.index(), replicate);
        }
        long key = netcap.random.Streams.runKey(masterSeed, 0, replicate);
        Object dummy = p.values().get(DUMMY);
        return dummy == null ? key : netcap.random.Streams.child(key, DUMMY + "=" + dummy);
    }

    /** The parameters of a point: defaults, then {@code params}, then the point's values. */
    Params paramsFor(Point p) {
        Params out = new Params().usePlugins(plugins);
        for (Map.Entry<String, Object> e : params.entrySet()) {
            ParamRegistry.set(out, e.getKey(), e.getValue());
        }
        for (Map.Entry<String, Object> e : p.values().entrySet()) {
            if (param(e.getKey()) != null) {
                ParamRegistry.set(out, e.getKey(), e.getValue());
            }
        }
        return out;
    }

    /** The spec node a point's key came from, for error messages. */
    SpecNode nodeFor(String key) {
        Map<String, SpecNode> top = root.entries();
        if (design != null) {
            return top.get("design").entries().get("factors").entries().get(key);
        }
        if (top.containsKey("sweep") && top.get("sweep").entries().containsKey(key)) {
            return top.get("sweep").entries().get(key);
        }
        if (top.containsKey("scenarios")) {
            for (SpecNode s : top.get("scenarios").entries().values()) {
                if (s.entries().containsKey(key)) {
                    return s.entries().get(key);
                }
            }
        }
        return root;
    }
}
