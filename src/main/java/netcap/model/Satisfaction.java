package netcap.model;

import netcap.world.Agents;

/**
 * Satisfaction, activity and leaving ("trust and satisfaction keep a virtual network alive").
 * For every member:
 * <pre>
 *   net_i  = value received (socialization + uptake + combination + public-good share) - effort spent
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
final class Satisfaction extends Mechanism {
    private static final long serialVersionUID = 1L;


    @Override
    public int order() {
        return Order.SATISFACTION;
    }

    @Override
    public void apply(NetcapModel m) {
        Agents a = m.agents;
        Params p = m.params;
        for (int i = 0; i < a.size(); i++) {
            if (a.status[i] != Agents.MEMBER) {
                continue;
            }
            double value = m.flowSocialization[i] + m.flowUptake[i] + m.flowCombination[i] + m.gameValue[i];
            double net = value - m.effort[i] - (m.active[i] != 0 ? p.participationCost : 0);
            a.payoff[i] = net;
            a.satisfaction[i] += p.satisfactionMemory * (net - a.satisfaction[i]);
            double target = p.activityMin + (1 - p.activityMin)
                    / (1 + Math.exp(-(a.satisfaction[i] - p.satisfactionReference) / p.satisfactionScale));
            a.activity[i] += p.activityResponse * (target - a.activity[i]);
            m.badSteps[i] = a.satisfaction[i] < p.leaveThreshold ? m.badSteps[i] + 1 : 0;
            if (p.leavePatience > 0 && m.badSteps[i] >= p.leavePatience) {
                a.status[i] = Agents.LEFT;
                m.network.removeAllTies(i);
                m.leftThisStep++;
                m.leftTotal++;
            }
        }
    }
}
