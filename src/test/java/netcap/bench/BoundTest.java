package netcap.bench;

import netcap.model.Parallel;
import netcap.world.MultiplexNetwork;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BoundTest {
    @Test
    void sumsTrustTimesNeighbourValueOverEveryEntry() {
        MultiplexNetwork net = new MultiplexNetwork(4, 8, List.of("online"));
        net.addTie(0, 1, 1, 1, 0.5f, 0.25f);
        net.addTie(0, 2, 1, 1, 1.0f, 0.75f);
        net.addTie(2, 3, 2, 1, 0.5f, 0.125f);
        double[] x = {1, 2, 3, 4};
        double[] y = new double[4];
        double total = Bound.sweep(net, x, y, 0, 4);
        assertEquals(0.5 * 2 + 1.0 * 3, y[0], 1e-12);
        assertEquals(0.25 * 1, y[1], 1e-12);
        assertEquals(0.75 * 1 + 0.5 * 4, y[2], 1e-12);
        assertEquals(0.125 * 3, y[3], 1e-12);
        assertEquals(y[0] + y[1] + y[2] + y[3], total, 1e-12);
        double[] z = new double[4];
        try (Parallel p = new Parallel(2)) {
            Bound.sweep(net, x, z, p);
        }
        assertEquals(y[0], z[0]);
        assertEquals(y[3], z[3]);
    }
}
