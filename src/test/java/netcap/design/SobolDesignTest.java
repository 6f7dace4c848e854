package netcap.design;

import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SobolDesignTest {
    private static final List<Factor> FACTORS = List.of(
            Factor.continuous("x", -Math.PI, Math.PI),
            Factor.continuous("y", 0.0, 10.0),
            Factor.integer("z", 1, 8));

    @Test
    void shapeAndBlockBookkeeping() {
        int n = 16;
        int k = 3;
        SobolDesign d = SobolDesign.create(FACTORS, n);
        assertEquals(n * (k + 2), d.size());
        assertEquals(n, d.baseSize());
        assertEquals(SobolDesign.DEFAULT_SKIP, d.skip());
        for (int idx = 0; idx < d.size(); idx++) {
            SobolDesign.Block b = d.blockOf(idx);
            int f = d.factorOf(idx);
            int row = d.rowOf(idx);
            assertEquals(idx, d.index(b, f, row));
            if (idx < n) {
                assertEquals(SobolDesign.Block.A, b);
                assertEquals(-1, f);
                assertEquals("A", d.blockName(idx));
            } else if (idx < 2 * n) {
                assertEquals(SobolDesign.Block.B, b);
                assertEquals("B", d.blockName(idx));
            } else {
                assertEquals(SobolDesign.Block.AB, b);
                assertEquals((idx - 2 * n) / n, f);
                assertEquals("AB_" + (f + 1), d.blockName(idx));
            }
            assertEquals(idx % n, row);
        }
        assertEquals(2 * n + 5, d.index(SobolDesign.Block.AB, 0, 5));
        assertEquals(4 * n + 15, d.index(SobolDesign.Block.AB, 2, 15));
        assertThrows(IndexOutOfBoundsException.class, () -> d.blockOf(d.size()));
        assertThrows(IndexOutOfBoundsException.class, () -> d.index(SobolDesign.Block.AB, 3, 0));
    }

    @Test
    void matricesComeFromTheSobolSequenceAndABiMixesAAndB() {
        int n = 8;
        int k = 3;
        SobolDesign d = SobolDesign.create(FACTORS, n);
        SobolSequenceGenerator gen = new SobolSequenceGenerator(2 * k);
        double[] origin = gen.nextVector();
        assertArrayEquals(new double[2 * k], origin); // the skipped first point is the origin
        for (int r = 0; r < n; r++) {
            double[] v = gen.nextVector();
            for (int j = 0; j < k; j++) {
                assertEquals(v[j], d.unit(d.index(SobolDesign.Block.A, -1, r), j));
                assertEquals(v[k + j], d.unit(d.index(SobolDesign.Block.B, -1, r), j));
            }
            for (int i = 0; i < k; i++) {
                int idx = d.index(SobolDesign.Block.AB, i, r);
                for (int j = 0; j < k; j++) {
                    assertEquals(j == i ? v[k + j] : v[j], d.unit(idx, j), "AB_" + (i + 1) + " row " + r + " col " + j);
                }
            }
        }
        SobolDesign noSkip = SobolDesign.create(FACTORS, n, 0);
        for (int j = 0; j < k; j++) {
            assertEquals(0.0, noSkip.unit(0, j));
            assertEquals(d.unit(0, j), noSkip.unit(1, j));
        }
    }

    @Test
    void scaledToFactorRanges() {
        SobolDesign d = SobolDesign.create(FACTORS, 64);
        double[][] v = d.values();
        boolean[] seenZ = new boolean[9];
        for (int i = 0; i < d.size(); i++) {
            assertTrue(v[i][0] >= -Math.PI && v[i][0] <= Math.PI);
            assertTrue(v[i][1] >= 0 && v[i][1] <= 10);
            assertEquals(Math.rint(v[i][2]), v[i][2]);
            seenZ[(int) v[i][2]] = true;
            assertEquals(v[i][0], (Double) d.point(i).get("x"));
            assertEquals((int) v[i][2], d.point(i).get("z"));
        }
        for (int z = 1; z <= 8; z++) {
            assertTrue(seenZ[z], "integer level " + z);
        }
    }

    @Test
    void splitCutsOutputsIntoBlocks() {
        SobolDesign d = SobolDesign.create(FACTORS, 4);
        double[] y = new double[d.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = i;
        }
        SobolDesign.Outputs o = d.split(y);
        assertArrayEquals(new double[] {0, 1, 2, 3}, o.fA());
        assertArrayEquals(new double[] {4, 5, 6, 7}, o.fB());
        assertArrayEquals(new double[] {16, 17, 18, 19}, o.fAB()[2]);
        assertEquals("expected 20 outputs for the Sobol design, got 3",
                assertThrows(IllegalArgumentException.class, () -> d.split(new double[3])).getMessage());
    }

    @Test
    void deterministic() {
        double[][] a = SobolDesign.create(FACTORS, 32).unitPoints();
        double[][] b = SobolDesign.create(FACTORS, 32).unitPoints();
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(a[i], b[i]);
        }
    }

    @Test
    void errors() {
        assertEquals("a Sobol design needs a base sample size of at least 2, got 1",
                assertThrows(IllegalArgumentException.class, () -> SobolDesign.create(FACTORS, 1)).getMessage());
        assertEquals("Sobol design skip must be >= 0, got -1",
                assertThrows(IllegalArgumentException.class, () -> SobolDesign.create(FACTORS, 8, -1)).getMessage());
    }
}
