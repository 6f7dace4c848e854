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
import java.util.Arrays;

/**
 * Reads an undirected network from a CSV edge list {@code source,target[,weight]}.
 *
 * <p>Format: one edge per row; node ids are non-negative integers and the graph has
 * {@code max id + 1} nodes (ids that appear in no edge are isolated nodes). A header row is
 * optional: the first row is taken as a header when none of its fields is a number. Blank
 * lines and lines starting with {@code #} are skipped; fields are trimmed. The weight column
 * is optional per row (a row without one gets weight 1); weights are returned but the
 * {@link Graph} ignores them. Self-loops are dropped and repeated edges merged by
 * {@link Graph#fromEdges}.
 *
 * <p>Labels: when a sibling file {@code NAME.labels.csv} exists next to {@code NAME.csv}, it
 * is read as {@code id,label} rows (header optional, as above); a labelled id beyond the
 * largest edge id adds isolated nodes.
 *
 * <p>Every problem is an {@link InputException} with a one-line message naming the file and,
 * for a bad row, its line number: {@code karate.csv line 7: target "x" is not a non-negative
 * integer}. The file is named as the caller's {@link Path} prints.
 *
 * <p>Cost: O(rows) time; memory about 8 bytes per row plus the graph.
 */
public final class EdgeListReader {
    /** Suffix of the optional labels file next to {@code NAME.csv}. */
    public static final String LABELS_SUFFIX = ".labels.csv";
    /** The largest node id accepted (so that {@code max id + 1} is an int array length). */
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
     * @param file    the edge-list file
     * @param graph   the simple undirected graph on {@code max id + 1} nodes
     * @param edges   the rows as read (before self-loops are dropped and duplicates merged)
     * @param weights weight of each row of {@code edges}, or null when no row has a weight
     * @param labels  label of each node (null for unlabelled ids), or null without a labels file
     */
    public record EdgeData(Path file, Graph graph, EdgeList edges, double[] weights, String[] labels) {
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
        EdgeList edges = new EdgeList(1024);
        double[][] weightsHolder = {null};
        int[] maxId = {-1};
        parse(file, new String[] {"source", "target"}, (rec, line, where) -> {
            int u = id(rec.get(0), "source", where);
            if (rec.size() < 2) {
                throw new InputException(where + ": missing target column (expected source,target[,weight])");
            }
            int v = id(rec.get(1), "target", where);
            if (rec.size() > 3) {
                throw new InputException(where + ": " + rec.size() + " columns, expected source,target[,weight]");
            }
            int i = edges.size();
            edges.add(u, v);
            maxId[0] = Math.max(maxId[0], Math.max(u, v));
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
        if (edges.size() == 0) {
            throw new InputException(file + ": no edges (expected rows source,target[,weight])");
        }
        String[] labels = null;
        int n = maxId[0] + 1;
        Path labelsFile = labelsFile(file);
        if (withLabels && labelsFile != null && Files.isRegularFile(labelsFile)) {
            labels = readLabels(labelsFile, n);
            n = labels.length;
        }
        double[] weights = weightsHolder[0] == null ? null : Arrays.copyOf(weightsHolder[0], edges.size());
        return new EdgeData(file, Graph.fromEdges(n, edges), edges, weights, labels);
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

    /**
     * Reads {@code id,label} rows. The result has {@code max(nodes, max id + 1)} entries, null
     * where no label was given.
     */
    public static String[] readLabels(Path file, int nodes) {
        String[][] holder = {new String[Math.max(nodes, 16)]};
        int[] maxId = {nodes - 1};
        parse(file, new String[] {"id", "label"}, (rec, line, where) -> {
            int id = id(rec.get(0), "id", where);
            if (rec.size() < 2) {
                throw new InputException(where + ": missing label column (expected id,label)");
            }
            if (rec.size() > 2) {
                throw new InputException(where + ": " + rec.size() + " columns, expected id,label");
            }
            String[] l = holder[0];
            if (id >= l.length) {
                l = Arrays.copyOf(l, (int) Math.min(MAX_ID + 1L, Math.max(id + 1L, 2L * l.length)));
                holder[0] = l;
            }
            if (l[id] != null) {
                throw new InputException(where + ": id " + id + " is labelled twice");
            }
            l[id] = rec.get(1);
            maxId[0] = Math.max(maxId[0], id);
        });
        return Arrays.copyOf(holder[0], maxId[0] + 1);
    }

    @FunctionalInterface
    private interface RowHandler {
        void row(CSVRecord rec, long line, String where);
    }

    private static void parse(Path file, String[] header, RowHandler handler) {
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
            if (Double.isFinite(w)) {
                return w;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new InputException(where + ": weight \"" + s + "\" is not a finite number");
    }

    private static double[] ensure(double[] a, int len) {
        return len <= a.length ? a : Arrays.copyOf(a, Math.max(len, 2 * a.length));
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }
}
