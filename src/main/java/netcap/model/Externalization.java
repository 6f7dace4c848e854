package netcap.model;

import netcap.world.Agents;

/**
 * Externalization (tacit to explicit). An active agent with contribution propensity p_i codifies
 * part of what it knows but has not yet made explicit, per domain k:
 * <pre>  dE_ik = e * p_i * max(0, T_ik - E_ik)</pre>
 * at an effort cost {@code externalizationCost} per unit. Free riders (p = 0) externalize
 * nothing. Tacit knowledge is not used up. What is codified is published: it becomes part of the
 * agent's posts, which {@link Combination} spreads over the network in the next step. Cost O(N x D).
 */
final class Externalization extends Mechanism {
    private static final long serialVersionUID = 1L;

    @Override
    public String name() {
        return "externalization";
    }

    @Override
    public int order() {
        return Order.EXTERNALIZATION;
    }

    @Override
    public void apply(NetcapModel m) {
        Agents a = m.agents;
        int d = a.domains;
        double rate = m.params.externalizationRate;
        double cost = m.params.externalizationCost;
        m.parallel.forAgents(a.size(), i -> d, (from, to) -> {
            double[] tacit = a.tacit;
            double[] explicit = a.explicit;
            for (int i = from; i < to; i++) {
                double p = a.propensity[i];
                if (m.active[i] == 0 || p <= 0) {
                    continue;
                }
                double flow = 0;
                for (int q = i * d; q < (i + 1) * d; q++) {
                    double gap = tacit[q] - explicit[q];
                    if (gap > 0) {
                        double x = rate * p * gap;
                        explicit[q] += x;
                        m.postsNext[q] += x;
                        flow += x;
                    }
                }
                m.flowExternalization[i] = flow;
                m.effort[i] += cost * flow;
            }
        });
    }
}
