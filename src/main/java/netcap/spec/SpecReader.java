package netcap.spec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Reads YAML (with Jackson's streaming YAML parser) into {@link SpecNode}s that keep line numbers. */
public final class SpecReader {
    private static final YAMLFactory YAML = new YAMLFactory();

    private SpecReader() {
    }

    /** Parses a spec file. */
    public static SpecNode read(Path path) {
        String name = path.toString();
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw readError(name, e);
        }
        if (text.indexOf('\0') >= 0) {
            throw new SpecException(name + ": contains binary data (NUL bytes), not a YAML spec");
        }
        return parse(name, text);
    }

    /** The error for a spec file that cannot be read: not found, permission denied, not UTF-8 text, or the system's reason. */
    static SpecException readError(String name, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new SpecException(name + ": file not found");
        }
        if (e instanceof AccessDeniedException) {
            return new SpecException(name + ": permission denied: cannot read the spec file");
        }
        if (e instanceof CharacterCodingException) {
            return new SpecException(name + ": not UTF-8 text (is it a YAML spec?)");
        }
        return new SpecException(name + ": cannot read: " + e.getMessage());
    }

    /** Parses YAML text; {@code name} is used in messages. */
    public static SpecNode parse(String name, String text) {
        try (Reader r = new StringReader(text); JsonParser p = YAML.createParser(r)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new SpecException(name + ": the spec is empty");
            }
            if (t != JsonToken.START_OBJECT) {
                throw new SpecException(name + ":" + p.currentTokenLocation().getLineNr()
                        + ": the spec must be a map of keys (name, steps, network, params, ...), found " + describe(t));
            }
            SpecNode root = new Reading(name, scalarAnchors(text)).value(p, "");
            if (p.nextToken() != null) {
                throw new SpecException(name + ":" + p.currentTokenLocation().getLineNr() + ": more than one YAML document");
            }
            return root;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String msg = e.getOriginalMessage().replaceAll("\\s+", " ").trim();
            throw new SpecException(name + (line > 0 ? ":" + line : "") + ": not valid YAML: " + msg);
        } catch (IOException e) {
            throw new SpecException(name + ": cannot read: " + e.getMessage());
        }
    }

    /**
     * Parses the value of a command-line override ({@code --set KEY=VALUE}) as YAML, so that
     * {@code [10, 20]} is a list and {@code {a: 1}} a map; {@code file} names the override in
     * messages. Text that is not valid YAML, is not a number, true, false or null, or is a map or
     * list without brackets ({@code a: b}) is taken as plain text, as given.
     */
    static SpecNode parseValue(String file, String path, String text) {
        if (text.isBlank()) {
            return SpecNode.scalar(file, 0, path, null);
        }
        try (Reader r = new StringReader(text); JsonParser p = YAML.createParser(r)) {
            if (p.nextToken() == null) {
                return SpecNode.scalar(file, 0, path, null);
            }
            SpecNode node = new Reading(file, scalarAnchors(text)).value(p, path);
            boolean flow = text.startsWith("[") || text.startsWith("{");
            if (p.nextToken() != null || !flow && !node.isScalar() || node.value() instanceof String) {
                return SpecNode.scalar(file, 0, path, text); // text as given (a colon or '#' inside stays)
            }
            return relined(node, 0);
        } catch (IOException | SpecException e) {
            return SpecNode.scalar(file, 0, path, text);
        }
    }

    /** A copy of {@code node} whose every line is {@code line} (0: a command-line value has no line). */
    private static SpecNode relined(SpecNode node, int line) {
        return copy(node, node.path(), node.file(), line);
    }

    /** A deep copy of {@code node} at path {@code path}, every node placed at {@code file:line}. */
    private static SpecNode copy(SpecNode node, String path, String file, int line) {
        if (node.isMap()) {
            SpecNode m = SpecNode.map(file, line, path);
            node.entries().forEach((k, v) -> m.put(k, copy(v, path.isEmpty() ? k : path + "." + k, file, line)));
            return m;
        }
        if (node.isList()) {
            SpecNode l = SpecNode.list(file, line, path);
            int i = 0;
            for (SpecNode v : node.items()) {
                l.add(copy(v, path + "[" + i++ + "]", file, line));
            }
            return l;
        }
        return SpecNode.scalar(file, line, path, node.value());
    }

    /** One parse: keeps the anchors ({@code &name}) seen so far so that aliases ({@code *name}) resolve to their values. */
    private static final class Reading {
        private final String file;
        private final Map<String, SpecNode> anchors = new HashMap<>();
        /** The anchors of scalars by the character offset where the scalar starts (the streaming parser reports only those of maps and lists). */
        private final Map<Integer, String> scalarAnchors;

        Reading(String file, Map<Integer, String> scalarAnchors) {
            this.file = file;
            this.scalarAnchors = scalarAnchors;
        }

        /** Deepest nesting of maps and lists a spec may have (a spec needs four or five levels). */
        static final int MAX_DEPTH = 64;

        SpecNode value(JsonParser p, String path) throws IOException {
            JsonToken t = p.currentToken();
            int line = p.currentTokenLocation().getLineNr();
            if (p.getParsingContext().getNestingDepth() > MAX_DEPTH) {
                throw new SpecException(file + ":" + line + ": " + (path.length() > 60 ? path.substring(0, 60) + "..." : path)
                        + ": nested more than " + MAX_DEPTH + " levels deep; a spec needs only a few levels");
            }
            if (p instanceof YAMLParser y && y.isCurrentAlias()) {
                String alias = p.getText();
                SpecNode target = anchors.get(alias);
                if (target == null) {
                    throw new SpecException(file + ":" + line + ": " + path + ": the alias *" + alias
                            + " names no anchor (&" + alias + ") defined before it");
                }
                return copy(target, path, file, line);
            }
            String anchor = p.getObjectId() instanceof String a ? a
                    : scalarAnchors.get((int) p.currentTokenLocation().getCharOffset());
            SpecNode node = read(p, t, line, path);
            if (anchor != null) {
                anchors.put(anchor, node);
            }
            return node;
        }

        private SpecNode read(JsonParser p, JsonToken t, int line, String path) throws IOException {
            switch (t) {
                case START_OBJECT: {
                    SpecNode node = SpecNode.map(file, line, path);
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String key = p.currentName();
                        int keyLine = p.currentTokenLocation().getLineNr();
                        String childPath = path.isEmpty() ? key : path + "." + key;
                        if (key.equals("<<")) {
                            throw new SpecException(file + ":" + keyLine + ": " + childPath + ": YAML merge keys ('<<') are not "
                                    + "supported; write the keys out (an alias *NAME may stand for a whole value)");
                        }
                        if (node.entries().containsKey(key)) {
                            throw new SpecException(file + ":" + keyLine + ": " + childPath + ": duplicate key (first at line "
                                    + node.entries().get(key).line() + ")");
                        }
                        p.nextToken();
                        SpecNode child = value(p, childPath);
                        node.put(key, child.isScalar() ? SpecNode.scalar(file, keyLine, childPath, child.value()) : child);
                    }
                    return node;
                }
                case START_ARRAY: {
                    SpecNode node = SpecNode.list(file, line, path);
                    int i = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        node.add(value(p, path + "[" + i++ + "]"));
                    }
                    return node;
                }
                case VALUE_STRING:
                    return SpecNode.scalar(file, line, path, p.getText());
                case VALUE_NUMBER_INT:
                    return SpecNode.scalar(file, line, path, p.getLongValue());
                case VALUE_NUMBER_FLOAT:
                    return SpecNode.scalar(file, line, path, floating(p));
                case VALUE_TRUE:
                    return SpecNode.scalar(file, line, path, Boolean.TRUE);
                case VALUE_FALSE:
                    return SpecNode.scalar(file, line, path, Boolean.FALSE);
                case VALUE_NULL:
                    return SpecNode.scalar(file, line, path, null);
                default:
                    throw new SpecException(file + ":" + line + ": " + path + ": unexpected " + describe(t));
            }
        }
    }

    /**
     * The anchors ({@code &name}) of scalar values in {@code text}, by the character offset of
     * the scalar's start (the offset the streaming parser reports for its token); empty when the
     * text has none or is not valid YAML (the streaming parser then reports the error).
     */
    private static Map<Integer, String> scalarAnchors(String text) {
        Map<Integer, String> out = new HashMap<>();
        if (text.indexOf('&') < 0) {
            return out;
        }
        try {
            for (org.yaml.snakeyaml.events.Event e : new org.yaml.snakeyaml.Yaml().parse(new StringReader(text))) {
                if (e instanceof org.yaml.snakeyaml.events.ScalarEvent se && se.getAnchor() != null) {
                    out.put(se.getStartMark().getIndex(), se.getAnchor());
                }
            }
        } catch (RuntimeException e) {
            return out;
        }
        return out;
    }

    /** A YAML float, including the special values {@code .nan}, {@code .inf} and {@code -.inf} (refused later by each key's check). */
    private static Double floating(JsonParser p) throws IOException {
        String text = p.getText().trim();
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals(".nan")) {
            return Double.NaN;
        }
        if (lower.equals(".inf") || lower.equals("+.inf")) {
            return Double.POSITIVE_INFINITY;
        }
        if (lower.equals("-.inf")) {
            return Double.NEGATIVE_INFINITY;
        }
        return p.getDoubleValue();
    }

    private static String describe(JsonToken t) {
        switch (t) {
            case START_ARRAY:
                return "a list";
            case START_OBJECT:
                return "a map";
            default:
                return "a single value";
        }
    }
}
