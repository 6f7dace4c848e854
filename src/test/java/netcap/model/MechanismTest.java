package netcap.model;

import netcap.model.knowledge.Combination;
import netcap.model.knowledge.Externalization;
import netcap.model.knowledge.Internalization;
import netcap.model.knowledge.Socialization;
import netcap.world.Agents;
import netcap.world.MultiplexNetwork;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each mechanism on 2–5 agents, against values computed by hand. */
class MechanismTest {
    static final int PHYS = 1 << MultiplexNetwork.PHYSICAL;
    static final int ONLINE = 1 << 1;

    /** A started model on n agents with no ties, D = 1, everything zero, every agent a member. */
    static NetcapModel blank(int n, Params p) {
        p.domains = 1;
        NetcapModel m = new NetcapModel(7L, p, TestNetworks.of(n, new int[0][]), List.of("online"), Set.of(), 1);
        m.start();
        Agents a = m.agents;
        Arrays.fill(a.tacit, 0);
        Arrays.fill(a.explicit, 0);
        Arrays.fill(a.activity, 1);
        Arrays.fill(a.generalTrust, 0.5);
        Arrays.fill(a.propensity, 1);
        Arrays.fill(a.strategy, Agents.CONTRIBUTOR);
        Arrays.fill(a.interest, 0.5);
        m.beginStep();
        return m;
    }

    static void tie(NetcapModel m, int u, int v, int mask, int level, double tuv, double tvu) {
        m.network.addTie(u, v, mask, level, (float) tuv, (float) tvu);
        m.beginStep();
    }

    @Test
    void socializationClosesPartOfTheGapScaledByTrustAndTeacherActivity() {
        Params p = new Params();
        p.socializationRate = 0.1;
        p.attentionBudget = 0;
        NetcapModel m = blank(3, p);
        tie(m, 0, 1, PHYS, 1, 0.5, 0.9);
        tie(m, 0, 2, ONLINE, 2, 1.0, 1.0); // virtual-only, below socializationMinLevel 3: no socialization
        m.agents.tacit[1] = 1.0;
        m.agents.tacit[2] = 5.0;
        m.agents.activity[1] = 0.8;
        new Socialization().apply(m);
        assertEquals(0.1 * 0.5 * 0.8 * 1.0, m.agents.tacit[0], 1e-12, "learner gains s*tau*act_j*gap");
        assertEquals(1.0, m.agents.tacit[1], 0, "teacher loses nothing");
        assertEquals(5.0, m.agents.tacit[2], 0);
        assertEquals(0.04, m.state.received[m.network.find(0, 1)], 1e-7, "value recorded on the learner's entry");
        assertEquals(0, m.state.received[m.network.find(0, 2)], 0);
        assertEquals(0.04, m.state.flowSocialization[0], 1e-12);

        // a friend-level virtual tie does carry socialization
        m.network.setLevel(0, 2, MultiplexNetwork.FRIEND);
        double before = m.agents.tacit[0];
        m.beginStep();
        new Socialization().apply(m);
        double gain = 0.1 * 0.5 * 0.8 * (1.0 - before) + 0.1 * 1.0 * 1.0 * (5.0 - before);
        assertEquals(before + gain, m.agents.tacit[0], 1e-12);
    }

    @Test
    void socializationNeverOvertakesTheBestTeacherAndRespectsAttention() {
        Params p = new Params();
        p.socializationRate = 1.0;
        p.attentionBudget = 0;
        NetcapModel m = blank(3, p);
        tie(m, 0, 1, PHYS, 3, 1, 1);
        tie(m, 0, 2, PHYS, 3, 1, 1);
        m.agents.tacit[1] = 1.0;
        m.agents.tacit[2] = 1.0;
        new Socialization().apply(m);
        assertEquals(1.0, m.agents.tacit[0], 1e-12, "two full teachers would give 2, capped at the gap 1");

        Params q = new Params();
        q.socializationRate = 0.1;
        q.attentionBudget = 1; // two ties, budget one: each tie gets half
        NetcapModel n = blank(3, q);
        tie(n, 0, 1, PHYS, 3, 1, 1);
        tie(n, 0, 2, PHYS, 3, 1, 1);
        n.agents.tacit[1] = 1.0;
        n.agents.tacit[2] = 1.0;
        new Socialization().apply(n);
        assertEquals(0.1 * 0.5 * 2, n.agents.tacit[0], 1e-12);
    }

    @Test
    void externalizationCodifiesTheTacitSurplusAtACostAndFreeRidersDoNot() {
        Params p = new Params();
        p.externalizationRate = 0.1;
        p.externalizationCost = 0.5;
        NetcapModel m = blank(2, p);
        m.agents.tacit[0] = 1.0;
        m.agents.explicit[0] = 0.2;
        m.agents.propensity[0] = 0.5;
        m.agents.tacit[1] = 1.0;
        m.agents.propensity[1] = 0.0;
        new Externalization().apply(m);
        assertEquals(0.2 + 0.1 * 0.5 * 0.8, m.agents.explicit[0], 1e-12);
        assertEquals(0.5 * 0.04, m.state.effort[0], 1e-12);
        assertEquals(1.0, m.agents.tacit[0], 0, "tacit knowledge is not used up");
        assertEquals(0, m.agents.explicit[1], 0);
        assertEquals(0, m.state.effort[1], 0);
    }

    @Test
    void strongTrustedTiesMakeSharingCheaper() {
        Params p = new Params();
        p.externalizationRate = 0.1;
        p.externalizationCost = 0.5;
        p.trustCostDiscount = 0.5;
        NetcapModel m = blank(3, p);
        tie(m, 0, 1, PHYS, MultiplexNetwork.CLOSE_FRIEND, 1.0, 1.0); // strength 1
        tie(m, 0, 2, PHYS, MultiplexNetwork.STRANGER, 0.5, 0.5);     // strength 0.5 * 1/5 = 0.1
        m.agents.tacit[0] = 1.0;
        new Externalization().apply(m);
        double strength = (1.0 + 0.1) / 2;
        double unit = 0.5 * (1 - 0.5 * strength);
        assertEquals(unit, m.state.unitCost[0], 1e-12);
        assertEquals(unit * 0.1, m.state.effort[0], 1e-12);
    }

    @Test
    void internalizationTurnsExplicitIntoTacitAtARateTiedToActivity() {
        Params p = new Params();
        p.internalizationRate = 0.1;
        NetcapModel m = blank(1, p);
        m.agents.tacit[0] = 1.0;
        m.agents.explicit[0] = 2.0;
        m.agents.activity[0] = 0.5;
        new Internalization().apply(m);
        assertEquals(1.0 + 0.1 * 0.5 * 1.0, m.agents.tacit[0], 1e-12);
        m.state.active[0] = 0;
        new Internalization().apply(m);
        assertEquals(1.05, m.agents.tacit[0], 1e-12, "inactive agents do not internalize");
    }

    @Test
    void postsReachNeighboursAndFreeRidersDiluteTheVisibleStock() {
        Params p = new Params();
        p.horizon = 0;
        p.explicitUptake = 0.5;
        p.combinationRate = 0;
        p.attentionBudget = 0;
        p.knowledgeFrontier = 1000;
        NetcapModel m = blank(3, p);
        tie(m, 0, 1, PHYS, 1, 1, 1);
        tie(m, 0, 2, PHYS, 1, 1, 1);
        m.state.posts[1] = 2.0;            // agent 1 published 2 ku last step
        m.agents.explicit[1] = 2.0;
        m.agents.propensity[2] = 0;  // a free rider shows nothing of its stock
        m.agents.explicit[2] = 4.0;
        m.state.active[1] = 0;
        m.state.active[2] = 0;
        new Combination().apply(m);
        assertEquals(2.0, m.reach(0, 0, 0), 1e-6, "R_0 = sum of trusted neighbours' posts");
        assertEquals((1 * 1.0 * 2.0 + 1 * 0 * 4.0) / 2.0, m.state.stockField[0], 1e-6, "stock average over all ties");
        double up = 0.5 * 1.0 * (1 - 0 / 1000.0) * 2.0;
        assertEquals(up, m.agents.explicit[0], 1e-6);
        assertEquals(up, m.state.received[m.network.find(0, 1)], 1e-6, "attributed to the only sharer");
        assertEquals(0, m.state.received[m.network.find(0, 2)], 0);
        assertEquals(up, m.state.flowUptake[0], 1e-9);
    }

    @Test
    void uptakeSlowsNearTheKnowledgeFrontier() {
        Params p = new Params();
        p.horizon = 0;
        p.explicitUptake = 0.5;
        p.combinationRate = 0;
        p.attentionBudget = 0;
        p.knowledgeFrontier = 4;
        NetcapModel m = blank(2, p);
        tie(m, 0, 1, PHYS, 1, 1, 1);
        m.state.posts[1] = 2.0;
        m.agents.explicit[0] = 3.0;
        m.state.active[1] = 0;
        new Combination().apply(m);
        assertEquals(3.0 + 0.5 * (1 - 3.0 / 4) * 2.0, m.agents.explicit[0], 1e-6);
    }

    @Test
    void combinationNeedsSeveralDiverseSourcesWithASharedLanguage() {
        Params p = new Params();
        p.domains = 2;
        p.horizon = 0;
        p.explicitUptake = 0;
        p.combinationRate = 0.1;
        p.knowledgeFrontier = 100;
        p.attentionBudget = 0;
        NetcapModel two = new NetcapModel(7L, p, TestNetworks.of(3, new int[][] {{0, 1}, {0, 2}}), List.of("online"), Set.of(), 1);
        two.start();
        Agents a = two.agents;
        Arrays.fill(a.activity, 1);
        Arrays.fill(a.propensity, 1);
        Arrays.fill(a.explicit, 0);
        Arrays.fill(a.interest, 0.5);
        for (int e = 0; e < two.network.neighbors().length; e++) {
            two.network.trust()[e] = 1f;
        }
        two.beginStep();
        // neighbour 1 knows only domain 0, neighbour 2 only domain 1: two equal sources, two domains
        a.explicit[1 * 2] = 1.0;
        a.explicit[2 * 2 + 1] = 1.0;
        new Combination().apply(two);
        // F0 = (0.5, 0.5); domain diversity 1; N_eff = 2 -> source diversity 0.5; language 1
        double kappa = 1.0 * 0.5 * 1.0;
        assertEquals(0.1 * kappa * 0.5, a.explicit[0], 1e-6);
        assertEquals(0.1 * kappa * 0.5, a.explicit[1], 1e-6);
        assertEquals(0.1 * kappa * 1.0, two.state.flowCombination[0], 1e-6);

        // the same with different mental maps (interests far apart): less is created
        NetcapModel far = new NetcapModel(7L, p, TestNetworks.of(3, new int[][] {{0, 1}, {0, 2}}), List.of("online"), Set.of(), 1);
        far.start();
        Agents b = far.agents;
        Arrays.fill(b.activity, 1);
        Arrays.fill(b.propensity, 1);
        Arrays.fill(b.explicit, 0);
        for (int e = 0; e < far.network.neighbors().length; e++) {
            far.network.trust()[e] = 1f;
        }
        Arrays.fill(b.interest, 0.0);
        for (int z = 0; z < b.interestDims; z++) {
            b.interest[1 * b.interestDims + z] = 1.0;
            b.interest[2 * b.interestDims + z] = 1.0;
        }
        far.beginStep();
        b.explicit[1 * 2] = 1.0;
        b.explicit[2 * 2 + 1] = 1.0;
        new Combination().apply(far);
        assertEquals(0, far.state.flowCombination[0], 1e-12, "no shared language at all: nothing combined");
    }

    @Test
    void explicitKnowledgeStopsBeyondTheHorizon() {
        for (int horizon : new int[] {0, 1, 2}) {
            Params p = new Params();
            p.horizon = horizon;
            p.explicitUptake = 0;
            p.combinationRate = 0;
            p.distanceDecay = 0.5;
            p.attentionBudget = 0;
            NetcapModel m = blank(4, p);
            tie(m, 0, 1, PHYS, 1, 1, 1);
            tie(m, 1, 2, PHYS, 1, 1, 1);
            tie(m, 2, 3, PHYS, 1, 1, 1);
            for (int s = 0; s < 5; s++) {
                m.beginStep();
                m.state.posts[3] = 1.0; // only agent 3 posts; agent 0 is two intermediaries away
                new Combination().apply(m);
            }
            int hops = horizon + 1;
            if (horizon < 2) {
                for (int h = 0; h < hops; h++) {
                    assertEquals(0, m.reach(0, h, 0), 0, "horizon " + horizon + ": nothing from two intermediaries away");
                }
            } else {
                // R_0 of agent 2 = 1; R_1 of agent 1 = delta * R_0 of agent 2; R_2 of agent 0 = delta * R_1 of agent 1
                assertEquals(0.5 * 0.5, m.reach(0, 2, 0), 1e-6, "horizon 2 reaches two intermediaries, attenuated twice");
                assertEquals(0, m.reach(0, 0, 0) + m.reach(0, 1, 0), 0, "nothing arrives from closer");
            }
        }
    }
}
