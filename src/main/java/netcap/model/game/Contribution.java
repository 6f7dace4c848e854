package netcap.model.game;

import netcap.game.CostVariant;
import netcap.game.PublicGoodsGame;
import netcap.model.Mechanism;
import netcap.model.NetcapModel;
import netcap.model.Order;
import netcap.model.Params;
import netcap.model.StepAccess;
import netcap.model.StepState;
import netcap.world.Agents;
import netcap.world.MultiplexNetwork;

/**
 * Contribution as a public good on each agent's neighbourhood: the public goods game of Santos,
 * Santos &amp; Pacheco (2008) played each step by the active members (see
 * {@link PublicGoodsGame}). An agent's contribution is its propensity: 1 for contributors, 0 for
 * free riders, and for conditional cooperators {@code conditionalSlope} times the trust-weighted
 * mean contribution of the neighbours that played in the previous step, clipped to [0,1]; a
 * neighbour who did not act is absent, not a defector, and when none played the propensity stays
 * as it was (conditional
 * cooperation as in Fischbacher, Gächter &amp; Fehr 2001; weighting by trust means that neighbours
 * it has excluded count less). Each group's pool is multiplied by
 * {@code synergy} and shared; the cost (per game or per individual, {@code costVariant}) is added
 * to the agent's effort and the share to its value, so the game feeds satisfaction and, through
 * {@link StrategyUpdate}, the strategies; because the propensity also sets how much knowledge an
 * agent shares in the SECI engine, free riding lowers knowledge creation.
 *
 * <p>Reputation (authority): rep_i += m (published_i - rep_i), with published_i the explicit
 * knowledge the agent published this step and m = {@code reputationMemory}; the standing used by
 * reciprocity is rep_i / (rep_i + mean rep). Cost O(N + entries).
 */
@StepAccess(reads = {"active", "published"}, writes = {"contribution", "effort", "gameValue", "lastContributionRate", "standing"})
public final class Contribution extends Mechanism {
    private static final long serialVersionUID = 1L;

    private final PublicGoodsGame game = new PublicGoodsGame();
    private double[] payoff = new double[0];
    private double[] lastContribution = new double[0];
    /** 1 when the agent played (acted) in the previous step. */
    private byte[] lastPlayed = new byte[0];

    @Override
    public int order() {
        return Order.CONTRIBUTION;
    }

    @Override
    public void apply(NetcapModel m) {
        StepState state = m.state;
        Agents a = m.agents;
        MultiplexNetwork net = m.network;
        Params p = m.params;
        int n = a.size();
        int d = a.domains;
        if (payoff.length < n) {
            payoff = new double[n];
            lastContribution = java.util.Arrays.copyOf(lastContribution, n);
            lastPlayed = java.util.Arrays.copyOf(lastPlayed, n);
        }
        game.ensureCapacity(n);
        byte[] plays = state.active;
        // conditional cooperators match what their group gave last step
        m.parallel.forTies(net, n, (from, to) -> {
            int[] nbr = net.neighbors();
            for (int i = from; i < to; i++) {
                if (a.strategy[i] != Agents.CONDITIONAL || a.status[i] != Agents.MEMBER) {
                    continue;
                }
                double sum = 0;
                double weight = 0;
                float[] trust = net.trust();
                for (int k = net.start(i); k < net.start(i) + net.degree(i); k++) {
                    int j = nbr[k];
                    if (a.status[j] == Agents.MEMBER && lastPlayed[j] != 0) { // absence is not defection
                        sum += trust[k] * lastContribution[j];
                        weight += trust[k];
                    }
                }
                if (weight > 0 && m.step() > 0) {
                    a.propensity[i] = Math.min(1, p.conditionalSlope * sum / weight);
                }
            }
        });
        for (int i = 0; i < n; i++) {
            state.contribution[i] = plays[i] != 0 ? a.propensity[i] : 0;
        }
        CostVariant variant = p.costVariant;
        double r = p.synergy;
        double c = p.contributionCost;
        m.parallel.forTies(net, n, (from, to) -> game.prepare(net, plays, state.contribution, c, variant, from, to));
        m.parallel.forTies(net, n, (from, to) -> game.share(net, plays, r, from, to));
        m.parallel.forTies(net, n, (from, to) -> {
            game.collect(net, plays, payoff, from, to);
            for (int i = from; i < to; i++) {
                if (plays[i] == 0) {
                    continue;
                }
                int groups = game.groupSize(i); // the agent is in k + 1 groups, its own one of size k + 1
                double paid = variant == CostVariant.PER_GAME ? state.contribution[i] * c * groups : state.contribution[i] * c;
                state.effort[i] += paid;
                state.gameValue[i] = payoff[i] + paid;
            }
        });
        System.arraycopy(state.contribution, 0, lastContribution, 0, n);
        System.arraycopy(plays, 0, lastPlayed, 0, n);
        double given = 0;
        int acting = 0;
        for (int i = 0; i < n; i++) {
            if (plays[i] != 0) {
                given += state.contribution[i];
                acting++;
            }
        }
        state.lastContributionRate = acting == 0 ? 0 : given / acting;

        // reputation and standing
        if (p.reputation) {
            double total = 0;
            int members = 0;
            for (int i = 0; i < n; i++) {
                if (a.status[i] != Agents.MEMBER) {
                    continue;
                }
                double published = 0;
                for (int q = i * d; q < (i + 1) * d; q++) {
                    published += state.published[q];
                }
                a.reputation[i] += p.reputationMemory * (published - a.reputation[i]);
                total += a.reputation[i];
                members++;
            }
            double mean = members == 0 ? 0 : total / members;
            for (int i = 0; i < n; i++) {
                state.standing[i] = mean <= 0 ? 0.5 : a.reputation[i] / (a.reputation[i] + mean);
            }
        }
    }
}
