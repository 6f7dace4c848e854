package netcap.design;

import ec.util.MersenneTwisterFast;
import netcap.random.Streams;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LatinHypercubeTest {
    private static final List<Factor> FACTORS = List.of(
            Factor.continuous("a", -1.0, 3.0),
            Factor.continuous("b", 10.0, 20.0),
            Factor.integer("c", 0, 4),
            Factor.continuous("d", 0.0, 1.0));

    private static MersenneTwisterFast rng(long seed) {
        return Streams.rng(seed, "lhs");
    }

    @Test
    void everyStratumOfEveryFactorIsHitExactlyOnce() {
        int n = 50;
        LatinHypercube d = LatinHypercube.sample(FACTORS, n, rng(1));
        assertEquals(n, d.size());
        assertEquals(4, d.dimension());
        for (int j = 0; j < d.dimension(); j++) {
            int[] hits = new int[n];
            for (int i = 0; i < n; i++) {
                double u = d.unit(i, j);
                assertTrue(u >= 0.0 && u < 1.0);
                hits[(int) Math.floor(u * n)]++;
            }
            for (int m = 0; m < n; m++) {
                assertEquals(1, hits[m], "factor " + j + " stratum " + m);
            }
        }
        // scaled continuous values: strata of [min, max]
        Factor a = FACTORS.get(0);
        int[] hits = new int[n];
        for (int i = 0; i < n; i++) {
            double x = d.value(i, 0);
            assertTrue(x >= a.min() && x <= a.max());
            hits[(int) Math.floor((x - a.min()) / (a.max() - a.min()) * n)]++;
        }
        for (int h : hits) {
            assertEquals(1, h);
        }
    }

    @Test
    void integerFactorIsBalancedWhenSamplesAreAMultipleOfItsLevels() {
        int n = 50; // 5 integers 0..4 -> 10 each
        LatinHypercube d = LatinHypercube.sample(FACTORS, n, rng(2));
        int[] count = new int[5];
        for (int i = 0; i < n; i++) {
            Object v = d.point(i).get("c");
            assertEquals(Integer.class, v.getClass());
            count[(Integer) v]++;
        }
        assertArrayEquals(new int[] {10, 10, 10, 10, 10}, count);
    }

    @Test
    void centeredVariantUsesMidpoints() {
        double[][] u = LatinHypercube.unit(4, 2, true, rng(3));
        for (double[] row : u) {
            for (double x : row) {
                double m = x * 4 - 0.5;
                assertEquals(Math.rint(m), m, 1e-12);
            }
        }
    }

    @Test
    void sameSeedSameDesignDifferentSeedDifferentDesign() {
        double[][] a = LatinHypercube.sample(FACTORS, 20, rng(7)).unitPoints();
        double[][] b = LatinHypercube.sample(FACTORS, 20, rng(7)).unitPoints();
        double[][] c = LatinHypercube.sample(FACTORS, 20, rng(8)).unitPoints();
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(a[i], b[i]);
        }
        boolean differs = false;
        for (int i = 0; i < a.length && !differs; i++) {
            differs = !java.util.Arrays.equals(a[i], c[i]);
        }
        assertTrue(differs);
        assertEquals(LatinHypercube.sample(FACTORS, 20, rng(7)).points(),
                LatinHypercube.sample(FACTORS, 20, rng(7)).points());
    }

    @Test
    void errors() {
        assertEquals("a Latin hypercube needs at least 1 sample, got 0",
                assertThrows(IllegalArgumentException.class,
                        () -> LatinHypercube.sample(FACTORS, 0, rng(1))).getMessage());
        assertEquals("duplicate factor name 'a'",
                assertThrows(IllegalArgumentException.class, () -> LatinHypercube.sample(
                        List.of(Factor.continuous("a", 0, 1), Factor.continuous("a", 0, 2)), 3, rng(1))).getMessage());
        assertEquals("a design needs at least one factor",
                assertThrows(IllegalArgumentException.class,
                        () -> LatinHypercube.sample(List.of(), 3, rng(1))).getMessage());
        assertFalse(FACTORS.isEmpty());
    }
}
