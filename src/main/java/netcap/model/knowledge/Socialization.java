package netcap.model.knowledge;

import netcap.api.StepOrder;
import netcap.model.Frontier;
import netcap.model.Mechanism;
import netcap.model.NetcapModel;
import netcap.model.StepAccess;
import netcap.model.StepState;
import netcap.world.Agents;
import netcap.world.MultiplexNetwork;

/**
 * Socialization (tacit to tacit: a transfer, and a creation). An active learner i learns from every member j it
 * meets face to face: over the ties present in the physical layer only (tacit knowledge needs
 * co-presence, Nonaka &amp; Takeuchi 1995; Nonaka &amp; Toyama 2003 on originating <i>ba</i>). Per
 * domain k the learner gains, over the ties at level {@code tacitMinLevel} or above (know-how passes
 * only between people close enough; see {@link NetcapModel#carries})
 * <pre>  dT_ik = min( sum_j s * a_i * tau_ij * act_j * g_ijk,  max_j g_ijk ),   g_ijk = max(0, min(T_jk - T_ik, K_jk - K_ik))</pre>
 * with s = socializationRate, a_i = attention share per tie (times the reciprocity factor of i:
 * teachers give more to agents of high standing), tau_ij = i's trust in j and act_j the teacher's
 * activity and K = T + E what an agent knows in the domain. The gap g is the teacher's tacit
 * surplus, but never more than the teacher knows beyond the learner in all (a learner who already
 * knows the content in explicit form does not learn it again). The cap keeps a learner from
 * overtaking its best teacher, in tacit knowledge and in knowledge, so socialization spreads
 * what the best teacher knows and never raises what the system knows. Teachers lose nothing
 * (knowledge is not rival): the learner's gain is a transfer, booked as {@code flowSocialization}.
 *
 * <p>Working together also creates tacit knowledge neither had (Nonaka &amp; Takeuchi 1995: shared
 * experience is where new tacit knowledge starts): per domain the learner gains
 * <pre>  C_ik = min(F - K_ik, z * a_i * sum_j tau_ij * act_j * min(T_ik, T_jk) * (1 - K_ik / F)+)</pre>
 * with z = {@code socializationCreationRate}, K_ik = T_ik + E_ik (after the transfer) and F =
 * {@code knowledgeFrontier} (a cap no creation passes): the shared experience grows with what
 * both already know how to do. It is booked as a creation ({@code flowSocializationCreated}).
 * For trust, each teacher's tie is credited with what the learner learnt from it (scaled down
 * when the cap held the learner back), and each partner's tie with its share of what was created
 * together.
 * Meeting face to face costs an acting member {@code physicalRoomCost} effort per step when it
 * has a physical tie to a member. Reads the old tacit stocks and writes a second buffer (two-phase), so it is
 * independent of visiting order and thread count. Cost O(entries x D).
 */
@StepAccess(reads = "active", readsPrevious = "standing", writes = {"received", "flowSocialization", "flowSocializationCreated", "effort"})
public final class Socialization extends Mechanism {
    private static final long serialVersionUID = 1L;

    /** How many tie entries ahead the teacher's row is touched (a software prefetch). */
    private static final int PREFETCH = 8;

    /** One row per agent: its weight as a teacher, its tacit stocks, then its knowledge T + E (a snapshot of the old state). */
    private double[] rows = new double[0];

    /** The tacit stocks being computed (swapped with the agents' array after each step). */
    private double[] tacitNext = new double[0];

    /** Per tie entry: what working together over it would create (to credit each tie its share of the creation). */
    private float[] together = new float[0];

    /** Written once per slice from the prefetch loads, so the JIT keeps them. */
    private volatile double sink;

    /** Doubles per row: 1 + 2D. */
    public static int rowWidth(int d) {
        return 1 + 2 * d;
    }

    @Override
    public int order() {
        return StepOrder.SOCIALIZATION;
    }

    @Override
    public void apply(NetcapModel m) {
        StepState state = m.state;
        Agents a = m.agents;
        MultiplexNetwork net = m.network;
        int n = a.size();
        int d = a.domains;
        double[] tacit = a.tacit;
        if (tacitNext.length < n * d) {
            tacitNext = new double[n * d];
        }
        double[] next = tacitNext;
        double rate = m.params.socializationRate;
        double roomCost = m.params.physicalRoomCost;
        double togetherRate = m.params.socializationCreationRate;
        if (this.together.length < net.neighbors().length) {
            this.together = new float[net.neighbors().length];
        }
        float[] tieTogether = this.together;
        double frontier = m.params.knowledgeFrontier;
        double[] explicit = a.explicit;
        int[] nbr = net.neighbors();
        float[] trust = net.trust();
        byte[] layers = net.layerMasks();
        byte[] level = net.levels();
        int tacitMin = m.params.tacitMinLevel;
        byte[] status = a.status;
        double[] activity = a.activity;
        float[] received = state.received;
        int physical = 1 << MultiplexNetwork.PHYSICAL;
        int w = rowWidth(d);
        if (rows.length < n * w) {
            rows = new double[n * w];
        }
        double[] row = rows;
        // what a learner reads of a teacher, in one row: its weight (activity, 0 for non-members), its tacit stocks, its knowledge
        m.parallel.forAgents(n, (from, to) -> {
            for (int j = from; j < to; j++) {
                int r = j * w;
                row[r] = status[j] == Agents.MEMBER ? activity[j] : 0;
                System.arraycopy(tacit, j * d, row, r + 1, d);
                for (int q = 0; q < d; q++) {
                    row[r + 1 + d + q] = tacit[j * d + q] + explicit[j * d + q];
                }
            }
        });
        m.parallel.forTies(net, n, (from, to) -> {
            double[] add = new double[d];
            double[] maxGap = new double[d];
            double[] shared = new double[d];
            double touched = 0;
            for (int i = from; i < to; i++) {
                int base = i * d;
                if (state.active[i] == 0) {
                    System.arraycopy(tacit, base, next, base, d);
                    continue;
                }
                java.util.Arrays.fill(add, 0);
                java.util.Arrays.fill(maxGap, 0);
                java.util.Arrays.fill(shared, 0);
                double att = m.attention(i) * m.reciprocity(i);
                int s = net.start(i);
                int e = s + net.degree(i);
                boolean meets = false;
                for (int k = s; k < e; k++) {
                    if (k + PREFETCH < e) {
                        touched += row[nbr[k + PREFETCH] * w];
                    }
                    if ((layers[k] & physical) == 0) {
                        continue; // not met face to face: checked first, from this agent's own entries
                    }
                    tieTogether[k] = 0;
                    int jr = nbr[k] * w;
                    meets |= status[nbr[k]] == Agents.MEMBER;
                    if (!m.carries(level[k], tacitMin)) {
                        continue; // met, but not close enough to pass on know-how
                    }
                    double weight = att * trust[k] * row[jr];
                    if (weight <= 0) {
                        continue;
                    }
                    double wk = rate * weight;
                    double wc = togetherRate * weight;
                    double sharedHere = 0;
                    double got = 0;
                    for (int q = 0; q < d; q++) {
                        // without branches (a gap is positive about half the time, unpredictably);
                        // adding wk * 0 leaves the sums exactly as they were
                        double teacher = row[jr + 1 + q];
                        double gap = Math.max(0.0, Math.min(teacher - tacit[base + q],
                                row[jr + 1 + d + q] - (tacit[base + q] + explicit[base + q])));
                        add[q] += wk * gap;
                        got += wk * gap;
                        maxGap[q] = Math.max(maxGap[q], gap);
                        double c = wc * Math.min(teacher, tacit[base + q]);
                        shared[q] += c;
                        sharedHere += c;
                    }
                    tieTogether[k] = (float) sharedHere;
                    received[k] += (float) got;
                }
                double flow = 0;
                double offered = 0;
                double created = 0;
                for (int q = 0; q < d; q++) {
                    double g = Math.min(add[q], maxGap[q]);
                    double known = tacit[base + q] + explicit[base + q] + g;
                    double c = Frontier.created(shared[q], known, frontier);
                    next[base + q] = tacit[base + q] + g + c;
                    flow += g;
                    offered += add[q];
                    created += c;
                }
                if (offered > flow) {
                    // the cap held the learner back: each teacher is credited its share of what was learnt
                    float scale = (float) (flow / offered);
                    for (int k = s; k < e; k++) {
                        if ((layers[k] & physical) != 0) {
                            received[k] *= scale;
                        }
                    }
                }
                state.flowSocialization[i] = flow;
                state.flowSocializationCreated[i] = created;
                if (meets) {
                    state.effort[i] += roomCost;
                }
                double sharedSum = 0;
                for (int q = 0; q < d; q++) {
                    sharedSum += shared[q];
                }
                if (created > 0 && sharedSum > 0) {
                    // each partner's tie is credited its share of what was created together (for trust)
                    for (int k = s; k < e; k++) {
                        if ((layers[k] & physical) != 0 && tieTogether[k] > 0) {
                            received[k] += (float) (created * tieTogether[k] / sharedSum);
                        }
                    }
                }
            }
            sink = touched;
        });
        a.tacit = next;
        tacitNext = tacit;
    }
}
