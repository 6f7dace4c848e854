package netcap.experiment;

import netcap.model.ParamRegistry;
import netcap.random.Streams;
import netcap.spec.Point;
import netcap.spec.Spec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Common random numbers, the dummy factor and sensitivity.csv. */
class CommonRandomNumbersTest {
    @TempDir
    Path tmp;

    private static final String SWEEP = """
            name: crn-sweep
            seed: 99
            steps: 10
            replications: 3
            network: {generator: wattsStrogatz, n: 80, k: 6, p: 0.1}
            sweep:
              trustGain: [0.02, 0.1, 0.2]
            """;

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    /** The seed column of summary.csv per (point, replicate). */
    private static Map<List<Integer>, Long> seeds(Path run) throws IOException {
        Map<List<Integer>, Long> out = new HashMap<>();
        List<String> lines = Files.readAllLines(run.resolve("summary.csv"));
        assertTrue(lines.get(0).startsWith("run,point,replicate,seed,"), lines.get(0));
        for (String l : lines.subList(1, lines.size())) {
            String[] c = l.split(",");
            out.put(List.of(Integer.parseInt(c[1]), Integer.parseInt(c[2])), Long.parseLong(c[3]));
        }
        return out;
    }

    @Test
    void everyPointOfASweepSharesTheSeedsReplicateByReplicate() throws IOException {
        Path spec = write("sweep.yaml", SWEEP);
        Path on = tmp.resolve("on");
        Experiment.load(spec).threads(2).charts(false).out(on).run();
        Map<List<Integer>, Long> s = seeds(on);
        assertEquals(9, s.size());
        for (int r = 0; r < 3; r++) {
            long key = Streams.runKey(99, 0, r);
            for (int p = 0; p < 3; p++) {
                assertEquals(key, s.get(List.of(p, r)), "point " + p + " replicate " + r);
            }
        }
        assertNotEquals(s.get(List.of(0, 0)), s.get(List.of(0, 1)), "replicates still differ");
        String manifest = Files.readString(on.resolve("manifest.json"));
        assertTrue(manifest.contains("\"commonRandomNumbers\" : true"), manifest);
        assertTrue(manifest.contains("Streams.runKey(masterSeed, 0, replicate)"), manifest);

        Path off = tmp.resolve("off");
        Experiment.load(spec).set("commonRandomNumbers", false).threads(2).charts(false).out(off).run();
        Map<List<Integer>, Long> t = seeds(off);
        for (int r = 0; r < 3; r++) {
            for (int p = 0; p < 3; p++) {
                assertEquals(Streams.runKey(99, p, r), t.get(List.of(p, r)), "independent streams: point " + p + " replicate " + r);
            }
        }
        assertTrue(Files.readString(off.resolve("manifest.json")).contains("\"commonRandomNumbers\" : false"));
        // point 0 has the same key in both schemes, so its outputs agree; the other points differ
        List<String> a = Files.readAllLines(on.resolve("summary.csv"));
        List<String> b = Files.readAllLines(off.resolve("summary.csv"));
        assertEquals(a.subList(0, 4), b.subList(0, 4));
        assertNotEquals(a.subList(4, 10), b.subList(4, 10));
    }

    @Test
    void withoutCommonRandomNumbersTheOutputsBeforeThemAreReproducedByteForByte() throws IOException {
        // summary.csv of the small attention experiment (20 steps, 2 replications, 150 agents) under independent
        // streams, the scheme before common random numbers became the default (rewritten for model versions 2 and 3, whose
        // rules changed the numbers; the scheme did not change)
        Path out = tmp.resolve("attention");
        Experiment.load(Path.of("experiments/attention.yaml")).set("steps", 20).set("replications", 2).set("network.n", 150)
                .set("commonRandomNumbers", false).threads(2).charts(false).out(out).run();
        assertEquals(Files.readString(Path.of("src/test/resources/independent-streams/attention/summary.csv")),
                Files.readString(out.resolve("summary.csv")));
    }

    @Test
    void commonRandomNumbersCanBeSwitchedOffFromTheCommandLine() throws IOException {
        Path spec = write("sweep.yaml", SWEEP);
        assertTrue(Spec.load(spec, List.of()).commonRandomNumbers, "on by default");
        Spec off = Spec.load(spec, List.of("commonRandomNumbers=false"));
        assertFalse(off.commonRandomNumbers);
        Point p2 = off.points().get(2);
        assertEquals(Streams.runKey(99, 2, 1), off.runKey(p2, 1));
        Spec on = Spec.load(spec, List.of());
        assertEquals(Streams.runKey(99, 0, 1), on.runKey(on.points().get(2), 1));
        assertEquals(Streams.runKey(5, 0, 0), on.runKey(5, on.points().get(2), 0), "another master seed (the GUI's)");
    }

    private static final String MORRIS = """
            name: crn-morris
            seed: 5
            steps: 8
            replications: 1
            network: {generator: wattsStrogatz, n: 60, k: 4, p: 0.1}
            design:
              type: morris
              samples: 6
              levels: 4
              dummy: true
              factors:
                trustGain: {min: 0.01, max: 0.2}
                socializationRate: {min: 0.01, max: 0.2}
              outputs: [totalKnowledge]
            """;

    @Test
    void theDummyChangesTheSeedsButNotTheParameters() throws IOException {
        Spec spec = Spec.load(write("morris.yaml", MORRIS), List.of());
        assertEquals(List.of("trustGain", "socializationRate", "dummy"), spec.varyingKeys());
        List<Point> points = spec.points();
        int moves = 0;
        for (int i = 1; i < points.size(); i++) {
            Point before = points.get(i - 1);
            Point after = points.get(i);
            if (i % 4 == 0 || before.values().get("dummy").equals(after.values().get("dummy"))) {
                continue; // a trajectory's start (k + 1 = 4 points each), or a step that moved a model parameter
            }
            moves++;
            assertEquals(ParamRegistry.values(before.params(spec)), ParamRegistry.values(after.params(spec)),
                    "moving the dummy leaves the model's parameters alone");
            assertEquals(before.disabled(spec), after.disabled(spec));
            assertNotEquals(spec.runKey(before, 0), spec.runKey(after, 0), "but changes the streams");
        }
        assertEquals(6, moves, "each trajectory moves the dummy once");
        Point p = points.get(0);
        assertEquals(Streams.child(Streams.runKey(5, 0, 0), "dummy=" + p.values().get("dummy")), spec.runKey(p, 0));
        Map<String, Object> without = new HashMap<>(p.values());
        without.remove("dummy");
        assertEquals(Streams.runKey(5, 0, 0), spec.runKey(new Point(1, without), 0), "no dummy value, the plain shared key");
    }

    @Test
    void morrisSensitivityHasIntervalsTheDummyAndTheInertColumn() throws IOException {
        Path out = tmp.resolve("morris");
        Experiment.load(write("morris.yaml", MORRIS)).threads(2).charts(false).out(out).run();
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertTrue(summary.get(0).startsWith("run,point,replicate,seed,trustGain,socializationRate,dummy,"), summary.get(0));
        List<String> lines = Files.readAllLines(out.resolve("sensitivity.csv"));
        assertEquals(String.join(",", OutputTables.SENSITIVITY_HEADER), lines.get(0));
        assertEquals(4, lines.size(), "three factors, one output");
        List<String> header = List.of(lines.get(0).split(","));
        List<String> factors = new ArrayList<>();
        for (String l : lines.subList(1, 4)) {
            String[] c = l.split(",", -1);
            factors.add(c[2]);
            double muStar = Double.parseDouble(c[header.indexOf("muStar")]);
            double low = Double.parseDouble(c[header.indexOf("muStarLow")]);
            double high = Double.parseDouble(c[header.indexOf("muStarHigh")]);
            assertTrue(low <= muStar && muStar <= high, l);
            assertEquals("6", c[header.indexOf("n")]);
            assertEquals("", c[header.indexOf("reliable")], "the reliability rule is Sobol's");
            String inert = c[header.indexOf("inert")];
            assertTrue(c[2].equals("dummy") ? inert.isEmpty() : inert.equals("true") || inert.equals("false"), l);
        }
        assertEquals(List.of("trustGain", "socializationRate", "dummy"), factors);
    }

    @Test
    void aSobolAnalysisWithASmallNIsFlaggedUnreliable() throws IOException {
        String sobol = MORRIS.replace("type: morris", "type: sobol").replace("samples: 6", "samples: 4").replace("  levels: 4\n", "");
        Path out = tmp.resolve("sobol");
        Experiment.load(write("sobol.yaml", sobol)).threads(2).out(out).run();
        List<String> lines = Files.readAllLines(out.resolve("sensitivity.csv"));
        assertEquals(4, lines.size());
        List<String> header = List.of(lines.get(0).split(","));
        for (String l : lines.subList(1, 4)) {
            String[] c = l.split(",", -1);
            assertEquals("4", c[header.indexOf("n")], l);
            assertEquals("false", c[header.indexOf("reliable")], l);
        }
        assertTrue(Files.readString(out.resolve("report.html")).contains("N = 4 is too small"), "the report's notes say why");
    }

    @Test
    void sensitivitySpecParsesAndATinyVersionRuns() throws IOException {
        Spec spec = Spec.load(Path.of("experiments/sensitivity.yaml"), List.of());
        assertEquals("sobol", spec.design.type());
        assertTrue(spec.design.dummy());
        assertTrue(spec.commonRandomNumbers);
        assertTrue(spec.design.samples() >= 64, "N large enough for the reliability rule");
        assertEquals(List.of("totalKnowledgeFinal", "membersFinal", "freeRiderShareFinal"), spec.design.outputs());
        Path out = tmp.resolve("sens");
        Experiment.load(Path.of("experiments/sensitivity.yaml")).set("design.samples", 2).set("steps", 3).set("replications", 1)
                .set("network.n", 60).threads(2).charts(false).out(out).run();
        List<String> lines = Files.readAllLines(out.resolve("sensitivity.csv"));
        assertEquals(1 + 3 * 9, lines.size(), "three outputs, eight parameters and the dummy");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("sobol,freeRiderShareFinal,dummy,")));
    }
}
