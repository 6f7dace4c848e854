package netcap.model.plugins;

import netcap.api.Plugin;
import netcap.api.PluginMechanism;
import netcap.api.PluginMetric;
import netcap.generate.NetworkGenerator;
import netcap.schema.Key;
import netcap.util.Names;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The plug-ins one spec (or one preset) uses, in the order it names them: their parameters join
 * the schema, their mechanisms the schedule, their metrics the time series (after the built-in
 * columns) and their generators the catalogue. Immutable; {@link #NONE} for a spec without
 * plug-ins, which then runs exactly as without this class.
 */
public final class PluginSet {
    /** No plug-ins. */
    public static final PluginSet NONE = new PluginSet(List.of());

    private final List<LoadedPlugin> plugins;

    PluginSet(List<LoadedPlugin> plugins) {
        this.plugins = List.copyOf(plugins);
    }

    /** The plug-ins, in the spec's order. */
    public List<LoadedPlugin> plugins() {
        return plugins;
    }

    public boolean isEmpty() {
        return plugins.isEmpty();
    }

    /** The plug-ins' names. */
    public List<String> names() {
        return plugins.stream().map(LoadedPlugin::name).toList();
    }

    /** Every plug-in parameter, plug-in by plug-in in declaration order. */
    public List<Key> parameters() {
        List<Key> out = new ArrayList<>();
        plugins.forEach(p -> out.addAll(p.parameters()));
        return out;
    }

    /** The plug-in parameter {@code name}, or null. */
    public Key parameter(String name) {
        for (LoadedPlugin p : plugins) {
            for (Key k : p.parameters()) {
                if (k.name().equals(name)) {
                    return k;
                }
            }
        }
        return null;
    }

    /** The plug-ins' mechanism names. */
    public List<String> mechanismNames() {
        List<String> out = new ArrayList<>();
        plugins.forEach(p -> p.mechanisms().forEach(m -> out.add(m.name())));
        return out;
    }

    /** The plug-ins' metric names: the columns they add after the built-in ones. */
    public List<String> metricNames() {
        List<String> out = new ArrayList<>();
        plugins.forEach(p -> p.metrics().forEach(m -> out.add(m.name())));
        return out;
    }

    /** The declaration of plug-in metric {@code name}, or null. */
    public LoadedPlugin.MetricInfo metric(String name) {
        for (LoadedPlugin p : plugins) {
            for (LoadedPlugin.MetricInfo m : p.metrics()) {
                if (m.name().equals(name)) {
                    return m;
                }
            }
        }
        return null;
    }

    /** The plug-ins' generator names. */
    public List<String> generatorNames() {
        List<String> out = new ArrayList<>();
        plugins.forEach(p -> p.generators().forEach(g -> out.add(g.name())));
        return out;
    }

    /** The declaration of plug-in generator {@code name}, or null. */
    public LoadedPlugin.GeneratorInfo generatorInfo(String name) {
        for (LoadedPlugin p : plugins) {
            for (LoadedPlugin.GeneratorInfo g : p.generators()) {
                if (g.name().equals(name)) {
                    return g;
                }
            }
        }
        return null;
    }

    /**
     * Plug-in generator {@code name} with the spec's {@code params} (defaults filled in, values
     * checked).
     *
     * @throws IllegalArgumentException for an unknown key or a refused value, naming the key
     */
    public NetworkGenerator generator(String name, Map<String, Object> params) {
        for (LoadedPlugin p : plugins) {
            for (LoadedPlugin.GeneratorInfo g : p.generators()) {
                if (g.name().equals(name)) {
                    return new GeneratorAdapter(p, g, params);
                }
            }
        }
        throw new IllegalArgumentException("unknown generator '" + name + "'" + Names.didYouMean(name, generatorNames()));
    }

    /**
     * The plug-in rules and metrics of one run: a fresh {@link Plugin} instance per plug-in, asked
     * once for its mechanisms and metrics.
     */
    public Run newRun() {
        List<PluginStep> steps = new ArrayList<>();
        List<RunMetric> metrics = new ArrayList<>();
        for (LoadedPlugin p : plugins) {
            Plugin instance = p.factory().get();
            List<PluginMechanism> ms = instance.mechanisms();
            if (ms.size() != p.mechanisms().size()) {
                throw new IllegalStateException("plug-in " + p.name() + " returned " + ms.size() + " mechanisms, declared "
                        + p.mechanisms().size() + " when loaded; mechanisms() must return the same rules every time");
            }
            for (int i = 0; i < ms.size(); i++) {
                steps.add(new PluginStep(p, p.mechanisms().get(i), ms.get(i)));
            }
            List<PluginMetric> mt = instance.metrics();
            if (mt.size() != p.metrics().size()) {
                throw new IllegalStateException("plug-in " + p.name() + " returned " + mt.size() + " metrics, declared "
                        + p.metrics().size() + " when loaded; metrics() must return the same metrics every time");
            }
            for (int i = 0; i < mt.size(); i++) {
                metrics.add(new RunMetric(p.name(), p.metrics().get(i).name(), mt.get(i)));
            }
        }
        return new Run(Collections.unmodifiableList(steps), Collections.unmodifiableList(metrics));
    }

    /** The plug-in rules of one run, and its metrics in column order. */
    public static final class Run {
        private final List<PluginStep> mechanisms;
        private final List<RunMetric> metrics;
        private ModelAdapter view;

        Run(List<PluginStep> mechanisms, List<RunMetric> metrics) {
            this.mechanisms = mechanisms;
            this.metrics = metrics;
        }

        /** The plug-in mechanisms, in the plug-ins' order (the model sorts them into the schedule). */
        public List<PluginStep> mechanisms() {
            return mechanisms;
        }

        /**
         * The built-in row {@code builtIn} followed by the value of every plug-in metric for the
         * state of {@code m} after {@code step}.
         */
        public double[] extend(double[] builtIn, netcap.model.NetcapModel m, long step) {
            if (metrics.isEmpty()) {
                return builtIn;
            }
            if (view == null || view.model() != m) {
                view = ModelAdapter.forMetrics(m);
            }
            view.recording(step);
            double[] row = java.util.Arrays.copyOf(builtIn, builtIn.length + metrics.size());
            for (int i = 0; i < metrics.size(); i++) {
                RunMetric r = metrics.get(i);
                try {
                    row[builtIn.length + i] = r.metric().value(view);
                } catch (netcap.InputException e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw new netcap.InputException("plug-in '" + r.plugin() + "', metric '" + r.name() + "', failed at step " + step
                            + ": " + PluginStep.describe(e), e);
                }
            }
            return row;
        }
    }

    /** One plug-in metric of one run. */
    public record RunMetric(String plugin, String name, PluginMetric metric) {
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PluginSet s && s.plugins.equals(plugins);
    }

    @Override
    public int hashCode() {
        return plugins.hashCode();
    }
}
