package netcap.growth;

import netcap.random.CounterRandom;
import netcap.stats.Summary;
import netcap.world.Graph;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Bass step against hand-written logic, its modes, and the binomial shortcut. */
class BassTest {
    private static final long KEY = 0x1234_5678_9abcL;

    @Test
    void networkStepMatchesHandLogic() {
        Graph g = Nets.five();
        byte[] adopted = {1, 0, 0, 1, 0};
        double p = 0.2;
        double q = 0.6;
        double dt = 0.5;
        // hand-computed adopted shares: node 1 sees {0,2,3} -> 2/3; node 2 sees {1,3} -> 1/2; node 4 isolated -> 0
        double[] prob = {0, (p + q * 2 / 3.0) * dt, (p + q * 0.5) * dt, 0, p * dt};
        for (long step = 0; step < 50; step++) {
            byte[] next = new byte[5];
            int added = Bass.step(g, 5, adopted, next, p, q, dt, KEY, step);
            byte[] expected = {1, 0, 0, 1, 0};
            int count = 0;
            for (int i : new int[] {1, 2, 4}) {
                if (CounterRandom.uniform(KEY, step, i, Bass.SALT) < prob[i]) {
                    expected[i] = 1;
                    count++;
                }
            }
            assertArrayEquals(expected, next, "step " + step);
            assertEquals(count, added);
            assertArrayEquals(new byte[] {1, 0, 0, 1, 0}, adopted, "the current state is not modified");
        }
    }

    @Test
    void eligibilityAndBoosts() {
        Graph g = Nets.five();
        byte[] adopted = {1, 0, 0, 1, 0};
        byte[] eligible = {1, 1, 0, 1, 1};
        double[] pBoost = {1, 1, 1, 1, 3};
        double[] qBoost = {1, 0.5, 1, 1, 1};
        double p = 0.1;
        double q = 0.6;
        for (long step = 0; step < 50; step++) {
            byte[] next = new byte[5];
            Bass.step(g, 5, adopted, next, p, q, 1.0, eligible, pBoost, qBoost, KEY, step, 0, 5);
            assertEquals(0, next[2], "ineligible never adopts");
            boolean n1 = CounterRandom.uniform(KEY, step, 1, Bass.SALT) < p + q * 0.5 * 2 / 3.0;
            boolean n4 = CounterRandom.uniform(KEY, step, 4, Bass.SALT) < 3 * p;
            assertEquals(n1 ? 1 : 0, next[1]);
            assertEquals(n4 ? 1 : 0, next[4]);
        }
        // probabilities are capped at 1
        byte[] next = new byte[5];
        assertEquals(3, Bass.step(g, 5, adopted, next, 5, 0, 1.0, KEY, 0));
    }

    @Test
    void wellMixedUsesTheShareAmongTheOtherAgents() {
        byte[] adopted = {1, 1, 0, 0};
        double q = 0.9; // p = 0: probability 0.9 * 2/3 = 0.6 for each non-adopter
        for (long step = 0; step < 100; step++) {
            byte[] next = new byte[4];
            Bass.step(null, 4, adopted, next, 0, q, 1.0, KEY, step);
            for (int i = 2; i < 4; i++) {
                boolean adopt = CounterRandom.uniform(KEY, step, i, Bass.SALT) < 0.6;
                assertEquals(adopt ? 1 : 0, next[i]);
            }
        }
    }

    @Test
    void binomialCountAgreesWithPerAgentDraws() {
        int n = 50;
        int reps = 4000;
        int steps = 8;
        double p = 0.03;
        double q = 0.38;
        double[][] perAgent = new double[steps + 1][reps];
        double[][] binomial = new double[steps + 1][reps];
        byte[] a = new byte[n];
        byte[] b = new byte[n];
        for (int r = 0; r < reps; r++) {
            Arrays.fill(a, (byte) 0);
            long key = netcap.random.Streams.child(KEY, r);
            for (int t = 0; t < steps; t++) {
                Bass.step(null, n, a, b, p, q, 1.0, key, t);
                byte[] tmp = a;
                a = b;
                b = tmp;
                perAgent[t + 1][r] = Bass.countAdopters(a, n);
            }
            double[] share = Bass.wellMixedRun(n, 0, p, q, 1.0, steps, netcap.random.Streams.child(KEY ^ 1, r));
            for (int t = 0; t <= steps; t++) {
                binomial[t][r] = share[t] * n;
            }
        }
        for (int t = 1; t <= steps; t++) {
            Summary x = Summary.of(perAgent[t]);
            Summary y = Summary.of(binomial[t]);
            double se = Math.sqrt(x.variance() / reps + y.variance() / reps);
            assertTrue(Math.abs(x.mean() - y.mean()) < 4 * se, "step " + t + ": means " + x.mean() + " vs " + y.mean());
            double ratio = x.variance() / y.variance();
            assertTrue(ratio > 0.85 && ratio < 1.18, "step " + t + ": variances " + x.variance() + " vs " + y.variance());
        }
        // both follow the finite-N mean field closely
        double[] mf = Bass.meanField(n, p, q, 1.0, steps, 0);
        for (int t = 1; t <= steps; t++) {
            assertEquals(mf[t] * n, Summary.of(binomial[t]).mean(), 0.05 * n, "step " + t);
        }
    }

    @Test
    void binomialSamplerIsExact() {
        int n = 20;
        double p = 0.3;
        int draws = 40_000;
        int[] counts = new int[n + 1];
        for (int i = 0; i < draws; i++) {
            counts[Binomial.sample(n, p, CounterRandom.uniform(KEY, i, 0, 7))]++;
        }
        double chi2 = 0;
        int cells = 0;
        for (int k = 0; k <= n; k++) {
            double e = draws * Math.exp(Binomial.logPmf(n, p, k));
            if (e >= 5) {
                chi2 += (counts[k] - e) * (counts[k] - e) / e;
                cells++;
            }
        }
        // 99.9% quantile of chi-square with <= 14 degrees of freedom is about 36
        assertTrue(chi2 < 36, "chi2 = " + chi2 + " over " + cells + " cells");
        // large n where (1-p)^n underflows
        double sum = 0;
        double sq = 0;
        int m = 20_000;
        for (int i = 0; i < m; i++) {
            int x = Binomial.sample(10_000, 0.4, CounterRandom.uniform(KEY, i, 1, 7));
            sum += x;
            sq += (double) x * x;
        }
        double mean = sum / m;
        double var = sq / m - mean * mean;
        assertEquals(4000, mean, 4 * Math.sqrt(2400.0 / m));
        assertEquals(2400, var, 2400 * 0.06);
        assertEquals(0, Binomial.sample(0, 0.5, 0.3));
        assertEquals(0, Binomial.sample(10, 0, 0.99));
        assertEquals(10, Binomial.sample(10, 1, 0.0));
        assertEquals(5, Binomial.sample(10, 0.5, 0.0), "u = 0 returns the mode, the first value searched");
        assertThrows(IllegalArgumentException.class, () -> Binomial.sample(-1, 0.5, 0.5));
        assertThrows(IllegalArgumentException.class, () -> Binomial.sample(5, 1.5, 0.5));
    }

    @Test
    void closedFormAndPeak() {
        assertEquals(Math.log(0.38 / 0.03) / 0.41, Bass.peakTime(0.03, 0.38), 1e-12);
        assertEquals(6.19, Bass.peakTime(0.03, 0.38), 0.005);
        assertEquals(0, Bass.closedForm(0.03, 0.38, 0), 1e-15);
        double tStar = Bass.peakTime(0.03, 0.38);
        assertEquals((0.38 - 0.03) / (2 * 0.38), Bass.closedForm(0.03, 0.38, tStar), 1e-12);
        assertTrue(Bass.closedFormRate(0.03, 0.38, tStar) > Bass.closedFormRate(0.03, 0.38, tStar - 0.01));
        assertTrue(Bass.closedFormRate(0.03, 0.38, tStar) > Bass.closedFormRate(0.03, 0.38, tStar + 0.01));
    }

    @Test
    void badInput() {
        byte[] s = new byte[3];
        assertThrows(IllegalArgumentException.class, () -> Bass.step(null, 3, s, s.clone(), -0.1, 0.2, 1, KEY, 0));
        assertThrows(IllegalArgumentException.class, () -> Bass.step(null, 3, s, s.clone(), 0.1, 0.2, 0, KEY, 0));
        assertThrows(IllegalArgumentException.class,
                () -> Bass.step(Nets.five(), 3, s, s.clone(), 0.1, 0.2, 1, KEY, 0));
        assertThrows(IllegalArgumentException.class, () -> Bass.wellMixedStep(10, 11, 0.1, 0.2, 1, KEY, 0));
    }
}
