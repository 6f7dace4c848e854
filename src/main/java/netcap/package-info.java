/**
 * netcap: an agent-based model of network capitalism (trust, knowledge creation, free riding and
 * growth on multiplex networks) on MASON, with the experiment runner, charts and command line
 * around it. This package holds only what every layer shares: {@link netcap.InputException} (bad
 * user input, reported without a stack trace) and {@link netcap.Version}; it depends on nothing
 * else in netcap.
 */
package netcap;
