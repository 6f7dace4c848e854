package netcap.model;

import netcap.model.exchange.Exchange;
import netcap.model.growth.Joining;
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

/**
 * The relationship rules by hand: approaches judged by what they deliver, the room of approach,
 * purchases over ties, levels kept up within the attention budget, and joining by value.
 */
class RelationshipsTest {

    /** Two members, agent 0 approaching agent 1 by homophily (the only candidate) every step; D = 1. */
    private static NetcapModel pair(byte strategy, double know0, double know1) {
        Params p = new Params();
        p.triadicClosureRate = 0;
        p.discoveryRate = 0;
        p.homophilyRate = 1;
        p.homophilyThreshold = 0;
        p.homophilyCandidates = 100; // one of them is agent 1
        p.sampleShare = 0.1;
        p.acceptanceHalf = 0.05;
        p.priceShare = 0.5;
        p.approachCost = 0.01;
        p.serviceCost = 0.2;
        p.equalityWeight = 1;
        NetcapModel m = blank(2, p);
        m.agents.contact[0] = strategy;
        m.agents.tacit[0] = know0;
        m.agents.tacit[1] = know1;
        m.agents.generalTrust[0] = 0.4;
        m.agents.generalTrust[1] = 0.6;
        java.util.Arrays.fill(m.agents.roomStanding, 0.5); // equals in both rooms
        return m;
    }

    /** Agent 0 approaches agent 1 once (agent 1 does not act); returns whether a tie was made. */
    private static boolean approachOnce(NetcapModel m, TieFormation f) {
        m.agents.explicit[0] = 0; // what earlier approaches passed on is taken back, so that every trial starts alike
        m.agents.explicit[1] = 0;
        m.beginStep();
        m.state.active[1] = 0;
        f.apply(m);
        return m.network.hasTie(0, 1);
    }

    @Test
    void aSellersFreeSampleIsAcceptedInProportionToItsValue() {
        NetcapModel m = pair(Agents.SELLER, 3, 1);
        TieFormation f = new TieFormation();
        int accepted = 0;
        int trials = 2000;
        for (int t = 0; t < trials; t++) {
            if (approachOnce(m, f)) {
                accepted++;
                double accept = 0.2 / (0.2 + 0.05); // v = 0.1 x 1 x (3 - 1) = 0.2, no price, no standing gap
                assertEquals(MultiplexNetwork.CONTACT, m.network.level(0, 1), "A >= 1/2: the tie starts as a contact");
                assertEquals((float) (0.6 + accept * (1 - 0.6) / 2), m.network.trust(1, 0), 1e-6, "the target's first trust");
                assertEquals(0.4f, m.network.trust(0, 1), "the approacher's is its generalized trust");
                m.network.removeTie(0, 1);
            }
            assertEquals(1, m.state.approaches);
            assertEquals(0.2, m.state.bought[1], 1e-12, "value first: the sample is given whether or not it is accepted");
            assertEquals(0.01 + 0.2 * 0.2, m.state.effort[0], 1e-12, "approach plus delivery");
            assertEquals(0, m.state.paid[1], 0);
        }
        double share = (double) accepted / trials;
        assertEquals(0.8, share, 0.03, "accepted with probability v / (v + h)");
    }

    @Test
    void aStalkersColdOfferIsASaleWhenAcceptedAndNothingWhenNotNeeded() {
        NetcapModel m = pair(Agents.STALKER, 3, 1);
        TieFormation f = new TieFormation();
        int accepted = 0;
        int trials = 2000;
        for (int t = 0; t < trials; t++) {
            if (approachOnce(m, f)) {
                accepted++;
                assertEquals(MultiplexNetwork.CONTACT, m.network.level(0, 1), "A = 2/3 >= 1/2");
                assertEquals(0.2, m.state.bought[1], 1e-12);
                assertEquals(0.1, m.state.paid[1], 1e-12, "the price: half the value");
                assertEquals(0.1, m.state.earned[0], 1e-12);
                assertEquals(1, m.state.purchases);
                m.network.removeTie(0, 1);
            } else {
                assertEquals(0, m.state.bought[1], 0, "a turned-down offer delivers nothing");
                assertEquals(0.01, m.state.effort[0], 1e-12, "only the approach");
            }
        }
        assertEquals(0.1 / 0.15, (double) accepted / trials, 0.03, "the net value (v minus the price) decides");
        assertEquals(0.1 * accepted, m.agents.revenue[0], 1e-9);

        // the target knows more: the offer is worth nothing to it, but the approacher is a prospective customer worth
        // c = priceShare x purchaseShare x relevance x (3 - 1) = 0.1 to it
        NetcapModel knows = pair(Agents.STALKER, 1, 3);
        TieFormation g = new TieFormation();
        int customers = 0;
        for (int t = 0; t < trials; t++) {
            if (approachOnce(knows, g)) {
                customers++;
                assertEquals(0, knows.state.bought[1], 0, "nothing was offered");
                knows.network.removeTie(0, 1);
            }
        }
        assertEquals(0.1 / 0.15, (double) customers / trials, 0.03);
        NetcapModel nothing = pair(Agents.STALKER, 2, 2); // neither has anything the other lacks
        for (int t = 0; t < 200; t++) {
            assertFalse(approachOnce(nothing, g));
        }
    }

    @Test
    void approachesAreMadeInTheRoomOfNearEqualsAndAStandingGapCostsAcceptance() {
        NetcapModel m = pair(Agents.SELLER, 3, 1);
        Agents a = m.agents;
        a.roomStanding[0 * a.rooms + 0] = 0.9; // face to face: far apart
        a.roomStanding[1 * a.rooms + 0] = 0.1;
        a.roomStanding[0 * a.rooms + 1] = 0.55; // online: near equals
        a.roomStanding[1 * a.rooms + 1] = 0.45;
        TieFormation f = new TieFormation();
        int accepted = 0;
        int trials = 2000;
        for (int t = 0; t < trials; t++) {
            if (approachOnce(m, f)) {
                accepted++;
                assertEquals(ONLINE, m.network.layers(0, 1), "the room where the two stand nearest to equal");
                m.network.removeTie(0, 1);
            }
        }
        assertEquals(0.8 * (1 - 0.1), (double) accepted / trials, 0.03);

        m.params.chooseRoom = false; // a random room: half the approaches meet the gap of 0.8
        int physical = 0;
        accepted = 0;
        for (int t = 0; t < trials; t++) {
            if (approachOnce(m, f)) {
                accepted++;
                physical += m.network.layers(0, 1) == PHYS ? 1 : 0;
                m.network.removeTie(0, 1);
            }
        }
        assertEquals(0.8 * (0.5 * 0.9 + 0.5 * 0.2), (double) accepted / trials, 0.03);
        assertEquals(0.8 * 0.5 * 0.2 / (0.8 * (0.5 * 0.9 + 0.5 * 0.2)), (double) physical / accepted, 0.05);
    }

    @Test
    void withoutContactStrategiesEveryApproachIsAcceptedAndNothingIsOffered() {
        NetcapModel m = pair(Agents.STALKER, 1, 3);
        m.params.contactStrategies = false;
        assertTrue(approachOnce(m, new TieFormation()));
        assertEquals(MultiplexNetwork.ACQUAINTANCE, m.network.level(0, 1));
        assertEquals(0.6f, m.network.trust(1, 0));
        assertEquals(0, m.state.bought[1], 0);
        assertEquals(0, m.state.effort[0], 0);
    }

    /** A buyer (0, knows 1) with two sellers: 1 (knows 3, acquaintance, trust 0.5) and 2 (knows 5, close friend, trust 1). */
    private static NetcapModel market(byte buyerStrategy) {
        Params p = new Params();
        p.purchaseRate = 1e6;
        p.purchaseShare = 0.1;
        p.priceShare = 0.5;
        p.serviceCost = 0.2;
        p.purchaseMinLevel = 1;
        p.domains = 1;
        // every mechanism off: stepping the schedule only advances the step (new draws) and records metrics
        NetcapModel m = new NetcapModel(7L, p, TestNetworks.of(3, new int[0][]), java.util.List.of("online"),
                new java.util.HashSet<>(Mechanisms.NAMES), 1);
        m.start();
        java.util.Arrays.fill(m.agents.explicit, 0);
        java.util.Arrays.fill(m.agents.relevance, 1);
        java.util.Arrays.fill(m.agents.activity, 1);
        tie(m, 0, 1, ONLINE, MultiplexNetwork.ACQUAINTANCE, 0.5, 0.5);
        tie(m, 0, 2, ONLINE, MultiplexNetwork.CLOSE_FRIEND, 1.0, 1.0);
        m.agents.tacit[0] = 1;
        m.agents.tacit[1] = 3;
        m.agents.tacit[2] = 5;
        m.agents.strategy[0] = buyerStrategy;
        return m;
    }

    @Test
    void purchasesGoToSellersByTrustLevelAndWhatTheyKnowAndFreeRidersDoNotPay() {
        NetcapModel m = market(Agents.CONTRIBUTOR);
        Exchange x = new Exchange();
        int fromTwo = 0;
        int steps = 3000;
        for (int s = 0; s < steps; s++) {
            m.schedule.step(m);
            m.beginStep();
            m.agents.explicit[0] = 0; // what the last purchase passed on is taken back, so that every step starts alike
            x.apply(m);
            assertEquals(m.state.bought[0], m.agents.explicit[0], 1e-12, "the purchase passes the value on as explicit knowledge");
            boolean two = m.state.received[m.network.find(0, 2)] > 0;
            fromTwo += two ? 1 : 0;
            double gap = two ? 4 : 2;
            assertEquals(0.1 * gap, m.state.bought[0], 1e-12, "v = purchaseShare x relevance x (K_j - K_i)");
            assertEquals(0.05 * gap, m.state.paid[0], 1e-12, "the price");
            assertEquals(0.2 * 0.1 * gap, m.state.effort[two ? 2 : 1], 1e-12, "the seller delivers");
        }
        // w_1 = 0.5 x 0.5 (the buyer's trust in the seller, and the seller's in the buyer) x (1 + 1) / 5 x 2 = 0.2, w_2 = 1 x 1 x 1 x 4 = 4
        assertEquals(4 / 4.2, (double) fromTwo / steps, 0.015);

        NetcapModel free = market(Agents.FREE_RIDER);
        free.beginStep();
        x.apply(free);
        int seller = free.state.received[free.network.find(0, 2)] > 0 ? 2 : 1;
        int sellerEntry = free.network.find(seller, 0);
        assertEquals(0, free.state.paid[0], 0, "a free rider takes the value and pays nothing");
        assertEquals(1, free.state.unpaid[sellerEntry]);
        assertEquals(1, free.state.unpaidPurchases);
        float before = free.network.trust(seller, 0);
        new Trust().apply(free);
        assertEquals(before * (1 - free.params.trustLoss), free.network.trust(seller, 0), 1e-6, "and the seller trusts it less");
    }

    @Test
    void levelsBelowThePurchaseMinimumCarryNoPurchase() {
        NetcapModel m = market(Agents.CONTRIBUTOR);
        m.params.purchaseMinLevel = MultiplexNetwork.CLOSE_FRIEND;
        for (int s = 0; s < 50; s++) {
            m.beginStep();
            new Exchange().apply(m);
            assertEquals(0, m.state.received[m.network.find(0, 1)], 0, "the acquaintance never sells");
        }
    }

    @Test
    void attentionDecidesHowManyStrongTiesAnAgentKeeps() {
        Params p = new Params();
        p.relationshipBudget = 10;
        p.levelUpkeep = 2; // acquaintance 1, contact 2, friend 4, close friend 8
        NetcapModel m = blank(5, p);
        for (int j = 1; j <= 4; j++) {
            tie(m, 0, j, ONLINE, MultiplexNetwork.FRIEND, 0.1 * j, 0.9); // 16 of upkeep for agent 0
        }
        new Ties().apply(m);
        double upkeep = 0;
        for (int j = 1; j <= 4; j++) {
            int lvl = m.network.level(0, j);
            upkeep += lvl == 0 ? 0 : Math.pow(2, lvl - 1);
        }
        assertTrue(upkeep <= 10, "within the budget: " + upkeep);
        assertEquals(MultiplexNetwork.FRIEND, m.network.level(0, 4), "the most trusted tie keeps its level");
        assertTrue(m.network.level(0, 1) < MultiplexNetwork.FRIEND, "the least trusted falls first");

        // a tie that has earned promotion displaces a less trusted one when the budget is full
        NetcapModel n = blank(3, p);
        tie(n, 0, 1, ONLINE, MultiplexNetwork.CLOSE_FRIEND, 0.2, 0.9); // 8
        tie(n, 0, 2, ONLINE, MultiplexNetwork.CONTACT, 0.9, 0.9);      // 2: full
        int k = n.network.find(0, 2);
        n.network.exchanges()[k] = 100;
        n.network.exchanges()[n.network.twins()[k]] = 100;
        new Ties().apply(n);
        assertEquals(MultiplexNetwork.FRIEND, n.network.level(0, 2), "promoted");
        assertEquals(MultiplexNetwork.FRIEND, n.network.level(0, 1), "by letting the less trusted close friend fall a level");
        n.params.relationshipLevels = false;
        n.network.exchanges()[k] = 100;
        n.network.exchanges()[n.network.twins()[k]] = 100;
        new Ties().apply(n);
        assertEquals(MultiplexNetwork.FRIEND, n.network.level(0, 2), "without levels nothing is promoted");
    }

    @Test
    void outsidersJoinByTheValueMembersGaveThem() {
        Params p = new Params();
        p.joinRule = JoinRule.VALUE;
        p.innovation = 0;
        p.imitation = 0;
        p.joinValue = 2;
        NetcapModel m = blank(3, p);
        m.agents.status[1] = Agents.NOT_JOINED;
        m.agents.status[2] = Agents.NOT_JOINED;
        m.agents.outsiderValue[1] = 0.5; // joinValue x V = 1
        m.beginStep();
        new Joining().apply(m);
        assertEquals(Agents.MEMBER, m.agents.status[1]);
        assertEquals(Agents.NOT_JOINED, m.agents.status[2], "nothing received, no word of mouth, no innovation: stays out");
    }

    @Test
    void arrivalsThatAddTiesBeforeTheFlowsDoNotOutgrowThePerEntryArrays() {
        Params p = new Params();
        p.initialMembers = 20;
        p.arrivalRate = 2;
        p.arrivalTies = 5;
        NetcapModel m = new NetcapModel(5L, p, new netcap.generate.WattsStrogatz(300, 6, 0.1));
        m.start();
        m.run(60); // arrivals add ties in joining, before posts and socialization credit the entries
        assertTrue(m.network.neighbors().length <= m.state.received.length);
        assertTrue(m.series.last("members") > 120, "arrivals joined: " + m.series.last("members"));
    }
}
