package netcap.model;

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
    /** One parameter: its name, Java type, default, range and documentation. */
    public record Def(String name, Class<?> type, Object defaultValue, String group, String doc, String unit,
                      double min, double max, List<String> allowed) {
        /** The allowed range as text, e.g. {@code [0, 1]} or {@code >= 0}. */
        public String rangeText() {
            if (type == boolean.class) {
                return "true | false";
            }
            if (type == String.class) {
                return allowed.isEmpty() ? "any text" : String.join(" | ", allowed);
            }
            boolean lo = min != Double.NEGATIVE_INFINITY && min > -1e9;
            boolean hi = max != Double.POSITIVE_INFINITY;
            String f = type == int.class ? "%.0f" : "%s";
            String a = type == int.class ? String.format(f, min) : fmt(min);
            String b = type == int.class ? String.format(f, max) : fmt(max);
            if (lo && hi) {
                return "[" + a + ", " + b + "]";
            }
            if (lo) {
                return ">= " + a;
            }
            if (hi) {
                return "<= " + b;
            }
            return "any";
        }

        /** "integer", "number", "boolean" or "text". */
        public String typeName() {
            if (type == int.class || type == long.class) {
                return "integer";
            }
            if (type == double.class) {
                return "number";
            }
            if (type == boolean.class) {
                return "boolean";
            }
            return "text";
        }

        private static String fmt(double v) {
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
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
                defs.put(f.getName(), new Def(f.getName(), f.getType(), f.get(defaults), a.group(), a.doc(), a.unit(),
                        a.min(), a.max(), List.of(a.allowed())));
            } catch (IllegalAccessException e) {
                throw new ExceptionInInitializerError(e);
            }
            fields.put(f.getName(), f);
        }
        DEFS = Collections.unmodifiableMap(defs);
        FIELDS = fields;
    }

    private ParamRegistry() {
    }

    /** Every parameter in declaration order. */
    public static List<Def> all() {
        return new ArrayList<>(DEFS.values());
    }

    /** The parameter named {@code name}, or null. */
    public static Def find(String name) {
        return DEFS.get(name);
    }

    /** The current value of parameter {@code name} in {@code p}. */
    public static Object get(Params p, String name) {
        Field f = FIELDS.get(name);
        if (f == null) {
            throw new IllegalArgumentException("unknown parameter '" + name + "'");
        }
        try {
            return f.get(p);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every parameter's value, by name, in declaration order. */
    public static Map<String, Object> values(Params p) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String name : DEFS.keySet()) {
            m.put(name, get(p, name));
        }
        return m;
    }

    /**
     * Sets parameter {@code name} of {@code p} from a value as it comes from YAML or the command
     * line (a Number, Boolean or String), converting and range-checking it.
     *
     * @throws IllegalArgumentException with a message naming the parameter, the value and what
     *                                  is allowed
     */
    public static void set(Params p, String name, Object value) {
        Def d = DEFS.get(name);
        if (d == null) {
            throw new IllegalArgumentException("unknown parameter '" + name + "'");
        }
        Object v = convert(d, value);
        try {
            FIELDS.get(name).set(p, v);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Converts and checks {@code value} for parameter {@code d}; returns the typed value. */
    public static Object convert(Def d, Object value) {
        String what = "parameter '" + d.name() + "'";
        if (value == null) {
            throw new IllegalArgumentException(what + " has no value; allowed: " + d.typeName() + " " + d.rangeText());
        }
        if (d.type() == boolean.class) {
            if (value instanceof Boolean b) {
                return b;
            }
            if (value instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
                return Boolean.parseBoolean(s);
            }
            throw new IllegalArgumentException(what + " must be true or false, was " + show(value));
        }
        if (d.type() == String.class) {
            String s = value.toString();
            if (!d.allowed().isEmpty() && !d.allowed().contains(s)) {
                throw new IllegalArgumentException(what + " must be one of " + String.join(", ", d.allowed()) + ", was " + show(value));
            }
            return s;
        }
        double x;
        if (value instanceof Number num) {
            x = num.doubleValue();
        } else if (value instanceof String s) {
            try {
                x = Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(what + " must be " + (d.type() == int.class ? "an integer" : "a number")
                        + " in " + d.rangeText() + ", was " + show(value));
            }
        } else {
            throw new IllegalArgumentException(what + " must be " + (d.type() == int.class ? "an integer" : "a number")
                    + " in " + d.rangeText() + ", was " + show(value));
        }
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException(what + " must be finite, was " + show(value));
        }
        if (d.type() == int.class && x != Math.rint(x)) {
            throw new IllegalArgumentException(what + " must be an integer in " + d.rangeText() + ", was " + show(value));
        }
        if (x < d.min() || x > d.max()) {
            throw new IllegalArgumentException(what + " must be in " + d.rangeText() + ", was " + show(value));
        }
        if (d.type() == int.class) {
            return (int) x;
        }
        return x;
    }

    private static String show(Object v) {
        return v instanceof String ? "\"" + v + "\"" : String.valueOf(v);
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
        if (p.thresholdType.equals("fractional") && p.thresholdMean > 1) {
            throw new IllegalArgumentException("thresholdMean of fractional thresholds must be <= 1, was " + p.thresholdMean);
        }
        if (p.initialLevelMin > p.initialLevelMax) {
            throw new IllegalArgumentException("initialLevelMin must be <= initialLevelMax, was "
                    + p.initialLevelMin + " > " + p.initialLevelMax);
        }
    }
}
