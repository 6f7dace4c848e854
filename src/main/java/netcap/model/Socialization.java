package netcap.model;

import netcap.world.Agents;
import netcap.world.MultiplexNetwork;

/**
 * Socialization (tacit to tacit). An active learner i learns from every member j it is tied to
 * by a tie that is physical (co-presence) or at least {@code socializationMinLevel} (close
 * ties). Per domain k the learner gains
 * <pre>  dT_ik = min( sum_j s * a_i * tau_ij * act_j * max(0, T_jk - T_ik),  max_j max(0, T_jk - T_ik) )</pre>
 * with s = socializationRate, a_i = attention share per tie (times the reciprocity factor of i:
 * teachers give more to agents of high standing), tau_ij = i's trust in j and act_j the teacher's
 * activity. The cap keeps a learner from overtaking its best teacher. Teachers lose
 * nothing. Reads the old tacit stocks and writes a second buffer (two-phase), so it is
 * independent of visiting order and thread count. Cost O(entries x D).
 */
final class Socialization extends Mechanism {
    private static final long serialVersionUID = 1L;

    private double[] teach = new double[0];

    @Override
    public String name() {
        return "socialization";
    }

    @Override
    public int order() {
        return Order.SOCIALIZATION;
    }

    @Override
    public void apply(NetcapModel m) {
        Agents a = m.agents;
        MultiplexNetwork net = m.network;
        int n = a.size();
        int d = a.domains;
        double[] tacit = a.tacit;
        double[] next = m.tacitNext;
        double rate = m.params.socializationRate;
        int minLevel = m.params.socializationMinLevel;
        int[] nbr = net.neighbors();
        float[] trust = net.trust();
        byte[] level = net.levels();
        byte[] layers = net.layerMasks();
        byte[] status = a.status;
        double[] activity = a.activity;
        float[] received = m.received;
        int physical = 1 << MultiplexNetwork.PHYSICAL;
        if (teach.length < n) {
            teach = new double[n];
        }
        double[] teach = this.teach;
        // a teacher's weight in one array: its activity, 0 for non-members
        for (int j = 0; j < n; j++) {
            teach[j] = status[j] == Agents.MEMBER ? activity[j] : 0;
        }
        m.parallel.forAgents(n, net::degree, (from, to) -> {
            double[] add = new double[d];
            double[] maxGap = new double[d];
            for (int i = from; i < to; i++) {
                int base = i * d;
                if (m.active[i] == 0) {
                    System.arraycopy(tacit, base, next, base, d);
                    continue;
                }
                java.util.Arrays.fill(add, 0);
                java.util.Arrays.fill(maxGap, 0);
                double att = m.attention(i) * m.reciprocity(i);
                int s = net.start(i);
                int e = s + net.degree(i);
                for (int k = s; k < e; k++) {
                    if ((layers[k] & physical) == 0 && level[k] < minLevel) {
                        continue; // neither co-present nor close: checked first, from this agent's own entries
                    }
                    int j = nbr[k];
                    double w = rate * att * trust[k] * teach[j];
                    if (w <= 0) {
                        continue;
                    }
                    int jb = j * d;
                    double got = 0;
                    for (int q = 0; q < d; q++) {
                        double gap = tacit[jb + q] - tacit[base + q];
                        if (gap > 0) {
                            add[q] += w * gap;
                            got += w * gap;
                            if (gap > maxGap[q]) {
                                maxGap[q] = gap;
                            }
                        }
                    }
                    received[k] += (float) got;
                }
                double flow = 0;
                for (int q = 0; q < d; q++) {
                    double g = Math.min(add[q], maxGap[q]);
                    next[base + q] = tacit[base + q] + g;
                    flow += g;
                }
                m.flowSocialization[i] = flow;
            }
        });
        a.tacit = next;
        m.tacitNext = tacit;
    }
}
