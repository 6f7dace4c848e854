package netcap.generate;

import ec.util.MersenneTwisterFast;
import netcap.world.Graph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RandomRegularTest {
    @ParameterizedTest
    @CsvSource({"10,3", "10,9", "11,6", "7,4", "100,1", "100,50", "101,96", "1000,3", "5000,7", "100000,20", "2,1",
            "0,0", "5,0"})
    void everyDegreeIsExactlyD(int n, int d) {
        Graph g = new RandomRegular(n, d).generate(null, new MersenneTwisterFast(n * 31L + d));
        // Graph.fromEdges merges duplicates and drops loops, so a correct edge count proves there were none
        assertEquals((long) n * d / 2, g.edges());
        for (int u = 0; u < n; u++) {
            assertEquals(d, g.degree(u), "node " + u);
        }
        if (n <= 5000) {
            GraphChecks.assertSimple(g);
        }
    }
}
