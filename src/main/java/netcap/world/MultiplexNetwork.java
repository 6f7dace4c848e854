package netcap.world;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A dynamic multiplex social network: one physical/regional layer (index {@link #PHYSICAL}) and
 * up to seven named virtual channels. Each undirected tie is stored as two directed entries,
 * one in each endpoint's block. An entry carries:
 * <ul>
 *   <li>the neighbour id ({@code int}),</li>
 *   <li>the owner's dyadic trust in that neighbour ({@code float} in [0,1]; directed: the two
 *       entries of a tie may differ),</li>
 *   <li>the relationship level 0..4 ({@link #STRANGER} .. {@link #CLOSE_FRIEND}; the same in
 *       both entries),</li>
 *   <li>the layer mask (bit {@code l} set when the tie exists in layer {@code l}; the same in
 *       both entries),</li>
 *   <li>an idle counter (steps since the owner last exchanged over the tie, saturating at 127)
 *       and an exchange counter (exchanges since the level last changed, saturating at 127).</li>
 * </ul>
 * Each entry also knows its twin, the index of the reverse entry in the other endpoint's block,
 * so the reverse direction of a tie is found in O(1). 16 bytes per directed entry. The entries of an agent are contiguous ({@code start(u) ..
 * start(u)+degree(u)}), so a step reads them as one run. Each block has spare capacity; when it
 * fills, the block moves to the end of the arrays with doubled capacity, and the arrays are
 * compacted when more than half of them is abandoned blocks. Entry indices are therefore stable
 * only until the next structural change (adding or removing a tie or a node).
 *
 * <p>Costs: {@link #find} is O(degree); {@link #addTie} and {@link #removeTie} are O(degree)
 * amortized. Not thread-safe for structural changes; concurrent writes to the trust, idle or
 * exchange of distinct entries are safe.
 */
public final class MultiplexNetwork implements Adjacency {
    /** Index of the physical/regional layer. */
    public static final int PHYSICAL = 0;
    /** Maximum number of layers (physical plus virtual). */
    public static final int MAX_LAYERS = 8;

    /** Relationship levels. */
    public static final int STRANGER = 0;
    public static final int ACQUAINTANCE = 1;
    public static final int CONTACT = 2;
    public static final int FRIEND = 3;
    public static final int CLOSE_FRIEND = 4;
    /** Names of the relationship levels, indexed by level. */
    public static final List<String> LEVEL_NAMES =
            List.of("stranger", "acquaintance", "contact", "friend", "closeFriend");

    private static final int MIN_BLOCK = 4;

    private final String[] layerNames;
    private int nodes;
    private int[] start;
    private int[] deg;
    private int[] cap;

    private int[] nbr;
    private float[] trust;
    private byte[] level;
    private byte[] layers;
    private byte[] idle;
    private byte[] exchanges;
    private int[] twin;
    private int used;
    private long entries;
    private long version;
    /**
     * Triangles through each node, kept up to date by every tie added or removed once
     * {@link #triangles()} was first asked for (null before); scratch marks for the update.
     */
    private long[] triangles;
    private int[] triangleMark;
    private int triangleStamp;

    /**
     * An empty network of {@code nodes} nodes.
     *
     * @param virtualLayers names of the virtual channels (layer 1, 2, ...); the physical layer is
     *                      always present and named "physical"
     */
    public MultiplexNetwork(int nodes, long expectedEntries, List<String> virtualLayers) {
        if (nodes < 0) {
            throw new IllegalArgumentException("number of nodes must be >= 0, was " + nodes);
        }
        if (virtualLayers.size() + 1 > MAX_LAYERS) {
            throw new IllegalArgumentException("at most " + (MAX_LAYERS - 1) + " virtual layers, got " + virtualLayers.size());
        }
        List<String> names = new ArrayList<>();
        names.add("physical");
        for (String v : virtualLayers) {
            if (names.contains(v)) {
                throw new IllegalArgumentException("duplicate layer name '" + v + "'");
            }
            names.add(v);
        }
        this.layerNames = names.toArray(new String[0]);
        this.nodes = nodes;
        int nodeCap = Math.max(nodes, 1);
        start = new int[nodeCap];
        deg = new int[nodeCap];
        cap = new int[nodeCap];
        long avg = nodes == 0 ? MIN_BLOCK : Math.max(MIN_BLOCK, expectedEntries / nodes);
        long total = Math.max(16, Math.min(Integer.MAX_VALUE - 8, Math.max(expectedEntries, (long) nodes * MIN_BLOCK) + expectedEntries / 4));
        allocateEntries((int) total);
        int blk = (int) Math.min(avg, Math.max(MIN_BLOCK, total / Math.max(1, nodes)));
        for (int u = 0; u < nodes; u++) {
            if (used + blk > nbr.length) {
                break;
            }
            start[u] = used;
            cap[u] = blk;
            used += blk;
        }
    }

    /**
     * A network holding every edge of {@code g} in the layers of {@code layerMask}, at level
     * {@code lvl}, with dyadic trust {@code t} in both directions. Each block gets about 25%
     * spare capacity.
     */
    public static MultiplexNetwork fromGraph(Graph g, List<String> virtualLayers, int layerMask, int lvl, float t) {
        int n = g.nodes();
        MultiplexNetwork net = new MultiplexNetwork(0, 0, virtualLayers);
        net.checkMask(layerMask);
        checkLevel(lvl);
        long total = 0;
        int[] capacities = new int[n];
        for (int u = 0; u < n; u++) {
            capacities[u] = Math.max(MIN_BLOCK, g.degree(u) + (g.degree(u) + 3) / 4);
            total += capacities[u];
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("graph too large: " + total + " entries");
        }
        net.nodes = n;
        net.start = new int[Math.max(n, 1)];
        net.deg = new int[Math.max(n, 1)];
        net.cap = new int[Math.max(n, 1)];
        net.allocateEntries((int) total + 16);
        int[] adj = g.adjacency();
        int pos = 0;
        for (int u = 0; u < n; u++) {
            net.start[u] = pos;
            net.cap[u] = capacities[u];
            int d = g.degree(u);
            System.arraycopy(adj, g.start(u), net.nbr, pos, d);
            Arrays.fill(net.trust, pos, pos + d, t);
            Arrays.fill(net.level, pos, pos + d, (byte) lvl);
            Arrays.fill(net.layers, pos, pos + d, (byte) layerMask);
            net.deg[u] = d;
            pos += capacities[u];
        }
        net.used = pos;
        net.entries = adj.length;
        for (int u = 0; u < n; u++) {
            int s = net.start[u];
            for (int i = s; i < s + net.deg[u]; i++) {
                int v = net.nbr[i];
                if (u < v) {
                    int j = net.start[v] + Arrays.binarySearch(adj, g.start(v), g.end(v), u) - g.start(v);
                    net.twin[i] = j;
                    net.twin[j] = i;
                }
            }
        }
        return net;
    }

    private void allocateEntries(int len) {
        nbr = new int[len];
        trust = new float[len];
        level = new byte[len];
        layers = new byte[len];
        idle = new byte[len];
        exchanges = new byte[len];
        twin = new int[len];
    }

    // ---------------------------------------------------------------- layers

    /** Number of layers (physical plus virtual). */
    public int layerCount() {
        return layerNames.length;
    }

    /** Name of layer {@code l}. */
    public String layerName(int l) {
        return layerNames[l];
    }

    /** Index of the named layer, or -1. */
    public int layerIndex(String name) {
        for (int i = 0; i < layerNames.length; i++) {
            if (layerNames[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Mask with every layer's bit set. */
    public int allLayersMask() {
        return (1 << layerNames.length) - 1;
    }

    /** The mask of one virtual channel drawn uniformly from {@code rng} (one draw, even with a single channel). */
    public int randomVirtualLayer(ec.util.MersenneTwisterFast rng) {
        return 1 << (1 + rng.nextInt(layerNames.length - 1));
    }

    /** Mask of the virtual layers. */
    public int virtualLayersMask() {
        return allLayersMask() & ~(1 << PHYSICAL);
    }

    private void checkMask(int mask) {
        if (mask <= 0 || (mask & ~allLayersMask()) != 0) {
            throw new IllegalArgumentException("layer mask " + Integer.toBinaryString(mask)
                    + " must be non-empty and name only layers 0.." + (layerNames.length - 1));
        }
    }

    private static void checkLevel(int lvl) {
        if (lvl < STRANGER || lvl > CLOSE_FRIEND) {
            throw new IllegalArgumentException("relationship level must be in 0..4, was " + lvl);
        }
    }

    // ---------------------------------------------------------------- nodes

    /** Number of nodes. */
    @Override
    public int nodes() {
        return nodes;
    }

    /** Adds an isolated node and returns its id. Amortized O(1). */
    public int addNode() {
        if (nodes == start.length) {
            int c = Math.max(4, nodes * 2);
            start = Arrays.copyOf(start, c);
            deg = Arrays.copyOf(deg, c);
            cap = Arrays.copyOf(cap, c);
        }
        int u = nodes++;
        version++;
        start[u] = 0;
        deg[u] = 0;
        cap[u] = 0;
        if (triangles != null && triangles.length < start.length) {
            triangles = Arrays.copyOf(triangles, start.length);
            triangleMark = Arrays.copyOf(triangleMark, start.length);
        }
        return u;
    }

    /** Degree (number of ties, in any layer) of {@code u}. */
    @Override
    public int degree(int u) {
        return deg[u];
    }

    /** Index of {@code u}'s first entry in the entry arrays. */
    @Override
    public int start(int u) {
        return start[u];
    }

    /**
     * Structural version: changes whenever a node or tie is added or removed or entries move
     * (never on trust, level, layer or counter updates), so derived structure (slices,
     * components) can be cached against it.
     */
    public long version() {
        return version;
    }

    /** Total directed tie entries (twice the number of ties). */
    public long tieEntries() {
        return entries;
    }

    // ---------------------------------------------------------------- entry arrays (hot loops)

    /** Neighbour ids by entry; valid until the next structural change. */
    @Override
    public int[] neighbors() {
        return nbr;
    }

    /** Dyadic trust by entry (owner's trust in the neighbour); writable. */
    public float[] trust() {
        return trust;
    }

    /** Relationship level by entry; change it with {@link #setLevel} to keep both ends equal. */
    public byte[] levels() {
        return level;
    }

    /** Layer mask by entry; change it with {@link #addTie}/{@link #removeLayer}. */
    public byte[] layerMasks() {
        return layers;
    }

    /** Idle counters by entry; writable. */
    public byte[] idle() {
        return idle;
    }

    /** Twin (reverse) entry index by entry: {@code twins()[e]} is the entry of the same tie in the neighbour's block. */
    public int[] twins() {
        return twin;
    }

    /** Exchange counters by entry; writable. */
    public byte[] exchanges() {
        return exchanges;
    }

    // ---------------------------------------------------------------- ties

    /** Entry index of the tie {@code u -> v}, or -1 when absent. O(degree(u)). */
    public int find(int u, int v) {
        int s = start[u];
        int e = s + deg[u];
        for (int i = s; i < e; i++) {
            if (nbr[i] == v) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code u} and {@code v} are tied in any layer. */
    public boolean hasTie(int u, int v) {
        return find(u, v) >= 0;
    }

    /**
     * Adds a tie between {@code u} and {@code v} in the layers of {@code layerMask}. When they
     * are already tied, the layers are added to the tie and its level and trust are kept.
     *
     * @return true when a new tie was created
     */
    public boolean addTie(int u, int v, int layerMask, int lvl, float trustUV, float trustVU) {
        checkNode(u);
        checkNode(v);
        if (u == v) {
            throw new IllegalArgumentException("self-tie on node " + u);
        }
        checkMask(layerMask);
        checkLevel(lvl);
        int e = find(u, v);
        if (e >= 0) {
            layers[e] |= (byte) layerMask;
            layers[twin[e]] = layers[e];
            return false;
        }
        version++;
        append(u, v, layerMask, lvl, trustUV);
        append(v, u, layerMask, lvl, trustVU);
        // the second append may have compacted the arrays: locate both new entries afresh
        int a = start[u] + deg[u] - 1;
        int b = start[v] + deg[v] - 1;
        twin[a] = b;
        twin[b] = a;
        entries += 2;
        if (triangles != null) {
            closeTriangles(u, v, 1);
        }
        return true;
    }

    private void checkNode(int u) {
        if (u < 0 || u >= nodes) {
            throw new IllegalArgumentException("node " + u + " outside 0.." + (nodes - 1));
        }
    }

    private int append(int u, int v, int mask, int lvl, float t) {
        if (deg[u] == cap[u]) {
            relocate(u, Math.max(MIN_BLOCK, cap[u] * 2));
        }
        int i = start[u] + deg[u]++;
        nbr[i] = v;
        trust[i] = t;
        level[i] = (byte) lvl;
        layers[i] = (byte) mask;
        idle[i] = 0;
        exchanges[i] = 0;
        return i;
    }

    private void relocate(int u, int newCap) {
        if (used + newCap > nbr.length) {
            long live = entries + newCap;
            if (used - live > used / 2) {
                compact(0.25);
            }
            if (used + newCap > nbr.length) {
                long len = Math.max((long) used + newCap, (long) (nbr.length * 1.5) + 16);
                if (len > Integer.MAX_VALUE - 8) {
                    throw new IllegalStateException("network exceeds " + (Integer.MAX_VALUE - 8) + " entry slots");
                }
                growEntries((int) len);
            }
        }
        int s = start[u];
        int d = deg[u];
        System.arraycopy(nbr, s, nbr, used, d);
        System.arraycopy(trust, s, trust, used, d);
        System.arraycopy(level, s, level, used, d);
        System.arraycopy(layers, s, layers, used, d);
        System.arraycopy(idle, s, idle, used, d);
        System.arraycopy(exchanges, s, exchanges, used, d);
        System.arraycopy(twin, s, twin, used, d);
        for (int i = used; i < used + d; i++) {
            twin[twin[i]] = i;
        }
        start[u] = used;
        cap[u] = newCap;
        used += newCap;
    }

    private void growEntries(int len) {
        nbr = Arrays.copyOf(nbr, len);
        trust = Arrays.copyOf(trust, len);
        level = Arrays.copyOf(level, len);
        layers = Arrays.copyOf(layers, len);
        idle = Arrays.copyOf(idle, len);
        exchanges = Arrays.copyOf(exchanges, len);
        twin = Arrays.copyOf(twin, len);
    }

    /**
     * Rewrites the entry arrays in node order with {@code slack} (e.g. 0.25) spare capacity per
     * block, dropping abandoned blocks. O(entries).
     */
    public void compact(double slack) {
        version++;
        long total = 16;
        for (int u = 0; u < nodes; u++) {
            total += Math.max(MIN_BLOCK, deg[u] + (long) Math.ceil(deg[u] * slack));
        }
        int[] nn = new int[(int) total];
        float[] nt = new float[(int) total];
        byte[] nl = new byte[(int) total];
        byte[] nm = new byte[(int) total];
        byte[] ni = new byte[(int) total];
        byte[] ne = new byte[(int) total];
        int[] nw = new int[(int) total];
        int[] newStart = new int[start.length];
        int[] oldStart = start.clone();
        int pos = 0;
        for (int u = 0; u < nodes; u++) {
            newStart[u] = pos;
            pos += Math.max(MIN_BLOCK, deg[u] + (int) Math.ceil(deg[u] * slack));
        }
        pos = 0;
        for (int u = 0; u < nodes; u++) {
            int s = start[u];
            int d = deg[u];
            System.arraycopy(nbr, s, nn, pos, d);
            System.arraycopy(trust, s, nt, pos, d);
            System.arraycopy(level, s, nl, pos, d);
            System.arraycopy(layers, s, nm, pos, d);
            System.arraycopy(idle, s, ni, pos, d);
            System.arraycopy(exchanges, s, ne, pos, d);
            for (int i = 0; i < d; i++) {
                int t = twin[s + i];
                int owner = nbr[s + i];
                // the twin keeps its offset within the neighbour's block
                nw[pos + i] = newStart[owner] + (t - oldStart[owner]);
            }
            start[u] = pos;
            cap[u] = Math.max(MIN_BLOCK, d + (int) Math.ceil(d * slack));
            pos += cap[u];
        }
        nbr = nn;
        trust = nt;
        level = nl;
        layers = nm;
        idle = ni;
        exchanges = ne;
        twin = nw;
        used = pos;
    }

    /**
     * Triangles through each node (element u: the ties among u's neighbours), over the ties of
     * every layer. The first call counts them ({@link TriangleCounter}, O(m sqrt(m))); from then
     * on every tie added or removed updates the counts of its two ends and their common
     * neighbours, O(deg(u) + deg(v)) per tie, so a model that asks every step pays for the ties
     * that changed, not for the whole network. The array is live (it may be longer than the
     * number of nodes) and must not be written.
     */
    public long[] triangles() {
        if (triangles == null) {
            long[] t = new TriangleCounter().count(this);
            triangles = Arrays.copyOf(t, Math.max(start.length, nodes));
            triangleMark = new int[triangles.length];
        }
        return triangles;
    }

    /** Adds {@code sign} to the triangles that the tie u-v closes: one per common neighbour w, at u, v and w. */
    private void closeTriangles(int u, int v, int sign) {
        int stamp = ++triangleStamp;
        if (stamp == Integer.MAX_VALUE) {
            Arrays.fill(triangleMark, 0);
            stamp = triangleStamp = 1;
        }
        int[] mark = triangleMark;
        for (int i = start[u], e = i + deg[u]; i < e; i++) {
            mark[nbr[i]] = stamp;
        }
        long common = 0;
        for (int i = start[v], e = i + deg[v]; i < e; i++) {
            int w = nbr[i];
            if (mark[w] == stamp) {
                triangles[w] += sign;
                common++;
            }
        }
        triangles[u] += sign * common;
        triangles[v] += sign * common;
    }

    /** Removes the tie between {@code u} and {@code v} in every layer; returns whether it existed. */
    public boolean removeTie(int u, int v) {
        int e = find(u, v);
        if (e < 0) {
            return false;
        }
        int f = twin[e];
        version++;
        if (triangles != null) {
            closeTriangles(u, v, -1);
        }
        removeEntry(u, e);
        removeEntry(v, f);
        entries -= 2;
        return true;
    }

    /**
     * Removes layer {@code layer} from the tie between {@code u} and {@code v}; the tie goes when
     * no layer is left. Returns whether the tie existed in that layer.
     */
    public boolean removeLayer(int u, int v, int layer) {
        int e = find(u, v);
        int bit = 1 << layer;
        if (e < 0 || (layers[e] & bit) == 0) {
            return false;
        }
        int mask = layers[e] & ~bit;
        if (mask == 0) {
            return removeTie(u, v);
        }
        layers[e] = (byte) mask;
        layers[twin[e]] = (byte) mask;
        return true;
    }

    /** Removes every tie of {@code u}. O(sum of neighbours' degrees). */
    public void removeAllTies(int u) {
        while (deg[u] > 0) {
            removeTie(u, nbr[start[u] + deg[u] - 1]);
        }
    }

    private void removeEntry(int u, int e) {
        int last = start[u] + deg[u] - 1;
        if (e != last) {
            nbr[e] = nbr[last];
            trust[e] = trust[last];
            level[e] = level[last];
            layers[e] = layers[last];
            idle[e] = idle[last];
            exchanges[e] = exchanges[last];
            twin[e] = twin[last];
            twin[twin[e]] = e;
        }
        deg[u]--;
    }

    /** Sets the relationship level of the tie {@code u - v} in both directions and resets its exchange counters. */
    public void setLevel(int u, int v, int lvl) {
        checkLevel(lvl);
        int e = find(u, v);
        if (e < 0) {
            throw new IllegalArgumentException("no tie between " + u + " and " + v);
        }
        int f = twin[e];
        level[e] = (byte) lvl;
        level[f] = (byte) lvl;
        exchanges[e] = 0;
        exchanges[f] = 0;
    }

    /** Level of the tie {@code u - v}, or -1 when absent. */
    public int level(int u, int v) {
        int e = find(u, v);
        return e < 0 ? -1 : level[e];
    }

    /** Trust of {@code u} in {@code v}, or NaN when not tied. */
    public float trust(int u, int v) {
        int e = find(u, v);
        return e < 0 ? Float.NaN : trust[e];
    }

    /** Layer mask of the tie {@code u - v}, or 0 when absent. */
    public int layers(int u, int v) {
        int e = find(u, v);
        return e < 0 ? 0 : layers[e];
    }

    /** A simple undirected snapshot of the ties present in any layer of {@code layerMask}. */
    public Graph toGraph(int layerMask) {
        EdgeList list = new EdgeList((int) Math.min(Integer.MAX_VALUE - 8, entries / 2 + 1));
        for (int u = 0; u < nodes; u++) {
            int s = start[u];
            for (int i = s; i < s + deg[u]; i++) {
                if (u < nbr[i] && (layers[i] & layerMask) != 0) {
                    list.add(u, nbr[i]);
                }
            }
        }
        return Graph.fromEdges(nodes, list);
    }

    /** Heap bytes held by the network's arrays (including spare capacity). */
    public long memoryBytes() {
        return (long) nbr.length * (4 + 4 + 4 + 4) + (long) start.length * 12;
    }
}
