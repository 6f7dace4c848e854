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
