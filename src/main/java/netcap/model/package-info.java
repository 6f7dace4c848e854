/**
 * The core of the model: {@link netcap.model.NetcapModel} (the MASON {@code SimState}: state and
 * schedule), {@link netcap.model.WorldBuilder} (the initial world), the {@link netcap.model.StepState}
 * through which the rules of a step communicate (with the {@link netcap.model.StepAccess}
 * declarations), the rule base class {@link netcap.model.Mechanism}, the catalogue
 * {@link netcap.model.Mechanisms} and the schedule {@link netcap.api.StepOrder}, the parameters
 * ({@link netcap.model.Params} and their catalogue {@link netcap.model.ParamRegistry}) and the
 * thread-count independent loop runner {@link netcap.model.Parallel}. The rules themselves live in
 * the sub-packages {@code knowledge}, {@code ties}, {@code game} and {@code growth}, the metrics in
 * {@code observation}. May depend on {@code world}, {@code generate}, {@code growth},
 * {@code game}, {@code random}, {@code util} and its own sub-packages; never on experiments,
 * charts, reports, the GUI or the command line.
 */
package netcap.model;
