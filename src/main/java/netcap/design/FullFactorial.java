package netcap.design;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Full factorial design: every combination of explicitly listed values of the swept parameters
 * (the classical complete factorial experiment, e.g. Box, Hunter &amp; Hunter, "Statistics for
 * Experimenters", 2nd ed., Wiley 2005, ch. 5; Law, "Simulation Modeling and Analysis", 5th ed.,
 * 2015, sec. 12.2).
 *
 * <p><b>Order.</b> Points are enumerated like an odometer (row-major order): the first sweep
 * varies slowest and the <em>last sweep varies fastest</em>. For sweeps {@code a = [1, 2]} and
 * {@code b = [x, y, z]} the points are {@code (1,x) (1,y) (1,z) (2,x) (2,y) (2,z)}. Each point
 * is a fresh {@link LinkedHashMap} whose keys are in the order the sweeps were given.
 *
 * <p>Values may be numbers, strings or booleans; they are put into the maps as given (not
 * copied or converted).
 */
public final class FullFactorial {
    /** Largest number of points or range values this class will produce. */
    public static final int MAX_POINTS = 10_000_000;

    private FullFactorial() {
    }

    /**
     * One swept parameter and its values, in the order they are to be visited.
     *
     * @param name   the parameter's name
     * @param values the values (numbers, strings or booleans), at least one
     */
    public record Sweep(String name, List<?> values) {
        public Sweep {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("sweep name must not be blank");
            }
            if (values == null || values.isEmpty()) {
                throw new IllegalArgumentException("sweep over '" + name + "' has no values");
            }
            for (Object v : values) {
                if (v == null) {
                    throw new IllegalArgumentException("sweep over '" + name + "' has a null value");
                }
                if (!(v instanceof Number || v instanceof String || v instanceof Boolean)) {
                    throw new IllegalArgumentException("sweep over '" + name
                            + "' has a value of unsupported type " + v.getClass().getSimpleName()
                            + " (" + v + "); allowed are numbers, strings and booleans");
                }
            }
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    /** Number of points of the full factorial over {@code sweeps} (product of value counts). */
    public static long count(List<Sweep> sweeps) {
        long n = 1;
        for (Sweep s : sweeps) {
            n *= s.values().size();
            if (n > MAX_POINTS) {
                return Long.MAX_VALUE;
            }
        }
        return n;
    }

    /**
     * All combinations of the sweeps' values; the last sweep varies fastest.
     *
     * @throws IllegalArgumentException if there are no sweeps, two sweeps share a name, or the
     *                                  design would have more than {@link #MAX_POINTS} points
     */
    public static List<LinkedHashMap<String, Object>> points(List<Sweep> sweeps) {
        if (sweeps == null || sweeps.isEmpty()) {
            throw new IllegalArgumentException("a full factorial needs at least one sweep");
        }
        Set<String> seen = new HashSet<>();
        for (Sweep s : sweeps) {
            if (s == null) {
                throw new IllegalArgumentException("sweep list contains null");
            }
            if (!seen.add(s.name())) {
                throw new IllegalArgumentException("duplicate sweep name '" + s.name() + "'");
            }
        }
        long total = count(sweeps);
        if (total > MAX_POINTS) {
            throw new IllegalArgumentException(
                    "full factorial has more than " + MAX_POINTS + " points");
        }
        int k = sweeps.size();
        int[] size = new int[k];
        for (int j = 0; j < k; j++) {
            size[j] = sweeps.get(j).values().size();
        }
        int[] idx = new int[k];
        List<LinkedHashMap<String, Object>> out = new ArrayList<>((int) total);
        for (long p = 0; p < total; p++) {
            LinkedHashMap<String, Object> point = new LinkedHashMap<>();
            for (int j = 0; j < k; j++) {
                Sweep s = sweeps.get(j);
                point.put(s.name(), s.values().get(idx[j]));
            }
            out.add(point);
            // odometer increment: last digit fastest
            for (int j = k - 1; j >= 0; j--) {
                if (++idx[j] < size[j]) {
                    break;
                }
                idx[j] = 0;
            }
        }
        return out;
    }

    /**
     * Convenience overload: the sweeps are the map's entries in its iteration order (use a
     * {@link LinkedHashMap} to control the order).
     */
    public static List<LinkedHashMap<String, Object>> points(Map<String, ? extends List<?>> sweeps) {
        List<Sweep> list = new ArrayList<>(sweeps.size());
        for (Map.Entry<String, ? extends List<?>> e : sweeps.entrySet()) {
            list.add(new Sweep(e.getKey(), e.getValue()));
        }
        return points(list);
    }

    /**
     * The inclusive arithmetic range {@code from, from + step, ...} up to {@code to}.
     *
     * <p>The values are computed in exact decimal arithmetic on the shortest decimal
     * representations of the arguments ({@link BigDecimal#valueOf(double)}): value {@code i} is
     * {@code from + i*step} with as many decimal places as {@code from} or {@code step} have, and
     * is then converted to the nearest double. So {@code range(0.1, 0.5, 0.1)} is exactly
     * {@code [0.1, 0.2, 0.3, 0.4, 0.5]} (the doubles written {@code 0.3} etc.), not
     * {@code 0.30000000000000004}. {@code to} is included when it lies on the grid; otherwise
     * the last value is the last grid value before {@code to}. A negative step gives a
     * descending range; {@code from == to} gives the single value {@code from}.
     *
     * @throws IllegalArgumentException if an argument is not finite, {@code step} is zero,
     *                                  {@code step} points away from {@code to}, or the range has
     *                                  more than {@link #MAX_POINTS} values
     */
    public static List<Double> range(double from, double to, double step) {
        if (!Double.isFinite(from) || !Double.isFinite(to) || !Double.isFinite(step)) {
            throw new IllegalArgumentException("range needs finite from, to and step, got from "
                    + from + ", to " + to + ", step " + step);
        }
        if (step == 0.0) {
            throw new IllegalArgumentException("range step must not be zero");
        }
        if (from != to && (to > from) != (step > 0)) {
            throw new IllegalArgumentException("range from " + from + " to " + to + " needs a "
                    + (to > from ? "positive" : "negative") + " step, got " + step);
        }
        BigDecimal f = BigDecimal.valueOf(from);
        BigDecimal t = BigDecimal.valueOf(to);
        BigDecimal s = BigDecimal.valueOf(step);
        // number of whole steps that fit: floor((to - from) / step), exact
        BigDecimal steps = t.subtract(f).divide(s, 0, RoundingMode.DOWN);
        if (steps.compareTo(BigDecimal.valueOf(MAX_POINTS - 1L)) > 0) {
            throw new IllegalArgumentException("range from " + from + " to " + to + " by " + step
                    + " has more than " + MAX_POINTS + " values");
        }
        int n = steps.intValueExact() + 1;
        List<Double> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(f.add(s.multiply(BigDecimal.valueOf(i))).doubleValue());
        }
        return out;
    }

    /**
     * The inclusive integer range {@code from, from + step, ...} up to {@code to}, as
     * {@link Integer}s; same rules as {@link #range(double, double, double)}.
     */
    public static List<Integer> rangeInt(int from, int to, int step) {
        if (step == 0) {
            throw new IllegalArgumentException("range step must not be zero");
        }
        if (from != to && (to > from) != (step > 0)) {
            throw new IllegalArgumentException("range from " + from + " to " + to + " needs a "
                    + (to > from ? "positive" : "negative") + " step, got " + step);
        }
        long n = ((long) to - (long) from) / step + 1;
        if (n > MAX_POINTS) {
            throw new IllegalArgumentException("range from " + from + " to " + to + " by " + step
                    + " has more than " + MAX_POINTS + " values");
        }
        List<Integer> out = new ArrayList<>((int) n);
        for (long i = 0; i < n; i++) {
            out.add((int) (from + i * step));
        }
        return out;
    }
}
