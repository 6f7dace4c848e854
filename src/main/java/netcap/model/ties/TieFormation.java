package netcap.model.ties;

import ec.util.MersenneTwisterFast;
import netcap.model.Mechanism;
import netcap.model.NetcapModel;
import netcap.model.Order;
import netcap.model.Params;
import netcap.model.StepAccess;
import netcap.model.StepState;
import netcap.world.Agents;
import netcap.world.MultiplexNetwork;

import java.util.Arrays;

/**
 * New ties ("getting a gang"). Each active member, in agent order, with its own probabilities:
 * <ul>
 *   <li><b>triadic closure</b> ({@code triadicClosureRate}): picks a random tie to j, then a
 *       random tie of j to k; befriends k if not yet tied, in the virtual channel of the j-k tie
 *       (or of the i-j tie, or the first channel): discovery through peers' virtual networks;</li>
 *   <li><b>homophily</b> ({@code homophilyRate}): examines {@code homophilyCandidates} random
 *       members and befriends the most similar untied one if its interest similarity is at least
 *       {@code homophilyThreshold};</li>
 *   <li><b>discovery</b> ({@code discoveryRate}): befriends a random member of the list of the
 *       {@code listSize} members with the highest score degree x (1 + reputation), refreshed each
 *       step (lists and hubs help discovery).</li>
 * </ul>
 * A new tie is virtual, at level 1 (acquaintance), with each end's trust equal to its
 * generalized trust. Sequential with the stream "tieFormation". Cost O(N log listSize) per step
 * plus O(degree) per new tie.
 */
@StepAccess(reads = "active", writes = "tiesFormed")
public final class TieFormation extends Mechanism {
    private static final long serialVersionUID = 1L;

    private MersenneTwisterFast rng;
    private int[] list = new int[0];

    @Override
    public int order() {
        return Order.TIE_FORMATION;
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
        for (int i = 0; i < n; i++) {
            if (state.active[i] == 0) {
                continue;
            }
            if (p.triadicClosureRate > 0 && rng.nextDouble() < p.triadicClosureRate && net.degree(i) > 0) {
                int e = net.start(i) + rng.nextInt(net.degree(i));
                int j = net.neighbors()[e];
                int maskIJ = net.layerMasks()[e];
                if (net.degree(j) > 0) {
                    int f = net.start(j) + rng.nextInt(net.degree(j));
                    int k = net.neighbors()[f];
                    int maskJK = net.layerMasks()[f];
                    int virtual = (maskJK & net.virtualLayersMask()) != 0 ? maskJK & net.virtualLayersMask()
                            : (maskIJ & net.virtualLayersMask()) != 0 ? maskIJ & net.virtualLayersMask() : 1 << 1;
                    virtual = Integer.lowestOneBit(virtual);
                    tryTie(m, i, k, virtual);
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
                    tryTie(m, i, best, net.randomVirtualLayer(rng));
                }
            }
            if (p.discoveryRate > 0 && list.length > 0 && rng.nextDouble() < p.discoveryRate) {
                tryTie(m, i, list[rng.nextInt(list.length)], net.randomVirtualLayer(rng));
            }
        }
    }

    private static void tryTie(NetcapModel m, int i, int k, int layerMask) {
        Agents a = m.agents;
        if (k == i || a.status[k] != Agents.MEMBER || m.network.hasTie(i, k)) {
            return;
        }
        m.network.addTie(i, k, m.newTieLayers(layerMask), MultiplexNetwork.ACQUAINTANCE,
                (float) a.generalTrust[i], (float) a.generalTrust[k]);
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
