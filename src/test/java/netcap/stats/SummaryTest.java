package netcap.stats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummaryTest {

    @Test
    void oneToFiveByHand() {
        Summary s = Summary.of(new double[] {1, 2, 3, 4, 5});
        assertEquals(5, s.n());
        assertEquals(3.0, s.mean(), 1e-15);
        assertEquals(Math.sqrt(2.5), s.sd(), 1e-15); // sum of squares 10, / (n - 1)
        // t(0.975, 4) = 2.7764451052 (standard tables)
        assertEquals(2.7764451052, ConfidenceInterval.tQuantile(0.95, 4), 1e-8);
        ConfidenceInterval ci = s.ci();
        assertEquals(2.7764451052 * Math.sqrt(2.5) / Math.sqrt(5), ci.halfWidth(), 1e-8);
        assertEquals(1.9632, ci.halfWidth(), 1e-4);
        assertEquals(3.0 - ci.halfWidth(), ci.lower(), 1e-15);
        assertEquals(3.0 + ci.halfWidth(), ci.upper(), 1e-15);
        assertEquals(0.95, ci.level());
        // 90%: t(0.95, 4) = 2.1318467863
        assertEquals(2.1318467863 * Math.sqrt(0.5), s.ci(0.90).halfWidth(), 1e-8);
    }

    @Test
    void largeOffsetDoesNotLosePrecision() {
        Summary s = Summary.of(new double[] {1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 4, 1e9 + 5});
        assertEquals(Math.sqrt(2.5), s.sd(), 1e-6);
    }

    @Test
    void degenerateSizesDoNotThrow() {
        Summary one = Summary.of(new double[] {4.0});
        assertEquals(4.0, one.mean());
        assertTrue(Double.isNaN(one.sd()));
        assertTrue(Double.isNaN(one.ci().halfWidth()));
        Summary none = Summary.of(new double[0]);
        assertTrue(Double.isNaN(none.mean()));
        assertTrue(Double.isNaN(none.ci().halfWidth()));
        Summary constant = Summary.of(new double[] {2, 2, 2});
        assertEquals(0.0, constant.sd());
        assertEquals(0.0, constant.ci().halfWidth());
    }

    @Test
    void prefixAndErrors() {
        assertEquals(2.0, Summary.of(new double[] {1, 2, 3, 99, 99}, 3).mean());
        assertEquals("confidence level must be in (0, 1), got 1.0", assertThrows(IllegalArgumentException.class,
                () -> Summary.of(new double[] {1, 2}).ci(1.0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Summary.of(new double[2], 3));
    }
}
