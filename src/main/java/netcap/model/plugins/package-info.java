/**
 * Loading and running plug-ins (docs/extending.md): {@link netcap.model.plugins.Plugins} finds
 * the {@link netcap.api.Plugin} providers of the jars given with {@code --plugins} and checks
 * their declarations against the built-in catalogue; a spec's {@code plugins:} list selects a
 * {@link netcap.model.plugins.PluginSet}, which adds its parameters to the schema, its mechanisms
 * to the schedule, its metrics to the time series and its generators to the catalogue. The
 * adapters here are the only code that hands the model to plug-in code.
 */
package netcap.model.plugins;
