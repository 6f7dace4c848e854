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
        CHOICE
    }

    /** When a change to the key takes effect in a running model. */
    public enum Apply {
        /** From the next step on: the model reads it every step. */
        LIVE,
        /** At the next start: it shapes the world built at the start. */
        NEXT_START
    }

    private final String name;
    private final Kind kind;
    private final Object defaultValue;
    private final double min;
    private final double max;
    private final String rangeNote;
    private final List<String> choices;
    private final Class<? extends Enum<?>> enumType;
    private final String group;
    private final String doc;
    private final String unit;
    private final Apply apply;
    private final double sliderMin;
    private final double sliderMax;
    private final boolean teach;

    private Key(String name, Kind kind, Object defaultValue, double min, double max, String rangeNote,
                List<String> choices, Class<? extends Enum<?>> enumType, String group, String doc, String unit,
                Apply apply, double sliderMin, double sliderMax, boolean teach) {
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.rangeNote = rangeNote;
        this.choices = List.copyOf(choices);
        this.enumType = enumType;
        this.group = group;
        this.doc = doc;
        this.unit = unit;
        this.apply = apply;
        this.sliderMin = sliderMin;
        this.sliderMax = sliderMax;
        this.teach = teach;
    }

    private static Key of(String name, Kind kind) {
        return new Key(name, kind, null, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "", List.of(), null,
                "", "", "1", Apply.NEXT_START, Double.NaN, Double.NaN, false);
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
        Key k = of(name, Kind.CHOICE).choices(labels);
        return new Key(k.name, k.kind, k.defaultValue, k.min, k.max, k.rangeNote, k.choices, type, k.group, k.doc,
                k.unit, k.apply, k.sliderMin, k.sliderMax, k.teach);
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

    private Key copy(Object defaultValue, double min, double max, String rangeNote, List<String> choices, String group,
                     String doc, String unit, Apply apply, double sliderMin, double sliderMax, boolean teach) {
        return new Key(name, kind, defaultValue, min, max, rangeNote, choices, enumType, group, doc, unit, apply,
                sliderMin, sliderMax, teach);
    }

    /** The default (null: required, or no default). */
    public Key defaultValue(Object v) {
        return copy(v, min, max, rangeNote, choices, group, doc, unit, apply, sliderMin, sliderMax, teach);
    }

    /** Closed allowed range {@code [lo, hi]} (use infinities for an open end). */
    public Key range(double lo, double hi) {
        return copy(defaultValue, lo, hi, rangeNote, choices, group, doc, unit, apply, sliderMin, sliderMax, teach);
    }

    /**
     * A range the converter cannot check alone (it depends on other values, e.g. {@code [0, n-1]});
     * shown in documentation and checked by whoever uses the value.
     */
    public Key rangeNote(String note) {
        return copy(defaultValue, min, max, note, choices, group, doc, unit, apply, sliderMin, sliderMax, teach);
    }

    /** The allowed names of a choice key. */
    public Key choices(List<String> names) {
        return copy(defaultValue, min, max, rangeNote, names, group, doc, unit, apply, sliderMin, sliderMax, teach);
    }

    /** The group (a mechanism or section) the key belongs to. */
    public Key group(String g) {
        return copy(defaultValue, min, max, rangeNote, choices, g, doc, unit, apply, sliderMin, sliderMax, teach);
    }

    /** What the key means, one sentence. */
    public Key doc(String d) {
        return copy(defaultValue, min, max, rangeNote, choices, group, d, unit, apply, sliderMin, sliderMax, teach);
    }

    /** The unit, "1" for dimensionless. */
    public Key unit(String u) {
        return copy(defaultValue, min, max, rangeNote, choices, group, doc, u, apply, sliderMin, sliderMax, teach);
    }

    /** When a change applies in a running model (default: at the next start). */
    public Key applies(Apply a) {
        return copy(defaultValue, min, max, rangeNote, choices, group, doc, unit, a, sliderMin, sliderMax, teach);
    }

    /**
     * Shown in a teaching view (the GUI's Model tab), with a slider from {@code lo} to {@code hi}
     * (NaN: the allowed range).
     */
    public Key taught(double lo, double hi) {
        return copy(defaultValue, min, max, rangeNote, choices, group, doc, unit, apply, lo, hi, true);
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
        return switch (kind) {
            case INTEGER, LONG -> "integer";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case TEXT -> "text";
            case CHOICE -> "choice";
        };
    }

    /** The allowed values as text, e.g. {@code [0, 1]}, {@code >= 0}, {@code a | b}, {@code any}. */
    public String rangeText() {
        switch (kind) {
            case BOOLEAN:
                return "true | false";
            case TEXT:
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
        String range = lo && hi ? "[" + a + ", " + b + "]" : lo ? ">= " + a : hi ? "<= " + b : "";
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
