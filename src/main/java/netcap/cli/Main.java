package netcap.cli;

import netcap.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The {@code netcap} command line. */
@Command(name = "netcap",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Agent-based simulation of network capitalism: trust, knowledge (SECI), free riders and network growth.",
        subcommands = {
                CommandLine.HelpCommand.class,
                RunCommand.class,
                DocsCommand.class,
                NetworkCommand.class,
                ValidateCommand.class,
                ChartCommand.class,
                CompareCommand.class,
                GuiCommand.class,
                BenchCommand.class,
                FiguresCommand.class,
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line with netcap's error handling: bad input prints one line and exits 2. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof InputException || ex instanceof IllegalArgumentException) {
                PrintWriter err = commandLine.getErr();
                err.println("netcap: error: " + ex.getMessage());
                err.flush();
                return InputException.EXIT_CODE;
            }
            throw ex;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
