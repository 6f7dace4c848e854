/**
 * What the model records: the metric catalogue {@link netcap.model.observation.Metric} (every
 * column declared once with its label, unit, definition and producing mechanisms), the recorder
 * {@link netcap.model.observation.Metrics} that computes one row per step, and the
 * {@link netcap.model.observation.TimeSeries} that holds the rows. Depends on the model core
 * ({@code netcap.model}, read only), {@code world}, {@code metrics}, {@code stats} and
 * {@code util}; never on the rules.
 */
package netcap.model.observation;
