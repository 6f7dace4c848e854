package netcap.model.knowledge;

import netcap.api.StepOrder;
import netcap.model.Mechanism;
import netcap.model.NetcapModel;
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
 * creation. It costs {@code externalizationCost} effort per unit (no rule lowers this cost with
 * trust: whether stronger ties lower the cost of what an agent gets is measured, as the effort per
 * unit of value received, {@code valueCost}, not assumed). Free
 * riders (p = 0) externalize nothing. What is codified is published this step (reputation counts
 * it). Cost O(N x D).
 */
@StepAccess(reads = "active", writes = {"flowExternalization", "effort", "unitCost", "published"})
public final class Externalization extends Mechanism {
    private static final long serialVersionUID = 1L;

    @Override
    public int order() {
        return StepOrder.EXTERNALIZATION;
    }

    @Override
    public void apply(NetcapModel m) {
        StepState state = m.state;
        Agents a = m.agents;
        int d = a.domains;
        double rate = m.params.externalizationRate;
        double cost = m.params.externalizationCost;
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
                state.flowExternalization[i] = flow;
                state.effort[i] += cost * flow;
                state.unitCost[i] = cost;
            }
        });
    }
}
