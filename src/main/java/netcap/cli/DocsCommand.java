package netcap.cli;

import netcap.experiment.SpecDoc;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** {@code netcap docs experiments}: prints reference documentation generated from the code. */
@Command(name = "docs", mixinStandardHelpOptions = true,
        description = {"Prints reference documentation generated from the code.",
                "experiments: docs/experiments.md; odd: docs/ODD.md with its parameter table brought up to date (reads docs/ODD.md);",
                "plugins: the loaded plug-ins (--plugins DIR) with their parameters, mechanisms, metrics and generators."})
public final class DocsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TOPIC", description = "The document: experiments, odd or plugins.")
    String topic;

    @Override
    public Integer call() {
        switch (topic) {
            case "experiments":
                System.out.print(SpecDoc.markdown());
                return 0;
            case "odd":
                try {
                    System.out.print(SpecDoc.withParameterTable(java.nio.file.Files.readString(java.nio.file.Path.of("docs/ODD.md"))));
                } catch (java.io.IOException e) {
                    throw new netcap.InputException("docs/ODD.md: cannot read (run from the project folder): " + e.getMessage());
                }
                return 0;
            case "plugins":
                if (netcap.model.plugins.Plugins.loaded().isEmpty()) {
                    throw new netcap.InputException("no plug-ins are loaded: give --plugins DIR (a folder of plug-in jars) or set "
                            + netcap.model.plugins.Plugins.ENVIRONMENT);
                }
                System.out.print(SpecDoc.plugins(netcap.model.plugins.Plugins.loaded()));
                return 0;
            default:
                throw new IllegalArgumentException("unknown topic '" + topic + "'; known: experiments, odd, plugins");
        }
    }
}
