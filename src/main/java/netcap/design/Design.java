package netcap.design;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/**
 * A sampling design over named {@link Factor}s: a fixed, ordered set of points in the unit
 * hypercube {@code [0, 1]^k}, mapped to parameter values with {@link Factor#fromUnit(double)}.
 *
 * <p>Implementations are immutable; accessors that return arrays return copies.
 */
public abstract class Design {
    private final List<Factor> factors;
    /** unit[i][j]: coordinate of point i on factor j, in [0, 1]. */
    private final double[][] unit;

    Design(List<Factor> factors, double[][] unit) {
        this.factors = List.copyOf(checkFactors(factors));
        this.unit = unit;
    }

    static List<Factor> checkFactors(List<Factor> factors) {
        if (factors == null || factors.isEmpty()) {
            throw new IllegalArgumentException("a design needs at least one factor");
        }
        Set<String> seen = new HashSet<>();
        for (Factor f : factors) {
            if (f == null) {
                throw new IllegalArgumentException("factor list contains null");
            }
            if (!seen.add(f.name())) {
                throw new IllegalArgumentException("duplicate factor name '" + f.name() + "'");
            }
        }
        return factors;
    }

    /** The factors, in column order. */
    public final List<Factor> factors() {
        return factors;
    }

    /** The number of factors {@code k}. */
    public final int dimension() {
        return factors.size();
    }

    /** The number of points. */
    public final int size() {
        return unit.length;
    }

    /** Coordinate of point {@code i} on factor {@code j} in the unit hypercube. */
    public final double unit(int i, int j) {
        return unit[i][j];
    }

    /** Value of factor {@code j} at point {@code i}, in the factor's own range. */
    public final double value(int i, int j) {
        return factors.get(j).fromUnit(unit[i][j]);
    }

    /** A copy of the points in the unit hypercube, {@code size() x dimension()}. */
    public final double[][] unitPoints() {
        double[][] copy = new double[unit.length][];
        for (int i = 0; i < unit.length; i++) {
            copy[i] = unit[i].clone();
        }
        return copy;
    }

    /** The points scaled to the factors' ranges, {@code size() x dimension()}. */
    public final double[][] values() {
        int k = factors.size();
        double[][] out = new double[unit.length][k];
        for (int j = 0; j < k; j++) {
            Factor f = factors.get(j);
            for (int i = 0; i < unit.length; i++) {
                out[i][j] = f.fromUnit(unit[i][j]);
            }
        }
        return out;
    }

    /**
     * Point {@code i} as a parameter map in factor order: {@link Integer} values for integer
     * factors, {@link Double} values otherwise.
     */
    public final LinkedHashMap<String, Object> point(int i) {
        LinkedHashMap<String, Object> p = new LinkedHashMap<>();
        double[] row = unit[i];
        for (int j = 0; j < row.length; j++) {
            Factor f = factors.get(j);
            p.put(f.name(), f.valueFromUnit(row[j]));
        }
        return p;
    }

    /** All points as parameter maps, in design order. */
    public final List<LinkedHashMap<String, Object>> points() {
        List<LinkedHashMap<String, Object>> out = new ArrayList<>(unit.length);
        for (int i = 0; i < unit.length; i++) {
            out.add(point(i));
        }
        return out;
    }
}
