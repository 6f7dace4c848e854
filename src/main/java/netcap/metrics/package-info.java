/**
 * Structural metrics of networks (degrees, clustering, components, shortest paths,
 * assortativity, power-law tails), with networkx's definitions.
 */
package netcap.metrics;
