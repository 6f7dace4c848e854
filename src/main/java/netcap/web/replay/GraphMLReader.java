package netcap.web.replay;

import netcap.InputException;
import netcap.io.GraphExport;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a GraphML file as written by {@link netcap.io.GraphMLWriter} (typed {@code <key>}s, one
 * {@code <graph>} of nodes and edges with {@code <data>}) back into a {@link GraphExport}, with the
 * JDK's streaming XML reader. Nodes are numbered in file order; absent numbers are NaN.
 */
final class GraphMLReader {
    private record Key(String name, String kind, GraphExport.Type type) {
    }

    private GraphMLReader() {
    }

    static GraphExport read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            XMLInputFactory f = XMLInputFactory.newFactory();
            f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader r = f.createXMLStreamReader(in, "UTF-8");
            Map<String, Key> keys = new LinkedHashMap<>();
            Map<String, Integer> nodeIds = new HashMap<>();
            Map<String, List<String>> nodeData = new LinkedHashMap<>();
            Map<String, List<String>> edgeData = new LinkedHashMap<>();
            List<int[]> edges = new ArrayList<>();
            Map<String, List<String>> current = null;
            int index = -1;
            String dataKey = null;
            StringBuilder text = new StringBuilder();
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "key" -> {
                            String type = attr(r, "attr.type");
                            Key k = new Key(attr(r, "attr.name"), attr(r, "for"), switch (type == null ? "string" : type) {
                                case "double", "float" -> GraphExport.Type.DOUBLE;
                                case "int", "long" -> GraphExport.Type.INT;
                                default -> GraphExport.Type.STRING;
                            });
                            keys.put(attr(r, "id"), k);
                            (("edge".equals(k.kind())) ? edgeData : nodeData).put(k.name(), new ArrayList<>());
                        }
                        case "node" -> {
                            index = nodeIds.size();
                            nodeIds.put(attr(r, "id"), index);
                            current = nodeData;
                        }
                        case "edge" -> {
                            Integer u = nodeIds.get(attr(r, "source"));
                            Integer v = nodeIds.get(attr(r, "target"));
                            if (u == null || v == null) {
                                throw new InputException(file + ": edge " + attr(r, "source") + "-" + attr(r, "target")
                                        + " names a node not declared before it");
                            }
                            index = edges.size();
                            edges.add(new int[] {u, v});
                            current = edgeData;
                        }
                        case "data" -> {
                            dataKey = attr(r, "key");
                            text.setLength(0);
                        }
                        default -> {
                        }
                    }
                } else if (ev == XMLStreamConstants.CHARACTERS && dataKey != null) {
                    text.append(r.getText());
                } else if (ev == XMLStreamConstants.END_ELEMENT && "data".equals(r.getLocalName()) && dataKey != null) {
                    Key k = keys.get(dataKey);
                    if (k != null && current != null && current.containsKey(k.name())) {
                        List<String> col = current.get(k.name());
                        while (col.size() < index) {
                            col.add(null);
                        }
                        col.add(text.toString());
                    }
                    dataKey = null;
                }
            }
            r.close();
            int n = nodeIds.size();
            int m = edges.size();
            int[] us = new int[m];
            int[] vs = new int[m];
            for (int e = 0; e < m; e++) {
                us[e] = Math.min(edges.get(e)[0], edges.get(e)[1]);
                vs[e] = Math.max(edges.get(e)[0], edges.get(e)[1]);
            }
            GraphExport g = new GraphExport(n, us, vs, null);
            for (Key k : keys.values()) {
                boolean edge = "edge".equals(k.kind());
                if (!edge && !"node".equals(k.kind())) {
                    continue;
                }
                List<String> vals = (edge ? edgeData : nodeData).get(k.name());
                GraphExport.Column c = column(k, vals, edge ? m : n, file);
                if (edge) {
                    g.addEdgeAttribute(c);
                } else {
                    g.addNodeAttribute(c);
                }
            }
            return g;
        } catch (XMLStreamException e) {
            throw new InputException(file + ": not valid GraphML: " + e.getMessage().replaceAll("\\s+", " "));
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage());
        }
    }

    private static GraphExport.Column column(Key k, List<String> vals, int size, Path file) {
        String cell = null;
        try {
            switch (k.type()) {
                case DOUBLE -> {
                    double[] d = new double[size];
                    for (int i = 0; i < size; i++) {
                        cell = i < vals.size() ? vals.get(i) : null;
                        d[i] = cell == null || cell.isBlank() ? Double.NaN : Double.parseDouble(cell.trim());
                    }
                    return GraphExport.Column.ofDouble(k.name(), d);
                }
                case INT -> {
                    int[] d = new int[size];
                    for (int i = 0; i < size; i++) {
                        cell = i < vals.size() ? vals.get(i) : null;
                        d[i] = cell == null || cell.isBlank() ? 0 : Integer.parseInt(cell.trim());
                    }
                    return GraphExport.Column.ofInt(k.name(), d);
                }
                default -> {
                    String[] d = new String[size];
                    for (int i = 0; i < size; i++) {
                        d[i] = i < vals.size() ? vals.get(i) : null;
                    }
                    return GraphExport.Column.ofString(k.name(), d);
                }
            }
        } catch (NumberFormatException e) {
            throw new InputException(file + ": attribute '" + k.name() + "' has the value '" + cell + "', not a number");
        }
    }

    private static String attr(XMLStreamReader r, String name) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals(name) || (r.getAttributePrefix(i) != null && !r.getAttributePrefix(i).isEmpty()
                    && (r.getAttributePrefix(i) + ":" + r.getAttributeLocalName(i)).equals(name))) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }
}
