package netcap.model;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Free riders in the full model. */
class FreeRiderTest {
    private static double finalFreeRiders(double eta, String rule, boolean reciprocity) {
        int n = 60;
        Params p = new Params();
        p.synergy = eta * n; // complete graph: z + 1 = n
        p.initialContributorShare = 0.5;
        p.initialFreeRiderShare = 0.5;
        p.reciprocity = reciprocity;
        p.exclusion = false;
        p.strategyUpdateRate = 1.0;
        p.mutation = 0;
        ParamRegistry.set(p, "updateRule", rule); // the spec spelling, converted to the enum
        p.leavePatience = 0;
        Set<String> off = new HashSet<>(Mechanisms.NAMES);
        off.removeAll(Set.of("contribution", "satisfaction", "strategyUpdate"));
        NetcapModel m = new NetcapModel(31L, p, TestNetworks.complete(n), List.of("online"), off, 1);
        m.start();
        m.run(400);
        return m.series.last("freeRiderShare");
    }

    @Test
    void wellMixedFreeRidersTakeOverBelowEtaOne() {
        for (double eta : new double[] {0.3, 0.8}) {
            assertEquals(1.0, finalFreeRiders(eta, "pairwise", false), 1e-12, "eta " + eta + ", pairwise comparison");
            assertEquals(1.0, finalFreeRiders(eta, "fermi", false), 1e-12, "eta " + eta + ", Fermi rule");
        }
    }
}
