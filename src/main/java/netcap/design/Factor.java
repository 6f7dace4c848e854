package netcap.design;

/**
 * A continuous or integer-valued parameter varied by an experiment design over the closed range
 * {@code [min, max]}.
 *
 * <p>Designs ({@link LatinHypercube}, {@link SobolDesign}, {@link MorrisDesign}) work on the unit
 * hypercube and map each coordinate {@code u} in {@code [0, 1]} to a parameter value with
 * {@link #fromUnit(double)}:
 *
 * <ul>
 *   <li>a continuous factor gets {@code min + u (max - min)} (and exactly {@code max} at
 *       {@code u = 1});
 *   <li>an integer factor gets {@code min + floor(u (max - min + 1))}, capped at {@code max}.
 *       This "equal-width binning" gives each of the {@code max - min + 1} integers an equal
 *       share of the unit interval; plain rounding of {@code min + u (max - min)} would give the
 *       two end values only half the weight of the inner ones. For a design on a grid (Morris)
 *       the grid levels map to distinct integers when there are at least as many integers as
 *       levels.
 * </ul>
 *
 * <p>Validation: the name is non-blank, the bounds are finite and {@code min <= max} (a
 * degenerate factor with {@code min == max} is allowed; it simply has no effect); the bounds of
 * an integer factor are whole numbers within the {@code int} range.
 *
 * @param name    the parameter's name (as used by the model's parameter map)
 * @param min     lower bound, inclusive
 * @param max     upper bound, inclusive
 * @param integer whether the parameter takes integer values
 */
public record Factor(String name, double min, double max, boolean integer) {

    public Factor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("factor name must not be blank");
        }
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException(
                    "factor '" + name + "' needs finite bounds, got [" + min + ", " + max + "]");
        }
        if (min > max) {
            throw new IllegalArgumentException(
                    "factor '" + name + "' has min " + min + " greater than max " + max);
        }
        if (integer) {
            if (Math.rint(min) != min || Math.rint(max) != max) {
                throw new IllegalArgumentException("integer factor '" + name
                        + "' needs whole-number bounds, got [" + min + ", " + max + "]");
            }
            if (min < Integer.MIN_VALUE || max > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("integer factor '" + name
                        + "' has bounds outside the int range: [" + min + ", " + max + "]");
            }
        }
    }

    /** A continuous factor on {@code [min, max]}. */
    public static Factor continuous(String name, double min, double max) {
        return new Factor(name, min, max, false);
    }

    /** An integer factor on {@code {min, ..., max}}. */
    public static Factor integer(String name, int min, int max) {
        return new Factor(name, min, max, true);
    }

    /** The number of integer values of an integer factor, {@code max - min + 1}. */
    public long levels() {
        if (!integer) {
            throw new IllegalStateException("factor '" + name + "' is continuous");
        }
        return (long) max - (long) min + 1L;
    }

    /**
     * Maps a unit coordinate to this factor's range (see the class comment for integer factors).
     * Values of {@code u} outside {@code [0, 1]} are clamped.
     */
    public double fromUnit(double u) {
        if (!(u > 0.0)) {          // also maps NaN to min
            return min;
        }
        if (u >= 1.0) {
            return max;
        }
        if (integer) {
            double v = min + Math.floor(u * (max - min + 1.0));
            return v > max ? max : v;
        }
        double v = min + u * (max - min);
        return v > max ? max : v;
    }

    /**
     * Like {@link #fromUnit(double)} but boxed for a parameter map: an {@link Integer} for an
     * integer factor, otherwise a {@link Double}.
     */
    public Object valueFromUnit(double u) {
        double v = fromUnit(u);
        if (integer) {
            return (int) v;
        }
        return v;
    }
}
