package netcap.bench;

import netcap.bench.classic.ClassicAgent;
import netcap.bench.classic.ClassicModel;
import netcap.bench.classic.Tie;
import netcap.generate.Generators;
import netcap.model.NetcapModel;
import netcap.model.Params;
import netcap.random.Streams;
import netcap.world.MultiplexNetwork;
import org.junit.jupiter.api.Test;
import sim.field.network.Edge;
import sim.util.Bag;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The classic MASON version is the same model as the netcap engine's subset of mechanisms. */
class ClassicEquivalenceTest {

    private static NetcapModel model(Set<String> off, int threads) {
        NetcapModel m = new NetcapModel(Streams.runKey(5, 0, 0), new Params(),
                Generators.create("erdosRenyiGnp", Map.of("n", 80, "p", 0.1)), List.of("online"), off, threads);
        m.start();
        return m;
    }

    private static void assertSame(NetcapModel m, ClassicModel c, String when) {
        int d = m.agents.domains;
        // the engine stores tie trust, the levels in reach and its snapshot rows as float, the classic
        // version everything as double: they differ by float rounding (about 1e-8 relative on
        // knowledge and 2e-7 on trust over 40 steps), far below this tolerance
        double tol = 1e-5;
        double tacit = 0;
        for (int i = 0; i < m.agents.size(); i++) {
            ClassicAgent a = c.agents[i];
            for (int q = 0; q < d; q++) {
                assertEquals(m.agents.tacit[i * d + q], a.tacit[q], tol * (1 + Math.abs(a.tacit[q])), when + " tacit " + i);
                assertEquals(m.agents.explicit[i * d + q], a.explicit[q], tol * (1 + Math.abs(a.explicit[q])), when + " explicit " + i);
                tacit += a.tacit[q];
            }
            assertEquals(m.agents.generalTrust[i], a.generalTrust, tol, when + " general trust " + i);
            assertEquals(m.state.active[i] != 0, a.active, when + " active " + i);
            MultiplexNetwork net = m.network;
            Bag out = c.network.getEdgesOut(a);
            assertEquals(net.degree(i), out.numObjs);
            for (int x = 0; x < out.numObjs; x++) {
                Edge e = (Edge) out.objs[x];
                int k = net.start(i) + x;
                assertEquals(net.neighbors()[k], ((ClassicAgent) e.to()).id);
                assertEquals(net.trust()[k], ((Tie) e.info).trust, 1e-5, when + " trust " + i + "->" + e.to());
            }
        }
        assertTrue(tacit > 0);
    }

    private static void compare(Set<String> off, int threads, int steps) {
        NetcapModel m = model(off, threads);
        ClassicModel c = new ClassicModel(m);
        c.start();
        assertSame(m, c, "start");
        for (int s = 1; s <= steps; s++) {
            m.run(1);
            c.run(1);
            assertSame(m, c, "step " + s);
        }
        m.finish();
    }

    @Test
    void theSubsetLeavesOutWhatTheClassicVersionDoesNotImplement() {
        assertTrue(ClassicModel.MECHANISMS.contains("posts"));
        assertTrue(Bench.subsetDisabled().contains("teams"), "teams are not part of the classic version");
        for (String name : ClassicModel.MECHANISMS) {
            assertTrue(!Bench.subsetDisabled().contains(name), name);
        }
    }

    @Test
    void sameKnowledgeAndTrustAsTheEngineWithRandomActivation() {
        compare(Bench.subsetDisabled(), 1, 8);
    }

    @Test
    void sameWithEveryMemberActingAndTwoEngineThreads() {
        Set<String> off = new LinkedHashSet<>(Bench.subsetDisabled());
        off.add("activation");
        compare(off, 2, 8);
    }

    @Test
    void knowledgeActuallyMovesOverTheTies() {
        NetcapModel m = model(Bench.subsetDisabled(), 1);
        ClassicModel c = new ClassicModel(m);
        c.start();
        c.run(3);
        assertTrue(c.socializationFlow > 0, "socialization");
        assertTrue(c.uptakeFlow > 0, "uptake");
        assertTrue(c.combinationFlow > 0, "combination");
        m.finish();
    }
}
