/**
 * Output statistics for experiments: replicate summaries and Student-t intervals, type-7
 * quantiles, percentile bootstrap intervals, the aggregate row of a statistic, two-sample tests
 * and effect sizes (Welch, paired t, Mann-Whitney, Wilcoxon, Cohen's d, Cliff's delta), Holm's
 * adjustment, two-proportion comparisons (Fisher, Newcombe), the bimodality coefficient, the
 * adaptive replication rule, Sobol' and Morris sensitivity measures, and the Gini coefficient.
 * Pure functions of primitive arrays; randomness (bootstrap) only from a passed
 * {@link ec.util.MersenneTwisterFast} or a 64-bit key turned into one by
 * {@link netcap.random.Streams#rng(long)}.
 */
package netcap.stats;
