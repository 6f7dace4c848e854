package netcap.stats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Wilson score interval against the published values of Newcombe, "Two-sided confidence
 * intervals for the single proportion", Statistics in Medicine 17:857-872 (1998), Table I,
 * method 3 (score method without continuity correction), given there to four decimals.
 */
class WilsonTest {
    private static void check(int x, int n, double lo, double hi) {
        Wilson w = Wilson.of(x, n);
        assertEquals(lo, w.lower(), 0.00005, x + "/" + n + " lower");
        assertEquals(hi, w.upper(), 0.00005, x + "/" + n + " upper");
        assertEquals((double) x / n, w.share(), 1e-15);
    }

    @Test
    void newcombeTableOne() {
        check(81, 263, 0.2553, 0.3662);
        check(15, 148, 0.0624, 0.1605);
        check(0, 20, 0.0000, 0.1611);
        check(1, 29, 0.0061, 0.1718);
    }

    @Test
    void symmetricAndInsideTheUnitInterval() {
        Wilson a = Wilson.of(3, 12);
        Wilson b = Wilson.of(9, 12);
        assertEquals(a.lower(), 1 - b.upper(), 1e-12);
        assertEquals(a.upper(), 1 - b.lower(), 1e-12);
        Wilson all = Wilson.of(12, 12);
        assertEquals(1.0, all.upper());
        assertTrue(all.lower() > 0.7 && all.lower() < 0.8, "12/12 lower " + all.lower());
        // a wider interval at a higher level
        assertTrue(Wilson.of(6, 12, 0.99).lower() < Wilson.of(6, 12).lower());
        assertEquals(1.959964, Wilson.normalQuantile(0.95), 1e-6);
    }

    @Test
    void noTrialsGiveNaNAndBadCountsAreRefused() {
        assertTrue(Double.isNaN(Wilson.of(0, 0).share()));
        assertTrue(Double.isNaN(Wilson.of(0, 0).lower()));
        assertThrows(IllegalArgumentException.class, () -> Wilson.of(5, 4));
        assertThrows(IllegalArgumentException.class, () -> Wilson.of(1, 4, 1.0));
    }
}
