package netcap.generate;

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
     * One parameter of a generator.
     *
     * @param key          the parameter key (camelCase)
     * @param type         {@code "integer"} or {@code "number"}
     * @param defaultValue the default ({@code Integer}, {@code Long} or {@code Double}), or null if required
     * @param range        the allowed values, as text
     * @param description  what the parameter means
     */
    public record Param(String key, String type, Object defaultValue, String range, String description) {
        /** Whether the parameter must be given. */
        public boolean required() {
            return defaultValue == null;
        }
    }
}
