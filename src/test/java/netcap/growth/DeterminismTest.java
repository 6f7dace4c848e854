package netcap.growth;

import netcap.random.Streams;
import netcap.world.Graph;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Same key, same result; slices in any order and on any number of threads give the same state. */
class DeterminismTest {
    @Test
    void bassSlicesInAnyOrderAndThreads() throws Exception {
        int n = 3000;
        Graph g = Nets.er(n, 6, 11);
        byte[] adopted = new byte[n];
        for (int v : Seeding.randomNodes(n, 300, 2)) {
            adopted[v] = 1;
        }
        double[] pBoost = ThresholdDistribution.uniform(1, 3, false).draw(n, 5);
        for (boolean wellMixed : new boolean[] {false, true}) {
            byte[] whole = new byte[n];
            int added = Bass.step(wellMixed ? null : g, n, adopted, whole, 0.02, 0.3, 1, null, pBoost, null, 99, 4, 0, n);
            byte[] reversed = new byte[n];
            int sum = 0;
            for (int s = 9; s >= 0; s--) {
                sum += Bass.step(wellMixed ? null : g, n, adopted, reversed, 0.02, 0.3, 1, null, pBoost, null, 99, 4,
                        s * n / 10, (s + 1) * n / 10);
            }
            assertArrayEquals(whole, reversed);
            assertEquals(added, sum);
            byte[] threaded = new byte[n];
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> fs = new ArrayList<>();
                for (int s = 0; s < 7; s++) {
                    int from = s * n / 7;
                    int to = (s + 1) * n / 7;
                    fs.add(pool.submit(() -> Bass.step(wellMixed ? null : g, n, adopted, threaded, 0.02, 0.3, 1, null,
                            pBoost, null, 99, 4, from, to)));
                }
                int t = 0;
                for (Future<Integer> f : fs) {
                    t += f.get();
                }
                assertEquals(added, t);
            } finally {
                pool.shutdownNow();
            }
            assertArrayEquals(whole, threaded);
            byte[] other = new byte[n];
            Bass.step(wellMixed ? null : g, n, adopted, other, 0.02, 0.3, 1, null, pBoost, null, 99, 5, 0, n);
            assertNotEquals(java.util.Arrays.toString(whole), java.util.Arrays.toString(other), "another step, other draws");
        }
    }

    @Test
    void thresholdSlices() {
        int n = 2000;
        Graph g = Nets.er(n, 5, 3);
        double[] th = ThresholdDistribution.normal(0.2, 0.1, true).draw(n, 8);
        byte[] adopted = new byte[n];
        for (int v : Seeding.randomNodes(n, 200, 4)) {
            adopted[v] = 1;
        }
        byte[] whole = new byte[n];
        int added = Threshold.step(g, n, adopted, whole, th, true);
        byte[] parts = new byte[n];
        int sum = 0;
        for (int s = 4; s >= 0; s--) {
            sum += Threshold.step(g, n, adopted, parts, th, true, s * n / 5, (s + 1) * n / 5);
        }
        assertArrayEquals(whole, parts);
        assertEquals(added, sum);
    }

    @Test
    void wellMixedRunsAndWattsSweepAreReproducible() {
        assertArrayEquals(Bass.wellMixedRun(1000, 0, 0.03, 0.38, 1, 20, Streams.child(1, 2)),
                Bass.wellMixedRun(1000, 0, 0.03, 0.38, 1, 20, Streams.child(1, 2)));
        double[] z = {1.5, 3, 8};
        WattsCascades.Result a = WattsCascades.sweep(2000, z, WattsCascades.PHI, 10, 0.01, 5, 1);
        WattsCascades.Result b = WattsCascades.sweep(2000, z, WattsCascades.PHI, 10, 0.01, 5, 2);
        assertEquals(a.points(), b.points());
    }
}
