package netcap.model.knowledge;

import netcap.model.Mechanism;
import netcap.model.NetcapModel;
import netcap.model.Order;
import netcap.model.StepAccess;
import netcap.world.Agents;

/**
 * Forgetting (obsolescence): every member's tacit and explicit knowledge loses the share
 * {@code forgetting} per step. Without it, the knowledge spiral grows without bound. O(N x D).
 */
@StepAccess
public final class Forgetting extends Mechanism {
    private static final long serialVersionUID = 1L;

    @Override
    public int order() {
        return Order.FORGETTING;
    }

    @Override
    public void apply(NetcapModel m) {
        Agents a = m.agents;
        int d = a.domains;
        double keep = 1 - m.params.forgetting;
        if (keep == 1) {
            return;
        }
        m.parallel.forAgents(a.size(), (from, to) -> {
            double[] tacit = a.tacit;
            double[] explicit = a.explicit;
            for (int i = from; i < to; i++) {
                if (a.status[i] != Agents.MEMBER) {
                    continue;
                }
                for (int q = i * d; q < (i + 1) * d; q++) {
                    tacit[q] *= keep;
                    explicit[q] *= keep;
                }
            }
        });
    }
}
