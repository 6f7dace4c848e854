/**
 * The charts of a run folder: reading its tables ({@link netcap.chart.RunData}), the spec's
 * {@code charts} entry ({@link netcap.chart.ChartSpec}), the chart types drawn with JFreeChart
 * ({@link netcap.chart.Charts}, {@link netcap.chart.ChartMaker}), labels from the metric catalogue,
 * one theme (Okabe-Ito colours) and PNG and SVG files ({@link netcap.chart.ChartFiles}).
 *
 * <p>Depends on the spec, the model's catalogues and the packages below them; never on the
 * experiment runner, which calls it.
 */
package netcap.chart;
