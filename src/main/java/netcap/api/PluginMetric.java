package netcap.api;

/**
 * A column added to the time series (timeseries.csv, summary.csv as {@code NAMEFinal} and
 * {@code NAMEMean}, charts, comparisons, designs' outputs). Its value is computed after the
 * built-in metrics at step 0 and after every step, from a read-only {@link Model}.
 */
public interface PluginMetric {
    /** The column name: a letter, then letters or digits; not a built-in metric or a parameter. */
    String name();

    /** The axis label of charts, in words. */
    default String label() {
        return name();
    }

    /** The unit ("" when it has none). */
    default String unit() {
        return "";
    }

    /** What the column measures, one sentence. */
    String definition();

    /** The value for the current state (may be NaN). */
    double value(Model model);
}
