/**
 * The benchmark of {@code netcap bench} (docs/performance.md): timed runs of the model per
 * mechanism ({@link netcap.bench.StepTimer}), the memory-bound floor of a step
 * ({@link netcap.bench.Bound}) and the comparison with the classic MASON implementation in
 * {@code bench.classic}. Depends on {@code model}, {@code experiment}, {@code generate},
 * {@code random} and {@code world}.
 */
package netcap.bench;
