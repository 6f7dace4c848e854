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

    /**
     * docs/ODD.md of the project: under the working folder when it has one, else in the project
     * folder of the running code ({@code code} is the jar in {@code target/} or {@code target/classes}).
     *
     * @throws netcap.InputException naming the places looked in
     */
    static java.nio.file.Path oddFile(java.nio.file.Path workingFolder, java.nio.file.Path code) {
        java.nio.file.Path here = workingFolder.resolve("docs/ODD.md");
        if (java.nio.file.Files.isRegularFile(here)) {
            return here;
        }
        java.nio.file.Path target = code == null ? null : code.toAbsolutePath().getParent();
        for (java.nio.file.Path d = target; d != null; d = d.getParent()) {
            if (java.nio.file.Files.isRegularFile(d.resolve("docs/ODD.md")) && java.nio.file.Files.isRegularFile(d.resolve("pom.xml"))) {
                return d.resolve("docs/ODD.md");
            }
        }
        throw new netcap.InputException("docs/ODD.md: not found in " + here.toAbsolutePath().getParent()
                + (target == null ? "" : " nor in the project folder of " + code) + "; run from the project folder");
    }

    private static java.nio.file.Path codeLocation() {
        try {
            return java.nio.file.Path.of(DocsCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public Integer call() {
        switch (topic) {
            case "experiments":
                System.out.print(SpecDoc.markdown());
                return 0;
            case "odd": {
                java.nio.file.Path odd = oddFile(java.nio.file.Path.of(""), codeLocation());
                try {
                    System.out.print(SpecDoc.withParameterTable(java.nio.file.Files.readString(odd)));
                } catch (java.io.IOException e) {
                    throw new netcap.InputException(odd + ": cannot read: " + e.getMessage());
                }
                return 0;
            }
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
