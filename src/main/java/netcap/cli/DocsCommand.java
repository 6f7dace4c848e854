package netcap.cli;

import netcap.experiment.SpecDoc;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** {@code netcap docs experiments}: prints reference documentation generated from the code. */
@Command(name = "docs", mixinStandardHelpOptions = true,
        description = "Prints reference documentation generated from the code: 'experiments' is docs/experiments.md.")
public final class DocsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TOPIC", description = "The document: experiments.")
    String topic;

    @Override
    public Integer call() {
        if (!topic.equals("experiments")) {
            throw new IllegalArgumentException("unknown topic '" + topic + "'; known: experiments");
        }
        System.out.print(SpecDoc.markdown());
        return 0;
    }
}
