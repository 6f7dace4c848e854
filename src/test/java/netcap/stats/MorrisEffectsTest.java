package netcap.stats;

import netcap.design.Factor;
import netcap.design.MorrisDesign;
import netcap.random.Streams;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MorrisEffectsTest {

    /**
     * y = 3 a - 2 c + d^2 + d e with b unused: a and c are linear (constant elementary effects,
     * sigma 0), b has no effect (mu* 0), d is non-linear and interacts with e (sigma > 0).
     */
    @Test
    void inertLinearAndNonlinearFactors() {
        List<Factor> fs = List.of(Factor.continuous("a", 0, 2), Factor.continuous("b", -1, 1),
                Factor.continuous("c", 10, 15), Factor.continuous("d", 0, 1), Factor.continuous("e", 0, 1));
        MorrisDesign d = MorrisDesign.create(fs, 20, 4, Streams.rng(2024, "morris"));
        double[][] x = d.values();
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 3 * x[i][0] - 2 * x[i][2] + x[i][3] * x[i][3] + x[i][3] * x[i][4];
        }
        MorrisEffects m = MorrisEffects.estimate(d, y);
        // effects are per unit of the normalised range: slope * (max - min)
        MorrisEffects.Effect a = m.get("a");
        assertEquals(6.0, a.mu(), 1e-9);
        assertEquals(6.0, a.muStar(), 1e-9);
        assertEquals(0.0, a.sigma(), 1e-9);
        MorrisEffects.Effect c = m.get("c");
        assertEquals(-10.0, c.mu(), 1e-9);
        assertEquals(10.0, c.muStar(), 1e-9, "mu* is the mean absolute effect");
        assertEquals(0.0, c.sigma(), 1e-9);
        MorrisEffects.Effect b = m.get("b");
        assertEquals(0.0, b.mu());
        assertEquals(0.0, b.muStar());
        assertEquals(0.0, b.sigma());
        MorrisEffects.Effect dd = m.get("d");
        assertTrue(dd.sigma() > 0.1, "non-linear/interacting factor has spread " + dd);
        assertTrue(dd.muStar() > 0.5);
        assertTrue(m.get("e").sigma() > 0.1, "interacting factor has spread");
    }

    /**
     * The paired excess over the dummy: a factor with a small effect is told apart from noise whose
     * size varies between trajectories (a third lie in a noisy region), a factor the output ignores
     * is not. The dummy draws new noise (new streams); the other factors keep it (common random
     * numbers).
     */
    @Test
    void thePairedExcessOverTheDummySeparatesASmallEffectFromNoise() {
        List<Factor> fs = List.of(Factor.continuous("small", 0, 1), Factor.continuous("none", 0, 1),
                Factor.continuous("dummy", 0, 1));
        int r = 30;
        MorrisDesign d = MorrisDesign.create(fs, r, 4, Streams.rng(7, "morris"));
        double[][] x = d.unitPoints();
        ec.util.MersenneTwisterFast rng = Streams.rng(8, "noise");
        double[] y = new double[x.length];
        for (int t = 0; t < r; t++) {
            double scale = t % 3 == 0 ? 5 : 0.5;
            double low = rng.nextGaussian();
            double high = rng.nextGaussian();
            for (int s = 0; s <= 3; s++) {
                int i = d.index(t, s);
                y[i] = x[i][0] + 0.1 * scale * (x[i][2] >= 0.5 ? high : low);
            }
        }
        double small = MorrisEffects.excessOverDummyLow(d, y, 0, 2, 1000, 0.95, Streams.rng(9));
        double none = MorrisEffects.excessOverDummyLow(d, y, 1, 2, 1000, 0.95, Streams.rng(9));
        assertEquals(Boolean.FALSE, Inert.isInertPaired(small), "the factor with an effect is not inert: " + small);
        assertEquals(Boolean.TRUE, Inert.isInertPaired(none), "a factor the output ignores is: " + none);
        assertEquals(null, Inert.isInertPaired(Double.NaN));
        assertTrue(Double.isNaN(MorrisEffects.excessOverDummyLow(d, y, 0, 2, 0, 0.95, null)), "no bootstrap, no bound");
    }

    @Test
    void elementaryEffectsByHand() {
        List<Factor> fs = List.of(Factor.continuous("u", 0, 1), Factor.continuous("v", 0, 1));
        MorrisDesign d = MorrisDesign.create(fs, 3, 4, Streams.rng(77));
        double[][] x = d.unitPoints();
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i][0] * x[i][1];
        }
        double[][] ee = MorrisEffects.elementaryEffects(d, y);
        for (int t = 0; t < 3; t++) {
            for (int s = 1; s <= 2; s++) {
                int f = d.changedFactor(t, s);
                double[] before = x[d.index(t, s - 1)];
                double[] after = x[d.index(t, s)];
                double slope = (after[0] * after[1] - before[0] * before[1]) / (after[f] - before[f]);
                assertEquals(slope, ee[f][t], 1e-12);
                // for u*v the slope in u is v (which did not move)
                assertEquals(before[1 - f], ee[f][t], 1e-12);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> MorrisEffects.estimate(d, new double[2]));
    }

    @Test
    void singleTrajectoryHasNaNSigma() {
        MorrisDesign d = MorrisDesign.create(List.of(Factor.continuous("u", 0, 1)), 1, 4, Streams.rng(1));
        MorrisEffects m = MorrisEffects.estimate(d, new double[] {1, 2});
        assertTrue(Double.isNaN(m.get("u").sigma()));
    }
}
