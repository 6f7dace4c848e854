package netcap.validate;

import netcap.growth.Threshold;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Granovetter's (1978) riot. */
class GranovetterValidationTest {
    @Test
    void everyoneRiotsWithThresholdsZeroToNinetyNine() {
        Threshold.Cascade c = GranovetterValidation.riot(false);
        assertEquals(100, c.adopters());
        assertEquals(100, c.steps(), "one more rioter per step");
        for (int t = 0; t <= 100; t++) {
            assertEquals(t, c.adoptersByStep()[t]);
        }
    }

    @Test
    void onlyTheInstigatorRiotsWhenThresholdOneBecomesTwo() {
        Threshold.Cascade c = GranovetterValidation.riot(true);
        assertEquals(1, c.adopters());
        assertEquals(1, c.steps());
    }

    @Test
    void validationPasses() {
        Outcome o = new GranovetterValidation().run(1, 1);
        assertTrue(o.pass(), o.result());
        assertTrue(Validations.names().contains("granovetter"));
        assertTrue(Validations.names().contains("bass"));
    }
}
