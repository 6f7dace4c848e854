package netcap.model.observation;

import java.util.BitSet;

/** One row of the time series being filled, metric by metric: each value goes to its metric's own column. */
final class Row {
    private final double[] values = new double[Metric.values().length];
    private final BitSet filled = new BitSet(values.length);

    /** Sets the value of {@code metric}. */
    void put(Metric metric, double value) {
        values[metric.ordinal()] = value;
        filled.set(metric.ordinal());
    }

    /**
     * The finished row, in column order.
     *
     * @throws IllegalStateException when a metric has no value
     */
    double[] values() {
        if (filled.cardinality() != values.length) {
            int missing = filled.nextClearBit(0);
            throw new IllegalStateException("no value for metric " + Metric.values()[missing].column());
        }
        return values;
    }
}
