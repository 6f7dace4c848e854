package netcap.model.exchange;

import netcap.api.StepOrder;
import netcap.model.Mechanism;
import netcap.model.NetcapModel;
import netcap.model.Params;
import netcap.model.StepAccess;
import netcap.model.StepState;
import netcap.random.CounterRandom;
import netcap.random.Streams;
import netcap.world.Agents;
import netcap.world.MultiplexNetwork;

/**
 * The exchange layer ("trust = purchase"): purchases, hires and collaborations between agents
 * who know each other. Each agent has needs and offers by domain: it needs domain q as much as
 * the domain is relevant to it and it is far from the frontier, n_iq = rel_iq (1 - K_iq / F)+,
 * and it can offer what it knows beyond the buyer. Each step, in id order, every acting member and
 * every outsider (an agent not yet a member, acting with probability its activity) with a need
 * looks at its ties to acting members that know more than it in its neediest domain q, over ties
 * at level {@code purchaseMinLevel} or above, and weighs each seller j by
 * <pre>  w_ij = tau_ij x tau_ji x lw(level_ij) x (K_jq - K_iq) x rec_i</pre>
 * (the buyer's trust in the seller and the seller's in the buyer: a seller that was not paid
 * serves less readily; the level's weight (level + 1) / 5; what the seller knows beyond it; and
 * the reciprocity factor of the buyer: sellers serve buyers of good standing more readily). It buys
 * with probability 1 - exp(-b sum_j w_ij), b = {@code purchaseRate}, from a seller drawn in
 * proportion to w_ij. The purchase passes on v = {@code purchaseShare} x rel_iq x (K_jq - K_iq) of
 * what the seller knows to the buyer, as explicit knowledge in domain q (a transfer, booked in
 * {@code bought}: the buyer never passes the seller, and the gap it can buy again shrinks), and
 * costs the seller {@code serviceCost} x v effort to deliver; the buyer pays the
 * price {@code priceShare} x v, except a free rider, who takes the value and pays nothing. The
 * buyer's tie is credited with v and the seller's with the payment (both feed trust, 7.7); an
 * unpaid delivery is marked on the seller's entry, and the seller loses trust in the buyer.
 * Value and payments feed satisfaction (7.10); an outsider's net value
 * (v minus what it paid) is what the network offered it this step (joining, 7.0).
 * Sequential in id order with counter-based draws. Cost O(entries).
 */
@StepAccess(reads = "active", readsPrevious = "standing", writes = {"received", "unpaid", "bought", "paid", "earned", "effort", "purchases",
        "outsiderPurchases", "unpaidPurchases"})
public final class Exchange extends Mechanism {
    private static final long serialVersionUID = 1L;

    /** Scratch: the current buyer's weight for each of its ties. */
    private double[] weights = new double[0];

    @Override
    public int order() {
        return StepOrder.EXCHANGE;
    }

    @Override
    public void apply(NetcapModel m) {
        StepState state = m.state;
        Agents a = m.agents;
        Params p = m.params;
        MultiplexNetwork net = m.network;
        int n = a.size();
        double frontier = p.knowledgeFrontier;
        int[] nbr = net.neighbors();
        int[] twin = net.twins();
        float[] trust = net.trust();
        byte[] level = net.levels();
        long key = Streams.child(m.runKey, name());
        long step = m.step();
        for (int i = 0; i < n; i++) {
            boolean member = a.status[i] == Agents.MEMBER;
            if (a.status[i] == Agents.NOT_JOINED) {
                a.outsiderValue[i] = 0;
                if (net.degree(i) == 0 || CounterRandom.uniform(key, step, i, 0) >= a.activity[i]) {
                    continue;
                }
            } else if (!member || state.active[i] == 0) {
                continue;
            }
            int q = a.neediest(i, frontier);
            if (q < 0) {
                continue;
            }
            double own = a.knowledge(i, q);
            double rec = m.reciprocity(i);
            int s = net.start(i);
            int e = s + net.degree(i);
            if (weights.length < e - s) {
                weights = new double[e - s];
            }
            double total = 0;
            for (int k = s; k < e; k++) { // each seller's weight, once
                weights[k - s] = weight(m, state, a, nbr[k], level[k], trust[k] * trust[twin[k]], q, own, rec);
                total += weights[k - s];
            }
            if (total <= 0 || CounterRandom.uniform(key, step, i, 1) >= 1 - Math.exp(-p.purchaseRate * total)) {
                continue;
            }
            double u = CounterRandom.uniform(key, step, i, 2) * total;
            int pick = -1;
            for (int k = s; k < e && pick < 0; k++) {
                u -= weights[k - s];
                if (weights[k - s] > 0 && u < 0) {
                    pick = k;
                }
            }
            for (int k = e - 1; k >= s && pick < 0; k--) { // rounding: the last seller with a weight
                if (weights[k - s] > 0) {
                    pick = k;
                }
            }
            int j = nbr[pick];
            double value = p.purchaseShare * a.relevance[i * a.domains + q] * (a.knowledge(j, q) - own);
            double pays = a.strategy[i] == Agents.FREE_RIDER ? 0 : p.priceShare * value;
            state.effort[j] += p.serviceCost * value;
            a.explicit[i * a.domains + q] += value; // the service passes on what the seller knows: a transfer, below the seller
            state.bought[i] += value;
            state.paid[i] += pays;
            state.earned[j] += pays;
            a.revenue[j] += pays;
            a.purchases[i]++;
            a.sales[j]++;
            state.received[pick] += (float) value;
            state.received[twin[pick]] += (float) pays;
            if (pays <= 0 && value > 0) {
                state.unpaid[twin[pick]] = 1;
                state.unpaidPurchases++;
            }
            state.purchases++;
            if (!member) {
                state.outsiderPurchases++;
                a.outsiderValue[i] += value - pays;
            }
        }
    }

    /**
     * Weight of seller {@code j} over a tie at {@code lvl} with mutual trust {@code tau} (the buyer's in the seller times the
     * seller's in the buyer), for a buyer that knows {@code own} in domain {@code q}.
     */
    private static double weight(NetcapModel m, StepState state, Agents a, int j, int lvl, double tau, int q, double own, double rec) {
        if (a.status[j] != Agents.MEMBER || state.active[j] == 0 || !m.carries(lvl, m.params.purchaseMinLevel)) {
            return 0;
        }
        double surplus = a.knowledge(j, q) - own;
        return surplus <= 0 ? 0 : tau * m.levelWeight(lvl) * surplus * rec;
    }
}
