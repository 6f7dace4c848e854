package netcap.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import netcap.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** netcap archive: one zip that reruns to the same bytes, described by an RO-Crate (Workflow Run Crate). */
class ArchiveTest {
    private static final List<String> CSVS = List.of("timeseries.csv", "summary.csv", "aggregate.csv");

    @TempDir
    Path tmp;

    /** A small baseline: experiments/baseline.yaml with 60 agents, 5 steps, 2 replications. */
    private Path smallBaseline() throws IOException {
        String text = Files.readString(Path.of("experiments/baseline.yaml"))
                .replaceAll("(?m)^steps: \\d+", "steps: 5")
                .replaceAll("(?m)^replications: \\d+", "replications: 2")
                .replaceAll("(?m)^  n: \\d+", "  n: 60");
        assertTrue(text.contains("steps: 5") && text.contains("replications: 2") && text.contains("  n: 60"), text);
        Path spec = tmp.resolve("spec-in/baseline-small.yaml");
        Files.createDirectories(spec.getParent());
        Files.writeString(spec, text);
        return spec;
    }

    @Test
    void anArchivedBaselineUnzippedElsewhereRerunsToByteIdenticalCsvs() throws IOException {
        Path run = tmp.resolve("runs/baseline");
        CliRun r = CliRun.of("run", smallBaseline().toString(), "--out", run.toString(), "--quiet", "--no-charts");
        assertEquals(0, r.code(), r.err());
        Path zip = tmp.resolve("baseline.zip");
        CliRun a = CliRun.of("archive", run.toString(), "--out", zip.toString());
        assertEquals(0, a.code(), a.err());
        assertTrue(a.out().startsWith("wrote " + zip), a.out());

        Path unzipped = unzip(zip, tmp.resolve("elsewhere"));
        for (String f : List.of("spec.yaml", "manifest.json", "environment.json", "README.txt", "ro-crate-metadata.json",
                "timeseries.csv", "summary.csv", "aggregate.csv")) {
            assertTrue(Files.isRegularFile(unzipped.resolve(f)), f);
        }
        assertFalse(Files.exists(unzipped.resolve("parts")), "parts/ is left out");

        Path rerun = tmp.resolve("rerun");
        CliRun again = CliRun.of("run", unzipped.resolve("spec.yaml").toString(), "--out", rerun.toString(), "--quiet", "--no-charts");
        assertEquals(0, again.code(), again.err());
        for (String csv : CSVS) {
            assertArrayEquals(Files.readAllBytes(run.resolve(csv)), Files.readAllBytes(unzipped.resolve(csv)), csv + " archived as written");
            assertArrayEquals(Files.readAllBytes(unzipped.resolve(csv)), Files.readAllBytes(rerun.resolve(csv)), csv + " rerun from the archive");
        }

        JsonNode env = new ObjectMapper().readTree(unzipped.resolve("environment.json").toFile());
        for (String k : List.of("netcapVersion", "gitCommit", "jar", "javaVersion", "osName", "osVersion", "osArch")) {
            assertTrue(env.has(k), k);
        }
    }

    @Test
    void theCrateIsAWorkflowRunCrateDescribingEveryFile() throws IOException {
        Path run = tmp.resolve("runs/baseline");
        assertEquals(0, CliRun.of("run", smallBaseline().toString(), "--out", run.toString(), "--quiet").code());
        Path zip = tmp.resolve("baseline.zip");
        assertEquals(0, CliRun.of("archive", run.toString(), "--out", zip.toString()).code());
        Map<String, byte[]> entries = entries(zip);
        JsonNode crate = new ObjectMapper().readTree(entries.get("ro-crate-metadata.json"));

        assertEquals("https://w3id.org/ro/crate/1.1/context", crate.get("@context").asText());
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode e : crate.get("@graph")) {
            assertTrue(e.has("@id") && e.has("@type"), e.toString());
            assertNull(byId.put(e.get("@id").asText(), e), "duplicate @id " + e.get("@id"));
        }
        JsonNode descriptor = byId.get("ro-crate-metadata.json");
        assertEquals("./", descriptor.get("about").get("@id").asText());
        assertTrue(ids(descriptor.get("conformsTo")).contains(Archive.RO_CRATE));

        JsonNode root = byId.get("./");
        assertEquals("Dataset", root.get("@type").asText());
        assertTrue(ids(root.get("conformsTo")).containsAll(Set.of(Archive.PROCESS_RUN_CRATE, Archive.WORKFLOW_RUN_CRATE,
                Archive.WORKFLOW_RO_CRATE)));
        Set<String> parts = ids(root.get("hasPart"));
        Set<String> files = new TreeSet<>(entries.keySet());
        files.remove("ro-crate-metadata.json");
        assertEquals(files, parts, "hasPart lists every file of the zip");
        for (String f : files) {
            JsonNode e = byId.get(f);
            assertNotNull(e, "an entity for " + f);
            assertTrue(types(e).contains("File"), f);
            assertEquals(String.valueOf(entries.get(f).length), e.get("contentSize").asText(), f);
        }

        JsonNode workflow = byId.get(root.get("mainEntity").get("@id").asText());
        assertEquals("spec.yaml", workflow.get("@id").asText());
        assertTrue(types(workflow).containsAll(Set.of("File", "SoftwareSourceCode", "ComputationalWorkflow")));
        assertNotNull(byId.get(workflow.get("programmingLanguage").get("@id").asText()));

        JsonNode action = byId.get("#run");
        assertTrue(ids(root.get("mentions")).contains("#run"));
        assertEquals("CreateAction", action.get("@type").asText());
        assertEquals("spec.yaml", action.get("instrument").get("@id").asText());
        assertTrue(ids(action.get("object")).contains("spec.yaml"));
        assertTrue(ids(action.get("result")).containsAll(Set.of("timeseries.csv", "summary.csv", "aggregate.csv", "report.html",
                "manifest.json")));
        JsonNode manifest = new ObjectMapper().readTree(entries.get("manifest.json"));
        assertEquals(manifest.get("started").asText(), action.get("startTime").asText());
        assertEquals(manifest.get("finished").asText(), action.get("endTime").asText());
        for (String id : ids(action.get("object"))) {
            assertNotNull(byId.get(id), "object " + id + " is described");
        }
        for (String id : ids(action.get("result"))) {
            assertNotNull(byId.get(id), "result " + id + " is described");
        }
        assertEquals("SoftwareApplication", byId.get("#netcap").get("@type").asText());
    }

    @Test
    void theZipIsDeterministicAndSorted() throws IOException {
        Path run = tmp.resolve("runs/baseline");
        assertEquals(0, CliRun.of("run", smallBaseline().toString(), "--out", run.toString(), "--quiet", "--no-charts").code());
        Path a = tmp.resolve("a.zip");
        Path b = tmp.resolve("b.zip");
        assertEquals(0, CliRun.of("archive", run.toString(), "--out", a.toString()).code());
        assertEquals(0, CliRun.of("archive", run.toString(), "--out", b.toString()).code());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        List<String> names = new ArrayList<>(entries(a).keySet());
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        assertEquals(sorted, names);
        try (ZipReader s = new ZipReader(a)) {
            for (ZipEntry e; (e = s.zip.getNextEntry()) != null; ) {
                assertEquals(java.time.LocalDateTime.of(1980, 1, 1, 0, 0), e.getTimeLocal(), e.getName());
            }
        }
        try (var left = Files.list(tmp)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void theNetworkFileTheSpecReadTravelsWithTheArchiveAndTheRerunUsesIt() throws IOException {
        Path net = tmp.resolve("nets/tiny.csv");
        Files.createDirectories(net.getParent());
        StringBuilder edges = new StringBuilder("source,target\n");
        for (int i = 0; i < 30; i++) {
            edges.append(i).append(',').append((i + 1) % 30).append('\n').append(i).append(',').append((i + 7) % 30).append('\n');
        }
        Files.writeString(net, edges.toString());
        Path spec = tmp.resolve("spec-in/fromfile.yaml");
        Files.createDirectories(spec.getParent());
        Files.writeString(spec, "name: fromfile\nseed: 5\nsteps: 4\nreplications: 2\nnetwork:\n  file: ../nets/tiny.csv\n");
        Path run = tmp.resolve("runs/fromfile");
        CliRun r = CliRun.of("run", spec.toString(), "--out", run.toString(), "--quiet", "--no-charts");
        assertEquals(0, r.code(), r.err());
        Path zip = tmp.resolve("fromfile.zip");
        CliRun a = CliRun.of("archive", run.toString(), "--out", zip.toString());
        assertEquals(0, a.code(), a.err());
        assertTrue(a.out().contains("data: data/tiny.csv"), a.out());
        Path unzipped = unzip(zip, tmp.resolve("elsewhere"));
        assertArrayEquals(Files.readAllBytes(net), Files.readAllBytes(unzipped.resolve("data/tiny.csv")));
        String readme = Files.readString(unzipped.resolve("README.txt"));
        assertTrue(readme.contains("--set network.file=data/tiny.csv"), readme);

        Files.delete(net); // the rerun must use the archived copy
        Path rerun = tmp.resolve("rerun");
        CliRun again = CliRun.of("run", unzipped.resolve("spec.yaml").toString(), "--out", rerun.toString(), "--quiet", "--no-charts",
                "--set", "network.file=data/tiny.csv");
        assertEquals(0, again.code(), again.err());
        for (String csv : CSVS) {
            assertArrayEquals(Files.readAllBytes(run.resolve(csv)), Files.readAllBytes(rerun.resolve(csv)), csv);
        }
        JsonNode crate = new ObjectMapper().readTree(unzipped.resolve("ro-crate-metadata.json").toFile());
        for (JsonNode e : crate.get("@graph")) {
            if (e.get("@id").asText().equals("#run")) {
                assertTrue(ids(e.get("object")).contains("data/tiny.csv"));
            }
        }
    }

    @Test
    void badInputGetsOneLineErrors() throws IOException {
        Path notRun = tmp.resolve("not-a-run");
        Files.createDirectories(notRun);
        CliRun r = CliRun.of("archive", notRun.toString(), "--out", tmp.resolve("x.zip").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("netcap: error: " + notRun + ": not a finished run folder"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());

        CliRun missing = CliRun.of("archive", tmp.resolve("nowhere").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("not a folder"), missing.err());

        Path run = tmp.resolve("runs/baseline");
        assertEquals(0, CliRun.of("run", smallBaseline().toString(), "--out", run.toString(), "--quiet", "--no-charts").code());
        CliRun noDir = CliRun.of("archive", run.toString(), "--out", tmp.resolve("no/such/dir/x.zip").toString());
        assertEquals(2, noDir.code());
        assertTrue(noDir.err().contains("does not exist"), noDir.err());
        CliRun inside = CliRun.of("archive", run.toString(), "--out", run.resolve("x.zip").toString());
        assertEquals(2, inside.code());
        assertTrue(inside.err().contains("inside the run folder"), inside.err());
        assertFalse(Files.exists(run.resolve("x.zip")));

        Files.writeString(run.resolve("manifest.json"), "{ not json");
        CliRun badManifest = CliRun.of("archive", run.toString(), "--out", tmp.resolve("y.zip").toString());
        assertEquals(2, badManifest.code());
        assertTrue(badManifest.err().contains("not a netcap manifest"), badManifest.err());
        assertFalse(Files.exists(tmp.resolve("y.zip")), "nothing written");
    }

    @Test
    void theDefaultArchiveIsBesideTheRunFolder() throws IOException {
        Path run = tmp.resolve("runs/baseline");
        assertEquals(0, CliRun.of("run", smallBaseline().toString(), "--out", run.toString(), "--quiet", "--no-charts").code());
        CliRun a = CliRun.of("archive", run.toString());
        assertEquals(0, a.code(), a.err());
        assertTrue(Files.isRegularFile(tmp.resolve("runs/baseline.zip")));
    }

    private static Set<String> ids(JsonNode n) {
        Set<String> out = new TreeSet<>();
        if (n == null) {
            return out;
        }
        if (n.isArray()) {
            for (JsonNode e : n) {
                out.add(e.get("@id").asText());
            }
        } else {
            out.add(n.get("@id").asText());
        }
        return out;
    }

    private static Set<String> types(JsonNode e) {
        Set<String> out = new TreeSet<>();
        JsonNode t = e.get("@type");
        if (t.isArray()) {
            t.forEach(x -> out.add(x.asText()));
        } else {
            out.add(t.asText());
        }
        return out;
    }

    private static final class ZipReader implements AutoCloseable {
        final ZipInputStream zip;

        ZipReader(Path p) throws IOException {
            zip = new ZipInputStream(Files.newInputStream(p));
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }

    private static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> out = new java.util.LinkedHashMap<>();
        try (ZipInputStream z = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                out.put(e.getName(), z.readAllBytes());
            }
        }
        return out;
    }

    private static Path unzip(Path zip, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                Path f = dir.resolve(e.getName()).normalize();
                assertTrue(f.startsWith(dir), e.getName());
                Files.createDirectories(f.getParent());
                Files.write(f, z.readAllBytes());
            }
        }
        return dir;
    }
}
