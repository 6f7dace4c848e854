package netcap;

/**
 * Bad input from a user: a spec, a file, a command-line value. The message is complete and fit
 * to print on one line (where, which key, what was wrong, what is allowed); the command line
 * prints it without a stack trace and exits with code {@value #EXIT_CODE}.
 */
public class InputException extends RuntimeException {
    /** Exit code for bad input. */
    public static final int EXIT_CODE = 2;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
