package netcap.stats;

import ec.util.MersenneTwisterFast;
import netcap.random.Streams;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GiniTest {

    @Test
    void knownValues() {
        assertEquals(0.75, Gini.of(new double[] {0, 0, 0, 1}), 1e-15); // population form: (n-1)/n
        assertEquals(0.75, Gini.of(new double[] {0, 5, 0, 0}), 1e-15);
        assertEquals(0.0, Gini.of(new double[] {3, 3, 3, 3, 3}));
        assertEquals(0.0, Gini.of(new double[] {0, 0, 0}));
        assertEquals(0.0, Gini.of(new double[0]));
        assertEquals(0.0, Gini.of(new double[] {7}));
        // [1, 2, 3]: sum |xi - xj| = 8, 2 n^2 mean = 36 -> 2/9
        assertEquals(2.0 / 9.0, Gini.of(new double[] {3, 1, 2}), 1e-15);
    }

    @Test
    void matchesMeanAbsoluteDifference() {
        MersenneTwisterFast rng = Streams.rng(5, "gini");
        double[] x = new double[200];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextDouble() < 0.2 ? 0.0 : -Math.log(rng.nextDouble());
        }
        double[] copy = x.clone();
        double num = 0, sum = 0;
        for (double a : x) {
            sum += a;
            for (double b : x) {
                num += Math.abs(a - b);
            }
        }
        double expected = num / (2.0 * x.length * sum);
        assertEquals(expected, Gini.of(x), 1e-12);
        assertArrayEquals(copy, x, "input not modified");
        Arrays.sort(copy);
        assertEquals(expected, Gini.ofSorted(copy), 1e-12);
    }

    @Test
    void errors() {
        assertEquals("values for Gini.ofSorted are not in ascending order at index 1",
                assertThrows(IllegalArgumentException.class, () -> Gini.ofSorted(new double[] {2, 1})).getMessage());
        assertEquals("Gini needs finite non-negative values, got -1.0 at index 1",
                assertThrows(IllegalArgumentException.class, () -> Gini.of(new double[] {1, -1})).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Gini.of(new double[] {Double.NaN}));
    }

    @Test
    void prefixOfASortedArray() {
        double[] v = {0, 0, 0, 1, 99, -5};
        org.junit.jupiter.api.Assertions.assertEquals(0.75, Gini.ofSorted(v, 4), 1e-12);
        org.junit.jupiter.api.Assertions.assertEquals(0.0, Gini.ofSorted(v, 1), 0);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Gini.ofSorted(v, 7));
    }
}
