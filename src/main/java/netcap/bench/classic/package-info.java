/**
 * A subset of the model (activation, the SECI rules, trust) written the classic MASON way, with an
 * object per agent and per tie, as the baseline of {@code netcap bench}; a test checks it gives the
 * same results as the model. Depends on {@code model}, {@code random} and {@code world}.
 */
package netcap.bench.classic;
