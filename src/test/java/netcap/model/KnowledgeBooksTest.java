package netcap.model;

import netcap.api.StepOrder;
import ec.util.MersenneTwisterFast;
import netcap.generate.WattsStrogatz;
import netcap.world.Agents;
import org.junit.jupiter.api.Test;
import sim.engine.Schedule;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The knowledge books balance: for every agent and step the change of its tacit and explicit
 * stocks is exactly the flows booked for it, the metrics add the flows up as documented, and
 * without creation what the system knows never rises.
 */
class KnowledgeBooksTest {
    private static final int DRAWS = 20;
    private static final int STEPS = 8;

    /** Random knowledge parameters within their ranges; rooms, horizon and team rules drawn too. */
    static Params randomParams(MersenneTwisterFast r) {
        Params p = new Params();
        p.domains = 1 + r.nextInt(4);
        p.horizon = r.nextInt(6);
        p.physicalLayer = r.nextDouble() < 0.8;
        p.virtualRooms = !p.physicalLayer || r.nextDouble() < 0.8;
        p.physicalOnlyShare = 0.5 * r.nextDouble();
        p.virtualOnlyShare = 0.5 * r.nextDouble();
        p.initialTacit = 0.1 + 2 * r.nextDouble();
        p.initialExplicit = 2 * r.nextDouble();
        p.relevanceSpread = r.nextDouble();
        p.socializationRate = r.nextDouble();
        p.socializationCreationRate = 0.1 * r.nextDouble();
        p.externalizationRate = r.nextDouble();
        p.explicitUptake = r.nextDouble();
        p.absorptionHalf = 0.05 + 2 * r.nextDouble();
        p.relatedness = r.nextDouble();
        p.combinationRate = r.nextDouble();
        p.knowledgeFrontier = 1 + 20 * r.nextDouble();
        p.internalizationRate = r.nextDouble();
        p.distanceDecay = 0.95 * r.nextDouble();
        p.attentionBudget = r.nextInt(10);
        p.forgetting = 0.1 * r.nextDouble();
        p.reciprocityStrength = r.nextDouble();
        p.teamRate = 0.05 + 0.5 * r.nextDouble();
        p.teamSize = 2 + r.nextInt(5);
        p.teamProductivity = 5 * r.nextDouble();
        p.teamSimilarMinds = r.nextBoolean();
        p.teamDiverseKnowledge = r.nextBoolean();
        p.synergy = 5 * r.nextDouble();
        p.contributionCost = 0.1 * r.nextDouble();
        return p;
    }

    static NetcapModel model(long seed, Params p, int n, Set<String> disabled) {
        return new NetcapModel(seed, p, new WattsStrogatz(n, 6, 0.1), List.of("online", "forum"), disabled, 1);
    }

    /**
     * Runs the model for the given steps and checks the books of every agent and step; returns the
     * first imbalance found (null when they balance).
     */
    static String runAndCheck(NetcapModel m, int steps) {
        Agents a = m.agents;
        int d = a.domains;
        StepState st = m.state;
        for (int s = 0; s < steps; s++) {
            double[] t0 = a.tacit.clone();
            double[] e0 = a.explicit.clone();
            m.schedule.step(m);
            st = m.state;
            double soc = 0;
            double up = 0;
            double comb = 0;
            double teams = 0;
            double together = 0;
            double commons = 0;
            for (int i = 0; i < a.size(); i++) {
                double dt = 0;
                double de = 0;
                double stock = 0;
                for (int q = i * d; q < (i + 1) * d; q++) {
                    dt += a.tacit[q] - t0[q];
                    de += a.explicit[q] - e0[q];
                    stock += t0[q] + e0[q] + a.tacit[q] + a.explicit[q];
                }
                double bookedT = st.flowSocialization[i] + st.flowSocializationCreated[i] + st.flowTeams[i] + st.flowInternalization[i]
                        - st.flowExternalization[i] - st.forgottenTacit[i];
                double bookedE = st.flowUptake[i] + st.bought[i] + st.flowCombination[i] + st.flowCommons[i] + st.flowExternalization[i]
                        - st.flowInternalization[i] - st.forgottenExplicit[i];
                double tol = 1e-9 * Math.max(stock, 1e-3);
                if (Math.abs(dt - bookedT) > tol) {
                    return "step " + s + " agent " + i + ": tacit changed by " + dt + ", booked " + bookedT;
                }
                if (Math.abs(de - bookedE) > tol) {
                    return "step " + s + " agent " + i + ": explicit changed by " + de + ", booked " + bookedE;
                }
                soc += st.flowSocialization[i];
                up += st.flowUptake[i] + st.bought[i];
                comb += st.flowCombination[i];
                teams += st.flowTeams[i];
                together += st.flowSocializationCreated[i];
                commons += st.flowCommons[i];
            }
            double created = m.series.last("created");
            double transferred = m.series.last("transferred");
            if (Math.abs(created - (together + comb + teams + commons)) > 1e-9 * Math.max(1, created)) {
                return "step " + s + ": created " + created + " is not socialization's creation + combination + teams + commons "
                        + (together + comb + teams + commons);
            }
            if (Math.abs(transferred - (soc + up)) > 1e-9 * Math.max(1, transferred)) {
                return "step " + s + ": transferred " + transferred + " is not socialization + uptake + bought " + (soc + up);
            }
        }
        return null;
    }

    @Test
    void everyAgentsStocksChangeByExactlyItsBookedFlows() {
        MersenneTwisterFast r = new MersenneTwisterFast(20240611L);
        double created = 0;
        double teams = 0;
        double commons = 0;
        for (int draw = 0; draw < DRAWS; draw++) {
            Params p = randomParams(r);
            NetcapModel m = model(draw, p, 60 + r.nextInt(61), Set.of());
            m.start();
            String broken = runAndCheck(m, STEPS);
            assertNull(broken, "draw " + draw + ": " + broken);
            for (double v : m.series.column("combination")) {
                created += v;
            }
            for (double v : m.series.column("teamCreation")) {
                teams += v;
            }
            for (double v : m.series.column("commons")) {
                commons += v;
            }
        }
        assertTrue(created > 0 && teams > 0 && commons > 0, "the draws exercise combination, teams and the commons");
    }

    @Test
    void theCheckCatchesAFlowThatIsNotBooked() {
        Params p = randomParams(new MersenneTwisterFast(3L));
        NetcapModel m = model(1, p, 60, Set.of());
        m.start();
        // a rule between combination and internalization that adds explicit knowledge without booking it
        m.schedule.scheduleRepeating(Schedule.EPOCH, StepOrder.COMBINATION + 1, sim -> m.agents.explicit[5 * m.agents.domains] += 1e-6, 1.0);
        String broken = runAndCheck(m, 2);
        assertNotNull(broken);
        assertTrue(broken.contains("agent 5: explicit"), broken);
    }

    @Test
    void withoutCreationWhatTheSystemKnowsNeverRises() {
        MersenneTwisterFast r = new MersenneTwisterFast(77L);
        for (int draw = 0; draw < DRAWS; draw++) {
            Params p = randomParams(r);
            p.socializationCreationRate = 0; // socialization then only transfers
            NetcapModel m = model(100 + draw, p, 60 + r.nextInt(61), Set.of("combination", "teams", "contribution"));
            m.start();
            double before = m.series.last("systemKnowledge");
            for (int s = 0; s < STEPS; s++) {
                m.schedule.step(m);
                double after = m.series.last("systemKnowledge");
                assertEquals(0, m.series.last("created"), 0, "draw " + draw + " step " + s);
                assertTrue(after <= before * (1 + 1e-6) + 1e-12,
                        "draw " + draw + " step " + s + ": system knowledge rose from " + before + " to " + after
                                + " (transferred " + m.series.last("transferred") + ")");
                before = after;
            }
        }
    }
}
