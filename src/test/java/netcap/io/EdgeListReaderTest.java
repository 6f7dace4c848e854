package netcap.io;

import netcap.InputException;
import netcap.metrics.Networks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EdgeListReaderTest {
    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private String error(Path p) {
        InputException e = assertThrows(InputException.class, () -> EdgeListReader.read(p));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void readsKarateWithHeaderAndLabels() {
        EdgeListReader.EdgeData d = EdgeListReader.read(Networks.resource("karate.csv"));
        assertEquals(34, d.graph().nodes());
        assertEquals(78, d.graph().edges());
        assertEquals(78, d.edges().size());
        assertNull(d.weights());
        assertEquals(34, d.labels().length);
        assertEquals("2", d.labels()[2]);
        EdgeListReader.EdgeData f = EdgeListReader.read(Networks.resource("florentine.csv"));
        assertEquals("Acciaiuoli", f.labels()[0]);
        assertNull(EdgeListReader.read(Networks.resource("florentine.csv"), false).labels());
    }

    @Test
    void headerIsOptionalAndBlankAndCommentLinesAreSkipped() throws IOException {
        Path p = file("g.csv", "0,1\n\n# a comment\n1,2\n 2 , 5 \n");
        EdgeListReader.EdgeData d = EdgeListReader.read(p);
        assertEquals(4, d.graph().nodes());
        assertEquals(3, d.graph().edges());
        assertTrue(d.graph().hasEdge(2, 3));
        assertArrayEquals(new int[] {0, 1, 2, 5}, d.ids());
        assertNull(d.labels());
    }

    @Test
    void weightsAreReadAndMissingOnesAreOne() throws IOException {
        Path p = file("w.csv", "source,target,weight\n0,1\n1,2,2.5\n2,0,0.25\n0,1,3\n");
        EdgeListReader.EdgeData d = EdgeListReader.read(p);
        assertArrayEquals(new double[] {1.0, 2.5, 0.25, 3.0}, d.weights());
        assertEquals(3, d.graph().edges(), "duplicate edge merged");
    }

    @Test
    void labelsFileCanAddIsolatedNodes() throws IOException {
        Path p = file("net.csv", "0,1\n");
        file("net.labels.csv", "id,label\n0,Ann\n1,\"Bo, Jr.\"\n3,Cy\n");
        EdgeListReader.EdgeData d = EdgeListReader.read(p);
        assertEquals(3, d.graph().nodes());
        assertArrayEquals(new String[] {"Ann", "Bo, Jr.", "Cy"}, d.labels());
        assertArrayEquals(new int[] {0, 1, 3}, d.ids());
        assertEquals(dir.resolve("net.labels.csv"), EdgeListReader.labelsFile(p));
    }

    @Test
    void missingColumn() throws IOException {
        Path p = file("karate.csv", "source,target\n0,1\n2\n");
        assertEquals(p + " line 3: missing target column (expected source,target[,weight])", error(p));
    }

    @Test
    void tooManyColumns() throws IOException {
        Path p = file("karate.csv", "0,1,1.0,x\n");
        assertEquals(p + " line 1: 4 columns, expected source,target[,weight]", error(p));
    }

    @Test
    void nonNumericId() throws IOException {
        Path p = file("karate.csv", "source,target\n0,1\n0,2\n\n# note\n1,2\n3,x\n");
        assertEquals(p + " line 7: target \"x\" is not a non-negative integer", error(p));
        Path q = file("first.csv", "a1,0\n");
        // a first row with a number is data, not a header
        assertEquals(q + " line 1: source \"a1\" is not a non-negative integer", error(q));
        Path r = file("dec.csv", "0,1.5\n");
        assertEquals(r + " line 1: target \"1.5\" is not a non-negative integer", error(r));
    }

    @Test
    void negativeId() throws IOException {
        Path p = file("neg.csv", "source,target\n-3,1\n");
        assertEquals(p + " line 2: source \"-3\" is negative, ids must be non-negative integers", error(p));
    }

    @Test
    void tooLargeId() throws IOException {
        Path p = file("big.csv", "0,99999999999\n");
        assertEquals(p + " line 1: target \"99999999999\" is too large, ids must be at most "
                + EdgeListReader.MAX_ID, error(p));
    }

    @Test
    void emptyId() throws IOException {
        Path p = file("e.csv", "0,\n");
        assertEquals(p + " line 1: target is empty, expected a non-negative integer", error(p));
    }

    @Test
    void badWeight() throws IOException {
        Path p = file("bw.csv", "0,1,heavy\n");
        assertEquals(p + " line 1: weight \"heavy\" is not a finite number; weights must be finite numbers >= 0", error(p));
        Path q = file("nan.csv", "0,1,NaN\n");
        assertEquals(q + " line 1: weight \"NaN\" is not a finite number; weights must be finite numbers >= 0", error(q));
    }

    @Test
    void emptyFile() throws IOException {
        Path p = file("empty.csv", "");
        assertEquals(p + ": file is empty (expected rows source,target)", error(p));
        Path blank = file("blank.csv", "\n\n# only a comment\n");
        assertEquals(blank + ": file is empty (expected rows source,target)", error(blank));
    }

    @Test
    void headerOnly() throws IOException {
        Path p = file("h.csv", "source,target\n");
        assertEquals(p + ": no edges (expected rows source,target[,weight])", error(p));
    }

    @Test
    void missingFile() {
        Path p = dir.resolve("nope.csv");
        assertEquals(p + ": file not found", error(p));
    }

    @Test
    void directoryInsteadOfFile() {
        assertEquals(dir + ": is a directory, expected a CSV file", error(dir));
    }

    @Test
    void malformedCsv() throws IOException {
        Path p = file("q.csv", "0,\"1\n");
        String msg = error(p);
        assertTrue(msg.startsWith(p + ": malformed CSV: "), msg);
    }

    @Test
    void badLabelsFile() throws IOException {
        Path p = file("lab.csv", "0,1\n");
        Path l = file("lab.labels.csv", "id,label\n0,A\n0,B\n");
        assertEquals(l + " line 3: id 0 is labelled twice", error(p));
        file("lab.labels.csv", "id,label\nx,A\n");
        assertEquals(l + " line 2: id \"x\" is not a non-negative integer", error(p));
        file("lab.labels.csv", "0\n");
        assertEquals(l + " line 1: missing label column (expected id,label)", error(p));
    }

    // ---- ids are labels

    @Test
    void oneBasedIdsGiveNoExtraIsolatedNode() throws IOException {
        Path p = file("one.csv", "source,target\n1,2\n2,3\n3,1\n");
        EdgeListReader.EdgeData d = EdgeListReader.read(p);
        assertEquals(3, d.graph().nodes());
        assertEquals(3, d.graph().edges());
        assertArrayEquals(new int[] {1, 2, 3}, d.ids());
        assertFalse(d.idsAreIndices());
    }

    @Test
    void aHugeIdDoesNotCreateMillionsOfNodes() throws IOException {
        Path p = file("huge.csv", "0,50000000\n");
        EdgeListReader.EdgeData d = EdgeListReader.read(p);
        assertEquals(2, d.graph().nodes());
        assertArrayEquals(new int[] {0, 50000000}, d.ids());
        Path q = file("huger.csv", "0,2000000000\n");
        assertEquals(2, EdgeListReader.read(q).graph().nodes());
    }

    @Test
    void idsAreNumberedInIncreasingNumericOrder() throws IOException {
        Path p = file("gaps.csv", "100,7\n7,20\n");
        EdgeListReader.EdgeData d = EdgeListReader.read(p);
        assertArrayEquals(new int[] {7, 20, 100}, d.ids());
        assertTrue(d.graph().hasEdge(0, 2)); // 7-100
        assertTrue(d.graph().hasEdge(0, 1)); // 7-20
        assertFalse(d.graph().hasEdge(1, 2));
    }

    @Test
    void zeroBasedFilesKeepTheirNumbering() {
        EdgeListReader.EdgeData d = EdgeListReader.read(Networks.resource("karate.csv"));
        assertTrue(d.idsAreIndices());
        for (int i = 0; i < 34; i++) {
            assertEquals(i, d.ids()[i]);
        }
        assertEquals(0, d.selfLoops());
        assertEquals(0, d.duplicates());
        assertTrue(d.warnings().isEmpty());
    }

    // ---- self-loops and duplicates are counted and reported

    @Test
    void selfLoopsAndDuplicateTiesAreCountedAndWarned() throws IOException {
        Path p = file("dup.csv", "0,1\n1,0\n0,1\n2,2\n1,2\n3,3\n");
        EdgeListReader.EdgeData d = EdgeListReader.read(p);
        assertEquals(2, d.graph().edges());
        assertEquals(2, d.selfLoops());
        assertEquals(2, d.duplicates());
        assertEquals(java.util.List.of(
                p + ": dropped 2 self-loops (a tie from a node to itself)",
                p + ": merged 2 duplicate ties (the same pair on several rows, in either direction)"), d.warnings());
        assertEquals(2, d.counts().get("selfLoopsDropped"));
        assertEquals(2, d.counts().get("duplicateTiesMerged"));
    }

    // ---- weights must be >= 0

    @Test
    void negativeWeightIsRefusedWithFileLineAndValue() throws IOException {
        Path p = file("nw.csv", "source,target,weight\n0,1,2\n1,2,-0.5\n");
        assertEquals(p + " line 3: weight \"-0.5\" is negative; weights must be finite numbers >= 0", error(p));
        Path q = file("inf.csv", "0,1,Infinity\n");
        assertEquals(q + " line 1: weight \"Infinity\" is not a finite number; weights must be finite numbers >= 0", error(q));
    }

    // ---- a header must name its columns

    @Test
    void anUnknownHeaderIsRefused() throws IOException {
        Path p = file("abc.csv", "a,b,c\n0,1,2\n");
        assertEquals(p + " line 1: header \"a,b,c\" is not allowed; expected source,target or source,target,weight"
                + " (case-insensitive), or no header", error(p));
        Path q = file("from.csv", "from,to\n0,1\n");
        assertTrue(error(q).contains("header \"from,to\" is not allowed"));
    }

    @Test
    void theAllowedHeadersAreCaseInsensitive() throws IOException {
        assertEquals(1, EdgeListReader.read(file("h1.csv", "Source,TARGET\n0,1\n")).graph().edges());
        assertEquals(1, EdgeListReader.read(file("h2.csv", "source,target,Weight\n0,1,2\n")).graph().edges());
        assertEquals(1, EdgeListReader.read(file("h3.csv", "\uFEFFsource,target\n0,1\n")).graph().edges());
    }

    @Test
    void aLabelsFileHeaderMustBeIdLabel() throws IOException {
        Path p = file("lab.csv", "0,1\n");
        Path l = file("lab.labels.csv", "node,name\n0,Ann\n");
        InputException e = assertThrows(InputException.class, () -> EdgeListReader.read(p));
        assertEquals(l + " line 1: header \"node,name\" is not allowed; expected id,label (case-insensitive), or no header",
                e.getMessage());
    }

    @Test
    void labelsFollowTheIdsOfAOneBasedFile() throws IOException {
        Path p = file("ob.csv", "1,2\n2,3\n");
        file("ob.labels.csv", "id,label\n1,Ann\n2,Bo\n3,Cy\n");
        assertArrayEquals(new String[] {"Ann", "Bo", "Cy"}, EdgeListReader.read(p).labels());
    }

    @Test
    void karateIdsAreTheMembersNumbersInNumericOrder() {
        // Zachary's members are numbered 0..33; the labels once followed the string order 0, 1, 10, 11, ...
        EdgeListReader.EdgeData d = EdgeListReader.read(Networks.resource("karate.csv"));
        for (int i = 0; i < 34; i++) {
            assertEquals(String.valueOf(i), d.labels()[i]);
        }
        assertEquals(16, d.graph().degree(0), "the instructor");
        assertEquals(17, d.graph().degree(33), "the administrator");
        assertEquals(1, d.graph().degree(11), "member 11 has one friend, the instructor");
        assertTrue(d.graph().hasEdge(0, 11));
        assertEquals(12, d.graph().degree(32));
    }
}
