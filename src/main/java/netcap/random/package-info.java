/**
 * Reproducible randomness: {@link netcap.random.Streams} derives every random stream of a run from
 * one seed by a tree of 64-bit keys, and {@link netcap.random.CounterRandom} gives per-agent draws
 * keyed by (key, step, agent, salt), independent of thread count and visiting order. Depends on
 * nothing else in netcap.
 */
package netcap.random;
