package netcap.growth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import netcap.random.CounterRandom;
import netcap.schema.Key;
import netcap.schema.Values;
import netcap.util.Names;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How adoption thresholds ({@link Threshold}) are assigned to agents, read from a small
 * description such as {@code {type: normal, mean: 0.18, sd: 0.05}}.
 *
 * <table>
 * <caption>Types and keys (every description may also give {@code kind})</caption>
 * <tr><th>type</th><th>keys</th><th>threshold of agent i</th></tr>
 * <tr><td>fixed</td><td>value</td><td>value</td></tr>
 * <tr><td>uniform</td><td>min, max (min &lt;= max)</td><td>uniform on [min, max)</td></tr>
 * <tr><td>normal</td><td>mean, sd (sd &gt;= 0)</td><td>normal(mean, sd), clipped to &gt;= 0, and to &lt;= 1 if fractional</td></tr>
 * <tr><td>list</td><td>values (exactly N numbers)</td><td>values[i]</td></tr>
 * </table>
 *
 * <p>{@code kind} is {@code fractional} (default; a share of one's contacts, Watts 2002) or
 * {@code absolute} (a number of contacts, Granovetter 1978). Values of fixed, uniform and list
 * must lie in [0, 1] if fractional and be &gt;= 0 if absolute (they are rejected, not clipped:
 * only the normal distribution has unbounded support, so only it is clipped). A list must have
 * exactly one value per agent: {@link #fill} rejects a list of another length rather than
 * silently cycling or truncating it.
 *
 * <p>Draws are counter-based ({@link CounterRandom}, agent i uses counter (key, 0, i)), so agent
 * i's threshold does not depend on N or on the order of drawing. Normal variates use the
 * Box-Muller transform of two such uniforms.
 *
 * <p>All errors are {@link IllegalArgumentException}s with a one-line message naming the key.
 */
public final class ThresholdDistribution {
    /** The distribution families. */
    public enum Type {
        FIXED, UNIFORM, NORMAL, LIST
    }

    private static final Map<String, List<String>> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("fixed", List.of("value"));
        KEYS.put("uniform", List.of("min", "max"));
        KEYS.put("normal", List.of("mean", "sd"));
        KEYS.put("list", List.of("values"));
    }

    private static final int SALT_U1 = 0x54687231; // "Thr1"
    private static final int SALT_U2 = 0x54687232; // "Thr2"

    private final Type type;
    private final boolean fractional;
    private final double a;
    private final double b;
    private final double[] values;

    private ThresholdDistribution(Type type, boolean fractional, double a, double b, double[] values) {
        this.type = type;
        this.fractional = fractional;
        this.a = a;
        this.b = b;
        this.values = values;
    }

    /** Everyone has threshold {@code value}. */
    public static ThresholdDistribution fixed(double value, boolean fractional) {
        checkRange("fixed", "value", value, fractional);
        return new ThresholdDistribution(Type.FIXED, fractional, value, value, null);
    }

    /** Thresholds uniform on [min, max). */
    public static ThresholdDistribution uniform(double min, double max, boolean fractional) {
        checkRange("uniform", "min", min, fractional);
        checkRange("uniform", "max", max, fractional);
        if (min > max) {
            throw new IllegalArgumentException("threshold uniform: min (" + num(min) + ") must be <= max (" + num(max) + ")");
        }
        return new ThresholdDistribution(Type.UNIFORM, fractional, min, max, null);
    }

    /** Thresholds normal(mean, sd), clipped at 0 (and at 1 if fractional). */
    public static ThresholdDistribution normal(double mean, double sd, boolean fractional) {
        checkFinite("normal", "mean", mean);
        checkFinite("normal", "sd", sd);
        if (sd < 0) {
            throw new IllegalArgumentException("threshold normal: sd must be >= 0, was " + num(sd));
        }
        return new ThresholdDistribution(Type.NORMAL, fractional, mean, sd, null);
    }

    /** Agent i gets {@code values[i]}; the population must have exactly {@code values.length} agents. */
    public static ThresholdDistribution list(double[] values, boolean fractional) {
        if (values.length == 0) {
            throw new IllegalArgumentException("threshold list: values must not be empty");
        }
        for (int i = 0; i < values.length; i++) {
            checkRange("list", "values[" + i + "]", values[i], fractional);
        }
        return new ThresholdDistribution(Type.LIST, fractional, 0, 0, values.clone());
    }

    /**
     * Parses a description in YAML flow or block form, e.g.
     * {@code "{type: uniform, min: 0.1, max: 0.3}"} or
     * {@code "{type: list, kind: absolute, values: [0, 1, 2]}"}.
     */
    public static ThresholdDistribution parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("threshold: empty description; expected e.g. {type: normal, mean: 0.18, sd: 0.05}");
        }
        Object tree;
        try {
            tree = new ObjectMapper(new YAMLFactory()).readValue(text, Object.class);
        } catch (java.io.IOException e) {
            String msg = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            throw new IllegalArgumentException("threshold: cannot read \"" + text.strip() + "\": " + msg, e);
        }
        if (!(tree instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("threshold: expected a map such as {type: fixed, value: 0.18}, got \""
                    + text.strip() + "\"");
        }
        return parse(map);
    }

    /**
     * Parses a map (as read from YAML): {@code type} (fixed, uniform, normal, list), the type's
     * keys, and optionally {@code kind} (fractional or absolute, default fractional). Numbers may
     * be given as numbers or numeric strings.
     */
    public static ThresholdDistribution parse(Map<?, ?> spec) {
        if (spec == null) {
            throw new IllegalArgumentException("threshold: missing description");
        }
        Object t = spec.get("type");
        if (t == null) {
            throw new IllegalArgumentException("threshold: missing \"type\" (one of " + String.join(", ", KEYS.keySet()) + ")");
        }
        String type = String.valueOf(t).trim().toLowerCase(Locale.ROOT);
        List<String> allowed = KEYS.get(type);
        if (allowed == null) {
            throw new IllegalArgumentException("threshold: unknown type \"" + t + "\"; known: "
                    + String.join(", ", KEYS.keySet()) + Names.didYouMean(String.valueOf(t), KEYS.keySet()));
        }
        List<String> all = new ArrayList<>(allowed);
        all.add("type");
        all.add("kind");
        for (Object k : spec.keySet()) {
            if (!all.contains(String.valueOf(k))) {
                throw new IllegalArgumentException("threshold " + type + ": unknown key \"" + k + "\"; allowed: "
                        + String.join(", ", all) + Names.didYouMean(String.valueOf(k), all));
            }
        }
        boolean fractional = true;
        Object kind = spec.get("kind");
        if (kind != null) {
            String s = String.valueOf(kind).trim().toLowerCase(Locale.ROOT);
            if (s.equals("absolute")) {
                fractional = false;
            } else if (!s.equals("fractional")) {
                throw new IllegalArgumentException("threshold " + type + ": kind must be fractional or absolute, was \""
                        + kind + "\"");
            }
        }
        return switch (type) {
            case "fixed" -> fixed(number(spec, type, "value"), fractional);
            case "uniform" -> uniform(number(spec, type, "min"), number(spec, type, "max"), fractional);
            case "normal" -> normal(number(spec, type, "mean"), number(spec, type, "sd"), fractional);
            default -> list(numbers(spec, type), fractional);
        };
    }

    /** The family. */
    public Type type() {
        return type;
    }

    /** Whether thresholds are shares of contacts (else numbers of contacts). */
    public boolean fractional() {
        return fractional;
    }

    /** A new array of n thresholds for the run key {@code key}. */
    public double[] draw(int n, long key) {
        double[] out = new double[n];
        fill(out, key);
        return out;
    }

    /** Fills {@code out} (one threshold per agent) for the run key {@code key}. */
    public void fill(double[] out, long key) {
        int n = out.length;
        switch (type) {
            case FIXED -> java.util.Arrays.fill(out, a);
            case UNIFORM -> {
                for (int i = 0; i < n; i++) {
                    out[i] = a + (b - a) * CounterRandom.uniform(key, 0, i, SALT_U1);
                }
            }
            case NORMAL -> {
                for (int i = 0; i < n; i++) {
                    double u1 = CounterRandom.uniform(key, 0, i, SALT_U1);
                    double u2 = CounterRandom.uniform(key, 0, i, SALT_U2);
                    double z = Math.sqrt(-2 * Math.log1p(-u1)) * Math.cos(2 * Math.PI * u2);
                    double v = Math.max(0.0, a + b * z);
                    out[i] = fractional ? Math.min(1.0, v) : v;
                }
            }
            case LIST -> {
                if (values.length != n) {
                    throw new IllegalArgumentException("threshold list: has " + values.length
                            + " values but the population has " + n + " agents (one value per agent is required)");
                }
                System.arraycopy(values, 0, out, 0, n);
            }
            default -> throw new IllegalStateException(type.toString());
        }
    }

    @Override
    public String toString() {
        String k = fractional ? "fractional" : "absolute";
        return switch (type) {
            case FIXED -> "{type: fixed, value: " + num(a) + ", kind: " + k + "}";
            case UNIFORM -> "{type: uniform, min: " + num(a) + ", max: " + num(b) + ", kind: " + k + "}";
            case NORMAL -> "{type: normal, mean: " + num(a) + ", sd: " + num(b) + ", kind: " + k + "}";
            case LIST -> "{type: list, values: [" + values.length + " values], kind: " + k + "}";
        };
    }

    private static double number(Map<?, ?> spec, String type, String key) {
        Object v = spec.get(key);
        if (v == null) {
            throw new IllegalArgumentException("threshold " + type + ": missing \"" + key + "\" (needs "
                    + String.join(", ", KEYS.get(type)) + ")");
        }
        return toNumber(v, type, key);
    }

    private static double toNumber(Object v, String type, String key) {
        return Values.toDouble("threshold " + type + ": " + key, Key.number(key), v);
    }

    private static double[] numbers(Map<?, ?> spec, String type) {
        Object v = spec.get("values");
        if (v == null) {
            throw new IllegalArgumentException("threshold list: missing \"values\" (one number per agent)");
        }
        if (!(v instanceof List<?> list)) {
            throw new IllegalArgumentException("threshold list: values must be a list of numbers, was " + v);
        }
        double[] out = new double[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = toNumber(list.get(i), type, "values[" + i + "]");
        }
        return out;
    }

    private static void checkFinite(String type, String key, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("threshold " + type + ": " + key + " must be a finite number, was " + v);
        }
    }

    private static void checkRange(String type, String key, double v, boolean fractional) {
        checkFinite(type, key, v);
        if (v < 0 || fractional && v > 1) {
            throw new IllegalArgumentException("threshold " + type + ": " + key + " must be in "
                    + (fractional ? "[0, 1] for a fractional threshold" : "[0, inf) for an absolute threshold")
                    + ", was " + num(v));
        }
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
