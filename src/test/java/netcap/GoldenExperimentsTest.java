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
 * The regression guard: a small version of every spec in {@code experiments/} (10 steps, 2
 * replications, 40 agents where a generator builds the network; a sampling design with base
 * sample size 2 and 1 replication per point) must write exactly the
 * {@code timeseries.csv}, {@code summary.csv} and {@code aggregate.csv} kept in
 * {@code src/test/resources/golden/NAME/}, and its report must be drawn. The folder is listed,
 * so a new experiment is covered as soon as it is added (and fails until its golden tables are
 * written); a golden folder without its experiment fails too.
 *
 * <p>When the model is changed on purpose, regenerate the golden files with
 * {@code mvn -B verify -Dnetcap.golden=update} (the test command with the property appended) and give the reason in
 * the commit that changes them.
 */
class GoldenExperimentsTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");
    static final List<String> TABLES = List.of("timeseries.csv", "summary.csv", "aggregate.csv");
    /** The tables of a calibration experiment (one with a calibrate: block), run by netcap calibrate. */
    static final List<String> CALIBRATION_TABLES = List.of("calibration.csv", "estimates.csv", "fit.csv", "generations.csv", "posterior.csv");
    static final boolean UPDATE = "update".equals(System.getProperty("netcap.golden"));
    /** The shrunk size: steps, replications, agents of a generated network, base sample size of a design. */
    static final int STEPS = 10, REPLICATIONS = 2, AGENTS = 40, DESIGN_SAMPLES = 2, DESIGN_REPLICATIONS = 1;

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

    @org.junit.jupiter.api.Test
    void everyGoldenFolderHasItsExperiment() throws IOException {
        try (var s = Files.list(GOLDEN)) {
            for (Path g : s.filter(Files::isDirectory).toList()) {
                assertTrue(Files.exists(Path.of("experiments", g.getFileName() + ".yaml")),
                        g + " has no experiment experiments/" + g.getFileName() + ".yaml: remove the folder or restore the spec");
            }
        }
    }

    private void check(Path spec) throws IOException {
        String name = spec.getFileName().toString().replaceFirst("\\.yaml$", "");
        Path golden = GOLDEN.resolve(name);
        if (!UPDATE && !Files.isDirectory(golden)) {
            fail("experiments/" + name + ".yaml has no golden tables: " + golden + " is missing. Write them with"
                    + " mvn -B verify -Dnetcap.golden=update and commit the folder with the new experiment");
        }
        Path out = tmp.resolve(name);
        String text = Files.readString(spec);
        if (text.contains("snapshots:")) {
            // snapshots and microdata at the (shortened) last step; lists cannot be overridden, so a copy
            Path copy = tmp.resolve(name + ".yaml");
            Files.writeString(copy, text.replaceAll("snapshots: \\[[0-9, ]*\\]", "snapshots: [" + STEPS + "]")
                    .replaceAll("agentsEvery: [0-9]+", "agentsEvery: " + STEPS));
            spec = copy;
        }
        List<String> tables = TABLES;
        if (text.contains("\ncalibrate:")) {
            // a calibration: a few particles and generations on a small network, steps as the data need
            new netcap.calibrate.Calibration(spec, new netcap.calibrate.Calibration.Options(out, tmp, 2, false, null, List.of(
                    "network.n=" + AGENTS, "calibrate.replications=1", "calibrate.abc.particles=10", "calibrate.abc.generations=2"))).run();
            tables = CALIBRATION_TABLES;
        } else {
            runExperiment(spec, out);
        }
        compare(name, golden, out, tables);
        netcap.report.Reports.write(out);
        assertTrue(Files.size(out.resolve("report.html")) > 1000, name + ": report.html drawn");
    }

    private static void runExperiment(Path spec, Path out) throws IOException {
        Experiment e = Experiment.load(spec).set("steps", STEPS).set("replications", REPLICATIONS).threads(2).out(out);
        if (Files.readString(spec).contains("generator:")) {
            e.set("network.n", AGENTS);
        }
        if (Files.readString(spec).contains("\ndesign:")) {
            // a design's points already vary every factor: one replication each
            e.set("design.samples", DESIGN_SAMPLES).set("replications", DESIGN_REPLICATIONS);
        }
        e.run();
    }

    private static void compare(String name, Path golden, Path out, List<String> tables) throws IOException {
        if (UPDATE) {
            Files.createDirectories(golden);
            for (String t : tables) {
                Files.copy(out.resolve(t), golden.resolve(t), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        for (String t : tables) {
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
    }
}
