package netcap.model;

import netcap.model.knowledge.Combination;
import netcap.model.knowledge.Externalization;
import netcap.model.knowledge.Internalization;
import netcap.model.knowledge.Posts;
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

    /** A started model on n agents with no ties, D = 1, knowledge zero, relevance 1, every agent an acting member. */
    static NetcapModel blank(int n, Params p) {
        p.domains = 1;
        p.socializationCreationRate = 0; // the transfer alone; socializationCreatesFromWhatBothKnowHowToDo sets socializationCreationRate
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
        Arrays.fill(a.relevance, 1);
        m.beginStep();
        return m;
    }

    static void tie(NetcapModel m, int u, int v, int mask, int level, double tuv, double tvu) {
        m.network.addTie(u, v, mask, level, (float) tuv, (float) tvu);
        m.beginStep();
    }

    /** Sets the tacit and explicit stock of agent i (D = 1). */
    static void know(NetcapModel m, int i, double tacit, double explicit) {
        m.agents.tacit[i] = tacit;
        m.agents.explicit[i] = explicit;
    }

    @Test
    void socializationRunsOverFaceToFaceTiesOnlyScaledByTrustAndTeacherActivity() {
        Params p = new Params();
        p.socializationRate = 0.1;
        p.attentionBudget = 0;
        NetcapModel m = blank(3, p);
        tie(m, 0, 1, PHYS, MultiplexNetwork.CONTACT, 0.5, 0.9);
        tie(m, 0, 2, ONLINE, MultiplexNetwork.CLOSE_FRIEND, 1.0, 1.0); // a virtual-only tie, however close: no socialization
        m.agents.tacit[1] = 1.0;
        m.agents.tacit[2] = 5.0;
        m.agents.activity[1] = 0.8;
        new Socialization().apply(m);
        assertEquals(0.1 * 0.5 * 0.8 * 1.0, m.agents.tacit[0], 1e-12, "learner gains s*tau*act_j*gap");
        assertEquals(1.0, m.agents.tacit[1], 0, "teacher loses nothing");
        assertEquals(5.0, m.agents.tacit[2], 0, "the virtual-only tie neither gives nor takes");
        assertEquals(0.04, m.state.received[m.network.find(0, 1)], 1e-7, "value recorded on the learner's entry");
        assertEquals(0, m.state.received[m.network.find(0, 2)], 0);
        assertEquals(0.04, m.state.flowSocialization[0], 1e-12);
        assertEquals(0, m.state.flowSocialization[2], 0);
        assertEquals(0, m.agents.explicit[0], 0, "socialization moves tacit knowledge only");

        // the same tie met face to face as well carries socialization
        m.network.addTie(0, 2, PHYS, MultiplexNetwork.CLOSE_FRIEND, 1f, 1f);
        double before = m.agents.tacit[0];
        m.beginStep();
        new Socialization().apply(m);
        double gain = 0.1 * 0.5 * 0.8 * (1.0 - before) + 0.1 * 1.0 * 1.0 * (5.0 - before);
        assertEquals(before + gain, m.agents.tacit[0], 1e-12);
        assertEquals(gain, m.state.flowSocialization[0], 1e-12);
    }

    @Test
    void onlyTiesCloseEnoughCarryTacitKnowledge() {
        Params p = new Params();
        p.socializationRate = 0.1;
        p.attentionBudget = 0;
        p.tacitMinLevel = MultiplexNetwork.CONTACT;
        NetcapModel m = blank(2, p);
        tie(m, 0, 1, PHYS, MultiplexNetwork.ACQUAINTANCE, 1.0, 1.0);
        m.agents.tacit[1] = 2.0;
        m.agents.activity[1] = 1.0;
        new Socialization().apply(m);
        assertEquals(0, m.agents.tacit[0], 0, "an acquaintance met face to face passes on no know-how");
        assertEquals(0, m.state.received[m.network.find(0, 1)], 0);
        assertTrue(m.state.effort[0] > 0, "but the meeting itself costs the room's effort");
        m.params.relationshipLevels = false; // levels carry nothing: every face-to-face tie teaches
        m.beginStep();
        new Socialization().apply(m);
        assertEquals(0.1 * 2.0, m.agents.tacit[0], 1e-12);
        m.params.relationshipLevels = true;
        m.network.setLevel(0, 1, MultiplexNetwork.CONTACT);
        double before = m.agents.tacit[0];
        m.beginStep();
        new Socialization().apply(m);
        assertEquals(before + 0.1 * (2.0 - before), m.agents.tacit[0], 1e-12, "a contact does");
    }

    @Test
    void socializationCreatesFromWhatBothKnowHowToDo() {
        Params p = new Params();
        p.socializationRate = 0.1;
        p.attentionBudget = 0;
        NetcapModel m = blank(3, p);
        m.params.socializationCreationRate = 0.2;
        m.params.knowledgeFrontier = 10;
        tie(m, 0, 1, PHYS, MultiplexNetwork.CONTACT, 0.5, 0.9);
        tie(m, 0, 2, ONLINE, MultiplexNetwork.CLOSE_FRIEND, 1.0, 1.0); // virtual only: no shared experience
        m.agents.tacit[0] = 2.0;
        m.agents.explicit[0] = 3.0;
        m.agents.tacit[1] = 4.0;
        m.agents.tacit[2] = 6.0;
        m.agents.activity[1] = 0.8;
        new Socialization().apply(m);
        double transfer = 0.1 * 0.5 * 0.8 * Math.min(4.0 - 2.0, 4.0 - 5.0 < 0 ? 0 : 4.0 - 5.0);
        double created = 0.2 * 0.5 * 0.8 * Math.min(2.0, 4.0) * (1 - 5.0 / 10);
        assertEquals(0, transfer, 0, "the teacher knows less in all than the learner: nothing to teach");
        assertEquals(2.0 + created, m.agents.tacit[0], 1e-12, "z * tau * act_j * min(T_i, T_j) * (1 - K_i / F)");
        assertEquals(created, m.state.flowSocializationCreated[0], 1e-12);
        assertEquals(0, m.state.flowSocialization[0], 0);
        assertEquals(3.0, m.agents.explicit[0], 0);
        // the teacher, in turn, creates with the learner; the virtual-only contact creates nothing with anyone
        assertEquals(0.2 * 0.9 * 1.0 * Math.min(4.0, 2.0) * (1 - 4.0 / 10), m.state.flowSocializationCreated[1], 1e-7); // trust is a float
        assertEquals(0, m.state.flowSocializationCreated[2], 0);
    }

    @Test
    void socializationNeverOvertakesTheBestTeacherAndRespectsAttention() {
        Params p = new Params();
        p.socializationRate = 1.0;
        p.attentionBudget = 0;
        NetcapModel m = blank(3, p);
        tie(m, 0, 1, PHYS, 3, 1, 1);
        tie(m, 0, 2, PHYS | ONLINE, 3, 1, 1);
        m.agents.tacit[1] = 1.0;
        m.agents.tacit[2] = 1.0;
        new Socialization().apply(m);
        assertEquals(1.0, m.agents.tacit[0], 1e-12, "two full teachers would give 2, capped at the gap 1");
        assertEquals(1.0, m.state.flowSocialization[0], 1e-12);

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
    void socializationNeverCarriesTheLearnerPastWhatTheTeacherKnows() {
        Params p = new Params();
        p.socializationRate = 1.0;
        p.attentionBudget = 0;
        NetcapModel m = blank(2, p);
        tie(m, 0, 1, PHYS, 3, 1, 1);
        know(m, 0, 0, 4.0); // the learner knows 4, all of it in explicit form
        know(m, 1, 5.0, 0); // the teacher knows 5, all tacit
        new Socialization().apply(m);
        assertEquals(1.0, m.agents.tacit[0], 1e-12, "a tacit gap of 5, but the teacher knows only 1 more in all");
        assertEquals(5.0, m.agents.tacit[0] + m.agents.explicit[0], 1e-12);

        know(m, 0, 0, 6.0); // knows more than the teacher: learns nothing
        m.beginStep();
        new Socialization().apply(m);
        assertEquals(0, m.agents.tacit[0], 0);
        assertEquals(0, m.state.flowSocialization[0], 0);
    }

    @Test
    void externalizationMovesTacitIntoExplicitAtACostAndFreeRidersDoNot() {
        Params p = new Params();
        p.externalizationRate = 0.1;
        p.externalizationCost = 0.5;
        NetcapModel m = blank(3, p);
        know(m, 0, 1.0, 0.2);
        m.agents.propensity[0] = 0.5;
        know(m, 1, 1.0, 0.0);
        m.agents.propensity[1] = 0.0;
        know(m, 2, 2.0, 0.0);
        m.state.active[2] = 0;
        new Externalization().apply(m);
        double x = 0.1 * 0.5 * 1.0;
        assertEquals(1.0 - x, m.agents.tacit[0], 1e-12, "x = e*p*T leaves the tacit form");
        assertEquals(0.2 + x, m.agents.explicit[0], 1e-12, "and enters the explicit form");
        assertEquals(1.2, m.agents.tacit[0] + m.agents.explicit[0], 1e-12, "a conversion: T + E unchanged");
        assertEquals(x, m.state.flowExternalization[0], 1e-12);
        assertEquals(x, m.state.published[0], 1e-12, "what is codified is published");
        assertEquals(0.5 * x, m.state.effort[0], 1e-12, "no ties: the full unit cost");
        assertEquals(0.5, m.state.unitCost[0], 1e-12);
        assertEquals(1.0, m.agents.tacit[1], 0, "a free rider externalizes nothing");
        assertEquals(0, m.agents.explicit[1], 0);
        assertEquals(0, m.state.effort[1], 0);
        assertEquals(0, m.state.flowExternalization[1], 0);
        assertEquals(2.0, m.agents.tacit[2], 0, "an agent not acting externalizes nothing");
    }

    @Test
    void noRuleMakesSharingCheaperOverStrongTies() {
        Params p = new Params();
        p.externalizationRate = 0.1;
        p.externalizationCost = 0.5;
        NetcapModel m = blank(3, p);
        tie(m, 0, 1, PHYS, MultiplexNetwork.CLOSE_FRIEND, 1.0, 1.0);
        tie(m, 0, 2, PHYS, MultiplexNetwork.STRANGER, 0.5, 0.5);
        m.agents.tacit[0] = 1.0;
        new Externalization().apply(m);
        assertEquals(0.5, m.state.unitCost[0], 1e-12, "the unit cost is externalizationCost whatever the ties");
        assertEquals(0.5 * 0.1, m.state.effort[0], 1e-12);
    }

    @Test
    void internalizationMovesExplicitIntoTacitWhenTheAgentActs() {
        Params p = new Params();
        p.internalizationRate = 0.1;
        NetcapModel m = blank(1, p);
        know(m, 0, 1.0, 2.0);
        m.agents.activity[0] = 0.5; // activity decides whether it acts (activation), not how fast it internalizes
        new Internalization().apply(m);
        double y = 0.1 * 2.0;
        assertEquals(1.0 + y, m.agents.tacit[0], 1e-12);
        assertEquals(2.0 - y, m.agents.explicit[0], 1e-12);
        assertEquals(y, m.state.flowInternalization[0], 1e-12);
        m.beginStep();
        m.state.active[0] = 0;
        new Internalization().apply(m);
        assertEquals(1.0 + y, m.agents.tacit[0], 0, "inactive agents do not internalize");
        assertEquals(2.0 - y, m.agents.explicit[0], 0);
        assertEquals(0, m.state.flowInternalization[0], 0);
    }

    @Test
    void uptakeClosesPartOfTheGapToTheBestPostInVirtualRoomsOnly() {
        Params p = new Params();
        p.horizon = 0;
        p.explicitUptake = 0.5;
        p.attentionBudget = 0;
        p.absorptionHalf = 1;
        p.reciprocity = true;
        p.reciprocityStrength = 0.5;
        NetcapModel m = blank(4, p);
        tie(m, 0, 1, ONLINE, 1, 0.5, 1);
        tie(m, 0, 2, ONLINE, 1, 0.9, 1);
        tie(m, 0, 3, PHYS, 4, 1, 1); // face to face only: carries no posts
        know(m, 0, 1.0, 0.5);
        know(m, 1, 0, 4.0);
        know(m, 2, 0, 3.0);
        know(m, 3, 0, 10.0);
        m.agents.activity[0] = 0.8;
        m.agents.relevance[0] = 0.6;
        m.state.standing[0] = 0.8;
        new Posts().apply(m);
        assertEquals(4.0, m.reach(0, 0, 0), 0, "the best post in reach, from agent 1 (agent 3 is met only face to face)");
        assertEquals(1, m.state.reachedFrom[0]);
        assertEquals(3.0, m.state.reachedSecond[0], 0);
        double recip = 1 + 0.5 * (2 * 0.8 - 1);
        double absorb = 1.0 / (1.0 + 1.0);
        double gap = 4.0 - (1.0 + 0.5);
        double up = 0.5 * 1 * recip * 0.5 * 0.6 * absorb * gap; // x*att*recip*trust(best tie)*r*A*gap (acting: activity is not a factor)
        assertEquals(0.5 + up, m.agents.explicit[0], 1e-9);
        assertEquals(1.0, m.agents.tacit[0], 0, "uptake adds to the explicit form");
        assertEquals(4.0, m.agents.explicit[1], 0, "the source loses nothing");
        assertEquals(up, m.state.flowUptake[0], 1e-9);
        assertEquals(up, m.state.hopUptake[0], 1e-9, "from a neighbour: hop 0");
        assertEquals(up, m.state.received[m.network.find(0, 1)], 1e-6, "credited to the tie of the best source");
        assertEquals(0, m.state.received[m.network.find(0, 2)], 0);
        assertEquals(0, m.state.received[m.network.find(0, 3)], 0);
        for (int j = 1; j < 4; j++) {
            assertEquals(0, m.state.flowUptake[j], 0, "the sources know more than agent 0 publishes (or absorb nothing)");
        }
    }

    @Test
    void uptakeNeverCarriesTheReceiverPastTheSource() {
        Params p = new Params();
        p.horizon = 0;
        p.explicitUptake = 1;
        p.attentionBudget = 0;
        p.absorptionHalf = 1e-9;
        p.reciprocity = true;
        p.reciprocityStrength = 1; // the reciprocity factor reaches 2 at standing 1
        NetcapModel m = blank(2, p);
        tie(m, 0, 1, ONLINE, 1, 1, 1);
        know(m, 0, 1.0, 0);
        know(m, 1, 0, 4.0);
        m.state.standing[0] = 1;
        new Posts().apply(m);
        double k = m.agents.tacit[0] + m.agents.explicit[0];
        assertTrue(k <= 4.0 + 1e-6, "the receiver knows " + k + ", more than its only source (4)");
        assertTrue(m.state.flowUptake[0] > 0);
    }

    @Test
    void combinationRecombinesTheMaterialInReach() {
        Params p = new Params();
        p.horizon = 1;
        p.combinationRate = 0.1;
        p.knowledgeFrontier = 10;
        p.attentionBudget = 0;
        p.absorptionHalf = 1;
        NetcapModel m = blank(4, p);
        tie(m, 0, 1, ONLINE, 1, 0.7, 1);
        tie(m, 0, 2, ONLINE | PHYS, 1, 0.7, 1);
        know(m, 0, 1.0, 1.0);
        know(m, 1, 0, 1.0); // two publishers showing the same amount through equally trusted ties
        know(m, 2, 0, 1.0);
        m.agents.activity[0] = 0.5;
        m.agents.relevance[0] = 0.8;
        // the material in reach, set by hand: best level 2 from a neighbour, 1 through one intermediary,
        // published by agent 3, who is not a contact of agent 0 (the same publisher at both hops, or a
        // room contact at hop 1, would not count again)
        m.state.reached[0] = 2f;
        m.state.reached[1] = 1f;
        m.state.reachedOrigin[0] = 1;
        m.state.reachedOrigin[1] = 3;
        new Combination().apply(m);
        double material = 2 + 1;
        double kappa = 1.0 * 0.5 * 1.0; // D = 1: domain diversity 1; N_eff = 2: source diversity 1/2; same interests: language 1
        double absorb = 1.0 / (1.0 + 1.0);
        double room = 1 - 2.0 / 10;
        double c = 0.1 * kappa * 0.8 * absorb * material * room; // acting: activity is not a factor
        assertEquals(material, m.state.stockField[0], 1e-6);
        assertEquals(1.0 + c, m.agents.explicit[0], 1e-12);
        assertEquals(1.0, m.agents.tacit[0], 0);
        assertEquals(c, m.state.flowCombination[0], 1e-12);
        assertEquals(c, m.state.published[0], 1e-12, "propensity 1: all of it is published");
        assertEquals(c / 2, m.state.received[m.network.find(0, 1)], 1e-7, "credited by source share");
        assertEquals(c / 2, m.state.received[m.network.find(0, 2)], 1e-7);
        assertEquals(0, m.state.flowCombination[1] + m.state.flowCombination[2], 0, "one source each: no source diversity");

        // the same publisher's post at both hops counts once, at its best level
        m.beginStep();
        know(m, 0, 1.0, 1.0);
        m.state.reachedOrigin[1] = 1;
        new Combination().apply(m);
        assertEquals(2.0, m.state.stockField[0], 1e-6, "publisher 1 once, at level 2");
        m.beginStep();
        know(m, 0, 1.0, 1.0);
        m.state.reachedOrigin[1] = 2;
        new Combination().apply(m);
        assertEquals(2.0, m.state.stockField[0], 1e-6, "publisher 2 is a room contact: its post is in direct reach, not farther");

        // the same with the material produced by Posts: one hop 0 level (the best of the two equal posts)
        m.beginStep();
        know(m, 0, 1.0, 1.0);
        m.state.reached[0] = 0f;
        m.state.reached[1] = 0f;
        m.state.reachedOrigin[0] = -1;
        m.state.reachedOrigin[1] = -1;
        p.explicitUptake = 0;
        new Posts().apply(m);
        assertEquals(1.0, m.reach(0, 0, 0), 0);
        assertEquals(0, m.reach(0, 1, 0), 0, "nothing relayed yet");
        new Combination().apply(m);
        assertEquals(0.1 * kappa * 0.8 * absorb * 1.0 * room, m.state.flowCombination[0], 1e-12);
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
        p.absorptionHalf = 1;
        p.relatedness = 0.5;
        double[] created = new double[2];
        for (int far = 0; far < 2; far++) {
            NetcapModel two = new NetcapModel(7L, p, TestNetworks.of(3, new int[][] {{0, 1}, {0, 2}}), List.of("online"), Set.of(), 1);
            two.start();
            Agents a = two.agents;
            Arrays.fill(a.activity, 1);
            Arrays.fill(a.propensity, 1);
            Arrays.fill(a.tacit, 0);
            Arrays.fill(a.explicit, 0);
            Arrays.fill(a.relevance, 1);
            Arrays.fill(a.interest, 0.5);
            for (int e = 0; e < two.network.neighbors().length; e++) {
                two.network.trust()[e] = 1f;
                two.network.layerMasks()[e] = (byte) ONLINE;
            }
            if (far == 1) {
                Arrays.fill(a.interest, 0.0);
                Arrays.fill(a.interest, a.interestDims, 3 * a.interestDims, 1.0); // agents 1 and 2 far from agent 0
            }
            two.beginStep();
            a.tacit[0] = 1.0;
            a.tacit[1] = 1.0;
            // neighbour 1 knows only domain 0, neighbour 2 only domain 1: two equal sources, two domains
            a.explicit[1 * 2] = 1.0;
            a.explicit[2 * 2 + 1] = 1.0;
            new Posts().apply(two);
            new Combination().apply(two);
            created[far] = two.state.flowCombination[0];
            if (far == 0) {
                // M = (1, 1): domain diversity 1; N_eff = 2 -> source diversity 0.5; language 1
                double kappa = 1.0 * 0.5 * 1.0;
                double b = 1.0 + 0.5 * 1.0; // own tacit + relatedness x the other domain's
                double absorb = b / (b + 1);
                double room = 1 - 1.0 / 100;
                assertEquals(0.1 * kappa * absorb * 1.0 * room, a.explicit[0], 1e-7);
                assertEquals(0.1 * kappa * absorb * 1.0 * room, a.explicit[1], 1e-7);
                assertEquals(2 * 0.1 * kappa * absorb * room, created[0], 1e-7);
            }
        }
        assertEquals(0, created[1], 1e-12, "no shared language at all: nothing combined");
    }

    @Test
    void postsStopBeyondTheHorizon() {
        for (int horizon : new int[] {0, 1, 2, 3}) {
            Params p = new Params();
            p.horizon = horizon;
            p.explicitUptake = 0;
            p.distanceDecay = 0.5;
            p.attentionBudget = 0;
            NetcapModel m = blank(4, p);
            tie(m, 0, 1, ONLINE, 1, 1, 1);
            tie(m, 1, 2, ONLINE, 1, 1, 1);
            tie(m, 2, 3, ONLINE, 1, 1, 1);
            Posts posts = new Posts();
            for (int s = 0; s < 6; s++) {
                m.beginStep();
                m.agents.explicit[3] = 1.0; // only agent 3 posts; agent 0 is two intermediaries away
                posts.apply(m);
            }
            for (int h = 0; h <= horizon; h++) {
                double expected = h == 2 ? 0.25 : 0; // R_0 of agent 2 = 1; R_1 of agent 1 = delta; R_2 of agent 0 = delta^2
                assertEquals(expected, m.reach(0, h, 0), 0, "horizon " + horizon + ", hop " + h);
                assertEquals(h == 0 ? 1.0 : 0, m.reach(2, h, 0), 0, "horizon " + horizon + ": agent 3's neighbour, hop " + h);
            }
            if (horizon >= 1) {
                assertEquals(0.5, m.reach(1, 1, 0), 0, "one intermediary");
            }
        }
    }
}
