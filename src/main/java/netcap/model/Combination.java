package netcap.model;

import netcap.world.Agents;
import netcap.world.MultiplexNetwork;

/**
 * Explicit knowledge on the network: what each agent can see within the horizon, how much it
 * takes up, and the new explicit knowledge it creates by combining diverse sources.
 *
 * <p><b>Visible field.</b> Agent j shares its explicit knowledge in proportion to its
 * contribution propensity s_j = p_j (free riders share nothing and pass nothing on, so they
 * dilute what their neighbours see). Agent i sees, at distance h+1 (h intermediaries), a trust-weighted average over
 * its ties:
 * <pre>
 *   F_0,ik(t) = sum_j tau_ij s_j E_jk / sum_j tau_ij
 *   F_h,ik(t) = delta * sum_j tau_ij s_j F_(h-1),jk(t-1) / sum_j tau_ij      for 1 <= h <= H
 * </pre>
 * so knowledge travels one intermediary per step, is attenuated by delta = distanceDecay per
 * intermediary, and stops beyond H = horizon intermediaries. (The recursion follows walks, not
 * only shortest paths; it is the usual linear-propagation approximation.)
 *
 * <p><b>Uptake.</b> An active agent takes up the visible knowledge it lacks:
 * dE_ik = x * act_i * sum_h max(0, F_h,ik - E_ik) / (H+1), x = explicitUptake.
 *
 * <p><b>Combination.</b> New explicit knowledge
 * C_ik = c * act_i * kappa_i * F_0,ik * max(0, 1 - E_ik / K), with c = combinationRate,
 * K = knowledgeFrontier (logistic saturation: the closer to the frontier, the harder it is to find
 * something new) and kappa_i = domain diversity x source diversity x shared language:
 * domain diversity is the Gini-Simpson index of F_0,i over domains scaled to [0,1]; source
 * diversity is 1 - 1/N_eff with N_eff the effective number of neighbours i draws from (inverse
 * Simpson of their weighted shares), capped at the attention budget (at least 1); shared language is the
 * share-weighted mean interest similarity of i with those neighbours ("same mental map,
 * different knowledge").
 *
 * <p>Two phases: first every field, kappa and per-tie share from the old state, then every
 * agent's own update. Cost O(entries x (H+1) x D).
 */
final class Combination extends Mechanism {
    private static final long serialVersionUID = 1L;

    private double[] kappa = new double[0];
    private float[] share = new float[0];

    @Override
    public String name() {
        return "combination";
    }

    @Override
    public int order() {
        return Order.COMBINATION;
    }

    @Override
    public void apply(NetcapModel m) {
        Agents a = m.agents;
        MultiplexNetwork net = m.network;
        int n = a.size();
        int d = a.domains;
        int hops = m.params.horizon + 1;
        double delta = m.params.distanceDecay;
        double budget = m.params.attentionBudget;
        int dims = a.interestDims;
        double simNorm = Math.sqrt(dims);
        if (kappa.length < n) {
            kappa = new double[n];
        }
        if (share.length < net.neighbors().length) {
            share = new float[net.neighbors().length];
        }
        int[] nbr = net.neighbors();
        float[] trust = net.trust();
        byte[] status = a.status;
        double[] explicit = a.explicit;
        float[] field = m.field;
        float[] next = m.fieldNext;
        double[] interest = a.interest;

        m.parallel.forAgents(n, net::degree, (from, to) -> {
            double[] acc = new double[hops * d];
            for (int i = from; i < to; i++) {
                int fb = i * hops * d;
                java.util.Arrays.fill(acc, 0);
                kappa[i] = 0;
                if (status[i] != Agents.MEMBER) {
                    java.util.Arrays.fill(next, fb, fb + hops * d, 0f);
                    continue;
                }
                int s = net.start(i);
                int e = s + net.degree(i);
                double wsum = 0;
                double msum = 0;
                double m2sum = 0;
                double simsum = 0;
                for (int k = s; k < e; k++) {
                    int j = nbr[k];
                    share[k] = 0;
                    if (status[j] != Agents.MEMBER) {
                        continue;
                    }
                    double t = trust[k];
                    wsum += t;
                    double w = t * a.propensity[j];
                    if (w <= 0) {
                        continue;
                    }
                    int jb = j * d;
                    double amount = 0;
                    for (int q = 0; q < d; q++) {
                        acc[q] += w * explicit[jb + q];
                        amount += explicit[jb + q];
                    }
                    int jf = j * hops * d;
                    for (int h = 1; h < hops; h++) {
                        for (int q = 0; q < d; q++) {
                            acc[h * d + q] += w * field[jf + (h - 1) * d + q];
                        }
                    }
                    double mj = w * amount;
                    share[k] = (float) mj;
                    msum += mj;
                    m2sum += mj * mj;
                    double dist = 0;
                    for (int z = 0; z < dims; z++) {
                        double diff = interest[i * dims + z] - interest[j * dims + z];
                        dist += diff * diff;
                    }
                    simsum += mj * (1 - Math.sqrt(dist) / simNorm);
                }
                if (wsum <= 0) {
                    java.util.Arrays.fill(next, fb, fb + hops * d, 0f);
                    continue;
                }
                double decay = 1;
                for (int h = 0; h < hops; h++) {
                    for (int q = 0; q < d; q++) {
                        next[fb + h * d + q] = (float) (decay * acc[h * d + q] / wsum);
                    }
                    decay = delta;
                }
                if (msum > 0) {
                    for (int k = s; k < e; k++) {
                        share[k] = (float) (share[k] / msum);
                    }
                    double neff = msum * msum / m2sum;
                    if (budget > 0 && neff > Math.max(1, budget)) {
                        neff = Math.max(1, budget);
                    }
                    double sourceDiv = 1 - 1 / neff;
                    double tot = 0;
                    double sq = 0;
                    for (int q = 0; q < d; q++) {
                        tot += acc[q];
                    }
                    for (int q = 0; q < d; q++) {
                        double f = acc[q] / tot;
                        sq += f * f;
                    }
                    double domainDiv = d == 1 ? 1 : (1 - sq) / (1 - 1.0 / d);
                    double language = simsum / msum;
                    kappa[i] = Math.max(0, domainDiv) * sourceDiv * language;
                }
            }
        });
        m.field = next;
        m.fieldNext = field;

        double uptake = m.params.explicitUptake;
        double comb = m.params.combinationRate;
        double frontier = m.params.knowledgeFrontier;
        float[] visible = m.field;
        float[] received = m.received;
        m.parallel.forAgents(n, net::degree, (from, to) -> {
            for (int i = from; i < to; i++) {
                if (m.active[i] == 0) {
                    continue;
                }
                double act = a.activity[i];
                int fb = i * hops * d;
                int eb = i * d;
                double hop0 = 0;
                double up = 0;
                double created = 0;
                for (int q = 0; q < d; q++) {
                    double own = explicit[eb + q];
                    double dq = 0;
                    for (int h = 0; h < hops; h++) {
                        double gap = visible[fb + h * d + q] - own;
                        if (gap > 0) {
                            double g = uptake * act * gap / hops;
                            dq += g;
                            m.hopUptake[i * hops + h] += g;
                            if (h == 0) {
                                hop0 += g;
                            }
                        }
                    }
                    double c = comb * act * kappa[i] * visible[fb + q] * Math.max(0, 1 - own / frontier);
                    explicit[eb + q] = own + dq + c;
                    up += dq;
                    created += c;
                }
                m.flowUptake[i] = up;
                m.flowCombination[i] = created;
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
