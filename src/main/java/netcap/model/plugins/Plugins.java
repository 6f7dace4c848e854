package netcap.model.plugins;

import netcap.api.StepOrder;
import netcap.InputException;
import netcap.api.Parameter;
import netcap.api.Plugin;
import netcap.api.PluginGenerator;
import netcap.api.PluginMechanism;
import netcap.api.PluginMetric;
import netcap.generate.Generators;
import netcap.model.Mechanism;
import netcap.model.Mechanisms;
import netcap.model.ParamRegistry;
import netcap.model.StepState;
import netcap.model.observation.Metrics;
import netcap.schema.Key;
import netcap.schema.Values;
import netcap.util.Names;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The plug-ins of this process: loaded once from the jars given with {@code --plugins} or
 * {@code NETCAP_PLUGINS} through {@link ServiceLoader}, their declarations checked against the
 * built-in catalogue (names, parameter ranges, schedule orders, step-state variables). Loading
 * changes no run: a spec uses a plug-in only by naming it ({@link #select}).
 */
public final class Plugins {
    /** The environment variable that lists plug-in folders or jars, separated like a class path. */
    public static final String ENVIRONMENT = "NETCAP_PLUGINS";

    private static final Pattern PLUGIN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    private static volatile List<LoadedPlugin> loaded = List.of();

    private Plugins() {
    }

    /** The loaded plug-ins, in the order their jars were given (then by jar name). */
    public static List<LoadedPlugin> loaded() {
        return loaded;
    }

    /**
     * Loads the plug-ins of the jars in {@code paths} (folders, whose {@code *.jar} files are
     * taken in name order, or jar files), replacing those loaded before; an empty list unloads
     * all.
     *
     * @throws InputException naming the jar and what is wrong: a missing folder, a jar that cannot
     *                        be read or loaded, a name used twice, a clash with a built-in name, an
     *                        order outside the schedule, an unknown step-state variable
     */
    public static synchronized List<LoadedPlugin> load(List<Path> paths) {
        List<Path> jars = jars(paths);
        if (jars.isEmpty()) {
            loaded = List.of();
            return loaded;
        }
        List<LoadedPlugin> found = new ArrayList<>();
        for (Path jar : jars) { // one class loader per jar: plug-ins do not see each other's classes
            URL url;
            try {
                url = jar.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new InputException(jar + ": not a usable jar path: " + e.getMessage());
            }
            URLClassLoader loader = new URLClassLoader("netcap-plugin-" + jar.getFileName(), new URL[] {url},
                    Plugins.class.getClassLoader());
            int before = found.size();
            try {
                for (ServiceLoader.Provider<Plugin> provider : ServiceLoader.load(Plugin.class, loader).stream().toList()) {
                    if (jar.equals(jarOf(provider.type(), jars))) {
                        found.add(read(provider::get, jar));
                    }
                }
            } catch (ServiceConfigurationError e) {
                throw new InputException(jar.getFileName() + ": cannot load its plug-in: " + oneLine(e)
                        + " (is the class named in META-INF/services/netcap.api.Plugin public, with a public constructor"
                        + " without arguments, and compiled for Java 17?)");
            }
            if (found.size() == before) {
                throw new InputException(jar.getFileName() + ": no plug-in in this jar (it needs a file META-INF/services/netcap.api.Plugin"
                        + " naming a class that implements netcap.api.Plugin)");
            }
        }
        check(found);
        loaded = List.copyOf(found);
        return loaded;
    }

    /**
     * The plug-ins a spec names, in its order.
     *
     * @throws IllegalArgumentException for an unknown or repeated name, listing the loaded plug-ins
     */
    public static PluginSet select(List<String> names) {
        List<LoadedPlugin> out = new ArrayList<>();
        List<LoadedPlugin> all = loaded;
        List<String> known = all.stream().map(LoadedPlugin::name).toList();
        for (String n : names) {
            LoadedPlugin p = all.stream().filter(x -> x.name().equals(n)).findFirst().orElse(null);
            if (p == null) {
                throw new IllegalArgumentException("unknown plug-in '" + n + "'" + (known.isEmpty()
                        ? ": no plug-ins are loaded (give --plugins DIR, a folder of plug-in jars, or set " + ENVIRONMENT + ")"
                        : Names.didYouMean(n, known) + " Loaded plug-ins: " + String.join(", ", known)));
            }
            if (out.contains(p)) {
                throw new IllegalArgumentException("plug-in '" + n + "' is listed twice");
            }
            out.add(p);
        }
        return out.isEmpty() ? PluginSet.NONE : new PluginSet(out);
    }

    /**
     * A hint for a name the spec's plug-ins do not know but a loaded one does ({@code kind}:
     * "parameter", "mechanism", "metric" or "generator"): "; it belongs to plug-in 'x', add it to
     * plugins:", or "" when no loaded plug-in has it.
     */
    public static String ownerHint(String kind, String name) {
        for (LoadedPlugin p : loaded) {
            boolean has = switch (kind) {
                case "parameter" -> p.parameters().stream().anyMatch(k -> k.name().equals(name));
                case "mechanism" -> p.mechanisms().stream().anyMatch(m -> m.name().equals(name));
                case "metric" -> p.metrics().stream().anyMatch(m -> m.name().equals(name));
                case "generator" -> p.generators().stream().anyMatch(g -> g.name().equals(name));
                default -> false;
            };
            if (has) {
                return "; it is a " + kind + " of plug-in '" + p.name() + "': add plugins: [" + p.name() + "] to the spec";
            }
        }
        return "";
    }

    /** The parameter {@code name} of a loaded plug-in, or null (names are unique across plug-ins and built-ins). */
    public static Key parameter(String name) {
        for (LoadedPlugin p : loaded) {
            for (Key k : p.parameters()) {
                if (k.name().equals(name)) {
                    return k;
                }
            }
        }
        return null;
    }

    /** The metric {@code name} of a loaded plug-in, or null. */
    public static LoadedPlugin.MetricInfo metric(String name) {
        for (LoadedPlugin p : loaded) {
            for (LoadedPlugin.MetricInfo m : p.metrics()) {
                if (m.name().equals(name)) {
                    return m;
                }
            }
        }
        return null;
    }

    /** Whether a loaded plug-in has a parameter named {@code name}. */
    public static boolean isParameter(String name) {
        return parameter(name) != null;
    }

    /** Whether a loaded plug-in has a metric named {@code name}. */
    public static boolean isMetric(String name) {
        return metric(name) != null;
    }

    /** The folders and jars of the environment variable (empty when unset). */
    public static List<Path> fromEnvironment(String value) {
        List<Path> out = new ArrayList<>();
        if (value != null) {
            for (String s : value.split(java.io.File.pathSeparator)) {
                if (!s.isBlank()) {
                    out.add(Path.of(s.trim()));
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ reading one plug-in

    private static List<Path> jars(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> inDir;
                try (Stream<Path> s = Files.list(p)) {
                    inDir = s.filter(f -> f.getFileName().toString().endsWith(".jar") && Files.isRegularFile(f)).sorted().toList();
                } catch (IOException e) {
                    throw new InputException(p + ": cannot list the plug-in folder: " + e.getMessage());
                }
                if (inDir.isEmpty()) {
                    throw new InputException(p + ": no plug-in jars (*.jar) in this folder");
                }
                inDir.forEach(f -> out.add(f.toAbsolutePath().normalize()));
            } else if (Files.isRegularFile(p) && p.getFileName().toString().endsWith(".jar")) {
                out.add(p.toAbsolutePath().normalize());
            } else {
                throw new InputException(p + ": not a folder of plug-in jars or a .jar file"
                        + (Files.exists(p) ? "" : " (it does not exist)"));
            }
        }
        return out.stream().distinct().toList();
    }

    private static Path jarOf(Class<?> type, List<Path> jars) {
        CodeSource cs = type.getProtectionDomain().getCodeSource();
        if (cs == null || cs.getLocation() == null) {
            return null;
        }
        try {
            Path p = Path.of(cs.getLocation().toURI()).toAbsolutePath().normalize();
            return jars.contains(p) ? p : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static LoadedPlugin read(Supplier<Plugin> factory, Path jar) {
        String where = jar.getFileName().toString();
        Plugin p;
        try {
            p = factory.get();
        } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
            throw new InputException(where + ": cannot create the plug-in: " + oneLine(e));
        }
        try {
            String name = p.name();
            if (name == null || !PLUGIN_NAME.matcher(name).matches()) {
                throw new InputException(where + ": plug-in name '" + name + "' must start with a letter and use letters, digits or '-'");
            }
            where = "plug-in '" + name + "' (" + where + ")";
            String version = p.version();
            if (version == null || version.isBlank()) {
                throw new InputException(where + ": needs a version (it is recorded in every run's manifest)");
            }
            List<Key> params = new ArrayList<>();
            for (Parameter q : nonNull(p.parameters(), where, "parameters()")) {
                params.add(key(q, name, where));
            }
            List<LoadedPlugin.MechanismInfo> mechs = new ArrayList<>();
            for (PluginMechanism m : nonNull(p.mechanisms(), where, "mechanisms()")) {
                mechs.add(new LoadedPlugin.MechanismInfo(m.name(), m.doc() == null ? "" : m.doc(), m.order(),
                        List.copyOf(nonNull(m.reads(), where, "reads()")), List.copyOf(nonNull(m.writes(), where, "writes()"))));
            }
            List<LoadedPlugin.MetricInfo> metrics = new ArrayList<>();
            for (PluginMetric m : nonNull(p.metrics(), where, "metrics()")) {
                metrics.add(new LoadedPlugin.MetricInfo(m.name(), m.label(), m.unit() == null ? "" : m.unit(), m.definition()));
            }
            List<LoadedPlugin.GeneratorInfo> gens = new ArrayList<>();
            for (PluginGenerator g : nonNull(p.generators(), where, "generators()")) {
                List<Key> keys = new ArrayList<>();
                for (Parameter q : nonNull(g.parameters(), where, "generator " + g.name() + " parameters()")) {
                    keys.add(key(q.atStart(), "network", where + ", generator '" + g.name() + "'"));
                }
                gens.add(new LoadedPlugin.GeneratorInfo(g.name(), g.description() == null ? "" : g.description(), List.copyOf(keys)));
            }
            return new LoadedPlugin(name, version, p.description() == null ? "" : p.description(), jar, sha256(jar), factory,
                    List.copyOf(params), List.copyOf(mechs), List.copyOf(metrics), List.copyOf(gens));
        } catch (InputException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            throw new InputException(where + ": cannot read its declarations: " + oneLine(e));
        }
    }

    private static <T> List<T> nonNull(List<T> list, String where, String what) {
        if (list == null) {
            throw new InputException(where + ": " + what + " returned null (return an empty list)");
        }
        return list;
    }

    /** A plug-in parameter as a key of the one schema, its default checked against its range. */
    static Key key(Parameter q, String group, String where) {
        if (q.name() == null || !NAME.matcher(q.name()).matches()) {
            throw new InputException(where + ": parameter name '" + q.name() + "' must start with a letter and use letters or digits");
        }
        Key k = switch (q.type()) {
            case INTEGER -> Key.integer(q.name()).range(q.min(), q.max());
            case NUMBER -> Key.number(q.name()).range(q.min(), q.max());
            case FLAG -> Key.bool(q.name());
        };
        k = k.group(group).doc(q.doc()).unit(q.unit()).applies(q.isAtStart() ? Key.Apply.NEXT_START : Key.Apply.LIVE);
        if (q.isTaught()) {
            k = k.taught(Double.NaN, q.sliderEnd());
        }
        try {
            Values.convert("parameter '" + q.name() + "'", k, q.defaultValue());
        } catch (IllegalArgumentException e) {
            throw new InputException(where + ": the default of " + e.getMessage());
        }
        return k.defaultValue(q.defaultValue());
    }

    // ------------------------------------------------------------------ checking all of them

    /** Checks names and orders across the built-in catalogue and every loaded plug-in. */
    static void check(List<LoadedPlugin> plugins) {
        Map<String, LoadedPlugin> byName = new LinkedHashMap<>();
        Map<String, String> params = new LinkedHashMap<>();
        Map<String, String> mechanisms = new LinkedHashMap<>();
        Map<String, String> metrics = new LinkedHashMap<>();
        Map<String, String> generators = new LinkedHashMap<>();
        Map<Integer, String> orders = builtInOrders();
        List<String> variables = StepState.variables().stream().map(Field::getName).toList();
        for (LoadedPlugin p : plugins) {
            LoadedPlugin twin = byName.put(p.name(), p);
            String where = "plug-in '" + p.name() + "' (" + p.jar().getFileName() + ")";
            if (twin != null) {
                throw new InputException("two plug-ins are named '" + p.name() + "': " + twin.origin() + " and " + p.origin()
                        + "; remove one from the plug-in folder");
            }
            for (Key k : p.parameters()) {
                String n = k.name();
                if (ParamRegistry.find(n) != null || ParamRegistry.RETIRED.containsKey(n)) {
                    throw new InputException(where + ": parameter '" + n + "' clashes with the built-in parameter of that name; rename it");
                }
                if (Metrics.COLUMNS.contains(n)) {
                    throw new InputException(where + ": parameter '" + n + "' clashes with the built-in metric of that name; rename it");
                }
                claim(params, n, p.name(), where, "parameter");
            }
            for (LoadedPlugin.MechanismInfo m : p.mechanisms()) {
                checkName(m.name(), where, "mechanism");
                if (Mechanisms.NAMES.contains(m.name())) {
                    throw new InputException(where + ": mechanism '" + m.name() + "' clashes with the built-in mechanism of that name; rename it");
                }
                claim(mechanisms, m.name(), p.name(), where, "mechanism");
                if (m.order() <= StepOrder.BEGIN || m.order() >= StepOrder.METRICS) {
                    throw new InputException(where + ": mechanism '" + m.name() + "' has order " + m.order()
                            + ", outside the schedule: a plug-in mechanism runs strictly between " + StepOrder.BEGIN
                            + " (the begin step) and " + StepOrder.METRICS + " (the metrics); see netcap.api.StepOrder");
                }
                String at = orders.putIfAbsent(m.order(), m.name() + " of plug-in " + p.name());
                if (at != null) {
                    throw new InputException(where + ": mechanism '" + m.name() + "' has order " + m.order() + ", the order of "
                            + at + "; two rules at one order run in no defined order, so pick a free one (e.g. "
                            + free(orders, m.order()) + ")");
                }
                for (String v : concat(m.reads(), m.writes())) {
                    if (!variables.contains(v)) {
                        throw new InputException(where + ": mechanism '" + m.name() + "' declares step-state variable '" + v + "'"
                                + ", which does not exist" + Names.didYouMean(v, variables) + " (docs/ODD.md section 3, \"Step state\", lists them)");
                    }
                }
            }
            for (LoadedPlugin.MetricInfo m : p.metrics()) {
                checkName(m.name(), where, "metric");
                if (Metrics.COLUMNS.contains(m.name()) || ParamRegistry.find(m.name()) != null) {
                    throw new InputException(where + ": metric '" + m.name() + "' clashes with the built-in "
                            + (Metrics.COLUMNS.contains(m.name()) ? "metric" : "parameter") + " of that name; rename it");
                }
                if (m.definition() == null || m.definition().isBlank()) {
                    throw new InputException(where + ": metric '" + m.name() + "' needs a definition (one sentence: what it measures)");
                }
                claim(metrics, m.name(), p.name(), where, "metric");
            }
            for (LoadedPlugin.GeneratorInfo g : p.generators()) {
                checkName(g.name(), where, "generator");
                if (Generators.names().contains(g.name())) {
                    throw new InputException(where + ": generator '" + g.name() + "' clashes with the built-in generator of that name; rename it");
                }
                claim(generators, g.name(), p.name(), where, "generator");
            }
        }
        for (Map.Entry<String, String> e : metrics.entrySet()) {
            if (params.containsKey(e.getKey())) {
                throw new InputException("plug-in '" + e.getValue() + "': metric '" + e.getKey() + "' has the name of a parameter of plug-in '"
                        + params.get(e.getKey()) + "'; a varied key and a metric column need distinct names");
            }
        }
    }

    private static void checkName(String n, String where, String kind) {
        if (n == null || !NAME.matcher(n).matches()) {
            throw new InputException(where + ": " + kind + " name '" + n + "' must start with a letter and use letters or digits");
        }
    }

    private static void claim(Map<String, String> seen, String name, String plugin, String where, String kind) {
        String before = seen.putIfAbsent(name, plugin);
        if (before != null) {
            throw new InputException(where + ": " + kind + " '" + name + "' is also a " + kind + " of plug-in '" + before
                    + "'; one name, one " + kind);
        }
    }

    /** The orders taken by the begin step, the built-in mechanisms and the metrics. */
    private static Map<Integer, String> builtInOrders() {
        Map<Integer, String> m = new LinkedHashMap<>();
        m.put(StepOrder.BEGIN, "the begin step");
        for (Mechanism x : Mechanisms.all()) {
            m.put(x.order(), x.name());
        }
        m.put(StepOrder.METRICS, "the metrics");
        return m;
    }

    private static int free(Map<Integer, String> taken, int near) {
        for (int d = 1; ; d++) {
            if (near + d < StepOrder.METRICS && !taken.containsKey(near + d)) {
                return near + d;
            }
            if (near - d > StepOrder.BEGIN && !taken.containsKey(near - d)) {
                return near - d;
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static String names(List<Path> jars) {
        return String.join(", ", jars.stream().map(j -> j.getFileName().toString()).toList());
    }

    /** An exception as one line: its class and message, and its cause's. */
    static String oneLine(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null && sb.length() < 400; t = t.getCause() == t ? null : t.getCause()) {
            if (sb.length() > 0) {
                sb.append("; caused by ");
            }
            sb.append(t.getClass().getSimpleName()).append(t.getMessage() == null ? "" : ": " + t.getMessage());
        }
        return sb.toString().replaceAll("\\s+", " ");
    }

    /** The SHA-256 checksum of a file, as 64 hex digits. */
    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int r; (r = in.read(buf)) > 0; ) {
                md.update(buf, 0, r);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new InputException(file + ": cannot read the plug-in jar: " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
