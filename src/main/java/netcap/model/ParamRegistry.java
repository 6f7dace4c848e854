package netcap.model;

import netcap.schema.Key;
import netcap.schema.Values;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogue of model parameters, read from the {@link Param} annotations of {@link Params}:
 * lookup by name, typed assignment with range checks, and the table {@code docs/ODD.md} and
 * {@code docs/experiments.md} are checked against.
 */
public final class ParamRegistry {
    /**
     * One parameter: its {@link Key} in the one schema of user-facing keys (name, Java type,
     * default, range, documentation; it converts and checks values), read from its field's
     * {@link Param} annotation.
     */
    public record Def(Key key) {
        public String name() {
            return key.name();
        }

        /** The field's Java type: {@code int}, {@code double}, {@code boolean}, String or an enum. */
        public Class<?> type() {
            return key.javaType();
        }

        public Object defaultValue() {
            return key.defaultValue();
        }

        public String group() {
            return key.group();
        }

        public String doc() {
            return key.doc();
        }

        public String unit() {
            return key.unit();
        }

        public double min() {
            return key.min();
        }

        public double max() {
            return key.max();
        }

        /** The allowed range as text, e.g. {@code [0, 1]} or {@code >= 0}. */
        public String rangeText() {
            return key.rangeText();
        }

        /** "integer", "number", "boolean", "text" or "choice". */
        public String typeName() {
            return key.typeName();
        }

        static Def of(Field f, Param a, Object defaultValue) {
            Key k = Key.forType(f.getName(), f.getType()).range(a.min(), a.max()).defaultValue(defaultValue)
                    .group(a.group()).doc(a.doc()).unit(a.unit()).applies(a.apply());
            return new Def(a.teach() ? k.taught(Double.NaN, a.sliderMax()) : k);
        }
    }

    private static final Map<String, Def> DEFS;
    private static final Map<String, Field> FIELDS;

    static {
        Map<String, Def> defs = new LinkedHashMap<>();
        Map<String, Field> fields = new LinkedHashMap<>();
        Params defaults = new Params();
        for (Field f : Params.class.getDeclaredFields()) {
            Param a = f.getAnnotation(Param.class);
            if (a == null || Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            try {
                defs.put(f.getName(), Def.of(f, a, f.get(defaults)));
            } catch (IllegalAccessException e) {
                throw new ExceptionInInitializerError(e);
            }
            fields.put(f.getName(), f);
        }
        DEFS = Collections.unmodifiableMap(defs);
        FIELDS = fields;
    }

    /**
     * Parameters that existed once, and what replaced them: a spec or {@code --set} that still
     * uses one gets this as its error, so old specs fail with a pointer instead of a guess.
     */
    public static final Map<String, String> RETIRED = Map.of(
            "freeRiderShare", "renamed initialFreeRiderShare (freeRiderShare is the metric: the share of members who are free riders)",
            "contributorShare", "renamed initialContributorShare (contributorShare is the metric: the share of members who are contributors)",
            "socializationMinLevel", "removed in model version 2: socialization needs a face-to-face tie (the physical layer carries tacit"
                    + " knowledge, virtual rooms carry posts); to remove face-to-face contact set physicalLayer: false",
            "participationCost", "removed in model version 3: there is no fixed fee for taking part; a member weighs what it receives"
                    + " against its effort and outsideOption x what it knows (what else it could do with its time)",
            "trustCostDiscount", "removed in model version 4: no rule lowers a cost with trust; the effort per unit of value"
                    + " received (valueCost) falls, or not, as an outcome of who trades and shares with whom");

    private ParamRegistry() {
    }

    /** The error for a parameter name that is not (or no longer) a parameter: what replaced it, or a did-you-mean. */
    public static String unknown(String name) {
        String r = RETIRED.get(name);
        if (r != null) {
            return "no longer a parameter: " + r;
        }
        List<String> names = new ArrayList<>(DEFS.keySet());
        return "unknown parameter" + netcap.util.Names.didYouMean(name, names);
    }

    /** Every parameter in declaration order. */
    public static List<Def> all() {
        return new ArrayList<>(DEFS.values());
    }

    /** The parameter named {@code name}, or null. */
    public static Def find(String name) {
        return DEFS.get(name);
    }

    /**
     * The parameter {@code name} of a model with {@code p}'s plug-ins: a built-in one or a
     * parameter of a plug-in {@code p} uses; null when neither.
     */
    public static Def find(Params p, String name) {
        Def d = DEFS.get(name);
        if (d != null) {
            return d;
        }
        Key k = p.plugins().parameter(name);
        return k == null ? null : new Def(k);
    }

    /** The current value of parameter {@code name} (built-in, or of one of {@code p}'s plug-ins) in {@code p}. */
    public static Object get(Params p, String name) {
        Field f = FIELDS.get(name);
        if (f == null) {
            if (p.pluginValues().containsKey(name)) {
                return p.pluginValues().get(name);
            }
            throw new IllegalArgumentException("unknown parameter '" + name + "'");
        }
        try {
            return f.get(p);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every parameter's value, by name, in declaration order (a choice as specs spell it), then the plug-ins' parameters. */
    public static Map<String, Object> values(Params p) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String name : DEFS.keySet()) {
            Object v = get(p, name);
            m.put(name, v instanceof Enum<?> e ? Key.label(e) : v);
        }
        m.putAll(p.pluginValues());
        return m;
    }

    /**
     * Sets parameter {@code name} of {@code p} (built-in, or of one of its plug-ins) from a value as
     * it comes from YAML or the command line (a Number, Boolean or String), converting and
     * range-checking it.
     *
     * @throws IllegalArgumentException with a message naming the parameter, the value and what
     *                                  is allowed
     */
    public static void set(Params p, String name, Object value) {
        Def d = find(p, name);
        if (d == null) {
            throw new IllegalArgumentException("unknown parameter '" + name + "'");
        }
        Object v = convert(d, value);
        Field f = FIELDS.get(name);
        if (f == null) {
            p.pluginValues().put(name, v);
            return;
        }
        try {
            f.set(p, v);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Converts and checks {@code value} for parameter {@code d} (by the schema's one converter); returns the typed value. */
    public static Object convert(Def d, Object value) {
        return Values.convert("parameter '" + d.name() + "'", d.key(), value);
    }

    /** Every parameter's key in the one schema, in declaration order. */
    public static List<Key> keys() {
        return DEFS.values().stream().map(Def::key).toList();
    }

    /** Every parameter's key of a model with {@code p}'s plug-ins: the built-in ones, then the plug-ins'. */
    public static List<Key> keys(Params p) {
        List<Key> out = new ArrayList<>(keys());
        out.addAll(p.plugins().parameters());
        return out;
    }

    /**
     * Checks the constraints that tie several parameters together.
     *
     * @throws IllegalArgumentException naming the parameters
     */
    public static void validate(Params p) {
        if (p.physicalOnlyShare + p.virtualOnlyShare > 1 + 1e-12) {
            throw new IllegalArgumentException("physicalOnlyShare + virtualOnlyShare must be <= 1, was "
                    + p.physicalOnlyShare + " + " + p.virtualOnlyShare);
        }
        if (p.initialContributorShare + p.initialFreeRiderShare > 1 + 1e-12) {
            throw new IllegalArgumentException("initialContributorShare + initialFreeRiderShare must be <= 1, was "
                    + p.initialContributorShare + " + " + p.initialFreeRiderShare);
        }
        if (!p.thresholdList.isBlank()) {
            for (String s : p.thresholdList.split(",")) {
                try {
                    double v = Double.parseDouble(s.trim());
                    if (!(v >= 0) || Double.isInfinite(v)) {
                        throw new NumberFormatException();
                    }
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("thresholdList must be comma-separated non-negative numbers, found \"" + s.trim() + "\"");
                }
            }
        }
        if (p.thresholdType == ThresholdKind.FRACTIONAL && p.thresholdMean > 1) {
            throw new IllegalArgumentException("thresholdMean of fractional thresholds must be <= 1, was " + p.thresholdMean);
        }
        if (!p.physicalLayer && !p.virtualRooms) {
            throw new IllegalArgumentException("physicalLayer and virtualRooms cannot both be false: ties need a layer to exist in");
        }
        if (p.initialLevelMin > p.initialLevelMax) {
            throw new IllegalArgumentException("initialLevelMin must be <= initialLevelMax, was "
                    + p.initialLevelMin + " > " + p.initialLevelMax);
        }
    }
}
