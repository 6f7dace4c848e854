package netcap.model;

import netcap.model.knowledge.Teams;
import netcap.world.Agents;
import netcap.world.MultiplexNetwork;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Project teams: the created tacit knowledge against the formula, and the choice of team mates. */
class TeamsTest {
    private static final double COST = 0.01;

    /** A started model with D = 2 on the given ties, every agent an acting member, knowledge zero. */
    private static NetcapModel model(int n, int[][] edges, Params p) {
        p.domains = 2;
        p.teamCost = COST;
        p.initialLevelMin = MultiplexNetwork.CONTACT; // every tie close enough for a team invitation (teamMinLevel 2)
        NetcapModel m = new NetcapModel(7L, p, TestNetworks.of(n, edges), List.of("online"), Set.of(), 1);
        m.start();
        Agents a = m.agents;
        Arrays.fill(a.tacit, 0);
        Arrays.fill(a.explicit, 0);
        Arrays.fill(a.activity, 1);
        Arrays.fill(a.interest, 0.5);
        m.beginStep();
        return m;
    }

    private static void set(NetcapModel m, int i, double t0, double t1, double e0, double e1) {
        Agents a = m.agents;
        a.tacit[i * 2] = t0;
        a.tacit[i * 2 + 1] = t1;
        a.explicit[i * 2] = e0;
        a.explicit[i * 2 + 1] = e1;
    }

    private static void interest(NetcapModel m, int i, double... x) {
        System.arraycopy(x, 0, m.agents.interest, i * m.agents.interestDims, x.length);
    }

    /** Runs the project of the given team (Teams' own project step, reached by reflection). */
    private static void project(NetcapModel m, int... team) throws Exception {
        Method pr = Teams.class.getDeclaredMethod("project", NetcapModel.class, int[].class, int.class, double[].class);
        pr.setAccessible(true);
        pr.invoke(null, m, team, team.length, new double[team.length * m.agents.domains]);
    }

    @Test
    void aProjectCreatesTacitKnowledgeAsTheFormulaSays() throws Exception {
        Params p = new Params();
        p.teamProductivity = 0.5;
        p.knowledgeFrontier = 10;
        NetcapModel m = model(3, new int[][] {{0, 1}, {0, 2}}, p);
        set(m, 0, 2, 1, 1, 0); // K = (3, 1): profile (3/4, 1/4)
        set(m, 1, 1, 1, 0, 2); // K = (1, 3): profile (1/4, 3/4)
        set(m, 2, 2, 2, 0, 0); // K = (2, 2): profile (1/2, 1/2)
        interest(m, 2, 0.5, 0.5, 1.0); // agents 0 and 1 at (0.5, 0.5, 0.5)
        project(m, 0, 1, 2);
        double v = (0.5 + 0.25 + 0.25) / 3; // mean total-variation distance over the three pairs
        double s = 1 - 0.5 / Math.sqrt(3);
        double map = (1 + s + s) / 3; // mean interest similarity over the pairs
        double mean = 2; // (3 + 1 + 2) / 3 in domain 0 and (1 + 3 + 2) / 3 in domain 1
        double[][] k = {{3, 1}, {1, 3}, {2, 2}};
        double[][] t = {{2, 1}, {1, 1}, {2, 2}};
        double[][] e = {{1, 0}, {0, 2}, {0, 0}};
        for (int i = 0; i < 3; i++) {
            double sum = 0;
            for (int q = 0; q < 2; q++) {
                double g = 0.5 * v * map * mean * (1 - k[i][q] / 10);
                assertEquals(t[i][q] + g, m.agents.tacit[i * 2 + q], 1e-12, "agent " + i + " domain " + q);
                assertEquals(e[i][q], m.agents.explicit[i * 2 + q], 0, "projects create tacit knowledge only");
                sum += g;
            }
            assertEquals(sum, m.state.flowTeams[i], 1e-12);
            assertEquals(COST, m.state.effort[i], 1e-15);
        }
    }

    @Test
    void aTeamOfIdenticalKnowledgeProfilesCreatesNothing() {
        Params p = new Params();
        p.teamRate = 1;
        p.teamSize = 4;
        p.teamProductivity = 5;
        NetcapModel m = model(4, new int[][] {{0, 1}, {0, 2}, {0, 3}, {1, 2}, {1, 3}, {2, 3}}, p);
        set(m, 0, 1, 2, 0, 0);
        set(m, 1, 0.5, 1, 1.5, 3); // (2, 4): the same mix in another form and amount
        set(m, 2, 0.25, 0.5, 0, 0);
        set(m, 3, 0, 0, 3, 6);
        interest(m, 1, 0.1, 0.9, 0.3);
        double[] tacit = m.agents.tacit.clone();
        new Teams().apply(m);
        assertEquals(4, m.state.teamsFormed, "every acting member led a project");
        assertTrue(Arrays.equals(tacit, m.agents.tacit), "same mix of knowledge: V = 0, nothing created");
        for (int i = 0; i < 4; i++) {
            assertEquals(0, m.state.flowTeams[i], 0);
            assertEquals(4 * COST, m.state.effort[i], 1e-15, "each member spent effort on four projects");
        }
    }

    /**
     * Leader 0 with four contacts, teams of two: each contact also leads a project with its only
     * contact 0, so the mate 0 chose is the contact that spent effort on two projects.
     */
    private static int chosenMate(boolean similarMinds, boolean diverseKnowledge) {
        Params p = new Params();
        p.teamRate = 1;
        p.teamSize = 2;
        p.teamSimilarMinds = similarMinds;
        p.teamDiverseKnowledge = diverseKnowledge;
        NetcapModel m = model(5, new int[][] {{0, 1}, {0, 2}, {0, 3}, {0, 4}}, p);
        interest(m, 0, 0, 0, 0);
        set(m, 0, 4, 1, 0, 0); // profile (0.8, 0.2)
        interest(m, 1, 0, 0, 0); // same mind, same knowledge mix: similarity 1, difference 0
        set(m, 1, 2, 0.5, 2, 0.5);
        interest(m, 2, 1, 1, 1); // far mind, most different knowledge: similarity 0, difference 0.8
        set(m, 2, 0, 5, 0, 0);
        interest(m, 3, 0.1, 0, 0); // near mind, different knowledge: similarity 0.94, difference 0.6
        set(m, 3, 1, 2, 0, 2);
        interest(m, 4, 1, 1, 1); // far mind, same knowledge mix
        set(m, 4, 8, 2, 0, 0);
        new Teams().apply(m);
        assertEquals(5, m.state.teamsFormed);
        assertEquals(5 * COST, m.state.effort[0], 1e-15, "the leader's project and each contact's");
        int chosen = -1;
        for (int j = 1; j <= 4; j++) {
            double e = m.state.effort[j];
            assertTrue(Math.abs(e - COST) < 1e-15 || Math.abs(e - 2 * COST) < 1e-15, "effort " + e);
            if (e > 1.5 * COST) {
                assertEquals(-1, chosen, "one mate in a team of two");
                chosen = j;
            }
        }
        assertTrue(chosen > 0, "the leader chose a mate");
        return chosen;
    }

    @Test
    void theChoiceRulesPickTheExpectedMates() {
        assertEquals(1, chosenMate(true, false), "similar minds: the closest interests");
        assertEquals(2, chosenMate(false, true), "diverse knowledge: the most different knowledge");
        assertEquals(3, chosenMate(true, true), "both: similar minds with different knowledge");
        chosenMate(false, false); // at random: some one contact
    }
}
