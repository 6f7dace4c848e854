package netcap.bench;

import netcap.model.Params;
import netcap.world.MultiplexNetwork;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelBoundTest {
    /** Three agents: 0 - 1 (trust 0.5 / 0.25), 0 - 2 (trust 1 / 0.75). */
    private static ModelBound.Csr triangle() {
        MultiplexNetwork net = new MultiplexNetwork(3, 8, List.of("online"));
        net.addTie(0, 1, 1, 1, 0.5f, 0.25f);
        net.addTie(0, 2, 1, 1, 1.0f, 0.75f);
        return ModelBound.Csr.of(net);
    }

    @Test
    void multipliesTheFirstMFloatsOfEachNeighboursRowByTrust() {
        ModelBound.Csr g = triangle();
        assertEquals(4, g.entries());
        int w = 20;
        float[] rows = new float[3 * w];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i;
        }
        float[] y = new float[3];
        ModelBound.sweep(g, rows, w, 2, y, 0, 3);
        // agent 0: 0.5 * (row1[0] + row1[1]) + 1.0 * (row2[0] + row2[1]) = 0.5 * (20 + 21) + (40 + 41)
        assertEquals(0.5f * 41 + 81, y[0], 1e-4);
        assertEquals(0.25f * (0 + 1), y[1], 1e-6);
        assertEquals(0.75f * (0 + 1), y[2], 1e-6);
        float[] v = new float[3];
        ModelBound.sweepVector(g, rows, w, 2, v, 0, 3);
        assertEquals(y[0], v[0], 1e-4);
        assertEquals(y[1], v[1], 1e-6);
        float[] pl = new float[3];
        ModelBound.sweepPlain(g, rows, w, 2, pl, 0, 3);
        assertEquals(y[0], pl[0], 1e-4);
        assertEquals(y[2], pl[2], 1e-6);
        ModelBound.sweep(g, rows, w, 11, y, 0, 3); // eight accumulators and three left over
        ModelBound.sweepVector(g, rows, w, 11, v, 0, 3);
        assertEquals(0.25f * (0 + 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10), y[1], 1e-4);
        assertEquals(y[0], v[0], 1e-3);
        double[] ref = new double[3];
        float[] rows32 = new float[3 * 32];
        java.util.Arrays.fill(rows32, 2f);
        ModelBound.reference(g, rows32, ref, 0, 3);
        assertEquals((0.5 + 1.0) * 32 * 2, ref[0], 1e-9);
        ModelBound.sweep(g, rows32, 32, 32, y, 0, 3);
        assertEquals(ref[0], y[0], 1e-4);
        assertEquals(ref[2], y[2], 1e-4);
    }

    @Test
    void theWrittenOutLoopsDoTheSameMultiplyAddsForEveryM() {
        ModelBound.Csr g = triangle();
        int w = 45;
        float[] rows = new float[3 * w];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = 1 + (i % 7);
        }
        float[] want = new float[3];
        float[] got = new float[3];
        for (int m = ModelBound.FIXED_MIN; m < ModelBound.FIXED_END; m++) {
            ModelBound.sweepPlain(g, rows, w, m, want, 0, 3);
            for (boolean prefetch : new boolean[] {true, false}) {
                java.util.Arrays.fill(got, -1f);
                assertFalse(Float.isNaN(ModelBound.sweepFixed(g, rows, w, m, got, 0, 3, prefetch)), "a loop for m = " + m);
                for (int i = 0; i < 3; i++) {
                    assertEquals(want[i], got[i], 1e-3 * want[i], "agent " + i + ", m = " + m + ", prefetch " + prefetch);
                }
            }
        }
        assertTrue(Float.isNaN(ModelBound.sweepFixed(g, rows, w, 7, got, 0, 3, false)), "no loop below 8");
        assertTrue(Float.isNaN(ModelBound.sweepFixed(g, rows, w, 40, got, 0, 3, false)), "no loop from 40");
    }

    @Test
    void passesFollowTheRowsTheMechanismsBuild() {
        Params p = new Params();
        p.domains = 4;
        p.horizon = 5;
        p.interestDims = 3;
        ModelBound.Pass posts = ModelBound.passes(p).get(0);
        assertEquals("posts", posts.name());
        assertEquals(1 + 4 + 3 * 5 * 4, posts.rowFloats()); // propensity, stocks, (best, from, origin) per slot
        assertEquals(260, posts.bytesPerEntry());
        assertEquals(4 + 5 * 4, posts.madds());
        p.horizon = 1;
        assertEquals(1 + 4 + 3 * 4, ModelBound.passes(p).get(0).rowFloats());
        assertThrows(IllegalArgumentException.class, () -> new ModelBound.Pass("x", 2, 3, true, ""));
    }
}
