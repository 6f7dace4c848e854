package netcap.growth;

import netcap.world.Graph;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Seeding helpers and adoption measures. */
class SeedingAndMeasuresTest {
    @Test
    void seeding() {
        Graph g = Nets.five();
        assertEquals(1, Seeding.highestDegree(g));
        int[] r = Seeding.randomNodes(100, 10, 5);
        assertEquals(10, new HashSet<>(java.util.Arrays.stream(r).boxed().toList()).size());
        assertArrayEquals(r, Seeding.randomNodes(100, 10, 5));
        int[] f = Seeding.followersAmongContacts(g, 1, 2, 3);
        assertEquals(2, f.length);
        Set<Integer> contacts = Set.of(0, 2, 3);
        for (int v : f) {
            assertTrue(contacts.contains(v));
        }
        assertEquals(3, Seeding.followersAmongContacts(g, 1, 10, 3).length);
        assertEquals(0, Seeding.followersAmongContacts(g, 4, 2, 3).length);
        byte[] adopted = new byte[5];
        assertEquals(2, Seeding.mark(adopted, 1, 3, 3));
        assertArrayEquals(new byte[] {0, 1, 0, 1, 0}, adopted);
        assertThrows(IllegalArgumentException.class, () -> Seeding.mark(adopted, 5));
        assertThrows(IllegalArgumentException.class, () -> Seeding.randomNodes(3, 4, 1));
    }

    @Test
    void measures() {
        double[] s = {0, 0.02, 0.05, 0.11, 0.3, 0.6, 0.8, 0.9, 0.95};
        assertEquals(3, AdoptionMeasures.takeoffStep(s));
        assertEquals(5, AdoptionMeasures.takeoffStep(s, 0.5));
        assertEquals(-1, AdoptionMeasures.takeoffStep(s, 0.99));
        assertEquals(5, AdoptionMeasures.peakRateStep(s)); // 0.3 -> 0.6
        assertEquals(-1, AdoptionMeasures.peakRateStep(new double[] {0.2, 0.2}));
        assertEquals(0.95, AdoptionMeasures.finalShare(s));
        assertTrue(AdoptionMeasures.isGlobal(101, 10_000));
        assertFalse(AdoptionMeasures.isGlobal(100, 10_000));
        assertTrue(AdoptionMeasures.isGlobal(51, 10_000, 0.005));
    }
}
