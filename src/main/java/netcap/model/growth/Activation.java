package netcap.model.growth;

import netcap.api.StepOrder;
import netcap.model.Mechanism;
import netcap.model.NetcapModel;
import netcap.model.StepAccess;
import netcap.model.StepState;
import netcap.random.CounterRandom;
import netcap.world.Agents;

/**
 * Activation: a member acts in a step with probability equal to its activity, and never when its
 * activity is below {@code inactiveThreshold}. Switched off, every member acts every step.
 * Draws come from {@link CounterRandom}, one per agent and step. Cost O(N).
 */
@StepAccess(writes = "active")
public final class Activation extends Mechanism {
    private static final long serialVersionUID = 1L;

    @Override
    public int order() {
        return StepOrder.ACTIVATION;
    }

    @Override
    public void apply(NetcapModel m) {
        StepState state = m.state;
        Agents a = m.agents;
        long key = netcap.random.Streams.child(m.runKey, name());
        long step = m.step();
        double threshold = m.params.inactiveThreshold;
        for (int i = 0; i < a.size(); i++) {
            if (a.status[i] != Agents.MEMBER) {
                continue;
            }
            double act = a.activity[i];
            boolean acts = act >= threshold && CounterRandom.uniform(key, step, i, 0) < act;
            state.active[i] = acts ? (byte) 1 : 0;
        }
    }
}
