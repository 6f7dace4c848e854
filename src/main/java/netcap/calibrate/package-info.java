/**
 * Calibration: fits model parameters to observed data ({@code netcap calibrate SPEC}) by ABC-SMC
 * ({@link netcap.calibrate.AbcSmc}) or CMA-ES ({@link netcap.calibrate.CmaEs}), with the spec's
 * {@code calibrate:} block read by {@link netcap.calibrate.CalibrationSpec} and the run folder
 * written by {@link netcap.calibrate.Calibration}.
 */
package netcap.calibrate;
