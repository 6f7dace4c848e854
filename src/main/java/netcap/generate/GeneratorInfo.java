package netcap.generate;

import netcap.schema.Key;

import java.util.List;

/**
 * Description of one generator of {@link Generators#create}: its name, a one-line description
 * and its parameters. Used to generate documentation and help texts.
 *
 * @param name        the generator name accepted by {@link Generators#create}
 * @param description one line on what it generates
 * @param params      its parameters, in documentation order
 */
public record GeneratorInfo(String name, String description, List<Param> params) {
    public GeneratorInfo {
        params = List.copyOf(params);
    }

    /**
     * One parameter of a generator: a key of the one schema ({@link Key}), which converts and
     * checks the values users give; ranges that depend on other parameters (such as
     * {@code [0, n-1]}) are a note on the key, checked by the generator itself.
     *
     * @param schema the key: name, kind, default (null if required), range, explanation
     */
    public record Param(Key schema) {
        /** A parameter of {@code kind} ("integer", "long" or "number") with a default (null: required), a range and its meaning. */
        static Param of(String key, String kind, Object defaultValue, double min, double max, String note, String description) {
            Key k = switch (kind) {
                case "integer" -> Key.integer(key);
                case "long" -> Key.longInteger(key);
                default -> Key.number(key);
            };
            return new Param(k.defaultValue(defaultValue).range(min, max).rangeNote(note).doc(description).group("network"));
        }

        /** The same parameter with its minimum excluded, e.g. {@code (0, 1]}. */
        Param aboveMin() {
            return new Param(schema.rangeAbove(schema.min(), schema.max()));
        }

        /** The parameter key (camelCase). */
        public String key() {
            return schema.name();
        }

        /** {@code "integer"} or {@code "number"}. */
        public String type() {
            return schema.typeName();
        }

        /** The default ({@code Integer}, {@code Long} or {@code Double}), or null if required. */
        public Object defaultValue() {
            return schema.defaultValue();
        }

        /** The allowed values, as text. */
        public String range() {
            return schema.rangeText();
        }

        /** What the parameter means. */
        public String description() {
            return schema.doc();
        }

        /** Whether the parameter must be given. */
        public boolean required() {
            return schema.defaultValue() == null;
        }
    }
}
