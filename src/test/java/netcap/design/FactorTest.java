package netcap.design;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FactorTest {

    @Test
    void continuousScaling() {
        Factor f = Factor.continuous("x", -2.0, 6.0);
        assertEquals(-2.0, f.fromUnit(0.0));
        assertEquals(2.0, f.fromUnit(0.5));
        assertEquals(6.0, f.fromUnit(1.0));
        assertEquals(Double.class, f.valueFromUnit(0.3).getClass());
    }

    @Test
    void integerScalingGivesEqualBins() {
        Factor f = Factor.integer("n", 1, 4); // 4 integers, bins of width 1/4
        assertEquals(1.0, f.fromUnit(0.0));
        assertEquals(1.0, f.fromUnit(0.2499));
        assertEquals(2.0, f.fromUnit(0.25));
        assertEquals(4.0, f.fromUnit(0.99));
        assertEquals(4.0, f.fromUnit(1.0));
        assertEquals(4L, f.levels());
        assertEquals(Integer.valueOf(3), f.valueFromUnit(0.6));
    }

    @Test
    void validation() {
        assertEquals("factor 'x' has min 2.0 greater than max 1.0",
                assertThrows(IllegalArgumentException.class, () -> new Factor("x", 2, 1, false)).getMessage());
        assertEquals("factor 'x' needs finite bounds, got [0.0, Infinity]",
                assertThrows(IllegalArgumentException.class,
                        () -> new Factor("x", 0, Double.POSITIVE_INFINITY, false)).getMessage());
        assertEquals("factor name must not be blank",
                assertThrows(IllegalArgumentException.class, () -> new Factor(" ", 0, 1, false)).getMessage());
        assertEquals("integer factor 'k' needs whole-number bounds, got [0.5, 3.0]",
                assertThrows(IllegalArgumentException.class, () -> new Factor("k", 0.5, 3, true)).getMessage());
        new Factor("same", 1, 1, false); // degenerate range is allowed
    }
}
