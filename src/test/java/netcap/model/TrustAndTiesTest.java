package netcap.model;

import netcap.model.growth.Satisfaction;
import netcap.model.knowledge.Socialization;
import netcap.model.ties.TieFormation;
import netcap.model.ties.Ties;
import netcap.model.ties.Trust;
import netcap.world.Agents;
import netcap.world.MultiplexNetwork;
import org.junit.jupiter.api.Test;

import static netcap.model.MechanismTest.ONLINE;
import static netcap.model.MechanismTest.PHYS;
import static netcap.model.MechanismTest.blank;
import static netcap.model.MechanismTest.know;
import static netcap.model.MechanismTest.tie;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Trust, relationship levels, tie formation and satisfaction on tiny networks, by hand. */
class TrustAndTiesTest {

    @Test
    void trustRisesWithValueFallsForAnEmptyContactAndTeachingCostsNothing() {
        Params p = new Params();
        p.trustGain = 0.1;
        p.trustLoss = 0.2;
        p.multiplexTrustBonus = 1.0;
        p.virtualTrustFactor = 0.5;
        p.exchangeThreshold = 0.5;
        p.generalTrustRate = 0.5;
        p.exclusion = false;
        NetcapModel m = blank(5, p);
        tie(m, 0, 1, PHYS, 1, 0.5, 0.5);          // face to face only
        tie(m, 0, 2, PHYS | ONLINE, 1, 0.5, 0.5); // both layers
        tie(m, 0, 3, ONLINE, 1, 0.5, 0.5);        // a room only
        tie(m, 0, 4, PHYS, 1, 0.5, 0.5);          // met, nothing flows
        MultiplexNetwork net = m.network;
        int e01 = net.find(0, 1);
        int e02 = net.find(0, 2);
        int e03 = net.find(0, 3);
        int e04 = net.find(0, 4);
        m.state.received[e01] = 0.05f;                 // 1 taught 0
        m.state.received[e02] = 0.05f;                 // 2 taught 0
        m.state.received[net.find(3, 0)] = 0.05f;      // 0 taught 3
        new Trust().apply(m);
        assertEquals(0.5 + 0.1 * 0.5, net.trust()[e01], 1e-6, "a satisfying exchange (no effort spent: any value repays it)");
        assertEquals(0.5 + 0.2 * 0.5, net.trust()[e02], 1e-6, "offline confirmation doubles the gain");
        assertEquals(0.5 + 0.05 * 0.5, net.trust()[net.find(3, 0)], 1e-6, "met only in a room: half the gain");
        assertEquals(0.5, net.trust()[e03], 1e-6, "0 taught 3 and got nothing back: teaching costs no trust");
        assertEquals(0.5, net.trust()[net.find(1, 0)], 1e-6, "1 taught 0: its trust in 0 stays");
        assertEquals(0.5 - 0.2 * 0.5, net.trust()[e04], 1e-6, "both acted, nothing flowed: an empty contact");
        assertEquals(0.5 - 0.2 * 0.5, net.trust()[net.find(4, 0)], 1e-6);
        // 0's contacts: two satisfying exchanges and one empty contact (teaching 3 is not counted): GT moves halfway to 2/3
        assertEquals(0.5 + 0.5 * (2.0 / 3 - 0.5), m.agents.generalTrust[0], 1e-12);
        assertEquals(1, net.exchanges()[e01]);
        assertEquals(0, net.idle()[e01]);
        assertEquals(0, net.idle()[e03], "teaching counts as interaction");
        assertEquals(1, net.idle()[e04], "an empty contact is no interaction");

        // a value below the share of the effort the tie must repay neither raises nor lowers trust
        m.beginStep();
        float before = net.trust()[e01];
        m.state.effort[0] = 1.0;                  // bar: 0.5 x 1.0 / 4 ties = 0.125
        m.state.received[e01] = 0.1f;
        m.state.received[e02] = 0.2f;
        new Trust().apply(m);
        assertEquals(before, net.trust()[e01], 1e-6, "0.1 < 0.125: not satisfying, but not empty either");
        assertTrue(net.trust()[e02] > 0.6f, "0.2 >= 0.125: satisfying");
    }

    @Test
    void anExpertTeachingANoviceFaceToFaceKeepsItsTrust() {
        Params p = new Params();
        p.exclusion = false;
        p.socializationRate = 0.2;
        NetcapModel m = blank(2, p);
        tie(m, 0, 1, PHYS, 2, 0.6, 0.6);
        know(m, 0, 5.0, 0);   // the expert
        know(m, 1, 0.5, 0);   // the novice
        Socialization socialization = new Socialization();
        Trust trust = new Trust();
        for (int s = 0; s < 20; s++) {
            m.beginStep();
            socialization.apply(m);
            trust.apply(m);
        }
        assertTrue(m.agents.tacit[1] > 2.0, "the novice learnt: " + m.agents.tacit[1]);
        assertTrue(m.network.trust(0, 1) >= 0.6f - 1e-6, "the teacher's trust in the novice does not fall: " + m.network.trust(0, 1));
        assertTrue(m.network.trust(1, 0) > 0.8f, "the novice's trust in the teacher rises: " + m.network.trust(1, 0));
    }

    @Test
    void trustDoesNotMoveWithoutContact() {
        Params p = new Params();
        p.exclusion = false;
        NetcapModel m = blank(2, p);
        tie(m, 0, 1, PHYS, 1, 0.3, 0.7);
        m.state.active[1] = 0; // 1 did not act: no contact
        new Trust().apply(m);
        assertEquals(0.3f, m.network.trust(0, 1));
        assertEquals(0.7f, m.network.trust(1, 0));
        assertEquals(1, m.network.idle()[m.network.find(0, 1)]);
    }

    @Test
    void levelsArePromotedByRepeatedMutualExchangeAndDemotedByInactivity() {
        Params p = new Params();
        p.promoteAfter = 3;
        p.promoteTrustStep = 0.15;
        p.demoteAfter = 4;
        p.dropAfter = 6;
        NetcapModel m = blank(4, p);
        tie(m, 0, 1, ONLINE, MultiplexNetwork.ACQUAINTANCE, 0.5, 0.5);
        tie(m, 2, 3, ONLINE, MultiplexNetwork.ACQUAINTANCE, 0.5, 0.5);
        MultiplexNetwork net = m.network;
        int a = net.find(0, 1);
        int b = net.find(1, 0);
        net.exchanges()[a] = 3;
        net.exchanges()[b] = 2; // not yet mutual enough
        new Ties().apply(m);
        assertEquals(1, net.level(0, 1));
        net.exchanges()[b] = 3;
        new Ties().apply(m);
        assertEquals(2, net.level(0, 1), "promoted to contact");
        assertEquals(2, net.level(1, 0), "both ends agree");
        assertEquals(0, net.exchanges()[a], "counters restart");

        // trust too low for the next level: 3 exchanges each but trust 0.4 < 3 * 0.15
        net.exchanges()[a] = 3;
        net.exchanges()[b] = 3;
        net.trust()[a] = 0.4f;
        new Ties().apply(m);
        assertEquals(2, net.level(0, 1));

        // idle ties fall back, and an idle virtual stranger tie is dropped
        int c = net.find(2, 3);
        int d = net.find(3, 2);
        net.idle()[c] = 4;
        net.idle()[d] = 4;
        new Ties().apply(m);
        assertEquals(0, net.level(2, 3), "acquaintance falls to stranger");
        net.idle()[net.find(2, 3)] = 6;
        net.idle()[net.find(3, 2)] = 6;
        new Ties().apply(m);
        assertFalse(net.hasTie(2, 3), "idle virtual stranger tie dropped");
        assertEquals(1, m.state.tiesDropped);
    }

    @Test
    void exclusionWithdrawsTrustFromActiveNeighboursWhoContributeNothing() {
        Params p = new Params();
        p.exclusion = true;
        p.exclusionRate = 0.1;
        p.trustLoss = 0; // exclusion alone (both act and nothing flows: an empty contact would also cost trust)
        NetcapModel m = blank(3, p);
        tie(m, 0, 1, ONLINE, 2, 0.5, 0.5);
        tie(m, 0, 2, ONLINE, 2, 0.5, 0.5);
        m.state.contribution[0] = 1.0;
        m.state.contribution[1] = 1.0;
        m.state.contribution[2] = 0.0; // active, contributes nothing
        m.agents.propensity[2] = 0.0;
        new Trust().apply(m);
        assertEquals(0.5f, m.network.trust(0, 1), 1e-6, "a contributing neighbour: unchanged");
        assertEquals(0.45f, m.network.trust(0, 2), 1e-6, "the free rider loses 10% of 0's trust");
        assertEquals(0.5f, m.network.trust(2, 0), 1e-6, "free riders withdraw nothing");
        // once trust is below 0.05 the virtual tie is cut
        m.network.trust()[m.network.find(0, 2)] = 0.04f;
        new Ties().apply(m);
        assertFalse(m.network.hasTie(0, 2));
        assertTrue(m.network.hasTie(0, 1));
    }

    @Test
    void idleStrangerTiesAreDroppedInAnyLayerAndBusyOnesKept() {
        Params p = new Params();
        p.dropAfter = 2;
        NetcapModel m = blank(3, p);
        tie(m, 0, 1, PHYS, MultiplexNetwork.STRANGER, 0.5, 0.5);
        tie(m, 0, 2, PHYS, MultiplexNetwork.STRANGER, 0.5, 0.5);
        m.network.idle()[m.network.find(0, 1)] = 100;
        m.network.idle()[m.network.find(1, 0)] = 100;
        m.network.idle()[m.network.find(0, 2)] = 1; // something flowed over it a step ago
        m.network.idle()[m.network.find(2, 0)] = 100;
        new Ties().apply(m);
        assertFalse(m.network.hasTie(0, 1), "a stranger met face to face over which nothing flows is no longer a tie");
        assertTrue(m.network.hasTie(0, 2));
    }

    @Test
    void triadicClosureBefriendsAFriendOfAFriend() {
        Params p = new Params();
        p.triadicClosureRate = 1.0;
        p.homophilyRate = 0;
        p.discoveryRate = 0;
        p.contactStrategies = false; // every approach accepted (what an approach delivers: RelationshipsTest)
        NetcapModel m = blank(3, p);
        tie(m, 0, 1, ONLINE, 3, 0.5, 0.5);
        tie(m, 1, 2, ONLINE, 3, 0.5, 0.5);
        m.state.active[1] = 0;
        m.state.active[2] = 0;
        m.agents.generalTrust[0] = 0.3;
        m.agents.generalTrust[2] = 0.6;
        TieFormation formation = new TieFormation();
        formation.apply(m);
        // agent 0's only neighbour is 1, whose neighbours are 0 and 2: the tie forms unless 0 picked itself
        if (m.state.tiesFormed == 1) {
            assertTrue(m.network.hasTie(0, 2));
            assertEquals(MultiplexNetwork.ACQUAINTANCE, m.network.level(0, 2));
            assertEquals(ONLINE, m.network.layers(0, 2));
            assertEquals(0.3f, m.network.trust(0, 2));
            assertEquals(0.6f, m.network.trust(2, 0));
        } else {
            assertFalse(m.network.hasTie(0, 2));
        }
        int formed = m.state.tiesFormed;
        for (int s = 0; s < 20 && !m.network.hasTie(0, 2); s++) {
            m.beginStep();
            m.state.active[1] = 0;
            m.state.active[2] = 0;
            formation.apply(m);
            formed += m.state.tiesFormed;
        }
        assertTrue(m.network.hasTie(0, 2), "closure happens with probability 1/2 per step");
        assertEquals(1, formed);
    }

    @Test
    void homophilyBefriendsOnlySimilarAgents() {
        Params p = new Params();
        p.triadicClosureRate = 0;
        p.homophilyRate = 1.0;
        p.homophilyCandidates = 50;
        p.homophilyThreshold = 0.9;
        p.discoveryRate = 0;
        p.contactStrategies = false;
        NetcapModel m = blank(3, p);
        Agents a = m.agents;
        java.util.Arrays.fill(a.interest, 0.0);
        for (int z = 0; z < a.interestDims; z++) {
            a.interest[2 * a.interestDims + z] = 1.0; // agent 2 is the opposite of 0 and 1
        }
        m.state.active[1] = 0;
        m.state.active[2] = 0;
        new TieFormation().apply(m);
        assertTrue(m.network.hasTie(0, 1));
        assertFalse(m.network.hasTie(0, 2));
    }

    @Test
    void dissatisfiedMembersLeaveAndTheirTiesGo() {
        Params p = new Params();
        p.satisfactionMemory = 1.0;
        p.leaveThreshold = -0.01;
        p.leavePatience = 3;
        p.inactiveThreshold = 0.5;
        p.activityResponse = 1.0;
        p.activityMin = 0.0;
        p.satisfactionScale = 0.001;
        NetcapModel m = blank(3, p);
        tie(m, 0, 1, PHYS, 2, 0.5, 0.5);
        tie(m, 0, 2, PHYS, 2, 0.5, 0.5);
        Satisfaction satisfaction = new Satisfaction(); // one instance: it counts each member's bad steps
        for (int s = 0; s < 3; s++) {
            m.beginStep();
            m.state.effort[0] = 0.1;           // pays, gets nothing
            m.state.flowSocialization[1] = 0.1; // gets value, pays nothing
            satisfaction.apply(m);
        }
        assertEquals(Agents.LEFT, m.agents.status[0]);
        assertEquals(0, m.network.degree(0));
        assertEquals(0, m.network.degree(1));
        assertEquals(1, m.leftTotal);
        assertEquals(Agents.MEMBER, m.agents.status[1]);
        assertTrue(m.agents.activity[1] > 0.99, "a satisfied member becomes fully active");
        assertEquals(1.0, m.agents.satisfaction[1], 1e-12, "value and no cost: the best relative return");
        assertEquals(Agents.MEMBER, m.agents.status[2], "no value and no effort is not a bad step");

        // the time spent has a value elsewhere that rises with what the agent knows: a knowing member who gets
        // half of what taking part costs it ends at (0.1 - 0.2) / (0.1 + 0.2) = -1/3
        Params q = new Params();
        q.satisfactionMemory = 1.0;
        q.outsideOption = 0.02;
        NetcapModel k = blank(2, q);
        know(k, 0, 6.0, 4.0);                 // knows 10: its time is worth 0.02 x 10 = 0.2 elsewhere
        k.state.flowCombination[0] = 0.1;
        k.state.active[1] = 0;
        k.agents.satisfaction[1] = 0.3;
        new Satisfaction().apply(k);
        assertEquals(-1.0 / 3, k.agents.satisfaction[0], 1e-12);
        assertEquals(0.3, k.agents.satisfaction[1], 0, "a member that did not act learns nothing about its return");
    }
}
