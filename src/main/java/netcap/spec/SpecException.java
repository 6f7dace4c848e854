package netcap.spec;

import netcap.InputException;

/** A problem in an experiment spec; the message starts with {@code file:line: key:}. */
public class SpecException extends InputException {
    public SpecException(String message) {
        super(message);
    }
}
