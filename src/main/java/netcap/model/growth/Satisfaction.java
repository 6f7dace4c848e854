package netcap.model.growth;

import netcap.api.StepOrder;
import netcap.model.Mechanism;
import netcap.model.NetcapModel;
import netcap.model.Params;
import netcap.model.StepAccess;
import netcap.model.StepState;
import netcap.world.Agents;

/**
 * Satisfaction, activity and leaving ("trust and satisfaction keep a virtual network alive";
 * "when we no longer get anything out of the network we stop contributing to it"). For every
 * member that acted this step:
 * <pre>
 *   value_i = what it received (socialization, its creation, uptake, combination, team creation, the commons,
 *             what it bought or was given by approaches, and what it earned by selling)
 *   cost_i  = effort spent + price paid + o * K_i     o = outsideOption, K_i = what it knows (sum over domains)
 *   r_i     = (value_i - cost_i) / (value_i + cost_i)  the relative return on its time, in [-1, 1] (0 when both are 0)
 *   sat_i  += lambda (r_i - sat_i)                     lambda = satisfactionMemory
 * </pre>
 * and for every member
 * <pre>
 *   target = amin + (1 - amin) / (1 + exp(-(sat_i - ref) / scale))
 *   act_i += alpha (target - act_i)                    alpha = activityResponse
 * </pre>
 * o K_i is what else the agent could do with its time: the value of a step spent elsewhere, the
 * more the more it knows (an expert has better alternatives than a novice), so there is no fixed
 * fee that a newcomer's first small gains must beat. Satisfaction is a ratio, so it does not
 * depend on the size of the flows; a step in which the member did not act leaves it unchanged
 * (no news). The payoff that strategies are imitated on is value - effort - price paid.
 * A step with sat_i below {@code leaveThreshold}, or with activity below {@code inactiveThreshold}
 * (an account that no longer acts at all, so its satisfaction can no longer change), is a bad
 * step; a member that has had
 * {@code leavePatience} bad steps in a row leaves: its status becomes LEFT and all its ties are
 * removed (accounts that die). Low satisfaction first lowers activity (inactive accounts) and, if
 * it lasts, ends membership. Cost O(N),
 * plus O(degree) per leaver.
 */
@StepAccess(reads = {"active", "flowSocialization", "flowUptake", "flowSocializationCreated", "flowCombination", "flowTeams", "flowCommons", "bought", "paid", "earned", "effort"}, writes = "leftThisStep")
public final class Satisfaction extends Mechanism {
    private static final long serialVersionUID = 1L;

    /** Consecutive bad steps of each agent. */
    private int[] badSteps = new int[0];

    @Override
    public int order() {
        return StepOrder.SATISFACTION;
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
            double value = state.flowSocialization[i] + state.flowSocializationCreated[i] + state.flowUptake[i]
                    + state.flowCombination[i] + state.flowTeams[i] + state.flowCommons[i] + state.bought[i] + state.earned[i];
            a.payoff[i] = value - state.effort[i] - state.paid[i];
            if (state.active[i] != 0) {
                double cost = state.effort[i] + state.paid[i] + p.outsideOption * a.knowledge(i);
                double r = value + cost > 0 ? (value - cost) / (value + cost) : 0;
                a.satisfaction[i] += p.satisfactionMemory * (r - a.satisfaction[i]);
            }
            double target = p.activityMin + (1 - p.activityMin)
                    / (1 + Math.exp(-(a.satisfaction[i] - p.satisfactionReference) / p.satisfactionScale));
            a.activity[i] += p.activityResponse * (target - a.activity[i]);
            // a bad step: too little return, or an account so inactive that it never acts (and so never learns
            // that things got better): after leavePatience of them in a row the account dies
            boolean bad = a.satisfaction[i] < p.leaveThreshold || a.activity[i] < p.inactiveThreshold;
            badSteps[i] = bad ? badSteps[i] + 1 : 0;
            if (p.leavePatience > 0 && badSteps[i] >= p.leavePatience) {
                m.leave(i);
                state.leftThisStep++;
            }
        }
    }
}
