package netcap.model;

import netcap.model.growth.Satisfaction;
import netcap.model.ties.TieFormation;
import netcap.model.ties.Ties;
import netcap.model.ties.Trust;
import netcap.world.Agents;
import netcap.world.MultiplexNetwork;
import org.junit.jupiter.api.Test;

import static netcap.model.MechanismTest.ONLINE;
import static netcap.model.MechanismTest.PHYS;
import static netcap.model.MechanismTest.blank;
import static netcap.model.MechanismTest.tie;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Trust, relationship levels, tie formation and satisfaction on tiny networks, by hand. */
class TrustAndTiesTest {

    @Test
    void trustRisesWithValueFallsWhenUnreturnedAndRisesFasterOnMultiplexTies() {
        Params p = new Params();
        p.trustGain = 0.1;
        p.trustLoss = 0.2;
        p.multiplexTrustBonus = 1.0;
        p.exchangeThreshold = 0.01;
        p.generalTrustRate = 0.5;
        p.exclusion = false;
        NetcapModel m = blank(4, p);
        tie(m, 0, 1, PHYS, 1, 0.5, 0.5);          // single layer
        tie(m, 0, 2, PHYS | ONLINE, 1, 0.5, 0.5); // both layers
        tie(m, 0, 3, ONLINE, 1, 0.5, 0.5);
        MultiplexNetwork net = m.network;
        int e01 = net.find(0, 1);
        int e02 = net.find(0, 2);
        int e03 = net.find(0, 3);
        m.state.received[e01] = 0.05f;                 // 1 gave to 0
        m.state.received[e02] = 0.05f;                 // 2 gave to 0
        m.state.received[net.find(3, 0)] = 0.05f;      // 0 gave to 3, 3 gave nothing back
        new Trust().apply(m);
        assertEquals(0.5 + 0.1 * 0.5, net.trust()[e01], 1e-6);
        assertEquals(0.5 + 0.2 * 0.5, net.trust()[e02], 1e-6, "offline confirmation doubles the gain");
        assertEquals(0.5 - 0.2 * 0.5, net.trust()[e03], 1e-6, "unreturned contact lowers trust");
        assertEquals(0.5 - 0.2 * 0.5, net.trust()[net.find(1, 0)], 1e-6, "1 gave and got nothing back: its trust in 0 falls");
        // 0 had three contacts, two satisfying: GT moves halfway to 2/3
        assertEquals(0.5 + 0.5 * (2.0 / 3 - 0.5), m.agents.generalTrust[0], 1e-12);
        assertEquals(1, net.exchanges()[e01]);
        assertEquals(0, net.idle()[e01]);
        assertEquals(0, net.idle()[e03], "giving counts as interaction");
    }

    @Test
    void trustDoesNotMoveWithoutContact() {
        Params p = new Params();
        p.exclusion = false;
        NetcapModel m = blank(2, p);
        tie(m, 0, 1, PHYS, 1, 0.3, 0.7);
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
        NetcapModel m = blank(3, p);
        tie(m, 0, 1, ONLINE, 2, 0.5, 0.5);
        tie(m, 0, 2, ONLINE, 2, 0.5, 0.5);
        m.state.contribution[0] = 1.0;
        m.state.contribution[1] = 1.0;
        m.state.contribution[2] = 0.0; // active, contributes nothing
        m.agents.propensity[2] = 0.0;
        new Trust().apply(m);
        assertEquals(0.5f, m.network.trust(0, 1), 1e-6, "no exchange, a contributing neighbour: unchanged");
        assertEquals(0.45f, m.network.trust(0, 2), 1e-6, "the free rider loses 10% of 0's trust");
        assertEquals(0.5f, m.network.trust(2, 0), 1e-6, "free riders withdraw nothing");
        // once trust is below 0.05 the virtual tie is cut
        m.network.trust()[m.network.find(0, 2)] = 0.04f;
        new Ties().apply(m);
        assertFalse(m.network.hasTie(0, 2));
        assertTrue(m.network.hasTie(0, 1));
    }

    @Test
    void physicalStrangerTiesAreNotDropped() {
        Params p = new Params();
        p.dropAfter = 2;
        NetcapModel m = blank(2, p);
        tie(m, 0, 1, PHYS, MultiplexNetwork.STRANGER, 0.5, 0.5);
        m.network.idle()[m.network.find(0, 1)] = 100;
        m.network.idle()[m.network.find(1, 0)] = 100;
        new Ties().apply(m);
        assertTrue(m.network.hasTie(0, 1));
    }

    @Test
    void triadicClosureBefriendsAFriendOfAFriend() {
        Params p = new Params();
        p.triadicClosureRate = 1.0;
        p.homophilyRate = 0;
        p.discoveryRate = 0;
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
        p.participationCost = 0;
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
        assertEquals(0.1, m.agents.satisfaction[1], 1e-12);
        assertEquals(Agents.MEMBER, m.agents.status[2], "no value and no effort is not a bad step");

        // taking part costs time: with participationCost an acting member who gets nothing loses satisfaction
        Params q = new Params();
        q.satisfactionMemory = 1.0;
        q.participationCost = 0.05;
        NetcapModel k = blank(1, q);
        new Satisfaction().apply(k);
        assertEquals(-0.05, k.agents.satisfaction[0], 1e-12);
    }
}
