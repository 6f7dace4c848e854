package netcap.model.plugins;

import netcap.api.Plugin;
import netcap.api.PluginGenerator;
import netcap.schema.Key;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * A plug-in found in a jar, with its declarations read once at load time and checked.
 *
 * @param name        the name a spec uses
 * @param version     its version
 * @param description what it adds
 * @param jar         the jar it came from
 * @param sha256      the jar's SHA-256 checksum (hex)
 * @param factory     makes a fresh instance (one per run)
 * @param parameters  its parameters as keys of the one schema (group: the plug-in's name)
 * @param mechanisms  its mechanisms' declarations
 * @param metrics     its metrics' declarations
 * @param generators  its generators' names, descriptions and parameters
 */
public record LoadedPlugin(String name, String version, String description, Path jar, String sha256,
                           Supplier<Plugin> factory, List<Key> parameters, List<MechanismInfo> mechanisms,
                           List<MetricInfo> metrics, List<GeneratorInfo> generators) {

    /** A mechanism's declaration. */
    public record MechanismInfo(String name, String doc, int order, List<String> reads, List<String> writes) {
    }

    /** A metric's declaration. */
    public record MetricInfo(String name, String label, String unit, String definition) {
    }

    /** A generator's declaration: its parameters as keys of the one schema. */
    public record GeneratorInfo(String name, String description, List<Key> parameters) {
    }

    /** A fresh instance's generator {@code name} (generators are made fresh for every network). */
    PluginGenerator generator(String generatorName) {
        for (PluginGenerator g : factory.get().generators()) {
            if (g.name().equals(generatorName)) {
                return g;
            }
        }
        throw new IllegalStateException("plug-in " + name + " no longer has generator " + generatorName);
    }

    /** The jar's file name and the first 12 hex digits of its checksum, for messages. */
    public String origin() {
        return jar.getFileName() + " (sha256 " + sha256.substring(0, 12) + ")";
    }
}
