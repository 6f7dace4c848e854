package netcap.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Edge lists with ids that are not 0..n-1, self-loops and duplicates: in runs and in {@code netcap network}. */
class EdgeListRunTest {
    @TempDir
    Path dir;

    private Path oneBased() throws IOException {
        Path f = dir.resolve("club.csv");
        Files.writeString(f, "source,target\n1,2\n2,3\n3,1\n3,4\n4,4\n2,1\n");
        return f;
    }

    @Test
    void aRunOnAOneBasedEdgeListHasNoExtraAgentAndReportsTheFileIdsAndCounts() throws IOException {
        Path net = oneBased();
        Path spec = dir.resolve("club.yaml");
        Files.writeString(spec, "name: club\nseed: 5\nsteps: 2\nreplications: 1\n"
                + "network: {file: " + net.toAbsolutePath() + "}\noutput: {agentsEvery: 1}\n");
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("run", spec.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> rows = Files.readAllLines(out.resolve("agents.csv"));
        List<String> header = List.of(rows.get(0).split(","));
        int col = header.indexOf("sourceId");
        int step = header.indexOf("step");
        Set<String> ids = new TreeSet<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            if (f[step].equals(rows.get(1).split(",")[step])) {
                ids.add(f[col]);
            }
        }
        assertEquals(Set.of("1", "2", "3", "4"), ids, "one agent per id in the file, each with its id");
        JsonNode network = new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("network");
        assertEquals(4, network.get("nodes").asInt());
        assertEquals(4, network.get("ties").asInt());
        assertEquals(1, network.get("selfLoopsDropped").asInt());
        assertEquals(1, network.get("duplicateTiesMerged").asInt());
    }

    @Test
    void networkJsonCountsSelfLoopsAndDuplicatesAndWarns() throws IOException {
        Path net = oneBased();
        CliRun r = CliRun.of("network", net.toString());
        assertEquals(0, r.code(), r.err());
        String nl = System.lineSeparator();
        assertEquals("netcap: warning: " + net + ": dropped 1 self-loop (a tie from a node to itself)" + nl
                + "netcap: warning: " + net + ": merged 1 duplicate tie (the same pair on several rows, in either direction)"
                + nl, r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(4, json.get("nodes").asInt());
        JsonNode el = json.get("edge_list");
        assertEquals(1, el.get("self_loops_dropped").asInt());
        assertEquals(1, el.get("duplicate_ties_merged").asInt());
        assertTrue(el.get("ids_renumbered").asBoolean());
        JsonNode nodes = json.get("social_capital").get("nodes");
        assertEquals(List.of(1, 2, 3, 4), List.of(nodes.get(0).get("id").asInt(), nodes.get(1).get("id").asInt(),
                nodes.get(2).get("id").asInt(), nodes.get(3).get("id").asInt()));
    }

    @Test
    void networkOnAHugeIdBuildsTwoNodesAndGraphmlKeepsTheFileIds() throws IOException {
        Path net = dir.resolve("huge.csv");
        Files.writeString(net, "0,2000000000\n");
        Path gml = dir.resolve("huge.graphml");
        CliRun r = CliRun.of("network", net.toString(), "--graphml", gml.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals(2, new ObjectMapper().readTree(r.out()).get("nodes").asInt());
        String xml = Files.readString(gml);
        assertTrue(xml.contains("attr.name=\"sourceId\""), xml);
        assertTrue(xml.contains(">2000000000<"), xml);
    }

    @Test
    void zeroBasedFilesHaveNoSourceIdAttributeAndNoWarning() throws IOException {
        Path net = dir.resolve("z.csv");
        Files.writeString(net, "0,1\n1,2\n");
        Path gml = dir.resolve("z.graphml");
        CliRun r = CliRun.of("network", net.toString(), "--graphml", gml.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertFalse(Files.readString(gml).contains("sourceId"));
        assertFalse(new ObjectMapper().readTree(r.out()).get("edge_list").get("ids_renumbered").asBoolean());
    }
}
