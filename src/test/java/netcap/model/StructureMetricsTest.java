package netcap.model;

import ec.util.MersenneTwisterFast;
import netcap.metrics.NetworkMetrics;
import netcap.world.Agents;
import netcap.world.MultiplexNetwork;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicIntegerArray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The structural columns of the metrics row (largest component, clustering) are computed only
 * when the structure changed; these tests change the structure in every way the model can and
 * check the columns against a fresh computation.
 */
class StructureMetricsTest {
    private static NetcapModel model(int n, int k, int chords) {
        NetcapModel m = new NetcapModel(11L, new Params(), TestNetworks.ringWithChords(n, k, chords), List.of("online"), Set.of(), 1);
        m.start();
        return m;
    }

    private static double networkxClustering(NetcapModel m) {
        return NetworkMetrics.compute(m.network.toGraph(m.network.allLayersMask()), new MersenneTwisterFast(1)).averageClustering();
    }

    @Test
    void clusteringFollowsEveryTieChange() {
        NetcapModel m = model(300, 6, 40);
        m.metrics().record(m, 1);
        double before = m.series.last("clustering");
        assertEquals(networkxClustering(m), before, 1e-12, "exact clustering (triangles) = networkx average clustering");
        // remove ties of a triangle-rich ring: the column must move with them
        for (int u = 0; u < 30; u++) {
            m.network.removeTie(u, u + 1);
        }
        m.metrics().record(m, 2);
        double after = m.series.last("clustering");
        assertNotEquals(before, after);
        assertEquals(networkxClustering(m), after, 1e-12, "recomputed after removals");
        m.network.addTie(100, 200, 1, 1, 0.5f, 0.5f);
        m.network.addTie(100, 201, 1, 1, 0.5f, 0.5f);
        m.network.addTie(200, 201, 1, 1, 0.5f, 0.5f);
        m.metrics().record(m, 3);
        assertEquals(networkxClustering(m), m.series.last("clustering"), 1e-12, "recomputed after additions");
        // trust changes are not structural: the cached value stays right
        m.network.trust()[0] = 0.1f;
        m.metrics().record(m, 4);
        assertEquals(networkxClustering(m), m.series.last("clustering"), 1e-12);
    }

    @Test
    void largestComponentFollowsMembershipWithoutTieChanges() {
        NetcapModel m = model(12, 2, 0); // a ring of 12 (agents renumbered: ring position r is agent at[r])
        int[] at = new int[12];
        for (int i = 0; i < 12; i++) {
            at[m.sourceId[i]] = i;
        }
        m.metrics().record(m, 1);
        assertEquals(12, m.series.last("largestComponent"));
        m.agents.status[at[0]] = Agents.LEFT;     // a member leaves, its ties stay (latent contacts)
        m.metrics().record(m, 2);
        assertEquals(11, m.series.last("largestComponent"), "the ring opens into a path of 11");
        m.agents.status[at[6]] = Agents.LEFT;
        m.metrics().record(m, 3);
        assertEquals(5, m.series.last("largestComponent"), "two paths of 5");
        m.agents.status[at[0]] = Agents.MEMBER;
        m.agents.status[at[6]] = Agents.MEMBER;
        m.agents.status[at[3]] = Agents.LEFT;     // same member count as the step before: still recomputed
        m.agents.status[at[9]] = Agents.LEFT;
        m.agents.status[at[6]] = Agents.LEFT;
        m.join(at[6]);
        m.metrics().record(m, 4);
        assertEquals(5, m.series.last("largestComponent"), "3 and 9 out: two paths of 5");
    }

    @Test
    void versionChangesOnStructureOnly() {
        MultiplexNetwork net = new MultiplexNetwork(4, 8, List.of("online"));
        long v0 = net.version();
        net.addTie(0, 1, 1, 1, 0.5f, 0.5f);
        long v1 = net.version();
        assertNotEquals(v0, v1);
        net.addTie(0, 1, 2, 1, 0.5f, 0.5f); // a layer added to an existing tie: same adjacency
        net.setLevel(0, 1, 3);
        net.trust()[net.find(0, 1)] = 0.9f;
        assertEquals(v1, net.version());
        net.removeTie(0, 1);
        long v2 = net.version();
        assertNotEquals(v1, v2);
        net.addNode();
        assertNotEquals(v2, net.version());
        long v3 = net.version();
        net.compact(0.25);
        assertNotEquals(v3, net.version(), "entries moved");
    }

    @Test
    void tieSlicesAreCutAgainAfterTheNetworkChanges() {
        NetcapModel m = model(6000, 10, 0);
        try (Parallel par = new Parallel(2)) {
            int n = m.network.nodes();
            AtomicIntegerArray seen = new AtomicIntegerArray(n);
            par.forTies(m.network, n, (from, to) -> {
                for (int i = from; i < to; i++) {
                    seen.incrementAndGet(i);
                }
            });
            for (int i = 0; i < n; i++) {
                assertEquals(1, seen.get(i), "agent " + i + " visited once");
            }
            // a hub appears: 20,000 more nodes, all tied to node 0
            for (int k = 0; k < 20_000; k++) {
                int v = m.network.addNode();
                m.network.addTie(0, v, 1, 1, 0.5f, 0.5f);
            }
            int n2 = m.network.nodes();
            AtomicIntegerArray again = new AtomicIntegerArray(n2);
            int[] firstSlice = new int[1];
            par.forTies(m.network, n2, (from, to) -> {
                if (from == 0) {
                    firstSlice[0] = to;
                }
                for (int i = from; i < to; i++) {
                    again.incrementAndGet(i);
                }
            });
            for (int i = 0; i < n2; i++) {
                assertEquals(1, again.get(i), "agent " + i + " visited once after the change");
            }
            assertEquals(1, firstSlice[0], "the hub's 20,010 entries fill a slice of their own");
        }
    }

    @Test
    void smallNetworksRunOnTheCallingThread() {
        NetcapModel m = model(1000, 10, 0); // 11,000 units of work: below Parallel.MIN_WORK
        try (Parallel par = new Parallel(2)) {
            Thread caller = Thread.currentThread();
            int[] calls = new int[1];
            par.forTies(m.network, 1000, (from, to) -> {
                assertEquals(caller, Thread.currentThread());
                assertEquals(0, from);
                assertEquals(1000, to);
                calls[0]++;
            });
            assertEquals(1, calls[0]);
        }
    }
}
