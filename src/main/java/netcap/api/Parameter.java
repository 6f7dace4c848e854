package netcap.api;

import java.util.Objects;

/**
 * A parameter of a plug-in, declared in the same terms as the built-in ones: name, type, default,
 * allowed range, meaning and unit. netcap checks every value a spec, a sweep, {@code --set} or a
 * slider gives against it, lists it in {@code netcap docs plugins} and, when {@link #taught()}, shows
 * it as a slider in the teaching window. Instances are immutable; the {@code with...} methods
 * return changed copies.
 *
 * <pre>{@code
 * Parameter.integer("meetupInterval", 10, 1, 1000, "Steps between two meetups.").unit("steps").taught()
 * }</pre>
 */
public final class Parameter {
    /** The kinds of value a parameter takes. */
    public enum Type { INTEGER, NUMBER, FLAG }

    private final String name;
    private final Type type;
    private final Object defaultValue;
    private final double min;
    private final double max;
    private final String doc;
    private final String unit;
    private final boolean taught;
    private final boolean atStart;
    private final double sliderMax;

    private Parameter(String name, Type type, Object defaultValue, double min, double max, String doc, String unit,
                      boolean taught, boolean atStart, double sliderMax) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = type;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.doc = Objects.requireNonNull(doc, "doc");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.taught = taught;
        this.atStart = atStart;
        this.sliderMax = sliderMax;
    }

    /** A real-valued parameter in [min, max] (either end may be infinite). */
    public static Parameter number(String name, double defaultValue, double min, double max, String doc) {
        return new Parameter(name, Type.NUMBER, defaultValue, min, max, doc, "1", false, false, Double.NaN);
    }

    /** An integer parameter in [min, max]. */
    public static Parameter integer(String name, int defaultValue, int min, int max, String doc) {
        return new Parameter(name, Type.INTEGER, defaultValue, min, max, doc, "1", false, false, Double.NaN);
    }

    /** A yes/no parameter (a switch). */
    public static Parameter flag(String name, boolean defaultValue, String doc) {
        return new Parameter(name, Type.FLAG, defaultValue, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, doc, "1",
                false, false, Double.NaN);
    }

    /** The same parameter with a unit ("1" for dimensionless, the default). */
    public Parameter unit(String unit) {
        return new Parameter(name, type, defaultValue, min, max, doc, unit, taught, atStart, sliderMax);
    }

    /** The same parameter shown as a slider in the teaching window's Model tab. */
    public Parameter taught() {
        return new Parameter(name, type, defaultValue, min, max, doc, unit, true, atStart, sliderMax);
    }

    /** The same parameter, taught, with the slider's end at {@code end} (for a range open above). */
    public Parameter sliderMax(double end) {
        return new Parameter(name, type, defaultValue, min, max, doc, unit, true, atStart, end);
    }

    /**
     * The same parameter marked as read only when the world is built (a generator's or a setting of
     * the initial state): a change in the teaching window applies at the next start. Parameters are
     * otherwise live: a mechanism reads them every step.
     */
    public Parameter atStart() {
        return new Parameter(name, type, defaultValue, min, max, doc, unit, taught, true, sliderMax);
    }

    public String name() {
        return name;
    }

    public Type type() {
        return type;
    }

    /** The default: an Integer, Double or Boolean. */
    public Object defaultValue() {
        return defaultValue;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public String doc() {
        return doc;
    }

    public String unit() {
        return unit;
    }

    public boolean isTaught() {
        return taught;
    }

    public boolean isAtStart() {
        return atStart;
    }

    /** The slider's end, NaN for the allowed maximum. */
    public double sliderEnd() {
        return sliderMax;
    }
}
