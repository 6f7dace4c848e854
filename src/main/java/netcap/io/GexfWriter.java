package netcap.io;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a {@link GraphExport} as GEXF 1.2 ({@code http://www.gexf.net/1.2draft}), the format
 * Gephi uses natively; networkx reads it with {@code nx.read_gexf} (whose default version is
 * 1.2draft, hence this version rather than 1.3). Node ids are {@code 0..n-1} with their label
 * (the id when unlabelled); attributes are declared per class with types {@code double},
 * {@code integer} and {@code string} and ids {@code 0, 1, ...}. O(n + m) time, streaming.
 */
public final class GexfWriter {
    /** The GEXF 1.2 namespace. */
    public static final String NS = "http://www.gexf.net/1.2draft";

    private GexfWriter() {
    }

    /** Writes {@code g} to {@code file} atomically. */
    public static void write(GraphExport g, Path file) {
        AtomicFiles.write(file, out -> write(g, out));
    }

    /** Writes {@code g} to {@code out} (UTF-8); does not close it. */
    public static void write(GraphExport g, OutputStream out) throws IOException {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            XmlText.indent(w, 0);
            w.writeStartElement("gexf");
            w.writeDefaultNamespace(NS);
            w.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            w.writeAttribute("xsi", "http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                    NS + " http://www.gexf.net/1.2draft/gexf.xsd");
            w.writeAttribute("version", "1.2");
            XmlText.indent(w, 1);
            w.writeStartElement("meta");
            XmlText.indent(w, 2);
            w.writeStartElement("creator");
            w.writeCharacters("netcap");
            w.writeEndElement();
            XmlText.indent(w, 1);
            w.writeEndElement();
            XmlText.indent(w, 1);
            w.writeStartElement("graph");
            w.writeAttribute("defaultedgetype", "undirected");
            w.writeAttribute("mode", "static");
            List<GraphExport.Column> nc = g.nodeAttributes();
            List<GraphExport.Column> ec = g.edgeAttributes();
            declare(w, "node", nc);
            declare(w, "edge", ec);

            XmlText.indent(w, 2);
            w.writeStartElement("nodes");
            String[] labels = g.labels();
            for (int u = 0; u < g.nodes(); u++) {
                XmlText.indent(w, 3);
                String id = Integer.toString(u);
                if (nc.isEmpty()) {
                    w.writeEmptyElement("node");
                } else {
                    w.writeStartElement("node");
                }
                w.writeAttribute("id", id);
                w.writeAttribute("label", labels != null && labels[u] != null ? XmlText.clean(labels[u]) : id);
                if (!nc.isEmpty()) {
                    values(w, nc, u);
                    w.writeEndElement();
                }
            }
            XmlText.indent(w, 2);
            w.writeEndElement();

            XmlText.indent(w, 2);
            w.writeStartElement("edges");
            for (int e = 0; e < g.edges(); e++) {
                XmlText.indent(w, 3);
                if (ec.isEmpty()) {
                    w.writeEmptyElement("edge");
                } else {
                    w.writeStartElement("edge");
                }
                w.writeAttribute("id", Integer.toString(e));
                w.writeAttribute("source", Integer.toString(g.source(e)));
                w.writeAttribute("target", Integer.toString(g.target(e)));
                if (!ec.isEmpty()) {
                    values(w, ec, e);
                    w.writeEndElement();
                }
            }
            XmlText.indent(w, 2);
            w.writeEndElement();
            XmlText.indent(w, 1);
            w.writeEndElement();
            XmlText.indent(w, 0);
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GEXF: " + e.getMessage(), e);
        }
    }

    private static void declare(XMLStreamWriter w, String cls, List<GraphExport.Column> cols) throws XMLStreamException {
        if (cols.isEmpty()) {
            return;
        }
        XmlText.indent(w, 2);
        w.writeStartElement("attributes");
        w.writeAttribute("class", cls);
        for (int i = 0; i < cols.size(); i++) {
            XmlText.indent(w, 3);
            w.writeEmptyElement("attribute");
            w.writeAttribute("id", Integer.toString(i));
            w.writeAttribute("title", XmlText.clean(cols.get(i).name()));
            w.writeAttribute("type", switch (cols.get(i).type()) {
                case DOUBLE -> "double";
                case INT -> "integer";
                case STRING -> "string";
            });
        }
        XmlText.indent(w, 2);
        w.writeEndElement();
    }

    private static void values(XMLStreamWriter w, List<GraphExport.Column> cols, int i) throws XMLStreamException {
        w.writeStartElement("attvalues");
        for (int c = 0; c < cols.size(); c++) {
            if (cols.get(c).has(i)) {
                w.writeEmptyElement("attvalue");
                w.writeAttribute("for", Integer.toString(c));
                w.writeAttribute("value", XmlText.clean(cols.get(c).text(i)));
            }
        }
        w.writeEndElement();
    }
}
