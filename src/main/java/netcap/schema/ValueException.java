package netcap.schema;

/**
 * A value that a {@link Key} does not allow. The message has one format everywhere:
 * {@code SUBJECT must be WHAT IS ALLOWED, was VALUE}, where the subject names where the value
 * came from (a spec file and line, a parameter, a generator) and the key.
 */
public class ValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String key;

    /** A value {@code key} does not allow; {@code message} is the whole error. */
    public ValueException(String key, String message) {
        super(message);
        this.key = key;
    }

    /** The name of the key whose value was refused, so that callers can point at where it was given. */
    public String key() {
        return key;
    }
}
