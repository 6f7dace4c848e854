package netcap.cli;

import netcap.InputException;
import netcap.model.plugins.Plugins;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** The {@code netcap} command line. */
@Command(name = "netcap",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Agent-based simulation of network capitalism: trust, knowledge (SECI), free riders and network growth.",
        subcommands = {
                CommandLine.HelpCommand.class,
                RunCommand.class,
                MergeCommand.class,
                CalibrateCommand.class,
                DocsCommand.class,
                NetworkCommand.class,
                ValidateCommand.class,
                ChartCommand.class,
                CompareCommand.class,
                GuiCommand.class,
                ServeCommand.class,
                BenchCommand.class,
                FiguresCommand.class,
                ArchiveCommand.class,
                ReplayCommand.class,
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Plug-in folders or jars; read from the parse result by {@link #loadPlugins} (any subcommand accepts the option). */
    @CommandLine.Option(names = "--plugins", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "A folder of plug-in jars (or one jar) to load; repeat for several. Default: the folders in "
                    + Plugins.ENVIRONMENT + " (separated by '" + "${sys:path.separator}" + "'). A spec uses a plug-in by name: plugins: [NAME].")
    List<Path> plugins;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line with netcap's error handling: bad input prints one line and exits 2. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionStrategy(parseResult -> {
            try {
                loadPlugins(parseResult, System.getenv(Plugins.ENVIRONMENT));
            } catch (InputException e) {
                PrintWriter err = cl.getErr();
                err.println("netcap: error: " + oneLine(e.getMessage()));
                err.flush();
                return InputException.EXIT_CODE;
            }
            try {
                return new CommandLine.RunLast().execute(parseResult);
            } catch (OutOfMemoryError e) {
                return outOfMemory(cl.getErr());
            }
        });
        cl.setParameterExceptionHandler(Main::parameterError);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof InputException || ex instanceof IllegalArgumentException) {
                PrintWriter err = commandLine.getErr();
                err.println("netcap: error: " + oneLine(ex.getMessage()));
                err.flush();
                return InputException.EXIT_CODE;
            }
            for (Throwable c = ex; c != null; c = c.getCause()) {
                if (c instanceof OutOfMemoryError) {
                    return outOfMemory(commandLine.getErr());
                }
            }
            throw ex;
        });
        return cl;
    }

    /** Prints {@link #outOfMemoryMessage} as one line and returns exit code 2. */
    static int outOfMemory(PrintWriter err) {
        System.gc(); // the failed run's arrays are garbage now: free them before composing the message
        err.println("netcap: error: " + outOfMemoryMessage(Runtime.getRuntime().maxMemory()));
        err.flush();
        return InputException.EXIT_CODE;
    }

    /** The one-line advice when the heap of {@code maxHeap} bytes ran out. */
    static String outOfMemoryMessage(long maxHeap) {
        long twice = Math.max(1, (long) Math.ceil(2.0 * maxHeap / (1L << 30)));
        return String.format(java.util.Locale.ROOT, "out of memory: the maximum heap of %.1f GiB was not enough; give a larger heap,"
                + " e.g. NETCAP_HEAP=%dg ./netcap ..., run fewer runs in parallel with --threads 1, or use fewer agents or ties",
                maxHeap / (double) (1L << 30), twice);
    }

    /**
     * A command-line mistake (an unknown option, a missing or badly typed value): one line
     * {@code netcap: error: --threads: 'abc' is not an integer (see netcap run --help)}, exit 2.
     */
    static int parameterError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        String msg = ex.getMessage() == null ? "bad command line" : ex.getMessage().strip().replaceAll("\\s+", " ");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^Invalid value for (?:option|positional parameter) '([^']+)': (.*)$").matcher(msg);
        if (m.matches()) {
            msg = m.group(1) + ": " + m.group(2);
        }
        msg = msg.replaceAll("is not an? (int|long)\\b", "is not an integer")
                .replaceAll("is not a (double|float)\\b", "is not a number");
        err.println("netcap: error: " + oneLine(msg) + " (see " + cmd.getCommandSpec().qualifiedName() + " --help)");
        err.flush();
        return InputException.EXIT_CODE;
    }

    /**
     * Loads the plug-ins named by {@code --plugins} (given to the command or any subcommand), or
     * else by the environment variable's value {@code env}; none when neither is given.
     */
    static void loadPlugins(CommandLine.ParseResult parseResult, String env) {
        List<Path> paths = null;
        for (CommandLine.ParseResult r = parseResult; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--plugins")) {
                paths = r.matchedOptionValue("--plugins", List.<Path>of());
            }
        }
        if (paths == null) {
            paths = Plugins.fromEnvironment(env);
        }
        if (!paths.isEmpty() || !Plugins.loaded().isEmpty()) {
            Plugins.load(paths);
        }
    }

    /** An error message on one line: line breaks (e.g. inside a quoted multi-line value) become "\\n". */
    static String oneLine(String message) {
        return message == null ? "" : message.strip().replace("\r", "").replace("\n", "\\n");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
