package netcap.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code netcap network --generator NAME --param KEY=VALUE}. */
class NetworkGeneratorCommandTest {
    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void generatedRingLatticeHasTheKnownClustering() throws Exception {
        CliRun o = run("network", "--generator", "wattsStrogatz", "--param", "n=500", "--param", "k=8", "--param", "p=0");
        assertEquals(0, o.code(), o.err());
        JsonNode j = new ObjectMapper().readTree(o.out());
        assertEquals(500, j.get("nodes").asInt());
        assertEquals(2000, j.get("edges").asInt());
        assertEquals(3.0 * 6 / (4.0 * 7), j.get("average_clustering").asDouble(), 1e-12);
    }

    @Test
    void sameSeedSameNetworkDifferentSeedDifferentNetwork() {
        String[] a = {"network", "--generator", "erdosRenyiGnp", "--param", "n=300", "--param", "p=0.02", "--seed", "5"};
        CliRun x = run(a);
        CliRun y = run(a);
        a[a.length - 1] = "6";
        CliRun z = run(a);
        assertEquals(x.out(), y.out());
        assertFalse(x.out().equals(z.out()));
    }

    @Test
    void badGeneratorInputGivesOneLineAndExitCode2() {
        String[][] cases = {
                {"unknown generator \"wattsStrogats\"", "network", "--generator", "wattsStrogats"},
                {"wattsStrogatz: parameter 'n' must be an integer >= 0, was \"-5\"", "network", "--generator", "wattsStrogatz", "--param", "n=-5"},
                {"erdosRenyiGnp: parameter 'p' must be a finite number in [0, 1], was \"1.5\"", "network", "--generator", "erdosRenyiGnp", "--param", "p=1.5"},
                {"unknown parameter \"q\"", "network", "--generator", "wattsStrogatz", "--param", "q=1"},
                {"expected KEY=VALUE", "network", "--generator", "wattsStrogatz", "--param", "n"},
                {"not neither", "network"},
                {"not both", "network", "data/networks/karate.csv", "--generator", "ringLattice"},
        };
        for (String[] c : cases) {
            String[] args = java.util.Arrays.copyOfRange(c, 1, c.length);
            CliRun o = run(args);
            assertEquals(2, o.code(), String.join(" ", args) + ": " + o.err());
            assertEquals(1, o.err().strip().lines().count(), o.err());
            assertTrue(o.err().contains(c[0]), "expected '" + c[0] + "' in " + o.err());
            assertFalse(o.err().contains("Exception"), o.err());
        }
    }
}
