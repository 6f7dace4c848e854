/**
 * Output statistics for experiments: replicate summaries and Student-t intervals, the adaptive
 * replication rule, Sobol' and Morris sensitivity measures, and the Gini coefficient. Pure
 * functions of primitive arrays; randomness (bootstrap) only from a passed
 * {@link ec.util.MersenneTwisterFast}.
 */
package netcap.stats;
