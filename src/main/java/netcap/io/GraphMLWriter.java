package netcap.io;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a {@link GraphExport} as GraphML (http://graphml.graphdrawing.org), readable by
 * Gephi, yEd, igraph and networkx ({@code nx.read_graphml}). Node ids are {@code 0..n-1};
 * labels go in a string key {@code label}; attributes are declared as typed {@code <key>}s
 * ({@code double}, {@code int}, {@code string}) with ids {@code n0, n1, ...} for nodes and
 * {@code e0, e1, ...} for edges. O(n + m) time, streaming.
 */
public final class GraphMLWriter {
    /** The GraphML namespace. */
    public static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private GraphMLWriter() {
    }

    /** Writes {@code g} to {@code file} atomically. */
    public static void write(GraphExport g, Path file) {
        AtomicFiles.write(file, out -> write(g, out));
    }

    /** Writes {@code g} to {@code out} (UTF-8); does not close it. */
    public static void write(GraphExport g, OutputStream out) throws IOException {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            XmlText.indent(w, 0);
            w.writeStartElement("graphml");
            w.writeDefaultNamespace(NS);
            w.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            w.writeAttribute("xsi", "http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                    NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            if (g.labels() != null) {
                key(w, "label", "node", "label", GraphExport.Type.STRING);
            }
            List<GraphExport.Column> nc = g.nodeAttributes();
            List<GraphExport.Column> ec = g.edgeAttributes();
            for (int i = 0; i < nc.size(); i++) {
                key(w, "n" + i, "node", nc.get(i).name(), nc.get(i).type());
            }
            for (int i = 0; i < ec.size(); i++) {
                key(w, "e" + i, "edge", ec.get(i).name(), ec.get(i).type());
            }
            XmlText.indent(w, 1);
            w.writeStartElement("graph");
            w.writeAttribute("id", "G");
            w.writeAttribute("edgedefault", "undirected");
            String[] labels = g.labels();
            for (int u = 0; u < g.nodes(); u++) {
                XmlText.indent(w, 2);
                w.writeStartElement("node");
                w.writeAttribute("id", Integer.toString(u));
                if (labels != null && labels[u] != null) {
                    data(w, "label", labels[u]);
                }
                for (int i = 0; i < nc.size(); i++) {
                    if (nc.get(i).has(u)) {
                        data(w, "n" + i, nc.get(i).text(u));
                    }
                }
                w.writeEndElement();
            }
            for (int e = 0; e < g.edges(); e++) {
                XmlText.indent(w, 2);
                w.writeStartElement("edge");
                w.writeAttribute("id", "e" + e);
                w.writeAttribute("source", Integer.toString(g.source(e)));
                w.writeAttribute("target", Integer.toString(g.target(e)));
                for (int i = 0; i < ec.size(); i++) {
                    if (ec.get(i).has(e)) {
                        data(w, "e" + i, ec.get(i).text(e));
                    }
                }
                w.writeEndElement();
            }
            XmlText.indent(w, 1);
            w.writeEndElement();
            XmlText.indent(w, 0);
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GraphML: " + e.getMessage(), e);
        }
    }

    private static void key(XMLStreamWriter w, String id, String kind, String name, GraphExport.Type type)
            throws XMLStreamException {
        XmlText.indent(w, 1);
        w.writeEmptyElement("key");
        w.writeAttribute("id", id);
        w.writeAttribute("for", kind);
        w.writeAttribute("attr.name", XmlText.clean(name));
        w.writeAttribute("attr.type", switch (type) {
            case DOUBLE -> "double";
            case INT -> "int";
            case STRING -> "string";
        });
    }

    private static void data(XMLStreamWriter w, String key, String value) throws XMLStreamException {
        w.writeStartElement("data");
        w.writeAttribute("key", key);
        w.writeCharacters(XmlText.clean(value));
        w.writeEndElement();
    }
}
