package netcap.model.ties;

import netcap.api.StepOrder;
import ec.util.MersenneTwisterFast;
import netcap.model.Mechanism;
import netcap.model.NetcapModel;
import netcap.model.Params;
import netcap.model.StepAccess;
import netcap.model.StepState;
import netcap.world.Agents;
import netcap.world.MultiplexNetwork;

import java.util.Arrays;


/**
 * New ties ("getting a gang"), made by approaches that the other side accepts or not. Each
 * active member, in agent order, finds people it does not know yet in the text's order:
 * <ul>
 *   <li><b>triadic closure</b> ({@code triadicClosureRate}): through a contact of a contact, the
 *       contact (a member, an acquaintance or closer) being one met face to face when the agent
 *       has any (physical acquaintances first), otherwise one from its virtual rooms;</li>
 *   <li><b>homophily</b> ({@code homophilyRate}): examines {@code homophilyCandidates} random
 *       members and approaches the most similar untied one if its interest similarity is at least
 *       {@code homophilyThreshold} (people like oneself);</li>
 *   <li><b>discovery</b> ({@code discoveryRate}): a random member of the list of the
 *       {@code listSize} members with the highest score degree x (1 + reputation), refreshed each
 *       step (lists and hubs).</li>
 * </ul>
 * <p>The approach (with {@code contactStrategies}). The approacher i picks a room: the one in which
 * the two stand nearest to equal, min |s_il - s_kl| over the rooms that exist ({@code chooseRoom}),
 * or a random one. Its offer depends on its strategy: a <i>seller</i> gives value first, a free
 * sample in the domain where what it knows beyond the target k is worth most to k
 * (argmax rel_kq (K_iq - K_kq)+, answering k's need); a <i>stalker</i> pushes its own best domain
 * (argmax K_iq) at a price. The offer is worth v = {@code sampleShare} x rel_kq x (K_iq - K_kq)+ to
 * k; its net value is v for a seller and v (1 - {@code priceShare}) for a stalker. Whatever the
 * strategy, k also gains a prospective customer: what i would pay for what k knows beyond it in
 * i's neediest domain n, c = {@code priceShare} x {@code purchaseShare} x rel_in x (K_kn - K_in)+
 * ("trust = purchase"). k accepts with probability
 * <pre>  A = net / (net + h) x (1 - w |s_il - s_kl|)      net = offer's net value + c, h = acceptanceHalf, w = equalityWeight</pre>
 * and, when the approach comes through an introducer j (triadic closure), with the introducer's
 * word added, A' = 1 - (1 - A)(1 - tau_kj tau_ji): as much as k trusts j and j trusts i.
 * An accepted approach becomes a tie in the room of approach, at level 2 (contact) when A &gt;= 0.5
 * and 1 (acquaintance) otherwise, with k's first trust GT_k + A (1 - GT_k) / 2 and i's GT_i. The
 * approach costs i {@code approachCost} effort, plus {@code serviceCost} x v for what it delivers
 * (v passes on to k as explicit knowledge in domain q, a transfer booked in {@code bought}):
 * a seller delivers its sample whether accepted or not (value first), a stalker delivers only on
 * acceptance, and is then paid the price (a cold sale; a free rider does not pay). Nothing in the
 * rule names a strategy as better: acceptance, trust and level follow from the value delivered
 * and the standing gap. Without {@code contactStrategies} every approach is accepted, in a random
 * virtual room, as an acquaintance with each end's generalized trust, and nothing is offered.
 * Sequential with the stream "tieFormation". Cost O(N log listSize) per step plus O(degree + D)
 * per approach.
 */
@StepAccess(reads = "active", writes = {"tiesFormed", "approaches", "bought", "paid", "earned", "effort", "purchases"})
public final class TieFormation extends Mechanism {
    private static final long serialVersionUID = 1L;

    private MersenneTwisterFast rng;
    private int[] list = new int[0];
    private int[] rooms = new int[0];

    @Override
    public int order() {
        return StepOrder.TIE_FORMATION;
    }

    @Override
    public void apply(NetcapModel m) {
        StepState state = m.state;
        if (rng == null) {
            rng = m.stream(name());
        }
        Params p = m.params;
        Agents a = m.agents;
        MultiplexNetwork net = m.network;
        int n = a.size();
        if (p.discoveryRate > 0) {
            refreshList(m);
        }
        rooms = openRooms(m);
        int physical = 1 << MultiplexNetwork.PHYSICAL;
        for (int i = 0; i < n; i++) {
            if (state.active[i] == 0) {
                continue;
            }
            if (p.triadicClosureRate > 0 && rng.nextDouble() < p.triadicClosureRate && net.degree(i) > 0) {
                // the introducer: an acquaintance or closer met face to face first; without one, one from the virtual rooms
                int faceToFace = introducers(net, a, i, physical);
                int mask = faceToFace > 0 ? physical : net.allLayersMask();
                int candidates = faceToFace > 0 ? faceToFace : introducers(net, a, i, mask);
                int j = -1;
                if (candidates > 0) {
                    int r = rng.nextInt(candidates);
                    for (int k = net.start(i); j < 0; k++) {
                        if (introducer(net, a, k, mask) && r-- == 0) {
                            j = net.neighbors()[k];
                        }
                    }
                }
                if (j >= 0 && net.degree(j) > 0) {
                    int k = net.neighbors()[net.start(j) + rng.nextInt(net.degree(j))];
                    approach(m, i, k, j);
                }
            }
            if (p.homophilyRate > 0 && rng.nextDouble() < p.homophilyRate) {
                int best = -1;
                double bestSim = -1;
                for (int c = 0; c < p.homophilyCandidates; c++) {
                    int k = rng.nextInt(n);
                    if (k == i || a.status[k] != Agents.MEMBER || net.hasTie(i, k)) {
                        continue;
                    }
                    double sim = a.similarity(i, k);
                    if (sim > bestSim) {
                        bestSim = sim;
                        best = k;
                    }
                }
                if (best >= 0 && bestSim >= p.homophilyThreshold) {
                    approach(m, i, best, -1);
                }
            }
            if (p.discoveryRate > 0 && list.length > 0 && rng.nextDouble() < p.discoveryRate) {
                approach(m, i, list[rng.nextInt(list.length)], -1);
            }
        }
    }

    /** Whether tie entry k leads to a member at level 1 (acquaintance) or above in one of the layers of {@code mask}. */
    private static boolean introducer(MultiplexNetwork net, Agents a, int k, int mask) {
        return (net.layerMasks()[k] & mask) != 0 && net.levels()[k] >= MultiplexNetwork.ACQUAINTANCE
                && a.status[net.neighbors()[k]] == Agents.MEMBER;
    }

    /** How many of i's ties can introduce it (see {@link #introducer}). */
    private static int introducers(MultiplexNetwork net, Agents a, int i, int mask) {
        int count = 0;
        for (int k = net.start(i); k < net.start(i) + net.degree(i); k++) {
            count += introducer(net, a, k, mask) ? 1 : 0;
        }
        return count;
    }

    /** The rooms a tie can be made in: the physical layer (0) when it exists, each virtual channel when they exist. */
    private static int[] openRooms(NetcapModel m) {
        int count = m.network.layerCount();
        int[] out = new int[count];
        int c = 0;
        for (int r = 0; r < count; r++) {
            boolean open = r == MultiplexNetwork.PHYSICAL ? m.params.physicalLayer : m.params.virtualRooms;
            if (open) {
                out[c++] = r;
            }
        }
        return java.util.Arrays.copyOf(out, c);
    }

    /** Agent i approaches member k (not yet tied), introduced by j (-1: no introducer): k accepts or not; see the class comment. */
    private void approach(NetcapModel m, int i, int k, int j) {
        Agents a = m.agents;
        Params p = m.params;
        StepState state = m.state;
        if (k == i || a.status[k] != Agents.MEMBER || m.network.hasTie(i, k)) {
            return;
        }
        state.approaches++;
        if (!p.contactStrategies) {
            addTie(m, i, k, m.newTieLayers(m.network.randomVirtualLayer(rng)), MultiplexNetwork.ACQUAINTANCE, a.generalTrust[k]);
            return;
        }
        int room;
        if (p.chooseRoom) {
            room = rooms[0];
            double gap = Double.MAX_VALUE;
            for (int r : rooms) {
                double g = Math.abs(a.roomStanding[i * a.rooms + r] - a.roomStanding[k * a.rooms + r]);
                if (g < gap) {
                    gap = g;
                    room = r;
                }
            }
        } else {
            room = rooms[rng.nextInt(rooms.length)];
        }
        double gap = Math.abs(a.roomStanding[i * a.rooms + room] - a.roomStanding[k * a.rooms + room]);
        boolean seller = a.contact[i] == Agents.SELLER;
        int d = a.domains;
        int q = 0;
        double best = -1;
        for (int x = 0; x < d; x++) {
            double score = seller ? a.relevance[k * d + x] * Math.max(0, a.knowledge(i, x) - a.knowledge(k, x)) : a.knowledge(i, x);
            if (score > best) {
                best = score;
                q = x;
            }
        }
        double value = p.sampleShare * a.relevance[k * d + q] * Math.max(0, a.knowledge(i, q) - a.knowledge(k, q));
        double price = seller ? 0 : p.priceShare * value;
        // what i may buy from k in the domain i needs most: k gains a prospective customer
        int need = a.neediest(i, p.knowledgeFrontier);
        double prospect = need < 0 ? 0 : p.priceShare * p.purchaseShare * a.relevance[i * d + need]
                * Math.max(0, a.knowledge(k, need) - a.knowledge(i, need));
        double net = value - price + prospect;
        double accept = net / (net + p.acceptanceHalf) * (1 - p.equalityWeight * gap);
        if (j >= 0) { // introduced: the introducer's word counts, as much as k trusts it and it trusts i
            MultiplexNetwork g = m.network;
            int kj = g.find(k, j);
            int ji = g.find(j, i);
            double vouch = kj < 0 || ji < 0 ? 0 : g.trust()[kj] * g.trust()[ji];
            accept = 1 - (1 - accept) * (1 - vouch);
        }
        boolean accepted = rng.nextDouble() < accept;
        state.effort[i] += p.approachCost;
        if (seller) {
            state.effort[i] += p.serviceCost * value; // value first: the sample is given whether or not it is accepted
            a.explicit[k * d + q] += value; // what the sample passes on: a transfer, below the approacher
            state.bought[k] += value;
        } else if (accepted) {
            state.effort[i] += p.serviceCost * value; // a cold sale
            double pays = a.strategy[k] == Agents.FREE_RIDER ? 0 : price;
            a.explicit[k * d + q] += value;
            state.bought[k] += value;
            state.paid[k] += pays;
            state.earned[i] += pays;
            a.revenue[i] += pays;
            a.purchases[k]++;
            a.sales[i]++;
            state.purchases++;
        }
        if (accepted) {
            int layers = room == MultiplexNetwork.PHYSICAL ? 1 << MultiplexNetwork.PHYSICAL : m.newTieLayers(1 << room);
            int lvl = accept >= 0.5 ? MultiplexNetwork.CONTACT : MultiplexNetwork.ACQUAINTANCE;
            double gt = a.generalTrust[k];
            addTie(m, i, k, layers, lvl, gt + accept * (1 - gt) / 2);
        }
    }

    private static void addTie(NetcapModel m, int i, int k, int layers, int lvl, double trustOfTarget) {
        m.network.addTie(i, k, layers, lvl, (float) m.agents.generalTrust[i], (float) trustOfTarget);
        m.state.tiesFormed++;
    }

    /** The top listSize members by degree x (1 + reputation), ties broken by lower id. */
    private void refreshList(NetcapModel m) {
        Agents a = m.agents;
        int size = Math.min(m.params.listSize, a.size());
        int[] heap = new int[size];
        double[] score = new double[size];
        int count = 0;
        for (int i = 0; i < a.size(); i++) {
            if (a.status[i] != Agents.MEMBER) {
                continue;
            }
            double sc = m.network.degree(i) * (1 + a.reputation[i]);
            if (count < size) {
                heap[count] = i;
                score[count] = sc;
                count++;
                siftUp(heap, score, count - 1);
            } else if (sc > score[0]) {
                heap[0] = i;
                score[0] = sc;
                siftDown(heap, score, count);
            }
        }
        list = Arrays.copyOf(heap, count);
        Arrays.sort(list);
    }

    private static void siftUp(int[] h, double[] s, int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (less(s, h, i, parent)) {
                swap(h, s, i, parent);
                i = parent;
            } else {
                return;
            }
        }
    }

    private static void siftDown(int[] h, double[] s, int n) {
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            int r = l + 1;
            int min = i;
            if (l < n && less(s, h, l, min)) {
                min = l;
            }
            if (r < n && less(s, h, r, min)) {
                min = r;
            }
            if (min == i) {
                return;
            }
            swap(h, s, i, min);
            i = min;
        }
    }

    /** Min-heap order: lower score first; on equal score the higher id is "smaller" (evicted first). */
    private static boolean less(double[] s, int[] h, int a, int b) {
        return s[a] < s[b] || (s[a] == s[b] && h[a] > h[b]);
    }

    private static void swap(int[] h, double[] s, int a, int b) {
        int t = h[a];
        h[a] = h[b];
        h[b] = t;
        double u = s[a];
        s[a] = s[b];
        s[b] = u;
    }
}
