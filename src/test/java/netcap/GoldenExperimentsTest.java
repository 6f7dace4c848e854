package netcap;

import netcap.experiment.Experiment;
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
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The regression guard: a small version of every spec in {@code experiments/} (20 steps, 2
 * replications, 150 agents where a generator builds the network, base sample size 4 for a
 * sampling design) must write exactly the
 * {@code timeseries.csv}, {@code summary.csv} and {@code aggregate.csv} kept in
 * {@code src/test/resources/golden/NAME/}, and its report must be drawn.
 *
 * <p>When the model is changed on purpose, regenerate the golden files with
 * {@code mvn -B verify -Dnetcap.golden=update} (the test command with the property appended) and give the reason in
 * the commit that changes them.
 */
class GoldenExperimentsTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");
    static final List<String> TABLES = List.of("timeseries.csv", "summary.csv", "aggregate.csv");
    static final boolean UPDATE = "update".equals(System.getProperty("netcap.golden"));

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> everyShippedExperimentWritesItsGoldenTables() throws IOException {
        List<Path> specs = new ArrayList<>();
        try (var s = Files.list(Path.of("experiments"))) {
            s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(specs::add);
        }
        assertTrue(specs.size() >= 10, "experiments/ holds the project's experiments");
        return specs.stream().map(spec -> DynamicTest.dynamicTest(spec.getFileName().toString(), () -> check(spec)));
    }

    private void check(Path spec) throws IOException {
        String name = spec.getFileName().toString().replaceFirst("\\.yaml$", "");
        Path out = tmp.resolve(name);
        String text = Files.readString(spec);
        if (text.contains("snapshots:")) {
            // snapshots and microdata at the (shortened) last step; lists cannot be overridden, so a copy
            Path copy = tmp.resolve(name + ".yaml");
            Files.writeString(copy, text.replaceAll("snapshots: \\[[0-9, ]*\\]", "snapshots: [20]")
                    .replaceAll("agentsEvery: [0-9]+", "agentsEvery: 20"));
            spec = copy;
        }
        Experiment e = Experiment.load(spec).set("steps", 20).set("replications", 2).threads(2).out(out);
        if (Files.readString(spec).contains("generator:")) {
            e.set("network.n", 150);
        }
        if (Files.readString(spec).contains("\ndesign:")) {
            e.set("design.samples", 4);
        }
        e.run();
        Path golden = GOLDEN.resolve(name);
        if (UPDATE) {
            Files.createDirectories(golden);
            for (String t : TABLES) {
                Files.copy(out.resolve(t), golden.resolve(t), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        for (String t : TABLES) {
            Path want = golden.resolve(t);
            if (!Files.exists(want)) {
                fail(want + " is missing; write it with -Dnetcap.golden=update");
            }
            List<String> a = Files.readAllLines(want);
            List<String> b = Files.readAllLines(out.resolve(t));
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                String x = i < a.size() ? a.get(i) : "<end of file>";
                String y = i < b.size() ? b.get(i) : "<end of file>";
                if (!x.equals(y)) {
                    fail(name + "/" + t + " differs from the golden file at line " + (i + 1) + ":\n  golden: "
                            + x + "\n  now:    " + y + "\n(if the model changed on purpose: -Dnetcap.golden=update)");
                }
            }
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(want), Files.readAllBytes(out.resolve(t))),
                    name + "/" + t + " differs in line endings or bytes");
        }
        netcap.report.Reports.write(out);
        assertTrue(Files.size(out.resolve("report.html")) > 1000, name + ": report.html drawn");
    }
}
