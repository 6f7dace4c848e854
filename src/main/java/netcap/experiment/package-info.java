/**
 * Running experiments: the Java API ({@link netcap.experiment.Experiment}) and the runner behind
 * it and {@code netcap run} ({@link netcap.experiment.Runner}, in small units: the run folder, the
 * run loop over points and replications, one model run, the output tables, the manifest), then the
 * charts and {@code report.html} of the folder. The same spec and seed give byte-identical tables
 * whatever the number of threads. Also the generated spec reference ({@code SpecDoc}).
 *
 * <p>Depends on the spec, the model and everything below it, and on {@code netcap.chart} and
 * {@code netcap.report} to draw a finished run; nothing below depends on it.
 */
package netcap.experiment;
