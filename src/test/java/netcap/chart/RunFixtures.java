package netcap.chart;

import netcap.experiment.Experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tiny recorded runs for chart tests: a 2 x 2 sweep with agent microdata, and a Sobol design. */
public final class RunFixtures {
    private RunFixtures() {
    }

    public static final String SWEEP = """
            name: chart-sweep
            description: "A tiny sweep for the chart tests <b>escaped</b> & more"
            seed: 11
            steps: 10
            replications: 3
            network: {generator: wattsStrogatz, n: 120, k: 6, p: 0.5}
            sweep:
              initialFreeRiderShare: [0.1, 0.5]
              attentionBudget: [4, 16]
            output: {agentsEvery: 5}
            """;

    public static final String SOBOL = """
            name: chart-sobol
            seed: 12
            steps: 10
            replications: 1
            network: {generator: wattsStrogatz, n: 50, k: 6, p: 0.1}
            design: {type: sobol, samples: 8, factors: {trustGain: {min: 0, max: 0.1}, forgetting: {min: 0, max: 0.02}}}
            """;

    public static final String SINGLE = """
            name: chart-single
            seed: 13
            steps: 10
            replications: 3
            network: {generator: wattsStrogatz, n: 50, k: 6, p: 0.1}
            output: {agentsEvery: 5}
            """;

    /** Runs {@code yaml} (plus {@code extra} appended) into {@code dir/name} and returns the run folder. */
    public static Path run(Path dir, String name, String yaml) throws IOException {
        Path spec = dir.resolve(name + ".yaml");
        Files.writeString(spec, yaml);
        Path out = dir.resolve(name);
        Experiment.load(spec).threads(1).out(out).progress(netcap.experiment.Progress.silent()).run();
        return out;
    }
}
