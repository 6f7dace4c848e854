package netcap.schema;

import java.util.Locale;

/**
 * An enum whose constants are written in specs, on the command line and in documentation by a
 * label rather than by the Java constant's name: by default the constant's name in camel case
 * ({@code PER_GAME} is {@code perGame}, {@code BASS} is {@code bass}); an enum overrides
 * {@link #label()} for a different spelling.
 */
public interface Choice {
    /** The constant's name, as an enum implementing this interface has it. */
    String name();

    /** The constant as users write it. */
    default String label() {
        return camel(name());
    }

    /** {@code SOME_NAME} as {@code someName}. */
    static String camel(String constant) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : constant.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.toString();
    }
}
