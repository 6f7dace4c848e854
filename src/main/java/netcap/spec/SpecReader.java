package netcap.spec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

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
        } catch (NoSuchFileException e) {
            throw new SpecException(name + ": file not found");
        } catch (IOException e) {
            throw new SpecException(name + ": cannot read: " + e.getMessage());
        }
        return parse(name, text);
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
            SpecNode root = readValue(name, p, "");
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

    private static SpecNode readValue(String file, JsonParser p, String path) throws IOException {
        JsonToken t = p.currentToken();
        int line = p.currentTokenLocation().getLineNr();
        switch (t) {
            case START_OBJECT: {
                SpecNode node = SpecNode.map(file, line, path);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    int keyLine = p.currentTokenLocation().getLineNr();
                    String childPath = path.isEmpty() ? key : path + "." + key;
                    if (node.entries().containsKey(key)) {
                        throw new SpecException(file + ":" + keyLine + ": " + childPath + ": duplicate key (first at line "
                                + node.entries().get(key).line() + ")");
                    }
                    p.nextToken();
                    SpecNode child = readValue(file, p, childPath);
                    node.put(key, child.isScalar() ? SpecNode.scalar(file, keyLine, childPath, child.value()) : child);
                }
                return node;
            }
            case START_ARRAY: {
                SpecNode node = SpecNode.list(file, line, path);
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    node.add(readValue(file, p, path + "[" + i++ + "]"));
                }
                return node;
            }
            case VALUE_STRING:
                return SpecNode.scalar(file, line, path, p.getText());
            case VALUE_NUMBER_INT:
                return SpecNode.scalar(file, line, path, p.getLongValue());
            case VALUE_NUMBER_FLOAT:
                return SpecNode.scalar(file, line, path, p.getDoubleValue());
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
