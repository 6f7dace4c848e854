package netcap.calibrate;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The distance of docs/calibration.md, computed by hand on two targets. */
class DistanceTest {
    private static Target target(String label, double[] observed, String scale, double error, double weight) {
        int[][] steps = new int[observed.length][];
        double[] times = new double[observed.length];
        for (int i = 0; i < observed.length; i++) {
            steps[i] = new int[] {i + 1};
            times[i] = i + 1;
        }
        return new Target(label, "series", "joined", times, observed, steps, "sum", scale, error, weight);
    }

    @Test
    void distanceIsTheRootOfTheSumOfTheTargetsMeanSquaredStandardisedResiduals() {
        Target a = target("a", new double[] {1, 3}, "none", 2, 1); // residuals of the mean model (2, 4): (0.5, 0.5) -> mean 0.25
        Target b = target("b", new double[] {1, 1}, "total", 1, 4); // model (1, 3) -> (0.25, 0.75); data (0.5, 0.5): r^2 * 4 = 0.25 each
        CalibrationSpec cal = new CalibrationSpec("abc-smc", 2, List.of("innovation"), new double[] {0}, new double[] {1}, List.of(a, b),
                new CalibrationSpec.Abc(10, 1, 0.5, 0.01, null), new CalibrationSpec.Cmaes(10, 0.3), new double[] {Double.NaN});
        double[][] reps = {{1, 3, 0, 2}, {3, 5, 2, 4}}; // means: a (2, 4), b (1, 3)
        assertArrayEquals(new double[] {2, 4, 1, 3}, Simulator.mean(reps));
        assertEquals(Math.sqrt(0.25 + 0.25), Simulator.distance(cal, reps), 1e-15);
        assertArrayEquals(new double[] {0.25, 0.75}, Simulator.scaled(cal, 1, Simulator.mean(reps)), 1e-15);
        assertArrayEquals(new double[] {0.5, 0.5}, b.observedScaled(), 1e-15);
    }

    @Test
    void quantilesAndWeightedQuantiles() {
        assertEquals(2.5, AbcSmc.quantile(new double[] {4, 1, 3, 2}, 0.5), 1e-15);
        assertEquals(3, AbcSmc.weightedQuantile(new double[] {1, 2, 3}, new double[] {0.1, 0.2, 0.7}, 0.5));
        assertEquals(1, AbcSmc.weightedQuantile(new double[] {1, 2, 3}, new double[] {0.1, 0.2, 0.7}, 0.025));
        assertEquals(4, AbcSmc.ess(new double[] {0.25, 0.25, 0.25, 0.25}), 1e-12);
    }
}
