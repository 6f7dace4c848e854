package netcap.calibrate;

import ec.util.MersenneTwisterFast;
import netcap.random.Streams;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ABC-SMC against a posterior known in closed form: the mean theta of a normal with known variance
 * 1, n = 25 observations, a uniform prior on [-5, 5] (wide enough that the truncation is
 * negligible: the posterior is N(xbar, 1/n) to within 1e-20 of mass). The simulator draws n values
 * from N(theta, 1); the distance is |simulated mean - xbar| (a sufficient statistic, so the ABC
 * posterior tends to the exact one as the tolerance falls: with tolerance e its variance is
 * 1/n + e^2/3).
 */
class AbcSmcTest {
    private static final int N = 25;

    private static double[] run(long seed, int particles, int generations) {
        MersenneTwisterFast data = Streams.rng(seed, "data");
        double xbar = 0;
        for (int i = 0; i < N; i++) {
            xbar += 1.3 + data.nextGaussian();
        }
        xbar /= N;
        double observed = xbar;
        long simKey = Streams.child(seed, "simulate");
        AbcSmc abc = new AbcSmc(new double[] {-5}, new double[] {5}, particles, generations, 0.5, 0.01);
        AbcSmc.Result r = abc.run(Streams.rng(seed, "abc"), (g, b, thetas) -> {
            double[] d = new double[thetas.size()];
            for (int i = 0; i < d.length; i++) {
                MersenneTwisterFast rng = Streams.rng(Streams.child(Streams.child(Streams.child(simKey, g), b), i));
                double s = 0;
                for (int k = 0; k < N; k++) {
                    s += thetas.get(i)[0] + rng.nextGaussian();
                }
                d[i] = Math.abs(s / N - observed);
            }
            return d;
        }, (g, t, n, a) -> { });
        double mean = 0;
        double[] v = new double[r.particles().length];
        for (int i = 0; i < v.length; i++) {
            v[i] = r.particles()[i][0];
            mean += r.weights()[i] * v[i];
        }
        double var = 0;
        for (int i = 0; i < v.length; i++) {
            var += r.weights()[i] * (v[i] - mean) * (v[i] - mean);
        }
        AbcSmc.Generation last = r.generations().get(r.generations().size() - 1);
        return new double[] {xbar, mean, Math.sqrt(var), AbcSmc.weightedQuantile(v, r.weights(), 0.025),
                AbcSmc.weightedQuantile(v, r.weights(), 0.975), last.ess(), last.tolerance(), r.generations().size()};
    }

    @Test
    void normalMeanWithKnownVarianceMatchesTheAnalyticalPosterior() {
        double sd = 1 / Math.sqrt(N); // 0.2
        double[] r = run(2009, 1000, 8);
        double xbar = r[0];
        assertEquals(8, (int) r[7], "all generations ran");
        assertTrue(r[6] < 0.05, "the tolerance fell to below a quarter of the posterior sd: " + r[6]);
        assertTrue(r[5] > 300, "effective sample size of the last generation: " + r[5]);
        // Tolerances, with their reasons: the Monte Carlo standard error of the weighted mean is about
        // sd / sqrt(ess) <= 0.2 / sqrt(300) = 0.012, so 0.04 is more than 3 standard errors; the sd is
        // inflated by the tolerance (sqrt(1/n + e^2/3) <= 1.01 sd at e < 0.05) and estimated with a relative
        // standard error of about 1 / sqrt(2 ess) = 4%: 12% is 3 of those; the 2.5% and 97.5% quantiles
        // (xbar -+ 1.96 sd = -+ 0.392) are estimated from the tails: within 0.06.
        assertEquals(xbar, r[1], 0.04, "posterior mean");
        assertEquals(sd, r[2], 0.12 * sd, "posterior sd");
        assertEquals(xbar - 1.96 * sd, r[3], 0.06, "2.5% quantile");
        assertEquals(xbar + 1.96 * sd, r[4], 0.06, "97.5% quantile");
    }

    @Test
    void theSameStreamGivesTheSameResultAndEveryAcceptedParticleIsWithinItsTolerance() {
        List<Double> tolerances = new ArrayList<>();
        double[] a = run(5, 100, 4);
        double[] b = run(5, 100, 4);
        assertEquals(java.util.Arrays.toString(a), java.util.Arrays.toString(b));
        AbcSmc abc = new AbcSmc(new double[] {0}, new double[] {1}, 20, 3, 0.5, 0.01);
        AbcSmc.Result r = abc.run(Streams.rng(1), (g, bt, thetas) -> thetas.stream().mapToDouble(t -> Math.abs(t[0] - 0.3)).toArray(),
                (g, t, n, acc) -> tolerances.add(t));
        for (AbcSmc.Candidate c : r.candidates()) {
            if (c.accepted()) {
                assertTrue(c.distance() <= r.generations().get(c.generation()).tolerance());
            }
        }
        assertEquals(3, r.generations().size());
        double sum = 0;
        for (double w : r.weights()) {
            sum += w;
        }
        assertEquals(1, sum, 1e-12, "normalised weights");
    }
}
