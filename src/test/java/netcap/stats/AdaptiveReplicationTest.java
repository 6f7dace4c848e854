package netcap.stats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdaptiveReplicationTest {
    private final AdaptiveReplication rule = new AdaptiveReplication(0.05, 3, 10);

    @Test
    void belowMinimumAlwaysNeedsMore() {
        assertTrue(rule.needsMore(new double[] {5, 5}));
    }

    @Test
    void preciseEnoughStops() {
        // mean 100, sd 1, n 5: half-width 2.776 * 1/sqrt(5) = 1.24 -> 1.24% < 5%
        assertFalse(rule.needsMore(new double[] {99, 100, 101, 100.5, 99.5}));
    }

    @Test
    void impreciseContinuesUntilMaximum() {
        double[] noisy = {1, 10, 1, 10, 1, 10, 1, 10, 1, 10};
        assertTrue(rule.needsMore(noisy, 5));
        assertTrue(rule.needsMore(noisy, 9));
        assertFalse(rule.needsMore(noisy, 10), "never beyond the maximum");
    }

    @Test
    void zeroMeanUsesAbsoluteHalfWidth() {
        assertFalse(rule.needsMore(new double[] {0, 0, 0}), "all-zero metric stops at the minimum");
        assertFalse(rule.needsMore(new double[] {-0.01, 0.01, 0.0}), "half-width 0.0248 <= 0.05");
        assertTrue(rule.needsMore(new double[] {-1, 1, 0}), "half-width 2.48 > 0.05");
    }

    @Test
    void nonFiniteValuesKeepGoing() {
        assertTrue(rule.needsMore(new double[] {1, Double.NaN, 1, 1}));
    }

    @Test
    void severalMetrics() {
        double[][] m = {{100, 100, 100, 100}, {1, 10, 1, 10}};
        assertTrue(rule.needsMore(m, 4));
        assertFalse(rule.needsMore(new double[][] {{100, 100, 100, 100}, {5, 5, 5, 5}}, 4));
    }

    @Test
    void validation() {
        assertEquals("maximum replications 2 is below the minimum 3", assertThrows(IllegalArgumentException.class,
                () -> new AdaptiveReplication(0.05, 3, 2)).getMessage());
        assertEquals("minimum replications must be at least 2, got 1", assertThrows(IllegalArgumentException.class,
                () -> new AdaptiveReplication(0.05, 1, 2)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new AdaptiveReplication(0, 3, 5));
    }
}
