package netcap.schema;

import java.util.Locale;

/**
 * The one converter from values as they come from YAML, the command line or a GUI field (a
 * Number, Boolean or String) to the typed, range-checked value a {@link Key} declares.
 *
 * <p>Rules, the same for every key: a whole number is an {@code Integer}, {@code Long}, an
 * integral {@code Double} or a text such as {@code "12"} or {@code "1e6"}; a number is any finite
 * {@code Number} or a text such as {@code "0.5"} (not {@code "NaN"}, {@code "Infinity"} or
 * {@code "1d"}); a boolean is {@code Boolean} or the text true/false in any case; a choice is one
 * of the key's names, exactly. Errors are {@link ValueException}s:
 * {@code SUBJECT must be WHAT, was VALUE}.
 */
public final class Values {
    private Values() {
    }

    /**
     * Converts {@code value} for {@code key}; {@code subject} names it in an error (e.g.
     * {@code parameter 'trustGain'} or {@code baseline.yaml:7: steps}).
     *
     * @return an Integer, Long, Double, Boolean, String or the key's enum constant
     * @throws ValueException when the value is missing, of the wrong kind or out of range
     */
    public static Object convert(String subject, Key key, Object value) {
        if (value == null) {
            throw new ValueException(key.name(), subject + " must be " + allowed(key) + ", was empty");
        }
        switch (key.kind()) {
            case BOOLEAN:
                if (value instanceof Boolean b) {
                    return b;
                }
                if (value instanceof String s && (s.trim().equalsIgnoreCase("true") || s.trim().equalsIgnoreCase("false"))) {
                    return Boolean.parseBoolean(s.trim());
                }
                throw fail(subject, key, value);
            case STRUCTURE:
                return value;
            case TEXT:
                if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                    return value.toString();
                }
                throw fail(subject, key, value);
            case CHOICE:
                return choice(subject, key, value);
            case INTEGER:
            case LONG:
                return whole(subject, key, value);
            default:
                return number(subject, key, value);
        }
    }

    /** {@link #convert} for an {@code int} key. */
    public static int toInt(String subject, Key key, Object value) {
        return ((Number) convert(subject, key, value)).intValue();
    }

    /** {@link #convert} for a {@code long} key. */
    public static long toLong(String subject, Key key, Object value) {
        return ((Number) convert(subject, key, value)).longValue();
    }

    /** {@link #convert} for a number key. */
    public static double toDouble(String subject, Key key, Object value) {
        return ((Number) convert(subject, key, value)).doubleValue();
    }

    private static Object choice(String subject, Key key, Object value) {
        String s = value instanceof Enum<?> e ? Key.label(e) : value.toString();
        int i = key.choices().indexOf(s);
        if (i < 0 || !(value instanceof String || value instanceof Enum<?>)) {
            throw new ValueException(key.name(), fail(subject, key, value).getMessage() + netcap.util.Names.didYouMean(s, key.choices()));
        }
        return key.enumType() == null ? s : key.enumType().getEnumConstants()[i];
    }

    private static Object whole(String subject, Key key, Object value) {
        long v;
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            v = ((Number) value).longValue();
        } else {
            double d;
            if (value instanceof Double || value instanceof Float) {
                d = ((Number) value).doubleValue();
            } else if (value instanceof String s) {
                String t = s.trim();
                if (t.matches("[-+]?\\d{1,18}")) {
                    d = Long.parseLong(t);
                } else {
                    d = parse(t);
                }
            } else {
                throw fail(subject, key, value);
            }
            if (d != Math.rint(d) || Math.abs(d) > 9.007199254740992E15) {
                throw fail(subject, key, value);
            }
            v = (long) d;
        }
        boolean isInt = key.kind() == Key.Kind.INTEGER;
        if (v < key.min() || v > key.max() || isInt && (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE)) {
            throw fail(subject, key, value);
        }
        return isInt ? (Object) (int) v : (Object) v;
    }

    private static Object number(String subject, Key key, Object value) {
        double d;
        if (value instanceof Number n) {
            d = n.doubleValue();
        } else if (value instanceof String s) {
            d = parse(s.trim());
        } else {
            throw fail(subject, key, value);
        }
        if (!Double.isFinite(d) || d < key.min() || d > key.max() || key.minOpen() && d == key.min()) {
            throw fail(subject, key, value);
        }
        return d;
    }

    /** A decimal number, or NaN for anything else (rejects "NaN", "Infinity", "1d", "0x1p3"). */
    private static double parse(String s) {
        if (s.isEmpty() || !Character.isDigit(s.charAt(s.length() - 1)) && !s.endsWith(".")
                || s.toLowerCase(Locale.ROOT).contains("x")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static ValueException fail(String subject, Key key, Object value) {
        return new ValueException(key.name(), subject + " must be " + allowed(key) + ", was " + show(value));
    }

    /** What a key allows, as the error message says it: "a number in [0, 1]", "one of a, b", ... */
    public static String allowed(Key key) {
        String range = key.rangeText();
        String in = range.equals("any") ? "" : (range.startsWith("[") || range.startsWith("(") ? " in " : " ") + range;
        return switch (key.kind()) {
            case INTEGER, LONG -> "an integer" + in;
            case NUMBER -> "a finite number" + in;
            case BOOLEAN -> "true or false";
            case TEXT -> "text";
            case STRUCTURE -> key.typeName() + " (" + key.rangeText() + ")";
            case CHOICE -> "one of " + String.join(", ", key.choices());
        };
    }

    /** A value as an error message shows it: text in quotes, anything else as is. */
    public static String show(Object v) {
        return v instanceof String ? "\"" + v + "\"" : String.valueOf(v);
    }
}
