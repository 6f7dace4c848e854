package netcap.io;

import netcap.world.Agents;
import netcap.world.Graph;
import netcap.world.MultiplexNetwork;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A neutral description of an undirected network to write to a file: {@code n} nodes with
 * optional labels and typed attribute columns, and undirected edges {@code (u, v)} with typed
 * attribute columns. Writers ({@link GraphMLWriter}, {@link GexfWriter}) read it; builders make
 * it from a {@link Graph} or from a simulation's {@link MultiplexNetwork} and {@link Agents}.
 *
 * <p>The arrays are held, not copied: do not change them while writing. Node ids are
 * {@code 0..n-1}; attribute names are unique per kind (node or edge).
 */
public final class GraphExport {
    /** Value type of an attribute column. */
    public enum Type {
        DOUBLE, INT, STRING
    }

    /**
     * One attribute column: a name, a type and one value per node (or edge), held in a
     * {@code double[]}, {@code int[]} or {@code String[]} (null strings are written as absent).
     */
    public static final class Column {
        private final String name;
        private final Type type;
        private final double[] doubles;
        private final int[] ints;
        private final String[] strings;

        private Column(String name, Type type, double[] d, int[] i, String[] s) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("attribute name must not be blank");
            }
            this.name = name;
            this.type = type;
            this.doubles = d;
            this.ints = i;
            this.strings = s;
        }

        public static Column ofDouble(String name, double[] values) {
            return new Column(name, Type.DOUBLE, Objects.requireNonNull(values), null, null);
        }

        public static Column ofInt(String name, int[] values) {
            return new Column(name, Type.INT, null, Objects.requireNonNull(values), null);
        }

        public static Column ofString(String name, String[] values) {
            return new Column(name, Type.STRING, null, null, Objects.requireNonNull(values));
        }

        public String name() {
            return name;
        }

        public Type type() {
            return type;
        }

        /** Number of values. */
        public int size() {
            return switch (type) {
                case DOUBLE -> doubles.length;
                case INT -> ints.length;
                case STRING -> strings.length;
            };
        }

        /** Whether element {@code i} has a value (false only for a null string). */
        public boolean has(int i) {
            return type != Type.STRING || strings[i] != null;
        }

        /** Element {@code i} as text: {@link Double#toString}, {@link Integer#toString} or the string. */
        public String text(int i) {
            return switch (type) {
                case DOUBLE -> Double.toString(doubles[i]);
                case INT -> Integer.toString(ints[i]);
                case STRING -> strings[i];
            };
        }

        public double doubleValue(int i) {
            return doubles[i];
        }

        public int intValue(int i) {
            return ints[i];
        }

        public String stringValue(int i) {
            return strings[i];
        }
    }

    private final int n;
    private final int[] us;
    private final int[] vs;
    private final String[] labels;
    private final List<Column> nodeColumns = new ArrayList<>();
    private final List<Column> edgeColumns = new ArrayList<>();

    /**
     * A network of {@code n} nodes and the undirected edges {@code (us[i], vs[i])}.
     *
     * @param labels node labels (null entries allowed), or null for none
     * @throws IllegalArgumentException on lengths that differ or endpoints outside 0..n-1
     */
    public GraphExport(int n, int[] us, int[] vs, String[] labels) {
        if (n < 0) {
            throw new IllegalArgumentException("number of nodes must be >= 0, was " + n);
        }
        if (us.length != vs.length) {
            throw new IllegalArgumentException("edge arrays differ in length: " + us.length + " vs " + vs.length);
        }
        for (int i = 0; i < us.length; i++) {
            if (us[i] < 0 || us[i] >= n || vs[i] < 0 || vs[i] >= n) {
                throw new IllegalArgumentException("edge " + us[i] + "-" + vs[i] + " has an endpoint outside 0.." + (n - 1));
            }
        }
        if (labels != null && labels.length != n) {
            throw new IllegalArgumentException(labels.length + " labels for " + n + " nodes");
        }
        this.n = n;
        this.us = us;
        this.vs = vs;
        this.labels = labels;
    }

    /** Adds a node attribute column of length {@link #nodes()}; returns this. */
    public GraphExport addNodeAttribute(Column c) {
        add(nodeColumns, c, n, "node");
        return this;
    }

    /** Adds an edge attribute column of length {@link #edges()}; returns this. */
    public GraphExport addEdgeAttribute(Column c) {
        add(edgeColumns, c, us.length, "edge");
        return this;
    }

    private static void add(List<Column> list, Column c, int len, String kind) {
        if (c.size() != len) {
            throw new IllegalArgumentException(kind + " attribute '" + c.name() + "' has " + c.size()
                    + " values for " + len + " " + kind + "s");
        }
        for (Column o : list) {
            if (o.name().equals(c.name())) {
                throw new IllegalArgumentException("duplicate " + kind + " attribute '" + c.name() + "'");
            }
        }
        list.add(c);
    }

    public int nodes() {
        return n;
    }

    public int edges() {
        return us.length;
    }

    public int source(int e) {
        return us[e];
    }

    public int target(int e) {
        return vs[e];
    }

    /** Node labels, or null. */
    public String[] labels() {
        return labels;
    }

    public List<Column> nodeAttributes() {
        return Collections.unmodifiableList(nodeColumns);
    }

    public List<Column> edgeAttributes() {
        return Collections.unmodifiableList(edgeColumns);
    }

    // ------------------------------------------------------------------ builders

    /** The edges of {@code g} ({@code u < v}, ascending) with a {@code degree} node attribute. */
    public static GraphExport of(Graph g, String[] labels) {
        int m = (int) g.edges();
        int[] us = new int[m];
        int[] vs = new int[m];
        int[] off = g.offsets();
        int[] adj = g.adjacency();
        int k = 0;
        for (int u = 0; u < g.nodes(); u++) {
            for (int i = off[u]; i < off[u + 1]; i++) {
                if (u < adj[i]) {
                    us[k] = u;
                    vs[k] = adj[i];
                    k++;
                }
            }
        }
        int[] degree = new int[g.nodes()];
        for (int u = 0; u < degree.length; u++) {
            degree[u] = g.degree(u);
        }
        return new GraphExport(g.nodes(), us, vs, labels)
                .addNodeAttribute(Column.ofInt("degree", degree));
    }

    /** Names of membership statuses, indexed by {@link Agents#status} value. */
    public static final List<String> STATUS_NAMES = List.of("notJoined", "member", "left");
    /** Names of strategies, indexed by {@link Agents#strategy} value. */
    public static final List<String> STRATEGY_NAMES = List.of("contributor", "freeRider", "conditional");
    /** Names of contact strategies, indexed by {@link Agents#contact} value ({@link Agents#SELLER}, {@link Agents#STALKER}). */
    public static final List<String> CONTACT_NAMES = List.of("seller", "stalker");

    /**
     * A simulation snapshot: every tie of {@code net} (any layer) with edge attributes
     * {@code level} (int 0..4), {@code levelName}, {@code layers} (layer names joined by
     * {@code |}, e.g. {@code physical|forum}), {@code trustUV} (trust of the lower id u in v)
     * and {@code trustVU}; and node attributes {@code generalTrust}, {@code activity},
     * {@code reputation}, {@code satisfaction}, {@code status} and {@code strategy} (names),
     * {@code region}, {@code x}, {@code y}, {@code tacitTotal} and {@code explicitTotal} (sums
     * over domains) and {@code degree}. O(n &middot; D + sum of degree&sup2;) for the trust look-ups.
     *
     * @throws IllegalArgumentException if there are fewer agents than nodes
     */
    public static GraphExport of(MultiplexNetwork net, Agents agents) {
        int n = net.nodes();
        if (agents.size() < n) {
            throw new IllegalArgumentException("network has " + n + " nodes but only " + agents.size() + " agents");
        }
        int m = (int) (net.tieEntries() / 2);
        int[] us = new int[m];
        int[] vs = new int[m];
        int[] level = new int[m];
        String[] levelName = new String[m];
        String[] layers = new String[m];
        double[] tuv = new double[m];
        double[] tvu = new double[m];
        int[] nbr = net.neighbors();
        float[] trust = net.trust();
        byte[] lv = net.levels();
        byte[] mask = net.layerMasks();
        String[] maskNames = new String[1 << net.layerCount()];
        int k = 0;
        for (int u = 0; u < n; u++) {
            int s = net.start(u);
            for (int i = s; i < s + net.degree(u); i++) {
                int v = nbr[i];
                if (u < v) {
                    us[k] = u;
                    vs[k] = v;
                    level[k] = lv[i];
                    levelName[k] = MultiplexNetwork.LEVEL_NAMES.get(lv[i]);
                    int msk = mask[i] & 0xff;
                    if (maskNames[msk] == null) {
                        maskNames[msk] = layerNames(net, msk);
                    }
                    layers[k] = maskNames[msk];
                    tuv[k] = trust[i];
                    tvu[k] = net.trust(v, u);
                    k++;
                }
            }
        }
        double[] tacit = new double[n];
        double[] explicit = new double[n];
        int dd = agents.domains;
        for (int u = 0; u < n; u++) {
            double t = 0;
            double e = 0;
            for (int d = 0; d < dd; d++) {
                t += agents.tacit[u * dd + d];
                e += agents.explicit[u * dd + d];
            }
            tacit[u] = t;
            explicit[u] = e;
        }
        String[] status = new String[n];
        String[] strategy = new String[n];
        int[] degree = new int[n];
        for (int u = 0; u < n; u++) {
            status[u] = name(STATUS_NAMES, agents.status[u]);
            strategy[u] = name(STRATEGY_NAMES, agents.strategy[u]);
            degree[u] = net.degree(u);
        }
        return new GraphExport(n, us, vs, null)
                .addNodeAttribute(Column.ofDouble("generalTrust", java.util.Arrays.copyOf(agents.generalTrust, n)))
                .addNodeAttribute(Column.ofDouble("activity", java.util.Arrays.copyOf(agents.activity, n)))
                .addNodeAttribute(Column.ofDouble("reputation", java.util.Arrays.copyOf(agents.reputation, n)))
                .addNodeAttribute(Column.ofDouble("satisfaction", java.util.Arrays.copyOf(agents.satisfaction, n)))
                .addNodeAttribute(Column.ofString("status", status))
                .addNodeAttribute(Column.ofString("strategy", strategy))
                .addNodeAttribute(Column.ofInt("region", java.util.Arrays.copyOf(agents.region, n)))
                .addNodeAttribute(Column.ofDouble("x", java.util.Arrays.copyOf(agents.x, n)))
                .addNodeAttribute(Column.ofDouble("y", java.util.Arrays.copyOf(agents.y, n)))
                .addNodeAttribute(Column.ofDouble("tacitTotal", tacit))
                .addNodeAttribute(Column.ofDouble("explicitTotal", explicit))
                .addNodeAttribute(Column.ofInt("degree", degree))
                .addEdgeAttribute(Column.ofInt("level", level))
                .addEdgeAttribute(Column.ofString("levelName", levelName))
                .addEdgeAttribute(Column.ofString("layers", layers))
                .addEdgeAttribute(Column.ofDouble("trustUV", tuv))
                .addEdgeAttribute(Column.ofDouble("trustVU", tvu));
    }

    private static String layerNames(MultiplexNetwork net, int mask) {
        StringBuilder b = new StringBuilder();
        for (int l = 0; l < net.layerCount(); l++) {
            if ((mask & (1 << l)) != 0) {
                if (b.length() > 0) {
                    b.append('|');
                }
                b.append(net.layerName(l));
            }
        }
        return b.toString();
    }

    private static String name(List<String> names, byte code) {
        return code >= 0 && code < names.size() ? names.get(code) : Integer.toString(code);
    }
}
