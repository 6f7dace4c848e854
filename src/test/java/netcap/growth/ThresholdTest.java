package netcap.growth;

import netcap.random.Streams;
import netcap.world.Graph;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Threshold steps computed by hand, cascades, and the frontier algorithm against plain steps. */
class ThresholdTest {
    @Test
    void absoluteStepByHand() {
        Graph g = Nets.five(); // 0-1, 1-2, 2-3, 1-3; 4 isolated
        double[] th = {0, 1, 1, 0, 0};
        byte[] adopted = {1, 0, 0, 0, 0};
        byte[] next = new byte[5];
        // 1 sees node 0 (1 >= 1); 2 sees nobody; 3 and 4 have threshold 0 and adopt unconditionally
        assertEquals(3, Threshold.step(g, 5, adopted, next, th, false));
        assertArrayEquals(new byte[] {1, 1, 0, 1, 1}, next);
        byte[] next2 = new byte[5];
        assertEquals(1, Threshold.step(g, 5, next, next2, th, false)); // 2 now sees 1 and 3
        assertArrayEquals(new byte[] {1, 1, 1, 1, 1}, next2);
    }

    @Test
    void fractionalStepByHand() {
        Graph g = Nets.five();
        double[] half = {0.5, 0.5, 0.5, 0.5, 0.5};
        byte[] next = new byte[5];
        // only 0 adopted: 1 sees 1/3, 2 sees 0/2, 3 sees 0/2, isolated 4 has share 0
        assertEquals(0, Threshold.step(g, 5, new byte[] {1, 0, 0, 0, 0}, next, half, true));
        assertArrayEquals(new byte[] {1, 0, 0, 0, 0}, next);
        // 0 and 2 adopted: 1 sees 2/3 >= 0.5; 3 sees {1, 2} -> 1/2 >= 0.5 (the boundary counts)
        assertEquals(2, Threshold.step(g, 5, new byte[] {1, 0, 1, 0, 0}, next, half, true));
        assertArrayEquals(new byte[] {1, 1, 1, 1, 0}, next);
        // boundary: 1/3 against the threshold 1/3 and 0.34
        assertTrue(Threshold.adopts(1, 3, 1.0 / 3, true));
        assertFalse(Threshold.adopts(1, 3, 0.34, true));
        assertTrue(Threshold.adopts(9, 50, 0.18, true), "9/50 is the double 0.18");
        assertTrue(Threshold.adopts(0, 0, 0.0, true));
        assertFalse(Threshold.adopts(0, 0, 0.1, true));
    }

    @Test
    void completeGraphCountsTheOthers() {
        Threshold.Cascade c = Threshold.cascade(null, 4, new byte[4], new double[] {0, 1, 3, 3}, false, 100);
        assertEquals(2, c.adopters());
        assertEquals(2, c.steps());
        assertArrayEquals(new int[] {0, 1, 2}, c.adoptersByStep());
        byte[] s = new byte[5];
        Threshold.Cascade f = Threshold.cascade(null, 5, s, new double[] {0, 0.25, 0.5, 0.75, 1.0}, true, 100);
        assertEquals(5, f.adopters());
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, f.adoptersByStep());
        assertArrayEquals(new byte[] {1, 1, 1, 1, 1}, s);
        Threshold.Cascade capped = Threshold.cascade(null, 5, new byte[5], new double[] {0, 0.25, 0.5, 0.75, 1.0},
                true, 2);
        assertEquals(2, capped.adopters());
        assertTrue(capped.stopped());
        assertFalse(f.stopped());
    }

    @Test
    void cascadeEqualsRepeatedSteps() {
        for (int trial = 0; trial < 12; trial++) {
            int n = 400;
            boolean fractional = trial % 2 == 0;
            boolean complete = trial % 3 == 0;
            Graph g = Nets.er(n, 2 + trial, 100 + trial);
            ThresholdDistribution dist = fractional ? ThresholdDistribution.uniform(0.0, 0.4, true)
                    : ThresholdDistribution.uniform(0, complete ? 60 : 3, false);
            double[] th = dist.draw(n, Streams.child(7, trial));
            byte[] start = new byte[n];
            for (int v : Seeding.randomNodes(n, 3, trial)) {
                start[v] = 1;
            }
            // plain synchronous steps
            byte[] a = start.clone();
            byte[] b = new byte[n];
            int steps = 0;
            int total = Bass.countAdopters(a, n);
            java.util.List<Integer> history = new java.util.ArrayList<>(java.util.List.of(total));
            while (true) {
                int added = Threshold.step(complete ? null : g, n, a, b, th, fractional);
                byte[] t = a;
                a = b;
                b = t;
                if (added == 0) {
                    break;
                }
                steps++;
                total += added;
                history.add(total);
            }
            byte[] c = start.clone();
            Threshold.Cascade res = Threshold.cascade(complete ? null : g, n, c, th, fractional, Integer.MAX_VALUE);
            assertArrayEquals(a, c, "trial " + trial);
            assertEquals(steps, res.steps(), "trial " + trial);
            assertArrayEquals(history.stream().mapToInt(Integer::intValue).toArray(), res.adoptersByStep());
        }
    }
}
