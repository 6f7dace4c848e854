package netcap.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node of a parsed YAML spec that remembers where it came from (file and line), so that every
 * error can name them. A node is a map (keys in file order), a list or a scalar (String, Long,
 * Double, Boolean or null).
 */
public final class SpecNode {
    private final String file;
    private final int line;
    private final String path;
    private final Map<String, SpecNode> map;
    private final List<SpecNode> list;
    private final Object scalar;

    private SpecNode(String file, int line, String path, Map<String, SpecNode> map, List<SpecNode> list, Object scalar) {
        this.file = file;
        this.line = line;
        this.path = path;
        this.map = map;
        this.list = list;
        this.scalar = scalar;
    }

    static SpecNode map(String file, int line, String path) {
        return new SpecNode(file, line, path, new LinkedHashMap<>(), null, null);
    }

    static SpecNode list(String file, int line, String path) {
        return new SpecNode(file, line, path, null, new ArrayList<>(), null);
    }

    static SpecNode scalar(String file, int line, String path, Object value) {
        return new SpecNode(file, line, path, null, null, value);
    }

    /** A scalar made by a command-line override. */
    public static SpecNode override(String path, Object value) {
        return new SpecNode("--set", 0, path, null, null, value);
    }

    public boolean isMap() {
        return map != null;
    }

    public boolean isList() {
        return list != null;
    }

    public boolean isScalar() {
        return map == null && list == null;
    }

    /** The dotted path of this node from the top of the spec, e.g. {@code params.trustGain}. */
    public String path() {
        return path;
    }

    public int line() {
        return line;
    }

    public String file() {
        return file;
    }

    public Map<String, SpecNode> entries() {
        return map == null ? Map.of() : Collections.unmodifiableMap(map);
    }

    void put(String key, SpecNode value) {
        map.put(key, value);
    }

    void add(SpecNode value) {
        list.add(value);
    }

    public List<SpecNode> items() {
        return list == null ? List.of() : Collections.unmodifiableList(list);
    }

    /** The scalar value (String, Long, Double, Boolean or null). */
    public Object value() {
        return scalar;
    }

    /**
     * This node's value converted by {@code key} with the one converter of user-facing keys;
     * errors read {@code file:line: path: must be ..., was ...}.
     */
    public Object convert(netcap.schema.Key key) {
        if (!isScalar()) {
            throw error("must be " + netcap.schema.Values.allowed(key) + ", was " + kind());
        }
        try {
            return netcap.schema.Values.convert(where() + ":", key, value());
        } catch (netcap.schema.ValueException e) {
            throw new SpecException(e.getMessage());
        }
    }

    /** "file:line: path" — the prefix of every error message about this node. */
    public String where() {
        return file + (line > 0 ? ":" + line : "") + ": " + path;
    }

    /** An error about this node: {@code file:line: path: message}. */
    public SpecException error(String message) {
        return new SpecException(where() + ": " + message);
    }

    /** A plain Java view (Map, List or scalar) of this node. */
    public Object toPlain() {
        if (map != null) {
            Map<String, Object> m = new LinkedHashMap<>();
            map.forEach((k, v) -> m.put(k, v.toPlain()));
            return m;
        }
        if (list != null) {
            List<Object> l = new ArrayList<>();
            list.forEach(v -> l.add(v.toPlain()));
            return l;
        }
        return scalar;
    }

    /** Describes the node's kind for error messages. */
    public String kind() {
        if (map != null) {
            return "a map";
        }
        if (list != null) {
            return "a list";
        }
        if (scalar == null) {
            return "empty";
        }
        if (scalar instanceof String s) {
            String t = s.replace("\r", "").replace("\n", "\\n");
            return "\"" + (t.length() > 80 ? t.substring(0, 77) + "..." : t) + "\"";
        }
        return String.valueOf(scalar);
    }
}
