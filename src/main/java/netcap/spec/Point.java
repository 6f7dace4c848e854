package netcap.spec;

import ec.util.MersenneTwisterFast;
import netcap.generate.Generators;
import netcap.generate.NetworkGenerator;
import netcap.io.EdgeListReader;
import netcap.model.ParamRegistry;
import netcap.model.Params;
import netcap.world.Graph;
import netcap.world.NodeAttributes;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One design point: the values of the varying keys (model parameters, {@code network.KEY},
 * {@code mechanisms.NAME}) at this point. Everything else comes from the spec.
 */
public record Point(int index, Map<String, Object> values) {

    private static final Map<Path, EdgeListReader.EdgeData> FILES = new ConcurrentHashMap<>();

    /**
     * The edge list {@code file}, read once per process; the first read prints its warnings
     * (self-loops dropped, duplicate ties merged) on standard error.
     */
    static EdgeListReader.EdgeData edgeList(Path file) {
        return FILES.computeIfAbsent(file, f -> {
            EdgeListReader.EdgeData d = EdgeListReader.read(f, false);
            for (String w : d.warnings()) {
                System.err.println("netcap: warning: " + w);
            }
            return d;
        });
    }

    /**
     * For the manifest: the counts of the spec's edge list ({@code nodes, ties, selfLoopsDropped,
     * duplicateTiesMerged}), or an empty map when the network is generated.
     */
    public static Map<String, Object> edgeListCounts(Spec spec) {
        return spec.network.file() == null ? Map.of() : edgeList(spec.network.file()).counts();
    }

    /** The model parameters at this point. */
    public Params params(Spec spec) {
        return spec.paramsFor(this);
    }

    /** The mechanisms switched off at this point. */
    public Set<String> disabled(Spec spec) {
        Map<String, Boolean> on = new LinkedHashMap<>(spec.mechanisms);
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (e.getKey().startsWith("mechanisms.")) {
                Object v = e.getValue();
                boolean b = v instanceof Boolean x ? x : Boolean.parseBoolean(String.valueOf(v));
                on.put(e.getKey().substring("mechanisms.".length()), b);
            }
        }
        Set<String> off = new LinkedHashSet<>();
        on.forEach((k, v) -> {
            if (!v) {
                off.add(k);
            }
        });
        return off;
    }

    /** The network generator at this point. */
    public NetworkGenerator generator(Spec spec) {
        if (spec.network.file() != null) {
            EdgeListReader.EdgeData data = edgeList(spec.network.file());
            Graph g = data.graph();
            int[] ids = data.idsAreIndices() ? null : data.ids();
            return new NetworkGenerator() {
                @Override
                public int[] sourceIds() {
                    return ids == null ? null : ids.clone();
                }

                @Override
                public int nodes() {
                    return g.nodes();
                }

                @Override
                public Graph generate(NodeAttributes attrs, MersenneTwisterFast rng) {
                    return g;
                }
            };
        }
        Map<String, Object> p = new LinkedHashMap<>(spec.network.params());
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (e.getKey().startsWith("network.")) {
                p.put(e.getKey().substring("network.".length()), e.getValue());
            }
        }
        if (spec.plugins.generatorInfo(spec.network.generator()) != null) {
            return spec.plugins.generator(spec.network.generator(), p);
        }
        return Generators.create(spec.network.generator(), p);
    }

    /** Checks that this point resolves; errors name the spec key responsible. */
    void check(Spec spec) {
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (spec.param(e.getKey()) != null) {
                try {
                    ParamRegistry.convert(spec.param(e.getKey()), e.getValue());
                } catch (IllegalArgumentException ex) {
                    throw spec.nodeFor(e.getKey()).error(Spec.stripParam(ex.getMessage()));
                }
            }
            if (e.getKey().startsWith("mechanisms.") && !(e.getValue() instanceof Boolean)) {
                throw spec.nodeFor(e.getKey()).error("must be true or false, was " + e.getValue());
            }
        }
        try {
            ParamRegistry.validate(params(spec));
        } catch (IllegalArgumentException ex) {
            SpecNode where = spec.root.entries().getOrDefault("params", spec.root);
            throw where.error(ex.getMessage() + (values.isEmpty() ? "" : " at design point " + values));
        }
        netcap.generate.NetworkGenerator gen;
        try {
            gen = generator(spec);
        } catch (IllegalArgumentException ex) {
            SpecNode where = spec.root.entries().getOrDefault("network", spec.root);
            String msg = ex.getMessage();
            if (ex instanceof netcap.schema.ValueException ve) { // a refused value names its key
                where = where.entries().getOrDefault(ve.key(), where);
            } else { // a generator's own check: "name: key must ..."
                for (Map.Entry<String, SpecNode> e : where.entries().entrySet()) {
                    if (msg.contains(": " + e.getKey() + " must") || msg.contains("\"" + e.getKey() + "\"")) {
                        where = e.getValue();
                        break;
                    }
                }
            }
            if (values.keySet().stream().anyMatch(k -> k.startsWith("network."))) {
                where = spec.nodeFor(values.keySet().stream().filter(k -> k.startsWith("network.")).findFirst().get());
            }
            throw where.error(msg + (values.isEmpty() ? "" : " at design point " + values));
        }
        Params params = params(spec);
        if (!params.thresholdList.isBlank() && params.thresholdList.split(",").length != gen.nodes()) {
            SpecNode where = spec.root.entries().getOrDefault("params", spec.root);
            where = where.entries().getOrDefault("thresholdList", where);
            throw where.error("thresholdList has " + params.thresholdList.split(",").length + " values but the network has "
                    + gen.nodes() + " agents; give one threshold per agent");
        }
    }
}
