package netcap.experiment;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every spec in experiments/ is valid and runs, shrunk to a few steps, one replicate and 120 agents. */
class ExperimentsSmokeTest {
    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> everyExperimentRuns() throws IOException {
        List<Path> specs = new ArrayList<>();
        try (var s = Files.list(Path.of("experiments"))) {
            s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(specs::add);
        }
        assertTrue(specs.size() >= 10, "experiments/ holds the project's experiments");
        return specs.stream().map(spec -> DynamicTest.dynamicTest(spec.getFileName().toString(), () -> {
            Path out = tmp.resolve(spec.getFileName().toString());
            Runner.Result r = Experiment.load(spec).set("steps", 3).set("replications", 1).set("network.n", 120)
                    .threads(2).out(out).run();
            assertTrue(r.runs() >= 1);
            assertTrue(Files.size(out.resolve("timeseries.csv")) > 0);
            assertTrue(Files.size(out.resolve("aggregate.csv")) > 0);
            assertTrue(Files.exists(out.resolve("report.html")), "the run draws its charts and report");
        }));
    }
}
