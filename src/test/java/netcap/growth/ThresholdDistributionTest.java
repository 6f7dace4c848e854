package netcap.growth;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Parsing, drawing and error messages of threshold distributions. */
class ThresholdDistributionTest {
    @Test
    void parsesEachType() {
        ThresholdDistribution n = ThresholdDistribution.parse("{type: normal, mean: 0.18, sd: 0.05}");
        assertEquals(ThresholdDistribution.Type.NORMAL, n.type());
        assertTrue(n.fractional());
        double[] x = n.draw(20_000, 3);
        double mean = 0;
        for (double v : x) {
            assertTrue(v >= 0 && v <= 1);
            mean += v / x.length;
        }
        assertEquals(0.18, mean, 0.002);
        assertArrayEquals(new double[] {0.2, 0.2, 0.2}, ThresholdDistribution.parse("{type: fixed, value: 0.2}").draw(3, 1));
        ThresholdDistribution u = ThresholdDistribution.parse(Map.of("type", "uniform", "min", 2, "max", "5",
                "kind", "absolute"));
        assertFalse(u.fractional());
        for (double v : u.draw(1000, 9)) {
            assertTrue(v >= 2 && v < 5);
        }
        ThresholdDistribution l = ThresholdDistribution.parse("{type: list, kind: absolute, values: [0, 1, 2, 7]}");
        assertArrayEquals(new double[] {0, 1, 2, 7}, l.draw(4, 0));
        assertEquals("{type: fixed, value: 0.2, kind: fractional}", ThresholdDistribution.fixed(0.2, true).toString());
    }

    @Test
    void normalIsClipped() {
        double[] f = ThresholdDistribution.normal(0.5, 2, true).draw(5000, 1);
        double[] a = ThresholdDistribution.normal(0, 3, false).draw(5000, 1);
        int zeros = 0;
        int ones = 0;
        for (int i = 0; i < f.length; i++) {
            assertTrue(f[i] >= 0 && f[i] <= 1);
            assertTrue(a[i] >= 0);
            zeros += f[i] == 0 ? 1 : 0;
            ones += f[i] == 1 ? 1 : 0;
        }
        assertTrue(zeros > 1000 && ones > 1000, zeros + " " + ones);
    }

    @Test
    void drawsAreDeterministicAndPerAgent() {
        ThresholdDistribution u = ThresholdDistribution.uniform(0, 1, true);
        double[] small = u.draw(10, 42);
        double[] big = u.draw(1000, 42);
        for (int i = 0; i < 10; i++) {
            assertEquals(small[i], big[i], "agent i's threshold does not depend on N");
        }
        assertArrayEquals(big, u.draw(1000, 42));
        assertFalse(java.util.Arrays.equals(big, u.draw(1000, 43)));
    }

    private static String error(String spec) {
        return assertThrows(IllegalArgumentException.class, () -> ThresholdDistribution.parse(spec)).getMessage();
    }

    @Test
    void clearErrors() {
        assertTrue(error("{type: normall, mean: 0.1, sd: 0.1}").contains("unknown type \"normall\"; known: fixed, uniform, normal, list; did you mean 'normal'?"));
        assertTrue(error("{mean: 0.1}").contains("missing \"type\""));
        assertTrue(error("{type: normal, mean: 0.1}").contains("threshold normal: missing \"sd\""));
        assertTrue(error("{type: normal, mean: 0.1, sd: -1}").contains("sd must be >= 0, was -1"));
        assertTrue(error("{type: normal, mean: 0.1, sdd: 1}").contains("unknown key \"sdd\""));
        assertTrue(error("{type: uniform, min: 0.5, max: 0.2}").contains("min (0.5) must be <= max (0.2)"));
        assertTrue(error("{type: uniform, min: 0.5, max: 2}").contains("max must be in [0, 1] for a fractional threshold, was 2"));
        assertTrue(error("{type: fixed, value: -1, kind: absolute}").contains("value must be in [0, inf) for an absolute threshold"));
        assertTrue(error("{type: fixed, value: abc}").contains("value must be a finite number, was \"abc\""));
        assertTrue(error("{type: fixed, value: 0.1, kind: relative}").contains("kind must be fractional or absolute"));
        assertTrue(error("{type: list, values: 3}").contains("values must be a list of numbers"));
        assertTrue(error("{type: list, values: []}").contains("values must not be empty"));
        assertTrue(error("[1, 2]").contains("expected a map"));
        assertTrue(error("").contains("empty description"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ThresholdDistribution.parse(
                Map.of("type", "fixed", "value", Double.NaN))).getMessage().contains("value must be a finite number"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ThresholdDistribution.list(new double[] {0, 1, 2}, false).draw(4, 0));
        assertTrue(e.getMessage().contains("has 3 values but the population has 4 agents"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ThresholdDistribution.parse(Map.of("type", "list",
                "values", List.of(0.1, "x"))));
    }
}
