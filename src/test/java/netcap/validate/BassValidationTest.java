package netcap.validate;

import netcap.growth.Bass;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Bass validation passes and does not depend on the thread count. */
class BassValidationTest {
    @Test
    void passes() {
        Outcome o = new BassValidation().run(1, 2);
        assertTrue(o.pass(), o.result());
        assertTrue((Double) o.details().get("dt1_max_dev_mean_field_finite_n") <= 0.004);
        assertTrue((Double) o.details().get("dt001_max_dev_closed_form") <= 0.01);
        assertEquals(Bass.peakTime(0.03, 0.38), (Double) o.details().get("peak_time_simulated"), 0.1);
    }

    @Test
    void independentOfThreads() {
        assertEquals(new BassValidation().run(3, 1), new BassValidation().run(3, 2));
    }

    @Test
    void peakEstimatorOnTheClosedForm() {
        double dt = 0.01;
        double[] f = new double[2001];
        for (int k = 0; k < f.length; k++) {
            f[k] = Bass.closedForm(0.03, 0.38, k * dt);
        }
        double t = BassValidation.peakTime(BassValidation.smoothedRate(f, dt, 0.5), dt);
        assertEquals(Bass.peakTime(0.03, 0.38), t, 0.005);
    }
}
