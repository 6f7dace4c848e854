package netcap.schema;

/**
 * A value that a {@link Key} does not allow. The message has one format everywhere:
 * {@code SUBJECT must be WHAT IS ALLOWED, was VALUE}, where the subject names where the value
 * came from (a spec file and line, a parameter, a generator) and the key.
 */
public class ValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public ValueException(String message) {
        super(message);
    }
}
