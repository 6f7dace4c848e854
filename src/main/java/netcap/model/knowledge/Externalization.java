package netcap.model.knowledge;

import netcap.model.Mechanism;
import netcap.model.NetcapModel;
import netcap.model.Order;
import netcap.model.StepAccess;
import netcap.model.StepState;
import netcap.world.Agents;

/**
 * Externalization (tacit to explicit, a conversion). An active agent with contribution propensity
 * p_i articulates part of its tacit knowledge, per domain k:
 * <pre>  x_ik = e * p_i * T_ik;   T_ik -= x_ik;   E_ik += x_ik</pre>
 * with e = externalizationRate. The agent's knowledge in the domain, T + E, does not change: the
 * content changes form (from know-how only it can use to a codified form it can post, others can
 * take up and combination can recombine), so externalization is booked as a conversion, not a
 * creation. It costs effort per unit of {@code externalizationCost} x (1 - trustCostDiscount x
 * s_i), where s_i is the mean strength trust x (level + 1) / 5 of the agent's ties: strong,
 * trusted ties make exchange cheaper ("stronger ties and more flow lower everyone's costs"). Free
 * riders (p = 0) externalize nothing. What is codified is published this step (reputation counts
 * it). Cost O(N x D).
 */
@StepAccess(reads = "active", writes = {"flowExternalization", "effort", "unitCost", "published"})
public final class Externalization extends Mechanism {
    private static final long serialVersionUID = 1L;

    /** Mean strength trust x (level + 1) / 5 of i's ties to members, in [0,1]; 0 without ties. */
    static double meanStrength(NetcapModel m, netcap.world.MultiplexNetwork net, int i) {
        int[] nbr = net.neighbors();
        float[] trust = net.trust();
        byte[] level = net.levels();
        double sum = 0;
        int count = 0;
        for (int k = net.start(i); k < net.start(i) + net.degree(i); k++) {
            if (m.agents.status[nbr[k]] == Agents.MEMBER) {
                sum += trust[k] * (level[k] + 1) / 5.0;
                count++;
            }
        }
        return count == 0 ? 0 : sum / count;
    }

    @Override
    public int order() {
        return Order.EXTERNALIZATION;
    }

    @Override
    public void apply(NetcapModel m) {
        StepState state = m.state;
        Agents a = m.agents;
        int d = a.domains;
        double rate = m.params.externalizationRate;
        double cost = m.params.externalizationCost;
        double discount = m.params.trustCostDiscount;
        netcap.world.MultiplexNetwork net = m.network;
        m.parallel.forAgents(a.size(), (from, to) -> {
            double[] tacit = a.tacit;
            double[] explicit = a.explicit;
            for (int i = from; i < to; i++) {
                double p = a.propensity[i];
                if (state.active[i] == 0 || p <= 0) {
                    continue;
                }
                double flow = 0;
                for (int q = i * d; q < (i + 1) * d; q++) {
                    double x = rate * p * tacit[q];
                    tacit[q] -= x;
                    explicit[q] += x;
                    state.published[q] += x;
                    flow += x;
                }
                double unit = cost * (1 - discount * meanStrength(m, net, i));
                state.flowExternalization[i] = flow;
                state.effort[i] += unit * flow;
                state.unitCost[i] = unit;
            }
        });
    }
}
