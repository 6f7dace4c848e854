package netcap.model.plugins;

import ec.util.MersenneTwisterFast;
import netcap.InputException;
import netcap.api.PluginGenerator;
import netcap.generate.NetworkGenerator;
import netcap.schema.Key;
import netcap.schema.Values;
import netcap.util.Names;
import netcap.world.EdgeList;
import netcap.world.Graph;
import netcap.world.NodeAttributes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A plug-in's generator as one of netcap's: settings checked against its declared parameters, ties collected into a graph. */
final class GeneratorAdapter implements NetworkGenerator {
    private final LoadedPlugin plugin;
    private final LoadedPlugin.GeneratorInfo info;
    private final Settings settings;
    private final int nodes;

    GeneratorAdapter(LoadedPlugin plugin, LoadedPlugin.GeneratorInfo info, Map<String, Object> given) {
        this.plugin = plugin;
        this.info = info;
        List<String> keys = info.parameters().stream().map(Key::name).toList();
        Map<String, Object> values = new LinkedHashMap<>();
        for (String k : given.keySet()) {
            if (!keys.contains(k)) {
                throw new IllegalArgumentException(info.name() + ": unknown parameter \"" + k + "\"" + Names.didYouMean(k, keys)
                        + " Allowed parameters: " + String.join(", ", keys));
            }
        }
        for (Key k : info.parameters()) {
            Object v = given.containsKey(k.name()) ? given.get(k.name()) : k.defaultValue();
            values.put(k.name(), Values.convert(info.name() + ": parameter '" + k.name() + "'", k, v));
        }
        this.settings = new Settings(values);
        PluginGenerator g = plugin.generator(info.name());
        try {
            this.nodes = g.nodes(settings);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw failed(e);
        }
        if (nodes < 0) {
            throw new IllegalArgumentException(info.name() + ": the generator of plug-in " + plugin.name() + " gave " + nodes + " agents");
        }
    }

    @Override
    public int nodes() {
        return nodes;
    }

    @Override
    public Graph generate(NodeAttributes attrs, MersenneTwisterFast rng) {
        EdgeList edges = new EdgeList();
        PluginGenerator g = plugin.generator(info.name());
        try {
            g.generate(settings, new Stream(rng.nextLong()), (a, b) -> {
                if (a < 0 || a >= nodes || b < 0 || b >= nodes) {
                    throw new IllegalArgumentException(info.name() + ": tie " + a + "-" + b + " has an agent outside 0.." + (nodes - 1));
                }
                if (a == b) {
                    throw new IllegalArgumentException(info.name() + ": self-tie on agent " + a);
                }
                edges.add(a, b);
            });
        } catch (IllegalArgumentException e) {
            throw new InputException("generator '" + info.name() + "' of plug-in " + plugin.name() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            throw failed(e);
        }
        return Graph.fromEdges(nodes, edges);
    }

    private InputException failed(RuntimeException e) {
        return new InputException("generator '" + info.name() + "' of plug-in " + plugin.name() + " " + plugin.version() + " failed: "
                + PluginStep.describe(e));
    }

    /** The checked values of the generator's parameters. */
    private record Settings(Map<String, Object> values) implements PluginGenerator.Settings {
        private Object get(String name) {
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("no generator parameter '" + name + "'" + Names.didYouMean(name, values.keySet()));
            }
            return values.get(name);
        }

        @Override
        public int integer(String name) {
            return ((Number) get(name)).intValue();
        }

        @Override
        public double number(String name) {
            return ((Number) get(name)).doubleValue();
        }

        @Override
        public boolean flag(String name) {
            return (Boolean) get(name);
        }
    }
}
