package netcap.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import netcap.metrics.Networks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NetworkCommandTest {
    @TempDir
    Path dir;

    /** Exit code, standard output and standard error of one run. */
    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void karateJsonHasReferenceValues() throws Exception {
        Path gml = dir.resolve("k.graphml");
        Path gexf = dir.resolve("k.gexf");
        CliRun r = run("network", Networks.resource("karate.csv").toString(),
                "--graphml", gml.toString(), "--gexf", gexf.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        JsonNode ref = Networks.reference().get("karate");
        for (Iterator<Map.Entry<String, JsonNode>> it = ref.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            assertTrue(json.has(e.getKey()), "missing " + e.getKey());
            assertEquals(e.getValue().asDouble(), json.get(e.getKey()).asDouble(), 1e-9, e.getKey());
        }
        assertTrue(json.get("paths_exact").asBoolean());
        assertEquals(34, json.get("path_sample_size").asInt());
        assertTrue(r.out().contains("\n  \"nodes\" : 34,"), "pretty printed");
        assertTrue(Files.size(gml) > 0);
        assertTrue(Files.readString(gexf).contains("<edges>"));
        // per-node social capital: networkx's constraint, effective size and betweenness
        JsonNode sc = json.get("social_capital");
        assertTrue(sc.get("betweenness_exact").asBoolean());
        JsonNode nx;
        try (java.io.InputStream in = getClass().getResourceAsStream("/networks/social-capital-reference.json")) {
            nx = new ObjectMapper().readTree(in).get("karate");
        }
        assertEquals(34, sc.get("nodes").size());
        double sum = 0;
        for (int i = 0; i < 34; i++) {
            JsonNode node = sc.get("nodes").get(i);
            assertEquals(i, node.get("id").asInt());
            for (String k : List.of("constraint", "effective_size", "betweenness", "clustering")) {
                assertEquals(nx.get(k).get(i).asDouble(), node.get(k).asDouble(), 1e-9, k + " of node " + i);
            }
            sum += nx.get("constraint").get(i).asDouble();
        }
        assertEquals(sum / 34, sc.get("summary").get("constraint").get("mean").asDouble(), 1e-9);
        assertTrue(sc.get("summary").get("betweenness").has("median"));
        CliRun summaryOnly = run("network", Networks.resource("karate.csv").toString(), "--no-nodes");
        assertFalse(new ObjectMapper().readTree(summaryOnly.out()).get("social_capital").has("nodes"));
    }

    @Test
    void samplesAndSeedControlSampledPaths() throws Exception {
        Path f = dir.resolve("ring.csv");
        StringBuilder b = new StringBuilder("source,target\n");
        int n = 400;
        for (int i = 0; i < n; i++) {
            b.append(i).append(',').append((i + 1) % n).append('\n');
        }
        b.append("0,200\n"); // a chord, so that sources differ
        Files.writeString(f, b);
        CliRun a = run("network", f.toString(), "--exact-threshold", "10", "--samples", "20", "--seed", "3");
        CliRun c = run("network", f.toString(), "--exact-threshold", "10", "--samples", "20", "--seed", "3");
        CliRun d = run("network", f.toString(), "--exact-threshold", "10", "--samples", "20", "--seed", "4");
        CliRun e = run("network", f.toString(), "--exact-threshold", "10", "--samples", "20", "--exact");
        ObjectMapper m = new ObjectMapper();
        JsonNode ja = m.readTree(a.out());
        assertEquals(20, ja.get("path_sample_size").asInt());
        assertFalse(ja.get("paths_exact").asBoolean());
        assertEquals(a.out(), c.out());
        assertFalse(a.out().equals(d.out()), "another seed samples other sources");
        JsonNode je = m.readTree(e.out());
        assertTrue(je.get("paths_exact").asBoolean());
        assertEquals(n, je.get("path_sample_size").asInt());
    }

    @Test
    void badRowGivesOneLineAndExitTwoAndNoFiles() throws IOException {
        Path f = dir.resolve("karate.csv");
        Files.writeString(f, "source,target\n0,1\n1,x\n");
        Path gml = dir.resolve("out.graphml");
        CliRun r = run("network", f.toString(), "--graphml", gml.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("netcap: error: " + f + " line 3: target \"x\" is not a non-negative integer"
                + System.lineSeparator(), r.err());
        assertFalse(Files.exists(gml));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count(), "nothing written besides the input");
        }
    }

    @Test
    void missingFileGivesOneLineAndExitTwo() {
        Path f = dir.resolve("missing.csv");
        CliRun r = run("network", f.toString());
        assertEquals(2, r.code());
        assertEquals("netcap: error: " + f + ": file not found" + System.lineSeparator(), r.err());
        assertFalse(r.err().contains("Exception"));
        assertFalse(r.err().contains("\tat "));
    }

    @Test
    void badOptionsGiveExitTwo() {
        String karate = Networks.resource("karate.csv").toString();
        CliRun r = run("network", karate, "--samples", "0");
        assertEquals(2, r.code());
        assertEquals("netcap: error: --samples must be >= 1, was 0" + System.lineSeparator(), r.err());
        Path out = dir.resolve("nodir/x.gexf");
        CliRun w = run("network", karate, "--gexf", out.toString());
        assertEquals(2, w.code());
        assertEquals(1, w.err().strip().lines().count(), w.err());
        assertEquals("", w.out());
    }

    @Test
    void helpListsTheOptions() {
        CliRun r = run("network", "--help");
        assertEquals(0, r.code());
        for (String o : new String[] {"--samples", "--seed", "--exact", "--graphml", "--gexf", "PATH.csv"}) {
            assertTrue(r.out().contains(o), o);
        }
    }
}
