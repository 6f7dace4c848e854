package netcap.model.knowledge;

import netcap.model.Mechanism;
import netcap.model.NetcapModel;
import netcap.model.Order;
import netcap.model.StepAccess;
import netcap.model.StepState;
import netcap.world.Agents;

/**
 * Internalization (explicit to tacit): by using explicit knowledge an active agent makes it its
 * own, per domain k:
 * <pre>  dT_ik = u * act_i * max(0, E_ik - T_ik)</pre>
 * with u = internalizationRate. Cost O(N x D).
 */
@StepAccess(reads = "active", writes = "flowInternalization")
public final class Internalization extends Mechanism {
    private static final long serialVersionUID = 1L;

    @Override
    public int order() {
        return Order.INTERNALIZATION;
    }

    @Override
    public void apply(NetcapModel m) {
        StepState state = m.state;
        Agents a = m.agents;
        int d = a.domains;
        double rate = m.params.internalizationRate;
        m.parallel.forAgents(a.size(), (from, to) -> {
            double[] tacit = a.tacit;
            double[] explicit = a.explicit;
            for (int i = from; i < to; i++) {
                if (state.active[i] == 0) {
                    continue;
                }
                double w = rate * a.activity[i];
                double flow = 0;
                for (int q = i * d; q < (i + 1) * d; q++) {
                    double gap = explicit[q] - tacit[q];
                    if (gap > 0) {
                        tacit[q] += w * gap;
                        flow += w * gap;
                    }
                }
                state.flowInternalization[i] = flow;
            }
        });
    }
}
