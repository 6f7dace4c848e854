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
 * Combination (explicit to explicit, a creation): an active agent recombines the diverse explicit
 * knowledge that reaches it in the virtual rooms into new explicit knowledge (Nonaka &amp;
 * Takeuchi 1995; Nonaka &amp; Toyama 2003, systemizing <i>ba</i>).
 *
 * <p>The material is the explicit knowledge in i's reach: M_iq, the best level at each distance
 * h = 0..H, one publisher per distance ({@link Posts#material}: a farther hop counts only a
 * publisher that is not a room contact of i and was not counted nearer; levels are already
 * attenuated by the fidelity per intermediary, and i's own posts never count). What is posted
 * farther away is raw material too, the less the farther; a post that arrives by several paths
 * counts once. An acting
 * agent recombines it into
 * <pre>  C_iq = min(F - K_iq, c * kappa_i * r_iq * A_iq * M_iq * (1 - K_iq / F)+)</pre>
 * with c = {@code combinationRate}, r_iq the relevance of the domain to i (agents create where
 * their interests lie, so they specialize), A_iq the absorptive capacity ({@link Absorption}: combining
 * needs know-how), K_iq = T_iq + E_iq, F = {@code knowledgeFrontier} (what one agent can know in a
 * domain; the min makes F a cap no creation passes) and kappa_i = domain diversity x source diversity x shared language: domain diversity
 * is the Gini-Simpson index of M_i over domains scaled to [0,1]; source diversity is 1 - 1/N_eff
 * with N_eff the effective number of room contacts i draws from (inverse Simpson index of their
 * shares tau_ij sum_q E_jq over the publishers j tied to i in a virtual layer), capped at the
 * attention budget (at least 1); shared language is the share-weighted mean interest similarity
 * of i with those contacts ("same mental map, different knowledge"). C is new knowledge: it is
 * booked as a creation ({@code flowCombination}), the agent publishes p_i C, and C x share is
 * credited to each source's tie (for trust).
 *
 * <p>Two phases: first every agent's M, kappa and per-tie shares from a snapshot of what each
 * agent shows, then every agent's own update. Cost O(entries x D).
 */
@StepAccess(reads = {"active", "reached", "reachedOrigin", "stockField"},
        writes = {"stockField", "received", "flowCombination", "published"})
public final class Combination extends Mechanism {
    private static final long serialVersionUID = 1L;

    /** How many tie entries ahead the neighbour's row is touched (a software prefetch). */
    private static final int PREFETCH = 8;

    private double[] kappa = new double[0];
    private float[] share = new float[0];
    /**
     * What each agent shows its contacts this step, one row per agent (a snapshot taken before the
     * update): propensity (-1 for a non-member), shown explicit knowledge, interests.
     */
    private float[] rows = new float[0];

    /** Written once per slice from the prefetch loads, so the JIT keeps them. */
    private volatile float sink;

    @Override
    public int order() {
        return StepOrder.COMBINATION;
    }

    /** Floats per row of {@link #rows}: 1 + D + interest dimensions. */
    public static int rowWidth(int d, int dims) {
        return 1 + d + dims;
    }

    @Override
    public void apply(NetcapModel m) {
        StepState state = m.state;
        Agents a = m.agents;
        MultiplexNetwork net = m.network;
        int n = a.size();
        int d = a.domains;
        double budget = m.params.attentionBudget;
        int dims = a.interestDims;
        double simNorm = Math.sqrt(dims);
        int w = rowWidth(d, dims);
        int shownAt = 1;
        int interestAt = shownAt + d;
        if (kappa.length < n) {
            kappa = new double[n];
        }
        if (share.length < net.neighbors().length) {
            share = new float[net.neighbors().length];
        }
        if (rows.length < n * w) {
            rows = new float[n * w];
        }
        int[] nbr = net.neighbors();
        float[] trust = net.trust();
        byte[] layers = net.layerMasks();
        int virtual = net.virtualLayersMask();
        byte[] status = a.status;
        double[] explicit = a.explicit;
        float[] row = rows;
        float[] stock = state.stockField;
        double[] interest = a.interest;
        float[] reached = state.reached;
        int[] origin = state.reachedOrigin;
        int hops = m.params.horizon + 1;
        int hd = hops * d;

        m.parallel.forAgents(n, (from, to) -> {
            for (int i = from; i < to; i++) {
                int r = i * w;
                boolean member = status[i] == Agents.MEMBER;
                float pi = member ? (float) a.propensity[i] : 0f;
                for (int q = 0; q < d; q++) {
                    row[r + shownAt + q] = pi > 0 ? (float) explicit[i * d + q] : 0f;
                }
                row[r] = member ? pi : -1f;
                for (int z = 0; z < dims; z++) {
                    row[r + interestAt + z] = (float) interest[i * dims + z];
                }
            }
        });

        m.parallel.forTies(net, n, (from, to) -> {
            float touched = 0;
            for (int i = from; i < to; i++) {
                kappa[i] = 0;
                int s = net.start(i);
                int e = s + net.degree(i);
                if (status[i] != Agents.MEMBER) {
                    java.util.Arrays.fill(stock, i * d, (i + 1) * d, 0f);
                    continue;
                }
                double msum = 0;
                double simsum = 0;
                for (int k = s; k < e; k++) {
                    if (k + PREFETCH < e) {
                        touched += row[nbr[k + PREFETCH] * w];
                    }
                    share[k] = 0;
                    if ((layers[k] & virtual) == 0) {
                        continue; // met only face to face: no posts to combine
                    }
                    int jr = nbr[k] * w;
                    float pj = row[jr];
                    if (pj < 0) {
                        continue; // not a member
                    }
                    if (pj <= 0) {
                        continue;
                    }
                    double t = trust[k];
                    double amount = 0;
                    for (int q = 0; q < d; q++) {
                        amount += row[jr + shownAt + q];
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
                int rb = i * hd;
                for (int q = 0; q < d; q++) {
                    stock[i * d + q] = (float) Posts.material(net, i, reached, origin, rb, hops, d, q);
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
                        tot += stock[i * d + q];
                    }
                    for (int q = 0; q < d; q++) {
                        double f = stock[i * d + q] / tot;
                        sq += f * f;
                    }
                    double domainDiv = d == 1 ? 1 : tot > 0 ? (1 - sq) / (1 - 1.0 / d) : 0;
                    double language = simsum / msum;
                    kappa[i] = Math.max(0, domainDiv) * sourceDiv * language;
                }
            }
            sink = touched;
        });

        double comb = m.params.combinationRate;
        double frontier = m.params.knowledgeFrontier;
        double half = m.params.absorptionHalf;
        double relatedness = m.params.relatedness;
        float[] received = state.received;
        double[] published = state.published;
        m.parallel.forTies(net, n, (from, to) -> {
            for (int i = from; i < to; i++) {
                if (state.active[i] == 0 || kappa[i] <= 0) {
                    continue;
                }
                double pi = a.propensity[i];
                int eb = i * d;
                double tacitSum = Absorption.tacitSum(a.tacit, eb, d);
                double created = 0;
                for (int q = 0; q < d; q++) {
                    double own = a.tacit[eb + q] + explicit[eb + q];
                    double c = Frontier.created(comb * kappa[i] * a.relevance[eb + q]
                            * Absorption.capacity(a.tacit, eb, d, q, tacitSum, half, relatedness) * stock[eb + q], own, frontier);
                    if (c <= 0) {
                        continue;
                    }
                    explicit[eb + q] += c;
                    published[eb + q] += pi * c;
                    created += c;
                }
                state.flowCombination[i] = created;
                if (created > 0) {
                    int s = net.start(i);
                    int e = s + net.degree(i);
                    for (int k = s; k < e; k++) {
                        received[k] += (float) (created * share[k]);
                    }
                }
            }
        });
    }
}
