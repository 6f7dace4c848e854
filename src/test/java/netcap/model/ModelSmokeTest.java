package netcap.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelSmokeTest {
    @Test
    void printsBaselineDynamics() {
        NetcapModel m = new NetcapModel(42L, new Params(), TestNetworks.ringWithChords(1000, 10, 500));
        m.start();
        m.run(200);
        var s = m.series;
        for (int t : new int[] {0, 1, 2, 5, 10, 20, 50, 100, 150, 200}) {
            double[] r = s.rows().get(t);
            StringBuilder b = new StringBuilder();
            for (int c = 0; c < r.length; c++) {
                b.append(s.columns().get(c)).append('=').append(String.format("%.4g", r[c])).append(' ');
            }
            System.out.println(b);
        }
        assertTrue(s.size() == 201);
    }
}
