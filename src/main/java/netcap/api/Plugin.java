package netcap.api;

import java.util.List;

/**
 * A plug-in: a named, versioned set of mechanisms, metrics, network generators and the
 * parameters they read. Register the implementing class in your jar's
 * {@code META-INF/services/netcap.api.Plugin}; it needs a public constructor without arguments.
 *
 * <p><b>One instance per run.</b> netcap creates a fresh instance when it loads the jar (to read
 * the names and declarations) and a fresh instance for every run that uses the plug-in, and asks
 * that instance for its {@link #mechanisms()} and {@link #metrics()} once. Fields of the instance
 * therefore belong to one run: a mechanism and a metric made by the same instance may share them
 * (e.g. a count of what the mechanism did this step), and runs on other threads never see them.
 * The declarations ({@link #name()}, {@link #parameters()}, the names and orders of the
 * mechanisms, ...) must be the same on every instance.
 */
public interface Plugin {
    /**
     * The plug-in's name, used in specs ({@code plugins: [name]}): a letter, then letters, digits
     * or '-'. Two loaded plug-ins may not share a name.
     */
    String name();

    /** The plug-in's version, recorded in every run's manifest with the jar's SHA-256 checksum. */
    String version();

    /** One or two sentences on what the plug-in adds (shown by {@code netcap docs plugins}). */
    default String description() {
        return "";
    }

    /**
     * The parameters the plug-in's mechanisms, metrics and generators read with
     * {@link Model#number}, {@link Model#integer} and {@link Model#flag}. Their names join the
     * model's parameters, so they must not clash with a built-in parameter or another plug-in's.
     */
    default List<Parameter> parameters() {
        return List.of();
    }

    /** New instances of the plug-in's mechanisms, for one run (see the class comment). */
    default List<PluginMechanism> mechanisms() {
        return List.of();
    }

    /** New instances of the plug-in's metrics, for one run; each adds a column to the time series. */
    default List<PluginMetric> metrics() {
        return List.of();
    }

    /** The plug-in's network generators, named in a spec's {@code network: {generator: NAME}}. */
    default List<PluginGenerator> generators() {
        return List.of();
    }
}
