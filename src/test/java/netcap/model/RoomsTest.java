package netcap.model;

import netcap.generate.WattsStrogatz;
import netcap.world.MultiplexNetwork;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rooms: without virtual rooms every tie is face to face and no post travels; without the
 * physical layer every tie is virtual and nothing is learnt face to face; with both, both run.
 */
class RoomsTest {
    private static final int PHYS = 1 << MultiplexNetwork.PHYSICAL;
    private static final int STEPS = 12;

    private static NetcapModel run(boolean physical, boolean virtual, double physicalOnly, double virtualOnly) {
        Params p = new Params();
        p.physicalLayer = physical;
        p.virtualRooms = virtual;
        p.physicalOnlyShare = physicalOnly;
        p.virtualOnlyShare = virtualOnly;
        p.horizon = 2;
        p.initialContributorShare = 0.8;
        p.initialFreeRiderShare = 0.1;
        p.triadicClosureRate = 0.2; // ties form during the run too
        p.discoveryRate = 0.1;
        NetcapModel m = new NetcapModel(5L, p, new WattsStrogatz(150, 6, 0.1), List.of("online", "forum"), Set.of(), 1);
        m.start();
        return m;
    }

    /** Counts of tie entries by layers: [physical only, virtual only, both]. */
    private static int[] layers(NetcapModel m) {
        MultiplexNetwork net = m.network;
        int virtual = net.virtualLayersMask();
        int[] c = new int[3];
        for (int u = 0; u < net.nodes(); u++) {
            for (int k = net.start(u); k < net.start(u) + net.degree(u); k++) {
                int mask = net.layerMasks()[k];
                boolean ph = (mask & PHYS) != 0;
                boolean vi = (mask & virtual) != 0;
                assertTrue(ph || vi, "every tie is in some layer");
                c[ph && vi ? 2 : ph ? 0 : 1]++;
            }
        }
        return c;
    }

    private static double sum(double[] column) {
        double s = 0;
        for (int t = 1; t < column.length; t++) {
            s += column[t];
        }
        return s;
    }

    private static double maxReached(NetcapModel m) {
        double most = 0;
        for (float v : m.state.reached) {
            most = Math.max(most, v);
        }
        return most;
    }

    @Test
    void withoutVirtualRoomsEveryTieIsFaceToFaceAndNoPostTravels() {
        NetcapModel m = run(true, false, 0.3, 0.4);
        int[] c = layers(m);
        assertTrue(c[0] > 0);
        assertEquals(0, c[1] + c[2], "no tie in a virtual layer");
        long entries = m.network.tieEntries();
        for (int s = 0; s < STEPS; s++) {
            m.schedule.step(m);
            assertEquals(0, maxReached(m), 0, "step " + s + ": nothing reaches anyone");
        }
        assertTrue(m.network.tieEntries() > entries, "ties were formed during the run");
        int[] after = layers(m);
        assertEquals(0, after[1] + after[2], "ties formed during the run are face to face too");
        assertEquals(0, sum(m.series.column("uptake")), 0);
        assertEquals(0, sum(m.series.column("combination")), 0);
        assertTrue(sum(m.series.column("socialization")) > 0, "socialization still runs");
        assertTrue(sum(m.series.column("externalization")) > 0 && sum(m.series.column("internalization")) > 0);
    }

    @Test
    void withoutThePhysicalLayerEveryTieIsVirtualAndNothingIsLearntFaceToFace() {
        NetcapModel m = run(false, true, 0.3, 0.4);
        int[] c = layers(m);
        assertTrue(c[1] > 0);
        assertEquals(0, c[0] + c[2], "no tie in the physical layer");
        for (int s = 0; s < STEPS; s++) {
            m.schedule.step(m);
        }
        int[] after = layers(m);
        assertEquals(0, after[0] + after[2], "ties formed during the run are virtual too");
        assertEquals(0, sum(m.series.column("socialization")), 0);
        assertTrue(maxReached(m) > 0, "posts still reach");
        assertTrue(sum(m.series.column("uptake")) > 0, "and are taken up");
        assertTrue(sum(m.series.column("combination")) > 0, "and combined");
    }

    @Test
    void withEveryTieInBothLayersBothRun() {
        NetcapModel m = run(true, true, 0, 0);
        int[] c = layers(m);
        assertEquals(0, c[0] + c[1], "every generated tie is in both layers");
        assertTrue(c[2] > 0);
        for (int s = 0; s < STEPS; s++) {
            m.schedule.step(m);
        }
        assertTrue(sum(m.series.column("socialization")) > 0);
        assertTrue(sum(m.series.column("uptake")) > 0);
        assertTrue(sum(m.series.column("combination")) > 0);
        assertTrue(maxReached(m) > 0);
    }

    @Test
    void withDefaultSharesTheWorldHasAllThreeKindsOfTie() {
        NetcapModel m = run(true, true, 0.3, 0.4);
        int[] c = layers(m);
        assertTrue(c[0] > 0 && c[1] > 0 && c[2] > 0, java.util.Arrays.toString(c));
    }

    @Test
    void bothRoomsOffIsRefused() {
        Params p = new Params();
        p.physicalLayer = false;
        p.virtualRooms = false;
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new NetcapModel(1L, p, new WattsStrogatz(20, 4, 0.1)));
    }
}
