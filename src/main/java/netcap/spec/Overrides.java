package netcap.spec;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import netcap.model.ParamRegistry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Command-line overrides {@code key=value}: {@code seed}, {@code steps}, {@code replications},
 * {@code name}, any model parameter (placed under {@code params}), {@code network.KEY},
 * {@code mechanisms.NAME}, {@code output.KEY}, {@code adaptive.KEY} or {@code design.KEY} (samples, levels, dummy). The value is read as a YAML
 * scalar, so {@code 0.1}, {@code 5}, {@code true} and {@code text} get their natural types.
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
            Object value = scalar(o.substring(eq + 1).trim());
            String path;
            if (SpecKeys.TOP_SCALARS.contains(key)) {
                path = key;
            } else if (ParamRegistry.find(key) != null || netcap.model.plugins.Plugins.isParameter(key)) {
                path = "params." + key;
            } else if (key.startsWith("params.") || key.startsWith("network.") || key.startsWith("mechanisms.")
                    || key.startsWith("output.") || key.startsWith("adaptive.")
                    || List.of("design.samples", "design.levels", "design.dummy").contains(key)) {
                if (key.startsWith("design.") && !root.entries().containsKey("design")) {
                    throw new SpecException("--set " + o + ": the spec has no design (a 'design:' with a type lhs, sobol "
                            + "or morris) whose " + key.substring("design.".length()) + " could be set");
                }
                path = key;
            } else if (ParamRegistry.RETIRED.containsKey(key)) {
                throw new SpecException("--set " + o + ": " + ParamRegistry.unknown(key));
            } else {
                List<String> known = new java.util.ArrayList<>(SpecKeys.TOP_SCALARS);
                ParamRegistry.all().forEach(d -> known.add(d.name()));
                throw new SpecException("--set " + o + ": unknown key '" + key + "'" + netcap.util.Names.didYouMean(key, known)
                        + " (a model parameter, seed, steps, replications, name, network.KEY, mechanisms.NAME, output.KEY, adaptive.KEY, "
                        + "design.samples, design.levels or design.dummy)");
            }
            root = put(root, path.split("\\."), 0, value);
        }
        return root;
    }

    private static SpecNode put(SpecNode node, String[] parts, int i, Object value) {
        String prefix = String.join(".", java.util.Arrays.copyOf(parts, i));
        SpecNode copy = SpecNode.map(node.file(), node.line(), prefix);
        if (!node.isMap()) {
            throw node.error("cannot override inside " + node.kind());
        }
        Map<String, SpecNode> entries = new LinkedHashMap<>(node.entries());
        String key = parts[i];
        String path = prefix.isEmpty() ? key : prefix + "." + key;
        if (i == parts.length - 1) {
            entries.put(key, SpecNode.override(path, value));
        } else {
            SpecNode child = entries.get(key);
            if (child == null) {
                child = SpecNode.map("--set", 0, path);
            }
            entries.put(key, put(child, parts, i + 1, value));
        }
        entries.forEach(copy::put);
        return copy;
    }

    private static Object scalar(String text) {
        try (var p = new YAMLFactory().createParser(text)) {
            var t = p.nextToken();
            if (t == null) {
                return null;
            }
            switch (t) {
                case VALUE_NUMBER_INT:
                    return p.getLongValue();
                case VALUE_NUMBER_FLOAT:
                    return p.getDoubleValue();
                case VALUE_TRUE:
                    return Boolean.TRUE;
                case VALUE_FALSE:
                    return Boolean.FALSE;
                case VALUE_NULL:
                    return null;
                default:
                    return text;
            }
        } catch (java.io.IOException e) {
            return text;
        }
    }
}
