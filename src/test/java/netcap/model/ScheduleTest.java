package netcap.model;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScheduleTest {
    private static Set<String> allBut(String keep) {
        Set<String> off = new HashSet<>(Mechanisms.NAMES);
        off.remove(keep);
        return off;
    }

    @Test
    void mechanismsRunInTheirNamedOrder() {
        NetcapModel m = new NetcapModel(1L, new Params(), TestNetworks.ringWithChords(50, 4, 10));
        m.start();
        List<Mechanism> ms = m.mechanisms();
        assertEquals(Mechanisms.NAMES.size(), ms.size());
        for (int i = 0; i < ms.size(); i++) {
            assertEquals(Mechanisms.NAMES.get(i), ms.get(i).name());
            if (i > 0) {
                assertTrue(ms.get(i - 1).order() < ms.get(i).order());
            }
        }
    }

    @Test
    void eachMechanismCanRunAloneAndOnlyItsStateChanges() {
        // socialization alone moves tacit knowledge and nothing else
        NetcapModel m = new NetcapModel(2L, new Params(), TestNetworks.ringWithChords(200, 6, 50), List.of("online"), allBut("socialization"), 1);
        m.start();
        double[] explicit = m.agents.explicit.clone();
        double[] tacit = m.agents.tacit.clone();
        double[] trust = m.agents.generalTrust.clone();
        m.run(10);
        assertArrayEquals(explicit, m.agents.explicit);
        assertArrayEquals(trust, m.agents.generalTrust);
        assertFalse(java.util.Arrays.equals(tacit, m.agents.tacit));
        assertEquals(1, m.mechanisms().size());

        // switched off, a mechanism has no effect: without tie formation no tie is ever formed
        NetcapModel n = new NetcapModel(2L, new Params(), TestNetworks.ringWithChords(200, 6, 50), List.of("online"), Set.of("tieFormation"), 1);
        n.start();
        n.run(30);
        for (double formed : n.series.column("tiesFormed")) {
            assertEquals(0, formed);
        }
        // every mechanism alone runs without error
        for (String name : Mechanisms.NAMES) {
            NetcapModel k = new NetcapModel(3L, new Params(), TestNetworks.ringWithChords(100, 4, 20), List.of("online"), allBut(name), 1);
            k.start();
            k.run(5);
            assertEquals(6, k.series.size(), name);
        }
    }

    @Test
    void ruleNamesAreTheClassNamesAndStayTheSpecKeys() {
        // the spec keys of mechanisms (mechanisms: {trust: false}) are part of the spec format
        assertEquals(List.of("joining", "activation", "socialization", "externalization", "posts", "combination", "internalization",
                "teams", "forgetting", "exchange", "contribution", "trust", "ties", "tieFormation", "satisfaction", "strategyUpdate"), Mechanisms.NAMES);
        for (Mechanism m : Mechanisms.create()) {
            String simple = m.getClass().getSimpleName();
            assertEquals(Character.toLowerCase(simple.charAt(0)) + simple.substring(1), m.name());
        }
    }

    @Test
    void unknownMechanismIsRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new NetcapModel(1L, new Params(), TestNetworks.ringWithChords(10, 2, 0), List.of("online"), Set.of("gossip"), 1));
        assertTrue(e.getMessage().contains("unknown mechanism 'gossip'"));
    }
}
