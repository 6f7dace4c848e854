package netcap.model.knowledge;

import netcap.api.StepOrder;
import netcap.model.Mechanism;
import netcap.model.NetcapModel;
import netcap.model.StepAccess;
import netcap.model.StepState;
import netcap.world.Agents;

/**
 * Internalization (explicit to tacit, a conversion): by using explicit knowledge an active agent
 * makes it its own know-how (learning by doing), per domain k:
 * <pre>  y_ik = u * E_ik;   E_ik -= y_ik;   T_ik += y_ik</pre>
 * for acting agents (whether an agent acts is drawn from its activity, so activity is not
 * counted twice), with u = internalizationRate. T + E does not change; the tacit form is what the agent can teach
 * face to face, articulate again and use to absorb and combine (absorptive capacity rests on
 * tacit knowledge), so the next round of the spiral starts from it. Cost O(N x D).
 */
@StepAccess(reads = "active", writes = "flowInternalization")
public final class Internalization extends Mechanism {
    private static final long serialVersionUID = 1L;

    @Override
    public int order() {
        return StepOrder.INTERNALIZATION;
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
                double w = rate;
                double flow = 0;
                for (int q = i * d; q < (i + 1) * d; q++) {
                    double y = w * explicit[q];
                    explicit[q] -= y;
                    tacit[q] += y;
                    flow += y;
                }
                state.flowInternalization[i] = flow;
            }
        });
    }
}
