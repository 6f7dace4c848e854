package netcap.generate;

import ec.util.MersenneTwisterFast;
import netcap.world.Graph;
import netcap.world.NodeAttributes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeterminismTest {
    static List<String> names() {
        return Generators.names();
    }

    static Graph run(String name, long seed, NodeAttributes attrs) {
        Map<String, Object> params = new HashMap<>();
        params.put("n", 3000);
        if (name.equals("erdosRenyiGnp")) {
            params.put("p", 0.004);
        }
        if (name.equals("erdosRenyiGnm")) {
            params.put("m", 6000);
        }
        return Generators.create(name, params).generate(attrs, new MersenneTwisterFast(seed));
    }

    static NodeAttributes attrs() {
        return new NodeAttributes(3000, 4).randomInterests(new MersenneTwisterFast(1));
    }

    @ParameterizedTest
    @MethodSource("names")
    void sameSeedSameGraphDifferentSeedDifferentGraph(String name) {
        NodeAttributes a1 = attrs();
        NodeAttributes a2 = attrs();
        Graph g1 = run(name, 42, a1);
        Graph g2 = run(name, 42, a2);
        assertArrayEquals(g1.offsets(), g2.offsets());
        assertArrayEquals(g1.adjacency(), g2.adjacency());
        assertArrayEquals(a1.x, a2.x);
        assertArrayEquals(a1.region, a2.region);
        Graph g3 = run(name, 43, attrs());
        boolean same = Arrays.equals(g1.offsets(), g3.offsets()) && Arrays.equals(g1.adjacency(), g3.adjacency());
        if (name.equals("ringLattice")) {
            assertTrue(same, "the ring lattice is deterministic");
        } else {
            assertFalse(same, name + ": different seeds gave the same graph");
        }
    }
}
