/**
 * The self-contained {@code report.html} of a run folder: the spec, the run summary, every chart
 * (embedded) and the result tables ({@link netcap.report.Reports}).
 *
 * <p>Depends on {@code netcap.chart} and below; the experiment runner and {@code netcap chart} call it.
 */
package netcap.report;
