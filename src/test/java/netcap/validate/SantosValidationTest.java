package netcap.validate;

import netcap.game.CostVariant;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Santos et al. (2008) validation at reduced size (N = 400, 1500 + 500 generations, 8 runs),
 * which shows the same ordering as the full check ({@code netcap validate santos2008}).
 */
class SantosValidationTest {
    static final SantosExperiment.Setup SMALL = new SantosExperiment.Setup(400, 1500, 500, 8, CostVariant.PER_GAME);
    static final double[] ETAS = {0.4, 0.6, 0.7, 0.8, 0.9, 1.0};

    @Test
    @SuppressWarnings("unchecked")
    void scaleFreeGraphsCooperateAtLowerEtaForSeveralSeeds() {
        for (long seed = 1; seed <= 3; seed++) {
            Outcome o = new SantosValidation(SMALL, ETAS).run(seed, 2);
            assertTrue(o.pass(), "seed " + seed + ": " + o.result());
            double ba = (Double) o.details().get("eta_star_barabasi_albert");
            Object reg = o.details().get("eta_star_random_regular");
            assertTrue(reg == null || ba < (Double) reg);
            List<Map<String, Object>> regular = (List<Map<String, Object>>) o.details().get("random_regular");
            // defection wins at low eta on both, cooperation is high at eta = 1 on the regular graphs
            assertEquals(0.0, (Double) regular.get(0).get("cooperators"), 1e-12);
            assertTrue((Double) regular.get(5).get("cooperators") > 0.8);
        }
    }

    @Test
    void outcomeDoesNotDependOnThreads() {
        SantosExperiment.Setup tiny = new SantosExperiment.Setup(200, 300, 100, 3, CostVariant.PER_GAME);
        double[] etas = {0.6, 0.8};
        assertEquals(new SantosValidation(tiny, etas).run(4, 1), new SantosValidation(tiny, etas).run(4, 2));
    }

    @Test
    void crossingInterpolatesBetweenGridPoints() {
        SantosExperiment.Cell[] row = {
                cell(0.5, 0.0, 0.0), cell(0.6, 0.2, 0.4), cell(0.7, 0.8, 0.8)};
        // mean 0.3 at 0.6 and 0.8 at 0.7: 0.5 is reached at 0.6 + (0.2 / 0.5) * 0.1 = 0.64
        assertEquals(0.64, SantosValidation.crossing(row, 0.5), 1e-12);
        assertTrue(Double.isNaN(SantosValidation.crossing(row, 0.9)));
        assertEquals(0.5, SantosValidation.crossing(row, 0.0), 1e-12);
    }

    private static SantosExperiment.Cell cell(double eta, double... values) {
        return new SantosExperiment.Cell(SantosExperiment.Network.RANDOM_REGULAR, eta, values, 0, 0);
    }

    @Test
    void registered() {
        assertTrue(Validations.names().contains("santos2008"));
    }
}
