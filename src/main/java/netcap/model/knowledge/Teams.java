package netcap.model.knowledge;

import netcap.api.StepOrder;
import ec.util.MersenneTwisterFast;
import netcap.model.Frontier;
import netcap.model.Mechanism;
import netcap.model.NetcapModel;
import netcap.model.Params;
import netcap.model.StepAccess;
import netcap.model.StepState;
import netcap.world.Agents;
import netcap.world.MultiplexNetwork;

/**
 * Project teams (a creation): "same mental map, different knowledge". Each acting member starts a
 * project with probability {@code teamRate} per step and picks up to {@code teamSize} - 1 team
 * mates among its acting contacts (any layer) over ties at level {@code teamMinLevel} or above: the contacts whose interests are closest to its own
 * ({@code teamSimilarMinds}), whose knowledge differs most from its own
 * ({@code teamDiverseKnowledge}), both (the product of the two), or neither (at random). Each
 * contact gets one uniform draw whatever the rule, so rules compared with common random numbers
 * see the same draws.
 *
 * <p>A team of m members has knowledge diversity V, the mean over its pairs of the
 * total-variation distance between the members' knowledge profiles (each member's knowledge T + E
 * per domain as shares of its total; 0 = the same mix, 1 = disjoint), and a shared mental map M,
 * the mean over its pairs of interest similarity (1 - distance / sqrt(dims)). The project creates
 * for every member, per domain q, new tacit knowledge (learnt by doing the project together)
 * <pre>  g_iq = min(F - K_iq, pi * V * M * mean_(j in team) K_jq * (1 - K_iq / F)+)</pre>
 * with pi = {@code teamProductivity}, K = T + E and F = {@code knowledgeFrontier}. Because the
 * output is a product, a team needs both: similar minds with the same knowledge (V = 0) or
 * different knowledge without a shared map (M small) create little. Each member spends
 * {@code teamCost} effort on the project. Teams are formed one leader after another in id order
 * from the mechanism's own stream (the result does not depend on the number of threads); members
 * gain from the knowledge the team had before the project. Cost O(active x teamRate x degree).
 */
@StepAccess(reads = "active", writes = {"flowTeams", "effort", "teamsFormed"})
public final class Teams extends Mechanism {
    private static final long serialVersionUID = 1L;

    private MersenneTwisterFast rng;

    @Override
    public int order() {
        return StepOrder.TEAMS;
    }

    @Override
    public void apply(NetcapModel m) {
        if (rng == null) {
            rng = m.stream(name());
        }
        Params p = m.params;
        StepState state = m.state;
        Agents a = m.agents;
        MultiplexNetwork net = m.network;
        int n = a.size();
        int d = a.domains;
        int[] nbr = net.neighbors();
        byte[] level = net.levels();
        int[] cand = new int[0];
        double[] score = new double[0];
        int[] team = new int[p.teamSize];
        double[] gain = new double[p.teamSize * d];
        for (int i = 0; i < n; i++) {
            if (state.active[i] == 0 || rng.nextDouble() >= p.teamRate) {
                continue;
            }
            int deg = net.degree(i);
            if (cand.length < deg) {
                cand = new int[deg];
                score = new double[deg];
            }
            int c = 0;
            for (int k = net.start(i); k < net.start(i) + deg; k++) {
                int j = nbr[k];
                double u = rng.nextDouble();
                if (state.active[j] == 0 || !m.carries(level[k], p.teamMinLevel)) {
                    continue; // not acting, or not close enough to be invited
                }
                double sc = u;
                if (p.teamSimilarMinds || p.teamDiverseKnowledge) {
                    sc = (p.teamSimilarMinds ? a.similarity(i, j) : 1) * (p.teamDiverseKnowledge ? difference(a, i, j) : 1);
                }
                cand[c] = j;
                score[c] = sc;
                c++;
            }
            if (c == 0) {
                continue;
            }
            int size = Math.min(p.teamSize, c + 1);
            team[0] = i;
            for (int t = 1; t < size; t++) { // partial selection: the best remaining candidate (first on ties)
                int bestAt = t - 1;
                for (int x = t; x < c; x++) {
                    if (score[x] > score[bestAt]) {
                        bestAt = x;
                    }
                }
                swap(cand, score, t - 1, bestAt);
                team[t] = cand[t - 1];
            }
            state.teamsFormed++;
            project(m, team, size, gain);
        }
    }

    /** Runs the project of the first {@code size} agents of {@code team}, all gains computed from the state before it. */
    private static void project(NetcapModel m, int[] team, int size, double[] gain) {
        Params p = m.params;
        Agents a = m.agents;
        int d = a.domains;
        double diversity = 0;
        double map = 0;
        int pairs = 0;
        for (int x = 0; x < size; x++) {
            for (int y = x + 1; y < size; y++) {
                diversity += difference(a, team[x], team[y]);
                map += a.similarity(team[x], team[y]);
                pairs++;
            }
        }
        double factor = p.teamProductivity * (diversity / pairs) * Math.max(0, map / pairs);
        for (int q = 0; q < d; q++) {
            double mean = 0;
            for (int x = 0; x < size; x++) {
                mean += a.knowledge(team[x], q);
            }
            mean /= size;
            for (int x = 0; x < size; x++) {
                gain[x * d + q] = Frontier.created(factor * mean, a.knowledge(team[x], q), p.knowledgeFrontier);
            }
        }
        for (int x = 0; x < size; x++) {
            int i = team[x];
            double sum = 0;
            for (int q = 0; q < d; q++) {
                a.tacit[i * d + q] += gain[x * d + q];
                sum += gain[x * d + q];
            }
            m.state.flowTeams[i] += sum;
            m.state.effort[i] += p.teamCost;
        }
    }

    /**
     * Knowledge difference of agents i and j: the total-variation distance between their knowledge
     * profiles (knowledge per domain as a share of their total; an agent who knows nothing has the
     * uniform profile), in [0,1].
     */
    public static double difference(Agents a, int i, int j) {
        int d = a.domains;
        double ti = 0;
        double tj = 0;
        for (int q = 0; q < d; q++) {
            ti += a.knowledge(i, q);
            tj += a.knowledge(j, q);
        }
        double sum = 0;
        for (int q = 0; q < d; q++) {
            double si = ti > 0 ? a.knowledge(i, q) / ti : 1.0 / d;
            double sj = tj > 0 ? a.knowledge(j, q) / tj : 1.0 / d;
            sum += Math.abs(si - sj);
        }
        return sum / 2;
    }

    private static void swap(int[] c, double[] s, int x, int y) {
        int ci = c[x];
        c[x] = c[y];
        c[y] = ci;
        double si = s[x];
        s[x] = s[y];
        s[y] = si;
    }
}
