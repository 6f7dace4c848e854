package netcap.world;

import ec.util.MersenneTwisterFast;
import netcap.random.Streams;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MultiplexNetworkTest {

    /** Checks every structural invariant against a reference map of ties. */
    private static void check(MultiplexNetwork net, Map<Long, int[]> ref) {
        long entries = 0;
        int[] twin = net.twins();
        int[] nbr = net.neighbors();
        for (int u = 0; u < net.nodes(); u++) {
            for (int e = net.start(u); e < net.start(u) + net.degree(u); e++) {
                int v = nbr[e];
                int f = twin[e];
                assertEquals(u, nbr[f], "twin of " + u + "->" + v + " points back");
                assertEquals(e, twin[f], "twin is symmetric");
                assertTrue(f >= net.start(v) && f < net.start(v) + net.degree(v), "twin inside the neighbour's block");
                assertEquals(net.levels()[e], net.levels()[f], "level symmetric");
                assertEquals(net.layerMasks()[e], net.layerMasks()[f], "layers symmetric");
                int[] r = ref.get(key(u, v));
                assertTrue(r != null, "tie " + u + "-" + v + " expected");
                assertEquals(r[0], net.layerMasks()[e]);
                assertEquals(r[1], net.levels()[e]);
                entries++;
            }
        }
        assertEquals(ref.size() * 2L, entries);
        assertEquals(entries, net.tieEntries());
    }

    private static long key(int u, int v) {
        return ((long) Math.min(u, v) << 32) | Math.max(u, v);
    }

    @Test
    void randomOperationsKeepEveryInvariant() {
        MersenneTwisterFast rng = Streams.rng(Streams.child(1L, "net-test"));
        MultiplexNetwork net = new MultiplexNetwork(30, 60, List.of("forum", "chat"));
        Map<Long, int[]> ref = new HashMap<>();
        for (int op = 0; op < 20000; op++) {
            int u = rng.nextInt(net.nodes());
            int v = rng.nextInt(net.nodes());
            int kind = rng.nextInt(10);
            if (kind == 9 && op % 50 == 0) {
                net.addNode();
                continue;
            }
            if (kind == 8 && op % 97 == 0) {
                net.compact(0.1);
                check(net, ref);
                continue;
            }
            if (u == v) {
                continue;
            }
            long k = key(u, v);
            if (kind < 5) {
                int mask = 1 + rng.nextInt(7);
                int lvl = rng.nextInt(5);
                boolean created = net.addTie(u, v, mask, lvl, 0.3f, 0.7f);
                assertEquals(!ref.containsKey(k), created);
                if (created) {
                    ref.put(k, new int[] {mask, lvl});
                    assertEquals(0.3f, net.trust(u, v));
                    assertEquals(0.7f, net.trust(v, u));
                } else {
                    ref.get(k)[0] |= mask;
                }
            } else if (kind < 7) {
                assertEquals(ref.remove(k) != null, net.removeTie(u, v));
            } else if (kind == 7) {
                int layer = rng.nextInt(3);
                int[] r = ref.get(k);
                boolean had = r != null && (r[0] & (1 << layer)) != 0;
                assertEquals(had, net.removeLayer(u, v, layer));
                if (had) {
                    r[0] &= ~(1 << layer);
                    if (r[0] == 0) {
                        ref.remove(k);
                    }
                }
            } else if (ref.containsKey(k)) {
                int lvl = rng.nextInt(5);
                net.setLevel(u, v, lvl);
                ref.get(k)[1] = lvl;
            }
            if (op % 1000 == 0) {
                check(net, ref);
            }
        }
        check(net, ref);
        int u = 3;
        net.removeAllTies(u);
        ref.keySet().removeIf(k -> (k >>> 32) == u || (k & 0xffffffffL) == u);
        assertEquals(0, net.degree(u));
        check(net, ref);
    }

    /** Triangles through each node by brute force over the reference ties. */
    private static long[] bruteTriangles(int n, Map<Long, int[]> ref) {
        long[] t = new long[n];
        for (int u = 0; u < n; u++) {
            for (int v = u + 1; v < n; v++) {
                if (!ref.containsKey(key(u, v))) {
                    continue;
                }
                for (int w = v + 1; w < n; w++) {
                    if (ref.containsKey(key(u, w)) && ref.containsKey(key(v, w))) {
                        t[u]++;
                        t[v]++;
                        t[w]++;
                    }
                }
            }
        }
        return t;
    }

    @Test
    void trianglesStayExactAsTiesComeAndGo() {
        MersenneTwisterFast rng = Streams.rng(Streams.child(2L, "net-triangles"));
        MultiplexNetwork net = new MultiplexNetwork(12, 30, List.of("forum"));
        Map<Long, int[]> ref = new HashMap<>();
        for (int u = 0; u < 12; u++) {
            for (int v = u + 1; v < 12; v++) {
                if (rng.nextDouble() < 0.4) {
                    net.addTie(u, v, 1, 0, 0f, 0f);
                    ref.put(key(u, v), new int[] {1, 0});
                }
            }
        }
        long[] first = net.triangles(); // the first call counts, later changes update
        assertEquals(java.util.Arrays.stream(bruteTriangles(12, ref)).sum(), java.util.Arrays.stream(first, 0, 12).sum());
        long closed = 0;
        for (int op = 0; op < 3000; op++) {
            if (op % 400 == 0) {
                net.addNode();
            }
            if (op % 700 == 0) {
                net.compact(0.1);
            }
            int u = rng.nextInt(net.nodes());
            int v = rng.nextInt(net.nodes());
            if (u == v) {
                continue;
            }
            int kind = rng.nextInt(4);
            if (kind < 2) {
                net.addTie(u, v, 1 + rng.nextInt(3), 0, 0f, 0f);
                ref.computeIfAbsent(key(u, v), k -> new int[2]);
            } else if (kind == 2) {
                net.removeTie(u, v);
                ref.remove(key(u, v));
            } else {
                net.removeLayer(u, v, rng.nextInt(2)); // the tie goes when no layer is left
                if (!net.hasTie(u, v)) {
                    ref.remove(key(u, v));
                }
            }
            long[] want = bruteTriangles(net.nodes(), ref);
            long[] got = net.triangles();
            for (int w = 0; w < net.nodes(); w++) {
                assertEquals(want[w], got[w], "triangles at " + w + " after operation " + op);
            }
            closed = Math.max(closed, java.util.Arrays.stream(want).sum());
        }
        assertTrue(closed > 30, "the operations made triangles to count: " + closed);
        net.removeAllTies(0);
        ref.keySet().removeIf(k -> (k >>> 32) == 0 || (k & 0xffffffffL) == 0);
        assertEquals(0, net.triangles()[0]);
        long[] want = bruteTriangles(net.nodes(), ref);
        for (int w = 0; w < net.nodes(); w++) {
            assertEquals(want[w], net.triangles()[w], "triangles at " + w + " after removing node 0's ties");
        }
    }

    @Test
    void fromGraphCopiesEveryEdgeWithTwins() {
        EdgeList el = new EdgeList();
        el.add(0, 1);
        el.add(1, 2);
        el.add(2, 0);
        el.add(2, 3);
        Graph g = Graph.fromEdges(5, el);
        MultiplexNetwork net = MultiplexNetwork.fromGraph(g, List.of("online"), 0b11, 2, 0.5f);
        Map<Long, int[]> ref = new HashMap<>();
        for (int[] e : new int[][] {{0, 1}, {1, 2}, {0, 2}, {2, 3}}) {
            ref.put(key(e[0], e[1]), new int[] {3, 2});
        }
        check(net, ref);
        assertEquals(0, net.degree(4));
        assertTrue(net.addTie(4, 0, 1, 0, 0f, 0f));
        ref.put(key(0, 4), new int[] {1, 0});
        check(net, ref);
        Graph back = net.toGraph(1 << MultiplexNetwork.PHYSICAL);
        assertEquals(5, back.edges());
        assertEquals(1, net.layerIndex("online"));
        assertEquals(-1, net.layerIndex("offline"));
    }

    @Test
    void rejectsBadArguments() {
        MultiplexNetwork net = new MultiplexNetwork(3, 0, List.of("online"));
        assertThrows(IllegalArgumentException.class, () -> net.addTie(0, 0, 1, 1, 0f, 0f));
        assertThrows(IllegalArgumentException.class, () -> net.addTie(0, 3, 1, 1, 0f, 0f));
        assertThrows(IllegalArgumentException.class, () -> net.addTie(0, 1, 0b100, 1, 0f, 0f));
        assertThrows(IllegalArgumentException.class, () -> net.addTie(0, 1, 1, 5, 0f, 0f));
        assertThrows(IllegalArgumentException.class, () -> net.setLevel(0, 1, 2));
        assertFalse(net.removeTie(0, 1));
    }
}
