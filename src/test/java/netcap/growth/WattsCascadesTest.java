package netcap.growth;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cascade window of Watts (2002) on a small sweep. */
class WattsCascadesTest {
    @Test
    void analyticalWindow() {
        double[] w = WattsCascades.analyticalWindow(0.18, 16);
        assertEquals(2, w.length);
        assertEquals(1.02, w[0], 0.01);
        assertEquals(5.76, w[1], 0.01);
        // the window narrows as phi rises
        double[] w24 = WattsCascades.analyticalWindow(0.24, 16);
        double[] w12 = WattsCascades.analyticalWindow(0.12, 16);
        assertTrue(w24[1] < w[1] && w[1] < w12[1]);
        // at z = 1 a node of degree k <= 5 needs only one active neighbour: the condition is below 0
        assertTrue(WattsCascades.cascadeCondition(0.18, 1.0) < 0);
        assertTrue(WattsCascades.cascadeCondition(0.18, 3.0) > 0);
    }

    @Test
    void globalCascadesOnlyInsideTheWindow() {
        double[] z = {0.5, 3, 9};
        WattsCascades.Result r = WattsCascades.sweep(3000, z, new double[] {0.18}, 40, 0.01, 1, 2);
        List<WattsCascades.Point> p = r.points();
        assertEquals(0, p.get(0).globalCascades(), "z = 0.5: no giant component");
        assertTrue(p.get(1).frequency() > 0.6, "z = 3: inside the window " + p.get(1));
        assertTrue(p.get(1).meanGlobalSize() > 0.9, "cascades in the window take nearly everyone " + p.get(1));
        assertEquals(0, p.get(2).globalCascades(), "z = 9: above the window");
    }
}
