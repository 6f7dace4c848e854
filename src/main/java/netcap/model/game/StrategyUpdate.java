package netcap.model.game;

import netcap.api.StepOrder;
import netcap.game.CostVariant;
import netcap.game.PublicGoodsGame;
import netcap.game.UpdateRule;
import netcap.model.Mechanism;
import netcap.model.NetcapModel;
import netcap.model.Params;
import netcap.model.StepAccess;
import netcap.model.StepState;
import netcap.random.CounterRandom;
import netcap.random.Streams;
import netcap.world.Agents;

/**
 * Strategy update by imitation: each member revises with probability
 * {@code strategyUpdateRate}; a reviser picks a random neighbour and copies its strategy with the
 * Fermi probability 1/(1+exp(-beta (P_y - P_x))) or, with {@code updateRule: pairwise}, with
 * probability (P_y - P_x)/M when the neighbour is better off (Santos et al. 2008), or with
 * probability {@code mutation} explores a random other strategy. Payoffs are the step's total
 * (value received minus effort minus prices paid, as computed by {@link netcap.model.growth.Satisfaction}).
 * Synchronous, draws from {@link CounterRandom}. A new contributor gets propensity 1, a new free
 * rider 0, a new conditional cooperator {@code conditionalPropensity}. With
 * {@code contactStrategies}, the contact strategy (seller or stalker) is revised the same way, on
 * the same payoffs, with its own draws (the stream key "contactStrategy"): a strategy that pays
 * spreads.
 *
 * <p>First, reputation and standing: rep_i += m (given_i - rep_i), with given_i what the member
 * gave others this step (the explicit knowledge it published and the payments it made, cold sales
 * included) and m = {@code reputationMemory}; standing is the member's rank by reputation among
 * the members, from 0 (the lowest) to 1 (the highest), the mean rank on ties, so standings average
 * 1/2 whatever the spread of reputations (non-members stand at 1/2). The next step's reciprocity,
 * purchases and discovery list use them. Cost O(N log N).
 */
@StepAccess(reads = {"published", "paid"}, writes = "standing")
public final class StrategyUpdate extends Mechanism {
    private static final long serialVersionUID = 1L;

    private byte[] next = new byte[0];
    private byte[] nextContact = new byte[0];
    /** Scratch: the members' reputations, sorted (standing is a member's rank among them). */
    private double[] ranked = new double[0];
    private byte[] plays = new byte[0];

    @Override
    public int order() {
        return StepOrder.STRATEGY;
    }

    @Override
    public void apply(NetcapModel m) {
        Agents a = m.agents;
        Params p = m.params;
        int n = a.size();
        if (next.length < n) {
            next = new byte[n];
            nextContact = new byte[n];
            plays = new byte[n];
        }
        byte[] plays = this.plays;
        byte[] nextContact = this.nextContact;
        StepState state = m.state;
        int d = a.domains;
        // reputation and standing, from everything the agents gave this step (cold sales included)
        if (p.reputation) {
            if (ranked.length < n) {
                ranked = new double[n];
            }
            int members = 0;
            for (int i = 0; i < n; i++) {
                if (a.status[i] != Agents.MEMBER) {
                    continue;
                }
                double gave = state.paid[i]; // what it gave others this step: payments and published knowledge
                for (int q = i * d; q < (i + 1) * d; q++) {
                    gave += state.published[q];
                }
                a.reputation[i] += p.reputationMemory * (gave - a.reputation[i]);
                ranked[members++] = a.reputation[i];
            }
            java.util.Arrays.sort(ranked, 0, members);
            for (int i = 0; i < n; i++) {
                state.standing[i] = a.status[i] != Agents.MEMBER || members < 2 ? 0.5 : rank(ranked, members, a.reputation[i]) / (members - 1);
            }
        }

        long key = Streams.child(m.runKey, name());
        long step = m.step();
        for (int i = 0; i < n; i++) {
            plays[i] = a.status[i] == Agents.MEMBER ? (byte) 1 : 0;
        }
        UpdateRule rule = p.updateRule;
        CostVariant variant = p.costVariant;
        m.parallel.forTies(m.network, n, (from, to) ->
                PublicGoodsGame.imitate(m.network, plays, a.payoff, a.strategy, next, rule, p.selectionIntensity, p.mutation,
                        3, variant, Math.max(p.synergy, 1e-9), Math.max(p.contributionCost, 1e-9), key, step, from, to));
        if (p.contactStrategies) {
            // contact strategies (seller, stalker) spread the same way, with their own draws
            long contactKey = Streams.child(m.runKey, "contactStrategy");
            m.parallel.forTies(m.network, n, (from, to) ->
                    PublicGoodsGame.imitate(m.network, plays, a.payoff, a.contact, nextContact, rule, p.selectionIntensity, p.mutation,
                            2, variant, Math.max(p.synergy, 1e-9), Math.max(p.contributionCost, 1e-9), contactKey, step, from, to));
            for (int i = 0; i < n; i++) {
                if (plays[i] != 0 && nextContact[i] != a.contact[i]
                        && CounterRandom.uniform(contactKey, step, i, 7) < p.strategyUpdateRate) {
                    a.contact[i] = nextContact[i];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (plays[i] == 0 || next[i] == a.strategy[i]) {
                continue;
            }
            if (CounterRandom.uniform(key, step, i, 7) >= p.strategyUpdateRate) {
                continue;
            }
            a.strategy[i] = next[i];
            a.propensity[i] = next[i] == Agents.CONTRIBUTOR ? 1.0 : next[i] == Agents.FREE_RIDER ? 0.0 : p.conditionalPropensity;
        }
    }

    /** The rank (0 the lowest) of {@code value} among the first {@code count} sorted values, the mean rank on ties. */
    static double rank(double[] sorted, int count, double value) {
        int lo = 0;
        int hi = count;
        while (lo < hi) { // first index with sorted >= value
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int first = lo;
        hi = count;
        while (lo < hi) { // first index with sorted > value
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return (first + lo - 1) / 2.0;
    }
}
