package netcap.design;

import netcap.random.Streams;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MorrisDesignTest {
    private static final List<Factor> FACTORS = List.of(
            Factor.continuous("a", 0, 1), Factor.continuous("b", -5, 5),
            Factor.continuous("c", 0, 100), Factor.integer("d", 0, 3), Factor.continuous("e", 1, 2));

    @Test
    void trajectoriesMoveOneFactorAtATimeByDeltaOnTheGrid() {
        int r = 30;
        int p = 4;
        int k = FACTORS.size();
        MorrisDesign d = MorrisDesign.create(FACTORS, r, p, Streams.rng(11, "morris"));
        assertEquals(r * (k + 1), d.size());
        assertEquals(4.0 / 6.0, d.delta(), 1e-15);
        boolean[] sawUp = new boolean[k];
        boolean[] sawDown = new boolean[k];
        for (int t = 0; t < r; t++) {
            boolean[] moved = new boolean[k];
            for (int s = 0; s <= k; s++) {
                for (int j = 0; j < k; j++) {
                    double u = d.unit(d.index(t, s), j);
                    assertTrue(u >= 0 && u <= 1);
                    double level = u * (p - 1);
                    assertEquals(Math.rint(level), level, 1e-12, "on the grid");
                }
                if (s == 0) {
                    continue;
                }
                int f = d.changedFactor(t, s);
                int dir = d.direction(t, s);
                moved[f] = true;
                if (dir > 0) {
                    sawUp[f] = true;
                } else {
                    sawDown[f] = true;
                }
                for (int j = 0; j < k; j++) {
                    double diff = d.unit(d.index(t, s), j) - d.unit(d.index(t, s - 1), j);
                    assertEquals(j == f ? dir * d.delta() : 0.0, diff, 1e-12);
                }
            }
            for (int j = 0; j < k; j++) {
                assertTrue(moved[j], "each factor moves once per trajectory");
            }
        }
        for (int j = 0; j < k; j++) {
            assertTrue(sawUp[j] && sawDown[j], "both directions occur");
        }
        // integer factor with 4 integers on a 4-level grid takes exactly its 4 values
        boolean[] seen = new boolean[4];
        for (int i = 0; i < d.size(); i++) {
            seen[(Integer) d.point(i).get("d")] = true;
        }
        assertArrayEquals(new boolean[] {true, true, true, true}, seen);
    }

    @Test
    void sameSeedSameDesign() {
        double[][] a = MorrisDesign.create(FACTORS, 10, 6, Streams.rng(5, "m")).unitPoints();
        double[][] b = MorrisDesign.create(FACTORS, 10, 6, Streams.rng(5, "m")).unitPoints();
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(a[i], b[i]);
        }
    }

    @Test
    void errors() {
        assertEquals("a Morris design needs an even number of levels >= 2, got 5",
                assertThrows(IllegalArgumentException.class,
                        () -> MorrisDesign.create(FACTORS, 3, 5, Streams.rng(1))).getMessage());
        assertEquals("a Morris design needs at least 1 trajectory, got 0",
                assertThrows(IllegalArgumentException.class,
                        () -> MorrisDesign.create(FACTORS, 0, 4, Streams.rng(1))).getMessage());
        MorrisDesign d = MorrisDesign.create(FACTORS, 2, 4, Streams.rng(1));
        assertThrows(IndexOutOfBoundsException.class, () -> d.changedFactor(0, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> d.index(2, 0));
    }
}
