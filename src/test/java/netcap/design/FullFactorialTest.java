package netcap.design;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FullFactorialTest {

    @Test
    void lastSweepVariesFastest() {
        List<LinkedHashMap<String, Object>> pts = FullFactorial.points(List.of(
                new FullFactorial.Sweep("a", List.of(1, 2)),
                new FullFactorial.Sweep("b", List.of("x", "y", "z")),
                new FullFactorial.Sweep("c", List.of(true, false))));
        assertEquals(12, pts.size());
        assertEquals(12L, FullFactorial.count(List.of(
                new FullFactorial.Sweep("a", List.of(1, 2)),
                new FullFactorial.Sweep("b", List.of("x", "y", "z")),
                new FullFactorial.Sweep("c", List.of(true, false)))));
        StringBuilder sb = new StringBuilder();
        for (LinkedHashMap<String, Object> p : pts) {
            assertEquals(List.of("a", "b", "c"), List.copyOf(p.keySet()));
            sb.append(p.get("a")).append(p.get("b")).append(p.get("c") == Boolean.TRUE ? "T" : "F").append(' ');
        }
        assertEquals("1xT 1xF 1yT 1yF 1zT 1zF 2xT 2xF 2yT 2yF 2zT 2zF ", sb.toString());
        // value objects are passed through unchanged
        assertEquals(Integer.class, pts.get(0).get("a").getClass());
    }

    @Test
    void mapOverloadKeepsInsertionOrder() {
        LinkedHashMap<String, List<?>> m = new LinkedHashMap<>();
        m.put("z", List.of(0.5, 1.5));
        m.put("a", List.of("p"));
        List<LinkedHashMap<String, Object>> pts = FullFactorial.points(m);
        assertEquals(2, pts.size());
        assertEquals(List.of("z", "a"), List.copyOf(pts.get(0).keySet()));
        assertEquals(1.5, pts.get(1).get("z"));
    }

    @Test
    void errors() {
        assertEquals("sweep over 'x' has no values",
                assertThrows(IllegalArgumentException.class,
                        () -> new FullFactorial.Sweep("x", List.of())).getMessage());
        assertEquals("duplicate sweep name 'x'",
                assertThrows(IllegalArgumentException.class, () -> FullFactorial.points(List.of(
                        new FullFactorial.Sweep("x", List.of(1)),
                        new FullFactorial.Sweep("x", List.of(2))))).getMessage());
        assertEquals("a full factorial needs at least one sweep",
                assertThrows(IllegalArgumentException.class, () -> FullFactorial.points(List.of())).getMessage());
        assertEquals("sweep over 'x' has a value of unsupported type StringBuilder (q); "
                        + "allowed are numbers, strings and booleans",
                assertThrows(IllegalArgumentException.class,
                        () -> new FullFactorial.Sweep("x", List.of(new StringBuilder("q")))).getMessage());
    }

    @Test
    void rangeIsExactInDecimal() {
        assertEquals(List.of(0.1, 0.2, 0.3, 0.4, 0.5), FullFactorial.range(0.1, 0.5, 0.1));
        assertEquals(List.of(0.0, 0.3, 0.6, 0.9), FullFactorial.range(0.0, 1.0, 0.3));
        assertEquals(List.of(0.05, 0.15, 0.25, 0.35), FullFactorial.range(0.05, 0.35, 0.1));
        List<Double> r = FullFactorial.range(1.0, 2.0, 0.1);
        assertEquals(11, r.size());
        assertEquals(1.7, r.get(7));
        assertEquals(2.0, r.get(10));
        assertEquals(List.of(1.0, 0.75, 0.5, 0.25, 0.0), FullFactorial.range(1.0, 0.0, -0.25));
        assertEquals(List.of(3.0), FullFactorial.range(3.0, 3.0, 1.0));
        assertEquals(List.of(2, 4, 6), FullFactorial.rangeInt(2, 7, 2));
        assertEquals(List.of(5, 4, 3), FullFactorial.rangeInt(5, 3, -1));
    }

    @Test
    void rangeErrors() {
        assertEquals("range step must not be zero",
                assertThrows(IllegalArgumentException.class, () -> FullFactorial.range(0, 1, 0)).getMessage());
        assertEquals("range from 0.0 to 1.0 needs a positive step, got -0.1",
                assertThrows(IllegalArgumentException.class, () -> FullFactorial.range(0, 1, -0.1)).getMessage());
        assertEquals("range from 1.0 to 0.0 needs a negative step, got 0.1",
                assertThrows(IllegalArgumentException.class, () -> FullFactorial.range(1, 0, 0.1)).getMessage());
        assertEquals("range needs finite from, to and step, got from 0.0, to NaN, step 0.1",
                assertThrows(IllegalArgumentException.class,
                        () -> FullFactorial.range(0, Double.NaN, 0.1)).getMessage());
        assertEquals("range from 0.0 to 1.0E9 by 1.0E-9 has more than 10000000 values",
                assertThrows(IllegalArgumentException.class, () -> FullFactorial.range(0, 1e9, 1e-9)).getMessage());
        assertEquals("range step must not be zero",
                assertThrows(IllegalArgumentException.class, () -> FullFactorial.rangeInt(0, 1, 0)).getMessage());
    }
}
