package netcap.model.ties;

import netcap.api.StepOrder;
import netcap.model.Mechanism;
import netcap.model.NetcapModel;
import netcap.model.Params;
import netcap.model.StepAccess;
import netcap.model.StepState;
import netcap.world.Agents;
import netcap.world.MultiplexNetwork;

/**
 * Dyadic and generalized trust: trust from exchange, not from symmetry. For each tie entry
 * i -&gt; j, with v_in the value i received from j this step (knowledge learnt from j, created with
 * j, or credited to j as a source) and v_out the value i gave j (the twin entry's v_in):
 * <ul>
 *   <li>v_in &gt;= theta x effort_i / degree_i, with theta = {@code exchangeThreshold} (the tie
 *       repaid at least that share of the effort i spent per tie this step): a satisfying
 *       exchange: tau_ij += g (1 - tau_ij), with g = trustGain x (1 + multiplexTrustBonus) when
 *       the tie is both physical and virtual (offline confirmation of online friends),
 *       g = trustGain when it is face to face only, and g = trustGain x virtualTrustFactor when it
 *       is met only in virtual rooms (face to face builds stronger trust than a room does); the
 *       exchange counter of the entry rises;</li>
 *   <li>otherwise, when i delivered a purchase over the tie and j did not pay (a free rider
 *       taking value without giving): tau_ij -= trustLoss x tau_ij;</li>
 *   <li>otherwise, when both acted and nothing flowed either way (an empty contact: time spent
 *       together that brought nothing): tau_ij -= trustLoss x tau_ij;</li>
 *   <li>otherwise no change: a one-way flow costs nothing, so an expert teaching a novice keeps
 *       its trust in the novice (the source text's way tacit knowledge spreads), and a value below
 *       the bar neither raises nor lowers trust.</li>
 * </ul>
 * With {@code exclusion}, a contributing agent also withdraws {@code exclusionRate} of its trust
 * per step from every active neighbour that contributed nothing to the public good.
 * The entry's idle counter restarts at any flow in either direction and grows otherwise.
 * Generalized trust moves toward the share of satisfying exchanges among the agent's contacts
 * (satisfying exchanges and empty contacts; teaching is not counted):
 * GT_i += r (share - GT_i), r = generalTrustRate, for agents with at least one contact. Each
 * agent writes only its own entries. Cost O(entries).
 */
@StepAccess(reads = {"active", "contribution", "received", "unpaid", "effort"})
public final class Trust extends Mechanism {
    private static final long serialVersionUID = 1L;

    private static final int MEMBER = 1;
    private static final int FREE_RIDING = 2;
    private static final int ACTED = 4;

    /** How many tie entries ahead the neighbour's bytes are touched (a software prefetch). */
    private static final int PREFETCH = 8;

    private byte[] flags = new byte[0];
    private byte[] satisfied = new byte[0];

    /** Written once per slice from the prefetch loads, so the JIT keeps them. */
    private volatile int sink;

    @Override
    public int order() {
        return StepOrder.TRUST;
    }

    @Override
    public void apply(NetcapModel m) {
        StepState state = m.state;
        Agents a = m.agents;
        MultiplexNetwork net = m.network;
        Params p = m.params;
        double theta = p.exchangeThreshold;
        int physical = 1 << MultiplexNetwork.PHYSICAL;
        int virtual = net.virtualLayersMask();
        int[] nbr = net.neighbors();
        int[] twin = net.twins();
        float[] trust = net.trust();
        byte[] layers = net.layerMasks();
        byte[] idle = net.idle();
        byte[] exchanges = net.exchanges();
        float[] received = state.received;
        byte[] unpaid = state.unpaid;
        int n = a.size();
        if (flags.length < n) {
            flags = new byte[n];
        }
        if (satisfied.length < nbr.length) {
            satisfied = new byte[nbr.length];
        }
        byte[] flags = this.flags;
        byte[] satisfied = this.satisfied;
        boolean contributions = m.enabled("contribution"); // without the public good nobody is seen as free riding
        byte[] status = a.status;
        // one byte per agent for what its neighbours need to know: one random read per tie entry
        m.parallel.forAgents(n, (from, to) -> {
            for (int i = from; i < to; i++) {
                int f = status[i] == Agents.MEMBER ? MEMBER : 0;
                if (f != 0 && state.active[i] != 0) {
                    f |= ACTED;
                }
                if (contributions && f != 0 && state.active[i] != 0 && state.contribution[i] <= 0) {
                    f |= FREE_RIDING;
                }
                flags[i] = (byte) f;
            }
        });
        // one byte per entry: did its owner get a satisfying value over it? The twin's byte says
        // whether the owner gave one (a random read of a byte, not of a float)
        m.parallel.forTies(net, n, (from, to) -> {
            for (int i = from; i < to; i++) {
                int s = net.start(i);
                int e = s + net.degree(i);
                double bar = theta * state.effort[i] / Math.max(1, net.degree(i)); // the share of its effort each tie must repay
                for (int k = s; k < e; k++) {
                    // 2: a satisfying exchange; 1: some value, below the bar; 0: nothing
                    satisfied[k] = received[k] > 0 ? (received[k] >= bar ? (byte) 2 : (byte) 1) : 0;
                }
            }
        });
        boolean exclusion = p.exclusion;
        double plainGain = Math.min(1, p.trustGain);
        double bonusGain = Math.min(1, p.trustGain * (1 + p.multiplexTrustBonus)); // offline confirmation of online ties
        double virtualGain = plainGain * p.virtualTrustFactor; // met only in virtual rooms: weaker trust
        double loss = p.trustLoss;
        double exclusionRate = p.exclusionRate;
        m.parallel.forTies(net, n, (from, to) -> {
            int touched = 0;
            for (int i = from; i < to; i++) {
                if (status[i] != Agents.MEMBER) {
                    continue;
                }
                int s = net.start(i);
                int e = s + net.degree(i);
                int contacts = 0;
                int good = 0;
                boolean excludes = exclusion && a.propensity[i] > 0; // a contributor withdraws trust from free riders
                for (int k = s; k < e; k++) {
                    if (k + PREFETCH < e) {
                        touched += flags[nbr[k + PREFETCH]] + satisfied[twin[k + PREFETCH]];
                    }
                    int fj = flags[nbr[k]];
                    if ((fj & MEMBER) == 0) {
                        continue; // a latent contact outside the network: no interaction
                    }
                    boolean got = satisfied[k] == 2;
                    boolean flowed = satisfied[k] != 0 || satisfied[twin[k]] != 0;
                    boolean met = (fj & ACTED) != 0 && state.active[i] != 0;
                    float tk = trust[k];
                    if (got) {
                        double g = (layers[k] & physical) == 0 ? virtualGain : (layers[k] & virtual) != 0 ? bonusGain : plainGain;
                        tk += (float) (g * (1 - tk));
                        if (exchanges[k] < 127) {
                            exchanges[k]++;
                        }
                        contacts++;
                        good++;
                    } else if (unpaid[k] != 0) {
                        tk -= (float) (loss * tk); // delivered and not paid: taken without giving
                        contacts++;
                    } else if (!flowed && met) {
                        tk -= (float) (loss * tk); // both acted and the tie brought nothing either way: an empty contact
                        contacts++;
                    } // a one-way flow (teaching) or a small value costs no trust
                    if (excludes && (fj & FREE_RIDING) != 0) {
                        tk -= (float) (exclusionRate * tk); // exclusion of a free-riding neighbour
                    }
                    if (tk < 0) {
                        tk = 0;
                    } else if (tk > 1) {
                        tk = 1;
                    }
                    trust[k] = tk;
                    if (flowed) {
                        idle[k] = 0;
                    } else if (idle[k] < 127) {
                        idle[k]++;
                    }
                }
                if (contacts > 0) {
                    double share = (double) good / contacts;
                    a.generalTrust[i] += p.generalTrustRate * (share - a.generalTrust[i]);
                }
            }
            sink = touched;
        });
    }
}
