/**
 * The extension API: what a plug-in may use to add a mechanism, a metric or a network generator
 * to netcap without changing netcap itself (docs/extending.md).
 *
 * <p>A plug-in is a jar with a class implementing {@link netcap.api.Plugin}, named in the jar's
 * {@code META-INF/services/netcap.api.Plugin} and loaded with {@code ./netcap --plugins DIR} (or
 * {@code NETCAP_PLUGINS}). A spec uses it by name ({@code plugins: [meetup]}); a spec never names
 * a Java class. A plug-in sees only this package: the model through {@link netcap.api.Model}, its
 * random numbers through {@link netcap.api.RandomStream} (a stream derived from the run's seed),
 * its parameters through {@link netcap.api.Parameter} declarations that join the model's one
 * schema, so they are set in specs, swept, documented and shown in the teaching window like the
 * built-in ones. This package depends on nothing else in netcap (the architecture test checks it).
 */
package netcap.api;
