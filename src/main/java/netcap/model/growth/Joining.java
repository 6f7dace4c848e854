package netcap.model.growth;

import netcap.api.StepOrder;
import ec.util.MersenneTwisterFast;
import netcap.growth.Bass;
import netcap.growth.Threshold;
import netcap.model.JoinRule;
import netcap.model.Mechanism;
import netcap.model.NetcapModel;
import netcap.model.Params;
import netcap.model.StepAccess;
import netcap.model.StepState;
import netcap.model.ThresholdKind;
import netcap.random.CounterRandom;
import netcap.random.Streams;
import netcap.world.Agents;
import netcap.world.MultiplexNetwork;

/**
 * Growth: non-members join the network ("getting a gang", first followers, social proof).
 * <ul>
 *   <li>{@code joinRule: value} (the default): a non-member joins with probability
 *       pull x (p + q x R_i) + joinValue x V_i, where R_i is what its contacts say of the network
 *       (the members among its contacts, each counting its satisfaction clipped to [0, 1]: only a
 *       member who gets more than it spends recommends it) and V_i the net value the outsider got
 *       last step by buying from members (7.9a): joining depends on the value the network gives
 *       and is seen to give;</li>
 *   <li>{@code joinRule: bass} (Bass 1969): a non-member joins with probability
 *       pull x (p + q x f_i), f_i the share of its contacts who are members (all members when
 *       {@code wellMixed}), first followers counting 1 + followerBoost each; see
 *       {@link Bass#step};</li>
 *   <li>{@code joinRule: threshold} (Granovetter 1978; Watts 2002): it joins when the members
 *       among its contacts reach its threshold (absolute or fractional, drawn once per run);
 *       see {@link Threshold#step};</li>
 *   <li>arrivals: {@code arrivalRate} non-members per step join regardless of contacts and make
 *       {@code arrivalTies} virtual ties to members chosen by preferential attachment on degree
 *       and reputation, with homophily and proximity (the network's pull).</li>
 * </ul>
 * pull = 1 + sizePull x (members / agents) + resourcePull x (last step's contribution rate)
 * + knowledgePull x (members' mean explicit knowledge / knowledgeFrontier): the bigger the flock,
 * the more it contributes and the more knowledge it has to offer, the more attractive it is. Agents who left do
 * not rejoin. Synchronous; draws from counter-based streams (Bass) and the stream "joining"
 * (arrivals). Cost O(N + entries).
 */
@StepAccess(writes = {"joinedThisStep", "tiesFormed"}, readsPrevious = "lastContributionRate")
public final class Joining extends Mechanism {
    private static final long serialVersionUID = 1L;

    private byte[] adopted = new byte[0];
    private byte[] next = new byte[0];
    private byte[] eligible = new byte[0];
    private double[] pBoost = new double[0];
    private double[] qBoost = new double[0];
    private MersenneTwisterFast rng;

    @Override
    public int order() {
        return StepOrder.JOINING;
    }

    @Override
    public void apply(NetcapModel m) {
        StepState state = m.state;
        Agents a = m.agents;
        Params p = m.params;
        MultiplexNetwork net = m.network;
        int n = a.size();
        if (adopted.length < n) {
            adopted = new byte[n];
            next = new byte[n];
            eligible = new byte[n];
            pBoost = new double[n];
            qBoost = new double[n];
        }
        if (rng == null) {
            rng = m.stream(name());
        }
        int members = 0;
        int candidates = 0;
        for (int i = 0; i < n; i++) {
            adopted[i] = a.status[i] == Agents.MEMBER ? (byte) 1 : 0;
            eligible[i] = a.status[i] == Agents.NOT_JOINED ? (byte) 1 : 0;
            members += adopted[i];
            candidates += eligible[i];
        }
        if (candidates == 0) {
            return;
        }
        double explicitMean = 0;
        if (p.knowledgePull > 0 && members > 0) {
            int d = a.domains;
            for (int i = 0; i < n; i++) {
                if (adopted[i] != 0) {
                    for (int q = i * d; q < (i + 1) * d; q++) {
                        explicitMean += a.explicit[q];
                    }
                }
            }
            explicitMean /= (double) members * d;
        }
        double pull = 1 + p.sizePull * members / n + p.resourcePull * state.lastContributionRate
                + p.knowledgePull * explicitMean / p.knowledgeFrontier;
        long key = Streams.child(m.runKey, name());
        long step = m.step();
        System.arraycopy(adopted, 0, next, 0, n);
        if (p.joinRule == JoinRule.BASS) {
            int[] nbr = net.neighbors();
            for (int i = 0; i < n; i++) {
                pBoost[i] = pull;
                double ratio = 1;
                if (eligible[i] != 0 && p.followerBoost > 0 && !p.wellMixed) {
                    int count = 0;
                    double weighted = 0;
                    for (int k = net.start(i); k < net.start(i) + net.degree(i); k++) {
                        int j = nbr[k];
                        if (adopted[j] != 0) {
                            count++;
                            weighted += m.isFirstFollower(j) ? 1 + p.followerBoost : 1;
                        }
                    }
                    ratio = count == 0 ? 1 : weighted / count;
                }
                qBoost[i] = pull * ratio;
            }
            Bass.step(p.wellMixed ? null : net, n, adopted, next, p.innovation, p.imitation, 1.0, eligible, pBoost, qBoost,
                    key, step, 0, n);
        } else if (p.joinRule == JoinRule.VALUE) {
            valueRule(m, pull, key, step);
        } else if (p.joinRule == JoinRule.THRESHOLD) {
            Threshold.step(p.wellMixed ? null : net, n, adopted, next, m.thresholds, p.thresholdType == ThresholdKind.FRACTIONAL);
        }
        for (int i = 0; i < n; i++) {
            if (next[i] != 0 && adopted[i] == 0 && eligible[i] != 0) {
                m.join(i);
                state.joinedThisStep++;
            }
        }
        if (p.arrivalRate > 0) {
            arrivals(m);
        }
    }

    /**
     * The value rule: an outsider joins with probability pull x (p + q x R_i) + joinValue x V_i,
     * R_i the recommendations of its contacts (each member contact counts its satisfaction clipped
     * to [0, 1], a first follower 1 + followerBoost times that, over its number of contacts; over
     * all agents when well mixed) and V_i the net value it got last step from members' sales.
     */
    private void valueRule(NetcapModel m, double pull, long key, long step) {
        Agents a = m.agents;
        Params p = m.params;
        MultiplexNetwork net = m.network;
        int n = a.size();
        int[] nbr = net.neighbors();
        double mixed = 0;
        if (p.wellMixed) {
            for (int j = 0; j < n; j++) {
                if (adopted[j] != 0) {
                    mixed += Math.min(1, Math.max(0, a.satisfaction[j]));
                }
            }
            mixed /= n;
        }
        for (int i = 0; i < n; i++) {
            if (eligible[i] == 0) {
                continue;
            }
            double recommend = mixed;
            if (!p.wellMixed && net.degree(i) > 0) {
                double sum = 0;
                for (int k = net.start(i); k < net.start(i) + net.degree(i); k++) {
                    int j = nbr[k];
                    if (adopted[j] != 0) {
                        double says = Math.min(1, Math.max(0, a.satisfaction[j]));
                        sum += m.isFirstFollower(j) ? (1 + p.followerBoost) * says : says;
                    }
                }
                recommend = sum / net.degree(i);
            }
            double prob = pull * (p.innovation + p.imitation * recommend) + p.joinValue * a.outsiderValue[i];
            if (CounterRandom.uniform(key, step, i, 11) < prob) {
                next[i] = 1;
            }
        }
    }

    private void arrivals(NetcapModel m) {
        Agents a = m.agents;
        Params p = m.params;
        int count = (int) p.arrivalRate;
        if (rng.nextDouble() < p.arrivalRate - count) {
            count++;
        }
        int n = a.size();
        for (int c = 0; c < count; c++) {
            // a random non-member: rejection sampling, then a scan if non-members are rare
            int newcomer = -1;
            for (int t = 0; t < 32 && newcomer < 0; t++) {
                int i = rng.nextInt(n);
                if (a.status[i] == Agents.NOT_JOINED) {
                    newcomer = i;
                }
            }
            if (newcomer < 0) {
                int start = rng.nextInt(n);
                for (int t = 0; t < n && newcomer < 0; t++) {
                    int i = (start + t) % n;
                    if (a.status[i] == Agents.NOT_JOINED) {
                        newcomer = i;
                    }
                }
            }
            if (newcomer < 0) {
                return;
            }
            m.join(newcomer);
            m.state.joinedThisStep++;
            // preferential attachment among sampled members
            int[] cand = new int[p.arrivalCandidates];
            double[] weight = new double[p.arrivalCandidates];
            int found = 0;
            for (int t = 0; t < p.arrivalCandidates; t++) {
                int j = rng.nextInt(n);
                if (j == newcomer || a.status[j] != Agents.MEMBER || m.network.hasTie(newcomer, j)) {
                    continue;
                }
                double sim = a.similarity(newcomer, j);
                double dx = a.x[newcomer] - a.x[j];
                double dy = a.y[newcomer] - a.y[j];
                cand[found] = j;
                weight[found] = (m.network.degree(j) + 1) * (1 + a.reputation[j])
                        * Math.exp(p.arrivalHomophily * sim - p.arrivalProximity * Math.sqrt(dx * dx + dy * dy));
                found++;
            }
            for (int tie = 0; tie < p.arrivalTies && found > 0; tie++) {
                double total = 0;
                for (int t = 0; t < found; t++) {
                    total += weight[t];
                }
                double u = rng.nextDouble() * total;
                int pick = found - 1;
                for (int t = 0; t < found; t++) {
                    u -= weight[t];
                    if (u < 0) {
                        pick = t;
                        break;
                    }
                }
                int j = cand[pick];
                if (!m.network.hasTie(newcomer, j)) {
                    m.network.addTie(newcomer, j, m.newTieLayers(m.network.randomVirtualLayer(rng)), MultiplexNetwork.ACQUAINTANCE,
                            (float) a.generalTrust[newcomer], (float) a.generalTrust[j]);
                    m.state.tiesFormed++;
                }
                cand[pick] = cand[found - 1];
                weight[pick] = weight[found - 1];
                found--;
            }
        }
    }
}
