package netcap.io;

import netcap.InputException;
import netcap.metrics.Networks;
import netcap.world.Agents;
import netcap.world.MultiplexNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GraphWritersTest {
    @TempDir
    Path dir;

    private static Document parse(Path p) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(p.toFile());
    }

    private static List<Element> elements(Document d, String ns, String tag) {
        NodeList l = d.getElementsByTagNameNS(ns, tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < l.getLength(); i++) {
            out.add((Element) l.item(i));
        }
        return out;
    }

    /** A 4-agent simulation snapshot: a physical tie, a forum tie, and a tie in both layers. */
    private static GraphExport simulation() {
        MultiplexNetwork net = new MultiplexNetwork(4, 16, List.of("forum"));
        net.addTie(0, 1, 0b01, MultiplexNetwork.FRIEND, 0.8f, 0.6f);
        net.addTie(1, 2, 0b10, MultiplexNetwork.ACQUAINTANCE, 0.3f, 0.4f);
        net.addTie(2, 3, 0b11, MultiplexNetwork.CLOSE_FRIEND, 0.9f, 0.95f);
        Agents a = new Agents(4, 2, 1);
        for (int i = 0; i < 4; i++) {
            a.generalTrust[i] = 0.1 * i;
            a.tacit[i * 2] = 1;
            a.tacit[i * 2 + 1] = 2;
            a.status[i] = Agents.MEMBER;
        }
        a.strategy[3] = Agents.FREE_RIDER;
        a.region[2] = 5;
        return GraphExport.of(net, a);
    }

    private static final List<String> NODE_ATTRS = List.of("generalTrust", "activity", "reputation",
            "satisfaction", "status", "strategy", "region", "x", "y", "tacitTotal", "explicitTotal", "degree");
    private static final List<String> EDGE_ATTRS = List.of("level", "levelName", "layers", "trustUV", "trustVU");

    @Test
    void graphmlOfKarateHasNodesEdgesAndKeys() throws Exception {
        EdgeListReader.EdgeData d = EdgeListReader.read(Networks.resource("karate.csv"));
        Path out = dir.resolve("karate.graphml");
        GraphMLWriter.write(GraphExport.of(d.graph(), d.labels()), out);
        Document doc = parse(out);
        String ns = GraphMLWriter.NS;
        assertEquals(34, elements(doc, ns, "node").size());
        assertEquals(78, elements(doc, ns, "edge").size());
        Map<String, String> keys = new HashMap<>();
        for (Element k : elements(doc, ns, "key")) {
            keys.put(k.getAttribute("attr.name"), k.getAttribute("for") + ":" + k.getAttribute("attr.type"));
        }
        assertEquals(Map.of("label", "node:string", "degree", "node:int"), keys);
        Element graph = elements(doc, ns, "graph").get(0);
        assertEquals("undirected", graph.getAttribute("edgedefault"));
        Element n2 = elements(doc, ns, "node").get(2);
        assertEquals("2", n2.getAttribute("id"));
        assertEquals("2", n2.getElementsByTagNameNS(ns, "data").item(0).getTextContent());
        assertNoTempFiles();
    }

    @Test
    void gexfOfKarateHasNodesEdgesAndAttributes() throws Exception {
        EdgeListReader.EdgeData d = EdgeListReader.read(Networks.resource("lesmis.csv"));
        Path out = dir.resolve("lesmis.gexf");
        GexfWriter.write(GraphExport.of(d.graph(), d.labels()), out);
        Document doc = parse(out);
        String ns = GexfWriter.NS;
        assertEquals("1.2", doc.getDocumentElement().getAttribute("version"));
        assertEquals(77, elements(doc, ns, "node").size());
        assertEquals(254, elements(doc, ns, "edge").size());
        List<Element> attrs = elements(doc, ns, "attribute");
        assertEquals(1, attrs.size());
        assertEquals("degree", attrs.get(0).getAttribute("title"));
        assertEquals("integer", attrs.get(0).getAttribute("type"));
        assertEquals("Anzelma", elements(doc, ns, "node").get(0).getAttribute("label"));
        assertNoTempFiles();
    }

    @Test
    void simulationSnapshotInBothFormats() throws Exception {
        GraphExport g = simulation();
        assertEquals(3, g.edges());
        Path gml = dir.resolve("sim.graphml");
        Path gexf = dir.resolve("sim.gexf");
        GraphMLWriter.write(g, gml);
        GexfWriter.write(g, gexf);

        Document a = parse(gml);
        String ns = GraphMLWriter.NS;
        assertEquals(4, elements(a, ns, "node").size());
        assertEquals(3, elements(a, ns, "edge").size());
        List<String> nodeKeys = new ArrayList<>();
        List<String> edgeKeys = new ArrayList<>();
        Map<String, String> idToName = new HashMap<>();
        for (Element k : elements(a, ns, "key")) {
            (k.getAttribute("for").equals("node") ? nodeKeys : edgeKeys).add(k.getAttribute("attr.name"));
            idToName.put(k.getAttribute("id"), k.getAttribute("attr.name"));
        }
        assertEquals(NODE_ATTRS, nodeKeys);
        assertEquals(EDGE_ATTRS, edgeKeys);
        // edge 2-3 is in both layers, at level 4, with directed trusts
        Element e = elements(a, ns, "edge").get(2);
        assertEquals("2", e.getAttribute("source"));
        assertEquals("3", e.getAttribute("target"));
        Map<String, String> data = new HashMap<>();
        NodeList dl = e.getElementsByTagNameNS(ns, "data");
        for (int i = 0; i < dl.getLength(); i++) {
            Element x = (Element) dl.item(i);
            data.put(idToName.get(x.getAttribute("key")), x.getTextContent());
        }
        assertEquals("physical|forum", data.get("layers"));
        assertEquals("4", data.get("level"));
        assertEquals("closeFriend", data.get("levelName"));
        assertEquals(0.9, Double.parseDouble(data.get("trustUV")), 1e-6);
        assertEquals(0.95, Double.parseDouble(data.get("trustVU")), 1e-6);

        Document b = parse(gexf);
        String gns = GexfWriter.NS;
        assertEquals(4, elements(b, gns, "node").size());
        assertEquals(3, elements(b, gns, "edge").size());
        List<String> titles = new ArrayList<>();
        for (Element x : elements(b, gns, "attribute")) {
            titles.add(x.getAttribute("title"));
        }
        List<String> expected = new ArrayList<>(NODE_ATTRS);
        expected.addAll(EDGE_ATTRS);
        assertEquals(expected, titles);
        // node 3: free rider, tacit total 3
        Element n3 = elements(b, gns, "node").get(3);
        Map<String, String> vals = new HashMap<>();
        NodeList av = n3.getElementsByTagNameNS(gns, "attvalue");
        for (int i = 0; i < av.getLength(); i++) {
            Element x = (Element) av.item(i);
            vals.put(NODE_ATTRS.get(Integer.parseInt(x.getAttribute("for"))), x.getAttribute("value"));
        }
        assertEquals("freeRider", vals.get("strategy"));
        assertEquals("member", vals.get("status"));
        assertEquals(3.0, Double.parseDouble(vals.get("tacitTotal")));
        assertNoTempFiles();
    }

    @Test
    void controlCharactersInLabelsStillGiveWellFormedXml() throws Exception {
        GraphExport g = new GraphExport(2, new int[] {0}, new int[] {1}, new String[] {"a\u0001b", "<&>\""});
        Path gml = dir.resolve("x.graphml");
        Path gexf = dir.resolve("x.gexf");
        GraphMLWriter.write(g, gml);
        GexfWriter.write(g, gexf);
        assertEquals("<&>\"", elements(parse(gexf), GexfWriter.NS, "node").get(1).getAttribute("label"));
        assertEquals(2, elements(parse(gml), GraphMLWriter.NS, "node").size());
    }

    @Test
    void writeIntoMissingFolderFailsWithoutLeavingFiles() {
        Path out = dir.resolve("no/such/dir/g.graphml");
        InputException e = assertThrows(InputException.class,
                () -> GraphMLWriter.write(simulation(), out));
        assertTrue(e.getMessage().startsWith(out + ": cannot write, folder"), e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void failedWriteKeepsTheOldFileAndLeavesNoTemp() throws IOException {
        Path out = dir.resolve("keep.txt");
        Files.writeString(out, "old");
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(out, o -> {
            o.write("partial".getBytes());
            throw new IllegalStateException("boom");
        }));
        assertEquals("old", Files.readString(out));
        assertNoTempFiles();
        AtomicFiles.write(out, o -> o.write("new".getBytes()));
        assertEquals("new", Files.readString(out));
    }

    @Test
    void exportRejectsMismatchedColumns() {
        GraphExport g = new GraphExport(3, new int[] {0}, new int[] {1}, null);
        assertThrows(IllegalArgumentException.class,
                () -> g.addNodeAttribute(GraphExport.Column.ofDouble("w", new double[2])));
        g.addEdgeAttribute(GraphExport.Column.ofInt("k", new int[1]));
        assertThrows(IllegalArgumentException.class,
                () -> g.addEdgeAttribute(GraphExport.Column.ofInt("k", new int[1])));
        assertThrows(IllegalArgumentException.class,
                () -> new GraphExport(2, new int[] {0}, new int[] {2}, null));
    }

    private void assertNoTempFiles() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "temporary file left");
        }
    }
}
