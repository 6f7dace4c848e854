package netcap.experiment;

import java.util.List;

/**
 * Runs that threw on an engine that completes the other runs (Apache Spark): what is wrong, in one
 * line ({@link #getMessage()}), then one line per failed run naming its parameters, replicate and
 * seed ({@link #runs()}). The command prints them and exits 1, as for a run that throws on
 * netcap's own threads.
 */
public final class RunsFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> runs;

    RunsFailed(String message, List<String> runs) {
        super(message);
        this.runs = List.copyOf(runs);
    }

    /** One line per failed run. */
    public List<String> runs() {
        return runs;
    }

    /** The exit code of a command that stopped on failed runs: 1, as for a run that throws on netcap's own threads. */
    public static final int EXIT_CODE = 1;
}
