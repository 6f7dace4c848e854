package netcap.model.game;

import netcap.api.StepOrder;
import netcap.game.CostVariant;
import netcap.game.PublicGoodsGame;
import netcap.model.Frontier;
import netcap.model.Mechanism;
import netcap.model.NetcapModel;
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
 * to the agent's effort. The good is a commons of knowledge (a wiki, a meetup's notes): each
 * player's share of the pools is explicit knowledge created for it, spread over its domains in
 * proportion to their relevance and capped at the frontier ({@code flowCommons}, a creation), so
 * the game feeds knowledge creation, satisfaction and, through {@link StrategyUpdate}, the
 * strategies; because the propensity also sets how much knowledge an agent shares in the SECI
 * engine, free riding lowers knowledge creation (and a free rider does not pay for what it buys, 7.9a).
 *
 * <p>Reputation and standing are updated at the end of the step ({@link StrategyUpdate}). Cost O(N + entries).
 */
@StepAccess(reads = "active", writes = {"contribution", "effort", "flowCommons", "lastContributionRate"})
public final class Contribution extends Mechanism {
    private static final long serialVersionUID = 1L;

    private final PublicGoodsGame game = new PublicGoodsGame();
    private double[] payoff = new double[0];
    /** Each player's share of the pools this step. */
    private double[] share = new double[0];
    private double[] lastContribution = new double[0];
    /** 1 when the agent played (acted) in the previous step. */
    private byte[] lastPlayed = new byte[0];

    @Override
    public int order() {
        return StepOrder.CONTRIBUTION;
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
            share = new double[n];
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
                share[i] = payoff[i] + paid; // the agent's share of the pools of the groups it is in
            }
        });
        // the commons: each player's share of the pools is explicit knowledge created for it (a wiki, a meetup's notes),
        // spread over its domains by relevance and capped at the frontier
        double frontier = p.knowledgeFrontier;
        m.parallel.forAgents(n, (from, to) -> {
            for (int i = from; i < to; i++) {
                double got = share[i];
                if (plays[i] == 0 || got <= 0) {
                    continue;
                }
                double weights = 0;
                for (int q = i * d; q < (i + 1) * d; q++) {
                    weights += a.relevance[q];
                }
                double created = 0;
                for (int q = i * d; q < (i + 1) * d; q++) {
                    double made = Frontier.created(got * a.relevance[q] / weights, a.tacit[q] + a.explicit[q], frontier);
                    a.explicit[q] += made;
                    created += made;
                }
                state.flowCommons[i] = created;
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
    }
}
