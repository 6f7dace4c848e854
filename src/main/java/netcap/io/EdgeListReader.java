package netcap.io;

import netcap.InputException;
import netcap.world.EdgeList;
import netcap.world.Graph;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads an undirected network from a CSV edge list {@code source,target[,weight]}.
 *
 * <p>Format: one edge per row. Node ids are labels: non-negative integers, not necessarily
 * starting at 0 nor contiguous. The distinct ids are numbered 0..n-1 in increasing numeric order
 * (so a file using 0..n-1 keeps its numbering, a 1-based file gets no extra node, and the row
 * {@code 0,2000000000} gives 2 nodes); {@link EdgeData#ids()} gives each node's id in the file.
 * A header row is optional; when the first row has no number it must be {@code source,target}
 * or {@code source,target,weight} (case-insensitive), anything else is refused. Blank lines and
 * lines starting with {@code #} are skipped; fields are trimmed. The weight column is optional
 * per row (a row without one gets weight 1); a weight must be a finite number &gt;= 0; weights
 * are returned but the {@link Graph} ignores them. Self-loops are dropped and repeated ties
 * (in either direction) merged; {@link EdgeData#selfLoops()} and {@link EdgeData#duplicates()}
 * count them and {@link EdgeData#warnings()} describes them for the user.
 *
 * <p>Labels: when a sibling file {@code NAME.labels.csv} exists next to {@code NAME.csv}, it
 * is read as {@code id,label} rows (header {@code id,label} optional); a labelled id that
 * appears in no edge adds an isolated node.
 *
 * <p>Every problem is an {@link InputException} with a one-line message naming the file and,
 * for a bad row, its line number: {@code karate.csv line 7: target "x" is not a non-negative
 * integer}. The file is named as the caller's {@link Path} prints.
 *
 * <p>Cost: O(rows log rows) time; memory about 24 bytes per row plus the graph.
 */
public final class EdgeListReader {
    /** Suffix of the optional labels file next to {@code NAME.csv}. */
    public static final String LABELS_SUFFIX = ".labels.csv";
    /** The largest node id accepted. */
    public static final int MAX_ID = Integer.MAX_VALUE - 9;

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .setCommentMarker('#')
            .get();

    private EdgeListReader() {
    }

    /**
     * What was read.
     *
     * @param file       the edge-list file
     * @param graph      the simple undirected graph on the distinct ids, numbered 0..n-1 in increasing id order
     * @param edges      the rows as read, in node numbers (before self-loops are dropped and duplicates merged)
     * @param weights    weight of each row of {@code edges}, or null when no row has a weight
     * @param labels     label of each node (null for unlabelled nodes), or null without a labels file
     * @param ids        the id in the file of each node, increasing
     * @param selfLoops  rows whose source and target are the same id (dropped)
     * @param duplicates rows repeating a tie of an earlier row, in either direction (merged)
     */
    public record EdgeData(Path file, Graph graph, EdgeList edges, double[] weights, String[] labels,
                           int[] ids, int selfLoops, int duplicates) {
        /** True when the ids are exactly 0..n-1 (node numbers and file ids agree). */
        public boolean idsAreIndices() {
            return ids.length == 0 || ids[ids.length - 1] == ids.length - 1;
        }

        /** One line per problem that was repaired (self-loops dropped, duplicate ties merged); empty when none. */
        public List<String> warnings() {
            List<String> w = new ArrayList<>();
            if (selfLoops > 0) {
                w.add(file + ": dropped " + selfLoops + (selfLoops == 1 ? " self-loop" : " self-loops")
                        + " (a tie from a node to itself)");
            }
            if (duplicates > 0) {
                w.add(file + ": merged " + duplicates + (duplicates == 1 ? " duplicate tie" : " duplicate ties")
                        + " (the same pair on several rows, in either direction)");
            }
            return w;
        }

        /** The counts for JSON output and manifests: {@code nodes, ties, selfLoopsDropped, duplicateTiesMerged}. */
        public Map<String, Object> counts() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("nodes", graph.nodes());
            m.put("ties", graph.edges());
            m.put("selfLoopsDropped", selfLoops);
            m.put("duplicateTiesMerged", duplicates);
            return m;
        }
    }

    /** Reads {@code file} and, when it exists, its sibling labels file. */
    public static EdgeData read(Path file) {
        return read(file, true);
    }

    /**
     * Reads {@code file}; reads the sibling {@code NAME.labels.csv} too when
     * {@code withLabels} and it exists.
     *
     * @throws InputException on any problem with either file
     */
    public static EdgeData read(Path file, boolean withLabels) {
        EdgeList raw = new EdgeList(1024);
        double[][] weightsHolder = {null};
        parse(file, new String[] {"source", "target"}, new String[] {"weight"}, (rec, line, where) -> {
            int u = id(rec.get(0), "source", where);
            if (rec.size() < 2) {
                throw new InputException(where + ": missing target column (expected source,target[,weight])");
            }
            int v = id(rec.get(1), "target", where);
            if (rec.size() > 3) {
                throw new InputException(where + ": " + rec.size() + " columns, expected source,target[,weight]");
            }
            int i = raw.size();
            raw.add(u, v);
            double[] w = weightsHolder[0];
            if (rec.size() == 3) {
                if (w == null) {
                    w = new double[Math.max(16, i + 1)];
                    Arrays.fill(w, 0, i, 1.0);
                }
                w = ensure(w, i + 1);
                w[i] = weight(rec.get(2), where);
                weightsHolder[0] = w;
            } else if (w != null) {
                w = ensure(w, i + 1);
                w[i] = 1.0;
                weightsHolder[0] = w;
            }
        });
        if (raw.size() == 0) {
            throw new InputException(file + ": no edges (expected rows source,target[,weight])");
        }
        Map<Integer, String> labelled = null;
        Path labelsFile = labelsFile(file);
        if (withLabels && labelsFile != null && Files.isRegularFile(labelsFile)) {
            labelled = readLabelMap(labelsFile);
        }
        int m = raw.size();
        int extra = labelled == null ? 0 : labelled.size();
        int[] all = new int[2 * m + extra];
        for (int i = 0; i < m; i++) {
            all[2 * i] = raw.source(i);
            all[2 * i + 1] = raw.target(i);
        }
        if (labelled != null) {
            int k = 2 * m;
            for (int id : labelled.keySet()) {
                all[k++] = id;
            }
        }
        Arrays.sort(all);
        int n = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                all[n++] = all[i];
            }
        }
        int[] ids = Arrays.copyOf(all, n);
        EdgeList edges = new EdgeList(m);
        long[] pairs = new long[m];
        int selfLoops = 0;
        int kept = 0;
        for (int i = 0; i < m; i++) {
            int u = Arrays.binarySearch(ids, raw.source(i));
            int v = Arrays.binarySearch(ids, raw.target(i));
            edges.add(u, v);
            if (u == v) {
                selfLoops++;
            } else {
                pairs[kept++] = ((long) Math.min(u, v) << 32) | Math.max(u, v);
            }
        }
        Arrays.sort(pairs, 0, kept);
        int duplicates = 0;
        for (int i = 1; i < kept; i++) {
            if (pairs[i] == pairs[i - 1]) {
                duplicates++;
            }
        }
        String[] labels = null;
        if (labelled != null) {
            labels = new String[n];
            for (Map.Entry<Integer, String> e : labelled.entrySet()) {
                labels[Arrays.binarySearch(ids, e.getKey())] = e.getValue();
            }
        }
        double[] weights = weightsHolder[0] == null ? null : Arrays.copyOf(weightsHolder[0], m);
        return new EdgeData(file, Graph.fromEdges(n, edges), edges, weights, labels, ids, selfLoops, duplicates);
    }

    /** The sibling labels file of {@code file} ({@code NAME.csv -> NAME.labels.csv}), or null. */
    public static Path labelsFile(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return null;
        }
        String s = name.toString();
        String base = s.endsWith(".csv") ? s.substring(0, s.length() - 4) : s;
        return file.resolveSibling(base + LABELS_SUFFIX);
    }

    /** Reads {@code id,label} rows: each labelled id and its label, in increasing id order. */
    public static Map<Integer, String> readLabelMap(Path file) {
        Map<Integer, String> labels = new TreeMap<>();
        parse(file, new String[] {"id", "label"}, new String[0], (rec, line, where) -> {
            int id = id(rec.get(0), "id", where);
            if (rec.size() < 2) {
                throw new InputException(where + ": missing label column (expected id,label)");
            }
            if (rec.size() > 2) {
                throw new InputException(where + ": " + rec.size() + " columns, expected id,label");
            }
            if (labels.putIfAbsent(id, rec.get(1)) != null) {
                throw new InputException(where + ": id " + id + " is labelled twice");
            }
        });
        return labels;
    }

    @FunctionalInterface
    private interface RowHandler {
        void row(CSVRecord rec, long line, String where);
    }

    /**
     * Parses {@code file} row by row. A first row without a number is a header: it must be the
     * {@code header} columns, optionally followed by the {@code optional} ones, case-insensitive.
     */
    private static void parse(Path file, String[] header, String[] optional, RowHandler handler) {
        if (!Files.exists(file)) {
            throw new InputException(file + ": file not found");
        }
        if (Files.isDirectory(file)) {
            throw new InputException(file + ": is a directory, expected a CSV file");
        }
        boolean any = false;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.builder().setReader(r).setFormat(FORMAT).get()) {
            boolean first = true;
            for (CSVRecord rec : p) {
                long line = p.getCurrentLineNumber();
                String where = file + " line " + line;
                if (first) {
                    first = false;
                    any = true;
                    if (isHeader(rec)) {
                        checkHeader(rec, header, optional, where);
                        continue;
                    }
                }
                handler.row(rec, line, where);
            }
        } catch (UncheckedIOException e) {
            throw new InputException(file + ": malformed CSV: " + oneLine(e.getCause().getMessage()), e);
        } catch (IllegalStateException e) {
            throw new InputException(file + ": malformed CSV: " + oneLine(e.getMessage()), e);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + oneLine(String.valueOf(e.getMessage())), e);
        }
        if (!any) {
            throw new InputException(file + ": file is empty (expected rows " + String.join(",", header) + ")");
        }
    }

    private static void checkHeader(CSVRecord rec, String[] header, String[] optional, String where) {
        List<String> got = new ArrayList<>();
        for (String v : rec) {
            got.add(strip(v));
        }
        List<String> allowed = new ArrayList<>();
        List<String> cols = new ArrayList<>(Arrays.asList(header));
        allowed.add(String.join(",", cols));
        for (String o : optional) {
            cols.add(o);
            allowed.add(String.join(",", cols));
        }
        for (int k = header.length; k <= cols.size(); k++) {
            if (got.size() == k) {
                boolean same = true;
                for (int i = 0; i < k; i++) {
                    same &= got.get(i).equalsIgnoreCase(cols.get(i));
                }
                if (same) {
                    return;
                }
            }
        }
        throw new InputException(where + ": header \"" + String.join(",", got) + "\" is not allowed; expected "
                + String.join(" or ", allowed) + " (case-insensitive), or no header");
    }

    private static boolean isHeader(CSVRecord rec) {
        boolean text = false;
        for (String v : rec) {
            String s = strip(v);
            if (s.isEmpty()) {
                continue;
            }
            try {
                Double.parseDouble(s);
                return false;
            } catch (NumberFormatException e) {
                text = true;
            }
        }
        return text;
    }

    private static String strip(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1).trim() : s;
    }

    private static int id(String raw, String column, String where) {
        String s = strip(raw);
        if (s.isEmpty()) {
            throw new InputException(where + ": " + column + " is empty, expected a non-negative integer");
        }
        boolean negative = s.charAt(0) == '-';
        for (int i = negative ? 1 : 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new InputException(where + ": " + column + " \"" + s + "\" is not a non-negative integer");
            }
        }
        if (negative) {
            throw new InputException(where + ": " + column + " \"" + s + "\" is negative, ids must be non-negative integers");
        }
        if (s.length() > 10 || Long.parseLong(s) > MAX_ID) {
            throw new InputException(where + ": " + column + " \"" + s + "\" is too large, ids must be at most " + MAX_ID);
        }
        return Integer.parseInt(s);
    }

    private static double weight(String s, String where) {
        try {
            double w = Double.parseDouble(s);
            if (Double.isFinite(w) && w < 0) {
                throw new InputException(where + ": weight \"" + s + "\" is negative; weights must be finite numbers >= 0");
            }
            if (Double.isFinite(w)) {
                return w;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new InputException(where + ": weight \"" + s + "\" is not a finite number; weights must be finite numbers >= 0");
    }

    private static double[] ensure(double[] a, int len) {
        return len <= a.length ? a : Arrays.copyOf(a, Math.max(len, 2 * a.length));
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }
}
