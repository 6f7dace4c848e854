package netcap.stats;

import netcap.design.Factor;
import netcap.design.SobolDesign;
import netcap.random.Streams;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SobolIndicesTest {

    private static double[] evaluate(SobolDesign d, java.util.function.ToDoubleFunction<double[]> f) {
        double[][] x = d.values();
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = f.applyAsDouble(x[i]);
        }
        return y;
    }

    /**
     * Ishigami &amp; Homma (1990): f = sin x1 + a sin^2 x2 + b x3^4 sin x1 on [-pi, pi]^3.
     * Analytic partial variances (e.g. Saltelli et al. 2010, sec. 4; Sobol' &amp; Levitan 1999):
     * V1 = (1 + b pi^4/5)^2 / 2, V2 = a^2/8, V3 = 0, V13 = 8 b^2 pi^8 / 225,
     * V = 1/2 + a^2/8 + b pi^4/5 + b^2 pi^8/18.
     */
    @Test
    void ishigamiIndicesMatchAnalyticValues() {
        double a = 7.0;
        double b = 0.1;
        double pi4 = Math.pow(Math.PI, 4);
        double pi8 = pi4 * pi4;
        double v1 = 0.5 * Math.pow(1.0 + b * pi4 / 5.0, 2);
        double v2 = a * a / 8.0;
        double v3 = 0.0;
        double v13 = 8.0 * b * b * pi8 / 225.0;
        double v = 0.5 + a * a / 8.0 + b * pi4 / 5.0 + b * b * pi8 / 18.0;
        assertEquals(v, v1 + v2 + v3 + v13, 1e-9, "the partial variances add up");
        double[] s1 = {v1 / v, v2 / v, v3 / v};
        double[] st = {(v1 + v13) / v, v2 / v, (v3 + v13) / v};
        // sanity check against the commonly quoted values
        assertEquals(0.3139, s1[0], 1e-4);
        assertEquals(0.4424, s1[1], 1e-4);
        assertEquals(0.5576, st[0], 1e-4);
        assertEquals(0.2437, st[2], 1e-4);

        List<Factor> factors = List.of(Factor.continuous("x1", -Math.PI, Math.PI),
                Factor.continuous("x2", -Math.PI, Math.PI), Factor.continuous("x3", -Math.PI, Math.PI));
        SobolDesign d = SobolDesign.create(factors, 1 << 13);
        double[] y = evaluate(d, x -> Math.sin(x[0]) + a * Math.sin(x[1]) * Math.sin(x[1])
                + b * Math.pow(x[2], 4) * Math.sin(x[0]));
        SobolIndices res = SobolIndices.estimate(d, y, Streams.rng(42, "bootstrap"));
        assertEquals(v, res.variance(), 0.05 * v);
        assertEquals(1000, res.resamples());
        for (int i = 0; i < 3; i++) {
            SobolIndices.Index x = res.indices().get(i);
            assertEquals("x" + (i + 1), x.name());
            assertEquals(s1[i], x.s1(), 0.05, "S1 of " + x.name());
            assertEquals(st[i], x.st(), 0.05, "ST of " + x.name());
            assertTrue(x.s1Lower() <= x.s1() && x.s1() <= x.s1Upper(), "S1 CI contains the estimate " + x);
            assertTrue(x.stLower() <= x.st() && x.st() <= x.stUpper(), "ST CI contains the estimate " + x);
            assertTrue(x.s1Upper() - x.s1Lower() > 0, "S1 CI has positive width " + x);
            assertTrue(x.stUpper() - x.stLower() > 0, "ST CI has positive width " + x);
            assertTrue(x.s1Upper() - x.s1Lower() < 0.2, "S1 CI is reasonably narrow " + x);
        }
        assertEquals(res.indices().get(1), res.get("x2"));
    }

    /**
     * Sobol' g-function g = prod (|4 x_i - 2| + a_i) / (1 + a_i) on [0, 1]^k, with
     * V_i = 1 / (3 (1 + a_i)^2), V = prod (1 + V_i) - 1, S_i = V_i / V and
     * S_Ti = V_i prod_{j != i} (1 + V_j) / V (Saltelli et al. 2010, sec. 4).
     */
    @Test
    void gFunctionIndicesMatchClosedForm() {
        double[] a = {0.0, 1.0, 4.5, 9.0, 99.0};
        int k = a.length;
        double[] vi = new double[k];
        double prod = 1.0;
        for (int i = 0; i < k; i++) {
            vi[i] = 1.0 / (3.0 * (1.0 + a[i]) * (1.0 + a[i]));
            prod *= 1.0 + vi[i];
        }
        double v = prod - 1.0;
        Factor[] fs = new Factor[k];
        for (int i = 0; i < k; i++) {
            fs[i] = Factor.continuous("g" + i, 0.0, 1.0);
        }
        SobolDesign d = SobolDesign.create(List.of(fs), 1 << 13);
        double[] y = evaluate(d, x -> {
            double g = 1.0;
            for (int i = 0; i < k; i++) {
                g *= (Math.abs(4.0 * x[i] - 2.0) + a[i]) / (1.0 + a[i]);
            }
            return g;
        });
        SobolIndices res = SobolIndices.estimate(d, y, 200, 0.95, Streams.rng(3, "bootstrap"));
        for (int i = 0; i < k; i++) {
            double s1 = vi[i] / v;
            double st = vi[i] * prod / (1.0 + vi[i]) / v;
            assertEquals(s1, res.indices().get(i).s1(), 0.03, "S1 of g" + i);
            assertEquals(st, res.indices().get(i).st(), 0.03, "ST of g" + i);
        }
        // the first factor dominates and has a visible interaction share
        assertTrue(res.indices().get(0).st() - res.indices().get(0).s1() > 0.05);
    }

    /** Additive linear model y = sum c_i x_i on [0, 1]: S_i = S_Ti = c_i^2 / sum c_j^2. */
    @Test
    void linearModelHasEqualFirstAndTotalIndices() {
        double[] c = {1.0, 2.0, 3.0, 0.0};
        double sum2 = 14.0;
        List<Factor> fs = List.of(Factor.continuous("a", 0, 1), Factor.continuous("b", 0, 1),
                Factor.continuous("c", 0, 1), Factor.continuous("d", 0, 1));
        SobolDesign d = SobolDesign.create(fs, 1 << 12);
        double[] y = evaluate(d, x -> c[0] * x[0] + c[1] * x[1] + c[2] * x[2] + c[3] * x[3]);
        SobolIndices res = SobolIndices.estimate(d, y, 0, 0.95, null);
        for (int i = 0; i < 4; i++) {
            SobolIndices.Index x = res.indices().get(i);
            assertEquals(c[i] * c[i] / sum2, x.s1(), 0.02, "S1 of " + x.name());
            assertEquals(c[i] * c[i] / sum2, x.st(), 0.02, "ST of " + x.name());
            assertTrue(Double.isNaN(x.s1Lower()), "no bootstrap -> NaN bounds");
        }
        assertEquals(0.0, res.get("d").st(), 0.0, "an unused factor has exactly zero total effect");
    }

    @Test
    void bootstrapIsDeterministicForASeed() {
        List<Factor> fs = List.of(Factor.continuous("a", 0, 1), Factor.continuous("b", 0, 1));
        SobolDesign d = SobolDesign.create(fs, 256);
        double[] y = evaluate(d, x -> x[0] * x[1] + x[0]);
        SobolIndices r1 = SobolIndices.estimate(d, y, 100, 0.9, Streams.rng(9));
        SobolIndices r2 = SobolIndices.estimate(d, y, 100, 0.9, Streams.rng(9));
        SobolIndices r3 = SobolIndices.estimate(d, y, 100, 0.9, Streams.rng(10));
        assertEquals(r1, r2);
        assertTrue(r1.indices().get(0).s1Lower() != r3.indices().get(0).s1Lower());
    }

    @Test
    void degenerateAndBadInput() {
        List<Factor> fs = List.of(Factor.continuous("a", 0, 1));
        SobolDesign d = SobolDesign.create(fs, 8);
        SobolIndices constant = SobolIndices.estimate(d, new double[d.size()], 10, 0.95, Streams.rng(1));
        assertTrue(Double.isNaN(constant.indices().get(0).s1()));
        double[] y = new double[d.size()];
        y[3] = Double.NaN;
        assertEquals("f(A)[3] is not finite: NaN", assertThrows(IllegalArgumentException.class,
                () -> SobolIndices.estimate(d, y, 10, 0.95, Streams.rng(1))).getMessage());
        assertEquals("expected 24 outputs for the Sobol design, got 2", assertThrows(IllegalArgumentException.class,
                () -> SobolIndices.estimate(d, new double[2], Streams.rng(1))).getMessage());
    }

    @Test
    void quantileInterpolatesLinearly() {
        double[] s = {1, 2, 3, 4, 5};
        assertEquals(1.0, SobolIndices.quantileSorted(s, 0.0));
        assertEquals(3.0, SobolIndices.quantileSorted(s, 0.5));
        assertEquals(1.1, SobolIndices.quantileSorted(s, 0.025), 1e-12);
        assertEquals(5.0, SobolIndices.quantileSorted(s, 1.0));
    }
}
