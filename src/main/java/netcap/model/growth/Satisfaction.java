package netcap.model.growth;

import netcap.model.Mechanism;
import netcap.model.NetcapModel;
import netcap.model.Order;
import netcap.model.Params;
import netcap.model.StepAccess;
import netcap.model.StepState;
import netcap.world.Agents;

/**
 * Satisfaction, activity and leaving ("trust and satisfaction keep a virtual network alive").
 * For every member:
 * <pre>
 *   net_i  = value received (socialization, its creation, uptake, combination, team creation, public-good share) - effort spent
 *            - participationCost (when the member acted this step)
 *   sat_i += lambda (net_i - sat_i)                                  lambda = satisfactionMemory
 *   target = amin + (1 - amin) / (1 + exp(-(sat_i - ref) / scale))
 *   act_i += alpha (target - act_i)                                  alpha = activityResponse
 * </pre>
 * A step with sat_i below {@code leaveThreshold} is a bad step; a member that has had
 * {@code leavePatience} bad steps in a row leaves: its status becomes LEFT and all its ties are
 * removed (accounts that die). Low satisfaction first lowers activity (inactive accounts) and, if
 * it lasts, ends membership. Cost O(N),
 * plus O(degree) per leaver.
 */
@StepAccess(reads = {"active", "flowSocialization", "flowUptake", "flowSocializationCreated", "flowCombination", "flowTeams", "gameValue", "effort"}, writes = "leftThisStep")
public final class Satisfaction extends Mechanism {
    private static final long serialVersionUID = 1L;

    /** Consecutive bad steps of each agent. */
    private int[] badSteps = new int[0];

    @Override
    public int order() {
        return Order.SATISFACTION;
    }

    @Override
    public void apply(NetcapModel m) {
        StepState state = m.state;
        Agents a = m.agents;
        Params p = m.params;
        if (badSteps.length < a.size()) {
            badSteps = new int[a.size()];
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.status[i] != Agents.MEMBER) {
                continue;
            }
            double value = state.flowSocialization[i] + state.flowSocializationCreated[i] + state.flowUptake[i] + state.flowCombination[i] + state.flowTeams[i] + state.gameValue[i];
            double net = value - state.effort[i] - (state.active[i] != 0 ? p.participationCost : 0);
            a.payoff[i] = net;
            a.satisfaction[i] += p.satisfactionMemory * (net - a.satisfaction[i]);
            double target = p.activityMin + (1 - p.activityMin)
                    / (1 + Math.exp(-(a.satisfaction[i] - p.satisfactionReference) / p.satisfactionScale));
            a.activity[i] += p.activityResponse * (target - a.activity[i]);
            badSteps[i] = a.satisfaction[i] < p.leaveThreshold ? badSteps[i] + 1 : 0;
            if (p.leavePatience > 0 && badSteps[i] >= p.leavePatience) {
                m.leave(i);
                state.leftThisStep++;
            }
        }
    }
}
