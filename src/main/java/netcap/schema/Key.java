package netcap.schema;

import java.util.List;
import java.util.Objects;

/**
 * One user-facing key, declared once: its name, kind of value, default, allowed range or
 * choices, and what documentation and a teaching view need (group, one-line explanation, unit,
 * translation key, whether a change applies live or at the next start, slider range).
 *
 * <p>Keys are immutable; the {@code with...} methods return changed copies, so a declaration
 * reads as one expression: {@code Key.number("p").range(0, 1).defaultValue(0.1).doc("rewiring probability")}.
 */
public final class Key {
    /** The kind of value a key takes. */
    public enum Kind {
        /** A whole number that fits an {@code int}. */
        INTEGER,
        /** A whole number that fits a {@code long}. */
        LONG,
        /** A finite real number. */
        NUMBER,
        /** true or false. */
        BOOLEAN,
        /** Any text. */
        TEXT,
        /** One of a fixed list of names (an enum when {@link #enumType()} is set). */
        CHOICE,
        /** A list or map whose parts are keys of their own (documented here, read by its owner). */
        STRUCTURE
    }

    /** When a change to the key takes effect in a running model. */
    public enum Apply {
        /** From the next step on: the model reads it every step. */
        LIVE,
        /** At the next start: it shapes the world built at the start. */
        NEXT_START
    }

    private String name;
    private Kind kind;
    private Object defaultValue;
    private double min = Double.NEGATIVE_INFINITY;
    private double max = Double.POSITIVE_INFINITY;
    private boolean minOpen;
    private String rangeNote = "";
    private List<String> choices = List.of();
    private Class<? extends Enum<?>> enumType;
    private String group = "";
    private String doc = "";
    private String unit = "1";
    private Apply apply = Apply.NEXT_START;
    private double sliderMin = Double.NaN;
    private double sliderMax = Double.NaN;
    private boolean teach;
    private String typeLabel;
    private String defaultLabel;

    private Key() {
    }

    private static Key of(String name, Kind kind) {
        Key k = new Key();
        k.name = Objects.requireNonNull(name);
        k.kind = Objects.requireNonNull(kind);
        return k;
    }

    /** A copy with {@code change} applied (keys are never changed after they are declared). */
    private Key with(java.util.function.Consumer<Key> change) {
        Key k = new Key();
        k.name = name;
        k.kind = kind;
        k.defaultValue = defaultValue;
        k.min = min;
        k.max = max;
        k.minOpen = minOpen;
        k.rangeNote = rangeNote;
        k.choices = choices;
        k.enumType = enumType;
        k.group = group;
        k.doc = doc;
        k.unit = unit;
        k.apply = apply;
        k.sliderMin = sliderMin;
        k.sliderMax = sliderMax;
        k.teach = teach;
        k.typeLabel = typeLabel;
        k.defaultLabel = defaultLabel;
        change.accept(k);
        return k;
    }

    /** An {@code int} key. */
    public static Key integer(String name) {
        return of(name, Kind.INTEGER);
    }

    /** A {@code long} key. */
    public static Key longInteger(String name) {
        return of(name, Kind.LONG);
    }

    /** A real-number key. */
    public static Key number(String name) {
        return of(name, Kind.NUMBER);
    }

    /** A true/false key. */
    public static Key bool(String name) {
        return of(name, Kind.BOOLEAN);
    }

    /** A free-text key. */
    public static Key text(String name) {
        return of(name, Kind.TEXT);
    }

    /** A list or map key described by {@code typeLabel} (e.g. "list of metrics"). */
    public static Key structure(String name, String typeLabel) {
        return of(name, Kind.STRUCTURE).typeLabel(typeLabel);
    }

    /** A key taking one of {@code choices}. */
    public static Key choice(String name, List<String> choices) {
        return of(name, Kind.CHOICE).choices(choices);
    }

    /** A key taking a constant of {@code type}, spelled as its {@link Choice#label()} (or its name). */
    public static <E extends Enum<E>> Key choice(String name, Class<E> type) {
        List<String> labels = new java.util.ArrayList<>();
        for (E e : type.getEnumConstants()) {
            labels.add(label(e));
        }
        return of(name, Kind.CHOICE).choices(labels).with(k -> k.enumType = type);
    }

    /** How an enum constant is written in specs: its {@link Choice#label()}, or its name. */
    public static String label(Enum<?> e) {
        return e instanceof Choice c ? c.label() : e.name();
    }

    /** The key's Java type: {@code int}, {@code long}, {@code double}, {@code boolean}, String or the enum. */
    public Class<?> javaType() {
        return switch (kind) {
            case INTEGER -> int.class;
            case LONG -> long.class;
            case NUMBER -> double.class;
            case BOOLEAN -> boolean.class;
            case TEXT -> String.class;
            case CHOICE -> enumType != null ? enumType : String.class;
            case STRUCTURE -> Object.class;
        };
    }

    /** The key for a Java field type (int, long, double, boolean, String, an enum). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Key forType(String name, Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return integer(name);
        }
        if (type == long.class || type == Long.class) {
            return longInteger(name);
        }
        if (type == double.class || type == Double.class) {
            return number(name);
        }
        if (type == boolean.class || type == Boolean.class) {
            return bool(name);
        }
        if (type.isEnum()) {
            return choice(name, (Class) type);
        }
        if (type == String.class) {
            return text(name);
        }
        throw new IllegalArgumentException("no key kind for " + type.getName() + " (" + name + ")");
    }

    /** The default (null: required, or no default). */
    public Key defaultValue(Object v) {
        return with(k -> k.defaultValue = v);
    }

    /** Closed allowed range {@code [lo, hi]} (use infinities for an open end). */
    public Key range(double lo, double hi) {
        return with(k -> {
            k.min = lo;
            k.max = hi;
        });
    }

    /** Open allowed range below, closed above: {@code (lo, hi]}. */
    public Key rangeAbove(double lo, double hi) {
        return with(k -> {
            k.min = lo;
            k.max = hi;
            k.minOpen = true;
        });
    }

    /** Whether the minimum itself is excluded. */
    public boolean minOpen() {
        return minOpen;
    }

    /**
     * A range the converter cannot check alone (it depends on other values, e.g. {@code <= n-1}),
     * or what a structured key (a list, a map) holds; shown in documentation and checked by
     * whoever uses the value.
     */
    public Key rangeNote(String note) {
        return with(k -> k.rangeNote = note);
    }

    /** The allowed names of a choice key. */
    public Key choices(List<String> names) {
        return with(k -> k.choices = List.copyOf(names));
    }

    /** The group (a mechanism or section) the key belongs to. */
    public Key group(String g) {
        return with(k -> k.group = g);
    }

    /** What the key means, one sentence. */
    public Key doc(String d) {
        return with(k -> k.doc = d);
    }

    /** The unit, "1" for dimensionless. */
    public Key unit(String u) {
        return with(k -> k.unit = u);
    }

    /** When a change applies in a running model (default: at the next start). */
    public Key applies(Apply a) {
        return with(k -> k.apply = a);
    }

    /**
     * Shown in a teaching view (the GUI's Model tab), with a slider from {@code lo} to {@code hi}
     * (NaN: the allowed range).
     */
    public Key taught(double lo, double hi) {
        return with(k -> {
            k.teach = true;
            k.sliderMin = lo;
            k.sliderMax = hi;
        });
    }

    /** How documentation names the kind of a structured key (e.g. "list of metrics"). */
    public Key typeLabel(String label) {
        return with(k -> k.typeLabel = label);
    }

    /** How documentation states a default that is not a plain value (e.g. "the file name without .yaml"). */
    public Key defaultLabel(String label) {
        return with(k -> k.defaultLabel = label);
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public Object defaultValue() {
        return defaultValue;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public List<String> choices() {
        return choices;
    }

    /** The enum a choice key converts to, or null (then its value is the chosen name). */
    public Class<? extends Enum<?>> enumType() {
        return enumType;
    }

    public String group() {
        return group;
    }

    public String doc() {
        return doc;
    }

    public String unit() {
        return unit;
    }

    /** Whether a change applies live or at the next start (meaningful for keys shown in a teaching view). */
    public Apply apply() {
        return apply;
    }

    /** Whether a teaching view shows the key. */
    public boolean taught() {
        return teach;
    }

    /** The key of the key's label and explanation in translation bundles: {@code key.NAME}. */
    public String translationKey() {
        return "key." + name;
    }

    /** Slider start: the given one, else the allowed minimum. */
    public double sliderMin() {
        return Double.isNaN(sliderMin) ? min : sliderMin;
    }

    /** Slider end: the given one, else the allowed maximum. */
    public double sliderMax() {
        return Double.isNaN(sliderMax) ? max : sliderMax;
    }

    /** "integer", "number", "boolean", "text" or "choice". */
    public String typeName() {
        if (typeLabel != null) {
            return typeLabel;
        }
        return switch (kind) {
            case INTEGER, LONG -> "integer";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case TEXT -> "text";
            case CHOICE -> "choice";
            case STRUCTURE -> "structure";
        };
    }

    /** The allowed values as text, e.g. {@code [0, 1]}, {@code >= 0}, {@code a | b}, {@code any}. */
    public String rangeText() {
        switch (kind) {
            case BOOLEAN:
                return "true | false";
            case TEXT:
            case STRUCTURE:
                return rangeNote.isEmpty() ? "any text" : rangeNote;
            case CHOICE:
                return String.join(" | ", choices);
            default:
                break;
        }
        boolean lo = min > -1e9; // -1e9 and below: open below
        boolean hi = max != Double.POSITIVE_INFINITY;
        String a = fmt(min);
        String b = fmt(max);
        String range = lo && hi ? (minOpen ? "(" : "[") + a + ", " + b + "]" : lo ? (minOpen ? "> " : ">= ") + a : hi ? "<= " + b : "";
        if (!rangeNote.isEmpty()) {
            return range.isEmpty() ? rangeNote : range + ", " + rangeNote;
        }
        return range.isEmpty() ? "any" : range;
    }

    /** A number as short text: integral values without a decimal point. */
    public static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** The default as text ({@code required} when there is none). */
    public String defaultText() {
        if (defaultLabel != null) {
            return defaultLabel;
        }
        if (defaultValue == null) {
            return "required";
        }
        if (defaultValue instanceof Enum<?> e) {
            return label(e);
        }
        if (defaultValue instanceof Double d) {
            return fmt(d);
        }
        return String.valueOf(defaultValue);
    }

    @Override
    public String toString() {
        return name + " (" + typeName() + ", " + rangeText() + ")";
    }
}
