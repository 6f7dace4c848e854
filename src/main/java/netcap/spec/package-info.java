/**
 * Experiment specs: reading a YAML spec with line numbers ({@link netcap.spec.SpecReader},
 * {@link netcap.spec.SpecNode}), applying {@code --set} overrides ({@link netcap.spec.Overrides}),
 * and validating it into a {@link netcap.spec.Spec} whose design {@link netcap.spec.Point}s give
 * the parameters and network of each run. {@link netcap.spec.SpecKeys} lists the top-level keys;
 * every error is a {@link netcap.spec.SpecException} naming the file, line and key.
 *
 * <p>Used by the experiment runner ({@code netcap.experiment}), the charts ({@code netcap.chart},
 * which read the {@code charts} entry) and the GUI presets; it depends only on the model and the
 * packages below it.
 */
package netcap.spec;
