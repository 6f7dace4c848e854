package netcap.spec;

import netcap.model.ParamRegistry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Command-line overrides {@code key=value} of any key of a spec: a top-level key ({@code seed},
 * {@code steps}, {@code layers}, ...), any model parameter by its name alone (placed under
 * {@code params}), or a dotted path such as {@code network.KEY}, {@code mechanisms.NAME},
 * {@code output.KEY}, {@code adaptive.KEY} or {@code design.KEY}. The value is read as YAML, so
 * {@code 0.1}, {@code 5}, {@code true} and {@code text} get their natural types, and
 * {@code [10, 20]} is a list and {@code {a: 1}} a map. Errors about an overridden value name the
 * override ({@code --set KEY=VALUE}), not a line of the spec file.
 *
 * <p>Switching the generator ({@code network.generator=NAME}) drops the spec file's network
 * parameters that the new generator does not have (keeping those it shares, such as {@code n},
 * and every one given with {@code --set}); setting {@code network.file} drops the spec file's
 * generator and its parameters.
 */
final class Overrides {
    private Overrides() {
    }

    static SpecNode apply(SpecNode root, List<String> overrides) {
        if (overrides == null || overrides.isEmpty()) {
            return root;
        }
        for (String o : overrides) {
            int eq = o.indexOf('=');
            if (eq <= 0) {
                throw new SpecException("--set " + o + ": expected key=value, e.g. --set trustGain=0.1");
            }
            String key = o.substring(0, eq).trim();
            String first = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
            String path;
            if (SpecKeys.TOP.contains(key)) {
                path = key;
            } else if (ParamRegistry.find(key) != null || netcap.model.plugins.Plugins.isParameter(key)) {
                path = "params." + key;
            } else if (SpecKeys.TOP.contains(first) && !key.endsWith(".") && !key.contains("..")) {
                if (first.equals("design") && !root.entries().containsKey("design") && !key.equals("design.type")) {
                    throw new SpecException("--set " + o + ": the spec has no design (a 'design:' with a type lhs, sobol "
                            + "or morris) whose " + key.substring("design.".length()) + " could be set");
                }
                path = key;
            } else if (ParamRegistry.RETIRED.containsKey(key)) {
                throw new SpecException("--set " + o + ": " + ParamRegistry.unknown(key));
            } else {
                List<String> known = new java.util.ArrayList<>(SpecKeys.TOP);
                ParamRegistry.all().forEach(d -> known.add(d.name()));
                throw new SpecException("--set " + o + ": unknown key '" + key + "'" + netcap.util.Names.didYouMean(key, known)
                        + " (a model parameter, a top-level key such as seed, steps, replications, name or layers, "
                        + "or a dotted path such as network.KEY, mechanisms.NAME, output.KEY, adaptive.KEY or design.KEY)");
            }
            SpecNode value = SpecReader.parseValue("--set " + o, path, o.substring(eq + 1).trim());
            if (path.equals("network.generator")) {
                root = keepNetworkKeys(root, generatorKeys(value.value()));
            } else if (path.equals("network.file")) {
                root = keepNetworkKeys(root, Set.of());
            }
            root = put(root, path.split("\\."), 0, value);
        }
        return root;
    }

    /** The parameter names of built-in generator {@code name}, or null when it is not one (the spec reports it). */
    private static Set<String> generatorKeys(Object name) {
        for (var info : netcap.generate.Generators.catalog()) {
            if (info.name().equals(name)) {
                return info.params().stream().map(p -> p.key()).collect(Collectors.toSet());
            }
        }
        return null;
    }

    /** Drops the entries of {@code network} read from the spec file (not given with --set) whose key is not in {@code keep}. */
    private static SpecNode keepNetworkKeys(SpecNode root, Set<String> keep) {
        SpecNode net = root.entries().get("network");
        if (keep == null || net == null || !net.isMap() || !root.isMap()) {
            return root;
        }
        SpecNode copy = SpecNode.map(net.file(), net.line(), net.path());
        net.entries().forEach((k, v) -> {
            if (keep.contains(k) || v.file().startsWith("--set")) {
                copy.put(k, v);
            }
        });
        SpecNode out = SpecNode.map(root.file(), root.line(), root.path());
        root.entries().forEach((k, v) -> out.put(k, k.equals("network") ? copy : v));
        return out;
    }

    private static SpecNode put(SpecNode node, String[] parts, int i, SpecNode value) {
        String prefix = String.join(".", java.util.Arrays.copyOf(parts, i));
        SpecNode copy = SpecNode.map(node.file(), node.line(), prefix);
        if (!node.isMap()) {
            throw node.error("cannot override inside " + node.kind());
        }
        Map<String, SpecNode> entries = new LinkedHashMap<>(node.entries());
        String key = parts[i];
        String path = prefix.isEmpty() ? key : prefix + "." + key;
        if (i == parts.length - 1) {
            entries.put(key, value);
        } else {
            SpecNode child = entries.get(key);
            if (child == null) {
                child = SpecNode.map(value.file(), 0, path);
            }
            entries.put(key, put(child, parts, i + 1, value));
        }
        entries.forEach(copy::put);
        return copy;
    }
}
