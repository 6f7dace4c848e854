package netcap.generate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidationTest {
    static void fails(String expected, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertEquals(expected, e.getMessage());
    }

    static void failsStartingWith(String prefix, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().startsWith(prefix), "message was: " + e.getMessage());
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void constructorMessages() {
        fails("erdosRenyiGnp: n must be >= 0, was -1", () -> new ErdosRenyiGnp(-1, 0.1));
        fails("erdosRenyiGnp: p must be in [0,1], was 1.5", () -> new ErdosRenyiGnp(10, 1.5));
        fails("erdosRenyiGnp: p must be in [0,1], was NaN", () -> new ErdosRenyiGnp(10, Double.NaN));
        failsStartingWith("erdosRenyiGnp: expected p*n*(n-1)/2 = ", () -> new ErdosRenyiGnp(1_000_000, 0.5));
        fails("erdosRenyiGnm: m must be in [0, n*(n-1)/2] = [0, 45], was 46", () -> new ErdosRenyiGnm(10, 46));
        fails("erdosRenyiGnm: n must be >= 0, was -5", () -> new ErdosRenyiGnm(-5, 0));
        fails("ringLattice: k must be even, was 3", () -> new RingLattice(10, 3));
        fails("ringLattice: k must be in [0, n-1] = [0, 9], was 10", () -> new RingLattice(10, 10));
        fails("wattsStrogatz: p must be in [0,1], was 1.5", () -> new WattsStrogatz(100, 4, 1.5));
        fails("wattsStrogatz: k must be even, was 5", () -> new WattsStrogatz(100, 5, 0.1));
        fails("wattsStrogatz: k must be in [0, n-1] = [0, 99], was -2", () -> new WattsStrogatz(100, -2, 0.1));
        fails("barabasiAlbert: m must be >= 1, was 0", () -> new BarabasiAlbert(100, 0));
        fails("barabasiAlbert: n must be >= m+1 = 4, was 3", () -> new BarabasiAlbert(3, 3));
        fails("randomRegular: n*d must be even, was 5*3 = 15", () -> new RandomRegular(5, 3));
        fails("randomRegular: d must be in [0, n-1] = [0, 4], was 5", () -> new RandomRegular(5, 5));
        fails("regional: regions must be >= 1, was 0", () -> new Regional(100, 0, 0.1, 5, 0));
        fails("regional: spread must be in (0,1], was 0.0", () -> new Regional(100, 2, 0, 5, 0));
        fails("regional: meanDegree must be in [0, n-1] = [0, 99], was 100", () -> new Regional(100, 2, 0.1, 100, 0));
        fails("regional: decay must be >= 0 (0 = automatic), was -0.1", () -> new Regional(100, 2, 0.1, 5, -0.1));
        fails("homophily: homophily must be in [-20,20], was 25.0", () -> new Homophily(100, 5, 25));
        fails("homophily: meanDegree must be in [0, n-1] = [0, 99], was -1", () -> new Homophily(100, -1, 1));
        fails("homophily: node attributes have size 10, expected n = 100",
                () -> new Homophily(100, 5, 1).generate(new netcap.world.NodeAttributes(10, 2),
                        new ec.util.MersenneTwisterFast(1)));
    }

    @Test
    void factoryMessages() {
        fails("unknown generator \"wattsStrogaz\" (did you mean \"wattsStrogatz\"?); known generators: erdosRenyiGnp, "
                        + "erdosRenyiGnm, ringLattice, wattsStrogatz, barabasiAlbert, randomRegular, regional, homophily",
                () -> Generators.create("wattsStrogaz", Map.of()));
        failsStartingWith("unknown generator \"BarabasiAlbert\" (did you mean \"barabasiAlbert\"?);",
                () -> Generators.create("BarabasiAlbert", Map.of()));
        failsStartingWith("unknown generator \"scaleFreeXYZ\"; known generators: erdosRenyiGnp,",
                () -> Generators.create("scaleFreeXYZ", Map.of()));
        fails("wattsStrogatz: unknown parameter \"q\"; allowed parameters: n, k, p",
                () -> Generators.create("wattsStrogatz", map("q", 0.1)));
        fails("wattsStrogatz: unknown parameter \"nn\" (did you mean \"n\"?); allowed parameters: n, k, p",
                () -> Generators.create("wattsStrogatz", map("nn", 10)));
        fails("wattsStrogatz: parameter 'k' must be an integer >= 0, even, <= n-1, was \"abc\"",
                () -> Generators.create("wattsStrogatz", map("k", "abc")));
        fails("wattsStrogatz: parameter 'k' must be an integer >= 0, even, <= n-1, was 2.5",
                () -> Generators.create("wattsStrogatz", map("k", 2.5)));
        fails("wattsStrogatz: parameter 'k' must be an integer >= 0, even, <= n-1, was \"4.5\"",
                () -> Generators.create("wattsStrogatz", map("k", "4.5")));
        fails("wattsStrogatz: parameter 'p' must be a finite number in [0, 1], was \"high\"",
                () -> Generators.create("wattsStrogatz", map("p", "high")));
        fails("wattsStrogatz: parameter 'p' must be a finite number in [0, 1], was true",
                () -> Generators.create("wattsStrogatz", map("p", true)));
        fails("wattsStrogatz: parameter 'p' must be a finite number in [0, 1], was \"1.5\"",
                () -> Generators.create("wattsStrogatz", map("p", "1.5")));
        fails("randomRegular: n*d must be even, was 1001*3 = 3003",
                () -> Generators.create("randomRegular", map("n", 1001, "d", 3)));
        fails("erdosRenyiGnp: parameter 'n' must be an integer >= 0, was -3", () -> Generators.create("erdosRenyiGnp", map("n", -3, "p", 0.1)));
        fails("erdosRenyiGnp: missing required parameter \"p\" (number, [0, 1]: tie probability per pair; mean degree p(n-1))",
                () -> Generators.create("erdosRenyiGnp", map("n", 100)));
        failsStartingWith("erdosRenyiGnm: missing required parameter \"m\"",
                () -> Generators.create("erdosRenyiGnm", Map.of()));
        fails("ringLattice: parameter 'n' must be an integer >= 0, was 3000000000",
                () -> Generators.create("ringLattice", map("n", 3_000_000_000L)));
    }

    @Test
    void factoryConvertsValues() {
        assertEquals(1000, Generators.create("ringLattice", map("n", "1e3", "k", 4L)).nodes());
        assertEquals(500, Generators.create("wattsStrogatz", map("n", 500.0, "k", " 6 ", "p", "0.25")).nodes());
        assertEquals(1000, Generators.create("barabasiAlbert", null).nodes());
        assertEquals(1000, Generators.create("homophily", map("n", null)).nodes());
        ErdosRenyiGnp gnp = (ErdosRenyiGnp) Generators.create("erdosRenyiGnp", map("p", 1));
        assertEquals(1.0, gnp.p());
    }

    @Test
    void catalogDescribesEveryGenerator() {
        assertEquals(Generators.names(), Generators.catalog().stream().map(GeneratorInfo::name).toList());
        for (GeneratorInfo info : Generators.catalog()) {
            assertTrue(!info.description().isBlank());
            assertEquals("n", info.params().get(0).key());
            for (GeneratorInfo.Param p : info.params()) {
                assertTrue(p.type().equals("integer") || p.type().equals("number"), p.toString());
                assertTrue(!p.range().isBlank() && !p.description().isBlank(), p.toString());
            }
            // all defaults (plus the required keys) give a valid generator
            Map<String, Object> params = new HashMap<>();
            for (GeneratorInfo.Param p : info.params()) {
                if (p.required()) {
                    params.put(p.key(), p.type().equals("integer") ? 100 : 0.01);
                }
            }
            assertEquals(1000, Generators.create(info.name(), params).nodes());
        }
    }

    @Test
    void suggestions() {
        assertEquals("meanDegree", Generators.suggest("meandegre", java.util.List.of("n", "meanDegree", "homophily")));
        assertEquals(null, Generators.suggest("q", java.util.List.of("n", "k", "p")));
        assertEquals(null, Generators.suggest("completelyDifferent", Generators.names()));
    }

    @Test
    void levenshtein() {
        assertEquals(0, netcap.util.Names.distance("abc", "abc"));
        assertEquals(3, netcap.util.Names.distance("kitten", "sitting"));
        assertEquals(3, netcap.util.Names.distance("", "abc"));
    }
}
