package netcap.generate;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LongHashSetTest {
    @Test
    void agreesWithJavaSetUnderRandomAddsAndRemoves() {
        LongHashSet set = new LongHashSet(10);
        Set<Long> ref = new HashSet<>();
        MersenneTwisterFast rng = new MersenneTwisterFast(1);
        for (int step = 0; step < 200_000; step++) {
            long key = rng.nextInt(5000);
            int op = rng.nextInt(3);
            if (op == 0) {
                assertEquals(ref.add(key), set.add(key));
            } else if (op == 1) {
                assertEquals(ref.remove(key), set.remove(key));
            } else {
                assertEquals(ref.contains(key), set.contains(key));
            }
            assertEquals(ref.size(), set.size());
        }
    }

    @Test
    void edgeKeyIsSymmetric() {
        assertEquals(LongHashSet.edgeKey(3, 7), LongHashSet.edgeKey(7, 3));
        assertEquals((3L << 32) | 7, LongHashSet.edgeKey(7, 3));
    }
}
