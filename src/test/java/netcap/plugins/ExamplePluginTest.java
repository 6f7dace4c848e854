package netcap.plugins;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import netcap.cli.CliRun;
import netcap.experiment.SpecDoc;
import netcap.gui.Controls;
import netcap.gui.Presets;
import netcap.model.plugins.Plugins;
import netcap.spec.Spec;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The example plug-in of examples/meetup, compiled here with the JDK's compiler and loaded like a
 * user's jar: its spec runs, its metric columns appear, its mechanism changes the run, the run
 * is byte-identical with 1 and 2 threads, and the manifest records the plug-in's version and
 * checksum.
 */
class ExamplePluginTest {
    /** A small version of the example's spec: 2 points (meetup off, on) x 3 replications. */
    private static final String[] SMALL = {"--set", "steps=40", "--set", "replications=3", "--set", "network.n=120",
        "--set", "network.islands=6", "-q", "--no-charts"};

    private static Path one;
    private static Path two;

    @BeforeAll
    static void runTheExample(@TempDir Path tmp) {
        one = tmp.resolve("threads-1");
        two = tmp.resolve("threads-2");
        for (Path out : List.of(one, two)) {
            List<String> args = new ArrayList<>(List.of("run", PluginJars.EXAMPLE.resolve("meetup.yaml").toString(),
                    "--plugins", PluginJars.exampleFolder().toString(), "--out", out.toString(), "--threads", out == one ? "1" : "2"));
            args.addAll(List.of(SMALL));
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertEquals(0, r.code(), r.err());
        }
    }

    @AfterAll
    static void unload() {
        Plugins.load(List.of());
    }

    @Test
    void theMetricColumnsFollowTheBuiltInOnes() throws IOException {
        List<String> header = header(one.resolve("timeseries.csv"));
        assertEquals(List.of("meetupTies", "faceToFaceDegree"), header.subList(header.size() - 2, header.size()));
        assertTrue(header(one.resolve("summary.csv")).containsAll(List.of("meetupTiesFinal", "meetupTiesMean", "faceToFaceDegreeFinal")));
    }

    @Test
    void theMechanismMakesTiesAtMeetupsOnlyWhenSwitchedOn() throws IOException {
        int meetups = 0;
        for (CSVRecord r : rows(one.resolve("timeseries.csv"))) {
            double ties = Double.parseDouble(r.get("meetupTies"));
            int step = Integer.parseInt(r.get("step"));
            if (r.get("mechanisms.meetup").equals("false") || step % 10 != 0 || step == 0) {
                assertEquals(0, ties, "no meetup: step " + step + " of " + r.get("mechanisms.meetup"));
            } else if (ties > 0) {
                meetups++;
            }
        }
        assertTrue(meetups >= 10, "most of the 3 runs x 4 meetups made ties, were " + meetups);
    }

    @Test
    void theMechanismChangesTheRun() throws IOException {
        Map<String, CSVRecord> off = new TreeMap<>();
        Map<String, CSVRecord> on = new TreeMap<>();
        for (CSVRecord r : rows(one.resolve("summary.csv"))) {
            (r.get("mechanisms.meetup").equals("true") ? on : off).put(r.get("replicate"), r);
        }
        assertEquals(3, on.size());
        int knowledgeDiffers = 0;
        for (String rep : on.keySet()) {
            assertEquals(on.get(rep).get("seed"), off.get(rep).get("seed"), "common random numbers: replicate " + rep);
            assertTrue(Double.parseDouble(on.get(rep).get("faceToFaceDegreeFinal")) > Double.parseDouble(off.get(rep).get("faceToFaceDegreeFinal")),
                    "meetups add face-to-face ties, replicate " + rep);
            if (!on.get(rep).get("totalKnowledgeFinal").equals(off.get(rep).get("totalKnowledgeFinal"))) {
                knowledgeDiffers++;
            }
        }
        assertEquals(3, knowledgeDiffers, "the new ties change what the members know");
    }

    @Test
    void theRunIsByteIdenticalWithOneAndTwoThreads() throws IOException {
        List<Path> csv;
        try (Stream<Path> s = Files.walk(one)) {
            csv = s.filter(f -> f.toString().endsWith(".csv")).map(one::relativize).sorted().toList();
        }
        assertTrue(csv.contains(Path.of("timeseries.csv")) && csv.contains(Path.of("comparisons.csv")), csv.toString());
        for (Path f : csv) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f.toString());
        }
    }

    @Test
    void theManifestRecordsThePluginWithItsChecksum() throws Exception {
        JsonNode m = new ObjectMapper().readTree(one.resolve("manifest.json").toFile());
        JsonNode p = m.get("plugins");
        assertEquals(1, p.size());
        assertEquals("meetup", p.get(0).get("name").asText());
        assertEquals("1.0.0", p.get(0).get("version").asText());
        assertEquals("meetup.jar", p.get(0).get("jar").asText());
        byte[] jar = Files.readAllBytes(PluginJars.exampleFolder().resolve("meetup.jar"));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(jar)), p.get(0).get("sha256").asText());
        assertEquals(10, m.get("points").get(1).get("params").get("meetupInterval").asInt(), "the plug-in's parameters are recorded");
    }

    @Test
    void theDocsAndTheTeachingWindowShowThePluginsParameters() {
        Plugins.load(List.of(PluginJars.exampleFolder()));
        String doc = SpecDoc.plugins(Plugins.loaded());
        assertTrue(doc.contains("| `meetupInterval` | meetup | integer | 10 | [1, 10000] | steps | live, GUI |"), doc);
        assertTrue(doc.contains("95 (after tieFormation, before satisfaction)"), doc);
        assertTrue(doc.contains("### Generator `islands`"), doc);
        Spec spec = Spec.load(PluginJars.EXAMPLE.resolve("meetup.yaml"), List.of());
        Presets.Preset p = Presets.open(spec);
        List<String> sliders = Controls.parameters(p.params());
        assertTrue(sliders.containsAll(List.of("meetupInterval", "meetupSize", "meetupTieChance")), sliders.toString());
        assertFalse(Controls.parameters().contains("meetupInterval"), "a model without the plug-in has no such slider");
    }

    @Test
    void aResumeWithAnotherPluginJarIsRefused(@TempDir Path tmp) throws IOException {
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.copy(PluginJars.exampleFolder().resolve("meetup.jar"), other.resolve("meetup.jar"));
        Files.write(other.resolve("meetup.jar"), new byte[] {0}, java.nio.file.StandardOpenOption.APPEND); // another checksum
        List<String> args = new ArrayList<>(List.of("run", PluginJars.EXAMPLE.resolve("meetup.yaml").toString(), "--out", one.toString(),
                "--resume", "--plugins"));
        args.add(PluginJars.exampleFolder().toString());
        args.addAll(List.of(SMALL));
        CliRun same = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, same.code(), "the same jar resumes: " + same.err());
        args.set(args.indexOf(PluginJars.exampleFolder().toString()), other.toString());
        CliRun changed = CliRun.of(args.toArray(String[]::new));
        assertEquals(2, changed.code());
        assertTrue(changed.err().contains("other plug-in jars"), changed.err());
    }

    private static List<String> header(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv); CSVParser p = CSVFormat.DEFAULT.builder().setHeader().build().parse(r)) {
            return p.getHeaderNames();
        }
    }

    private static List<CSVRecord> rows(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv); CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            return p.getRecords();
        }
    }
}
