package netcap.model.knowledge;

import netcap.api.StepOrder;
import netcap.model.Mechanism;
import netcap.model.NetcapModel;
import netcap.model.StepAccess;
import netcap.world.Agents;

/**
 * Forgetting (obsolescence): every member's tacit and explicit knowledge loses the share
 * {@code forgetting} per step, booked per agent as {@code forgottenTacit} and
 * {@code forgottenExplicit}. O(N x D).
 */
@StepAccess(writes = {"forgottenTacit", "forgottenExplicit"})
public final class Forgetting extends Mechanism {
    private static final long serialVersionUID = 1L;

    @Override
    public int order() {
        return StepOrder.FORGETTING;
    }

    @Override
    public void apply(NetcapModel m) {
        Agents a = m.agents;
        netcap.model.StepState state = m.state;
        int d = a.domains;
        double f = m.params.forgetting;
        if (f == 0) {
            return;
        }
        m.parallel.forAgents(a.size(), (from, to) -> {
            double[] tacit = a.tacit;
            double[] explicit = a.explicit;
            for (int i = from; i < to; i++) {
                if (a.status[i] != Agents.MEMBER) {
                    continue;
                }
                double lostT = 0;
                double lostE = 0;
                for (int q = i * d; q < (i + 1) * d; q++) {
                    double t = f * tacit[q];
                    double x = f * explicit[q];
                    tacit[q] -= t;
                    explicit[q] -= x;
                    lostT += t;
                    lostE += x;
                }
                state.forgottenTacit[i] = lostT;
                state.forgottenExplicit[i] = lostE;
            }
        });
    }
}
