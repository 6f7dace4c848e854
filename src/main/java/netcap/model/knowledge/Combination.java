package netcap.model.knowledge;

import netcap.model.Mechanism;
import netcap.model.NetcapModel;
import netcap.model.Order;
import netcap.model.Params;
import netcap.model.StepAccess;
import netcap.model.StepState;
import netcap.world.Agents;
import netcap.world.MultiplexNetwork;

/**
 * Explicit knowledge on the network: what reaches each agent within the horizon, how much it
 * takes up, and the new explicit knowledge it creates by combining diverse sources.
 *
 * <p><b>Posts and their reach.</b> What an agent codifies (externalization) or creates
 * (combination, in proportion to its propensity p) in a step is published as posts X. Posts travel
 * one intermediary per step; each agent passes on what reached it in proportion to its propensity
 * (free riders neither post nor pass on). Agent i receives at distance h+1 (h intermediaries):
 * <pre>
 *   R_0,ik(t) = a_i * sum_j tau_ij X_jk(t-1)
 *   R_h,ik(t) = delta * a_i * sum_j tau_ij p_j R_(h-1),jk(t-1)      1 <= h <= H
 * </pre>
 * with a_i the attention share per tie times i's reciprocity factor (contributors share more
 * with agents of high standing, less with free riders), tau_ij trust, delta = distanceDecay the share that
 * survives each intermediary, H = horizon. Each extra intermediary multiplies the audience (fan
 * out) and attenuates the content; nothing travels beyond H intermediaries. (The recursion counts
 * walks, not only shortest paths: the usual linear-propagation approximation.)
 *
 * <p><b>Uptake.</b> An active agent takes up what reaches it, the more slowly the closer it is to
 * the knowledge frontier K = knowledgeFrontier:
 * dE_ik = x * act_i * (1 - E_ik/K)+ * sum_h R_h,ik, x = explicitUptake.
 *
 * <p><b>Combination.</b> The explicit knowledge its neighbours show,
 * S_ik = sum_j tau_ij p_j E_jk / sum_j tau_ij, is recombined into new explicit knowledge
 * C_ik = c * act_i * kappa_i * S_ik * (1 - E_ik/K)+, c = combinationRate, where
 * kappa_i = domain diversity x source diversity x shared language: domain diversity is the
 * Gini-Simpson index of S_i over domains scaled to [0,1]; source diversity is 1 - 1/N_eff with
 * N_eff the effective number of neighbours i draws from (inverse Simpson index of their weighted
 * shares), capped at the attention budget (at least 1); shared language is the share-weighted
 * mean interest similarity of i with those neighbours ("same mental map, different knowledge").
 * The agent publishes p_i C_ik as posts.
 *
 * <p>Two phases: first every agent's reach, S, kappa and per-tie shares from the old state, then
 * every agent's own update. Cost O(entries x (H+1) x D).
 */
@StepAccess(reads = {"active", "posts", "stockField"}, readsPrevious = {"reached", "standing"},
        writes = {"reached", "stockField", "received", "flowUptake", "flowCombination", "hopUptake", "postsNext"})
public final class Combination extends Mechanism {
    private static final long serialVersionUID = 1L;

    /** How many tie entries ahead the neighbour's row is touched (a software prefetch). */
    private static final int PREFETCH = 8;

    /**
     * Floats skipped at the start of {@link #rows}: with the 16-byte array header, rows then start
     * 64 bytes after the array's start, so when the array starts on a cache line (G1 places large
     * arrays at the start of a heap region) a 128-byte row covers exactly two cache lines.
     */
    private static final int ROW_BASE = 12;

    private double[] kappa = new double[0];
    private float[] share = new float[0];
    /**
     * What each agent shows its neighbours this step, one row per agent (a snapshot taken before
     * the reach is updated): propensity (-1 for a non-member), posts, shown explicit knowledge,
     * interests, then the reach by hop 0..H-1 (what it relays). A neighbour costs one contiguous
     * row instead of reads from six arrays.
     */
    private float[] rows = new float[0];

    @Override
    public int order() {
        return Order.COMBINATION;
    }

    /** Written once per slice from the prefetch loads, so the JIT keeps them. */
    private volatile float sink;

    /** Floats per row of {@link #rows}: 1 + 2D + interest dimensions + H x D. */
    static int rowWidth(Params p) {
        return 1 + 2 * p.domains + p.interestDims + p.horizon * p.domains;
    }

    @Override
    public void apply(NetcapModel m) {
        StepState state = m.state;
        Agents a = m.agents;
        MultiplexNetwork net = m.network;
        int n = a.size();
        int d = a.domains;
        int hops = m.params.horizon + 1;
        int hd = hops * d;
        double delta = m.params.distanceDecay;
        double budget = m.params.attentionBudget;
        int dims = a.interestDims;
        double simNorm = Math.sqrt(dims);
        int w = rowWidth(m.params);
        // row layout: what every neighbour reads first, then the reach by hop (read for relaying)
        int propensityAt = 0;
        int postsAt = 1;
        int shownAt = postsAt + d;
        int interestAt = shownAt + d;
        int relayAt = interestAt + dims;
        int lineAt = Math.min(16, w - 1); // a float in the row's second cache line
        if (kappa.length < n) {
            kappa = new double[n];
        }
        if (share.length < net.neighbors().length) {
            share = new float[net.neighbors().length];
        }
        if (rows.length < ROW_BASE + n * w) {
            rows = new float[ROW_BASE + n * w];
        }
        int[] nbr = net.neighbors();
        float[] trust = net.trust();
        byte[] status = a.status;
        double[] explicit = a.explicit;
        double[] posts = state.posts;
        float[] reach = state.reached;
        float[] row = rows;
        float[] stock = state.stockField;
        double[] interest = a.interest;

        // the snapshot every neighbour reads: what each agent shows, and what reached it last step
        m.parallel.forAgents(n, (from, to) -> {
            for (int i = from; i < to; i++) {
                int r = ROW_BASE + i * w;
                boolean member = status[i] == Agents.MEMBER;
                float pi = member ? (float) a.propensity[i] : 0f;
                for (int q = 0; q < d; q++) {
                    row[r + postsAt + q] = member ? (float) posts[i * d + q] : 0f;
                    row[r + shownAt + q] = pi * (float) explicit[i * d + q];
                }
                row[r + propensityAt] = member ? pi : -1f;
                for (int z = 0; z < dims; z++) {
                    row[r + interestAt + z] = (float) interest[i * dims + z];
                }
                System.arraycopy(reach, i * hd, row, r + relayAt, hd - d);
            }
        });

        m.parallel.forTies(net, n, (from, to) -> {
            double[] acc = new double[hd];
            double[] st = new double[d];
            float touched = 0;
            for (int i = from; i < to; i++) {
                int fb = i * hd;
                java.util.Arrays.fill(acc, 0);
                java.util.Arrays.fill(st, 0);
                kappa[i] = 0;
                if (status[i] != Agents.MEMBER) {
                    java.util.Arrays.fill(reach, fb, fb + hd, 0f);
                    java.util.Arrays.fill(stock, i * d, (i + 1) * d, 0f);
                    continue;
                }
                int s = net.start(i);
                int e = s + net.degree(i);
                double wsum = 0;
                double msum = 0;
                double simsum = 0;
                for (int k = s; k < e; k++) {
                    if (k + PREFETCH < e) {
                        // software prefetch: touch both cache lines of a later neighbour's row
                        int ahead = ROW_BASE + nbr[k + PREFETCH] * w;
                        touched += row[ahead] + row[ahead + lineAt];
                    }
                    int jr = ROW_BASE + nbr[k] * w;
                    share[k] = 0;
                    float pj = row[jr + propensityAt];
                    if (pj < 0) {
                        continue; // not a member
                    }
                    double t = trust[k];
                    wsum += t;
                    for (int q = 0; q < d; q++) {
                        acc[q] += t * row[jr + postsAt + q];
                    }
                    if (pj <= 0) {
                        continue;
                    }
                    double wt = t * pj;
                    int src = jr + relayAt - d; // acc[h*d + q] gathers the relayed hop h-1: one flat loop
                    for (int x = d; x < hd; x++) {
                        acc[x] += wt * row[src + x];
                    }
                    double amount = 0;
                    for (int q = 0; q < d; q++) {
                        double shown = row[jr + shownAt + q];
                        st[q] += t * shown;
                        amount += shown;
                    }
                    double mj = t * amount;
                    share[k] = (float) mj;
                    msum += (float) mj;
                    double dist = 0;
                    for (int z = 0; z < dims; z++) {
                        double diff = interest[i * dims + z] - row[jr + interestAt + z];
                        dist += diff * diff;
                    }
                    simsum += mj * (1 - Math.sqrt(dist) / simNorm);
                }
                double att = m.attention(i) * m.reciprocity(i);
                for (int h = 0; h < hops; h++) {
                    double scale = h == 0 ? att : att * delta;
                    for (int q = 0; q < d; q++) {
                        reach[fb + h * d + q] = (float) (scale * acc[h * d + q]);
                    }
                }
                for (int q = 0; q < d; q++) {
                    stock[i * d + q] = wsum > 0 ? (float) (st[q] / wsum) : 0f;
                }
                if (msum > 0) {
                    double sumsq = 0;
                    for (int k = s; k < e; k++) {
                        double sh = share[k] / msum;
                        share[k] = (float) sh;
                        sumsq += sh * sh;
                    }
                    double neff = 1 / sumsq; // inverse Simpson index, computed from normalized shares (no underflow)
                    if (budget > 0 && neff > Math.max(1, budget)) {
                        neff = Math.max(1, budget);
                    }
                    double sourceDiv = 1 - 1 / neff;
                    double tot = 0;
                    double sq = 0;
                    for (int q = 0; q < d; q++) {
                        tot += st[q];
                    }
                    for (int q = 0; q < d; q++) {
                        double f = st[q] / tot;
                        sq += f * f;
                    }
                    double domainDiv = d == 1 ? 1 : tot > 0 ? (1 - sq) / (1 - 1.0 / d) : 0;
                    double language = simsum / msum;
                    kappa[i] = Math.max(0, domainDiv) * sourceDiv * language;
                }
            }
            sink = touched;
        });

        double uptake = m.params.explicitUptake;
        double comb = m.params.combinationRate;
        double frontier = m.params.knowledgeFrontier;
        float[] received = state.received;
        double[] postsNext = state.postsNext;
        m.parallel.forTies(net, n, (from, to) -> {
            for (int i = from; i < to; i++) {
                if (state.active[i] == 0) {
                    continue;
                }
                double act = a.activity[i];
                double pi = a.propensity[i];
                int fb = i * hd;
                int eb = i * d;
                double hop0 = 0;
                double up = 0;
                double created = 0;
                for (int q = 0; q < d; q++) {
                    double own = explicit[eb + q];
                    double room = Math.max(0, 1 - own / frontier);
                    double dq = 0;
                    for (int h = 0; h < hops; h++) {
                        double g = uptake * act * room * reach[fb + h * d + q];
                        dq += g;
                        state.hopUptake[i * hops + h] += g;
                        if (h == 0) {
                            hop0 += g;
                        }
                    }
                    double c = comb * act * kappa[i] * stock[eb + q] * room;
                    explicit[eb + q] = own + dq + c;
                    postsNext[eb + q] += pi * c;
                    up += dq;
                    created += c;
                }
                state.flowUptake[i] = up;
                state.flowCombination[i] = created;
                if (hop0 > 0 || created > 0) {
                    int s = net.start(i);
                    int e = s + net.degree(i);
                    for (int k = s; k < e; k++) {
                        received[k] += (float) ((hop0 + created) * share[k]);
                    }
                }
            }
        });
    }
}
