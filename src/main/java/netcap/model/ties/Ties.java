package netcap.model.ties;

import netcap.model.Mechanism;
import netcap.model.NetcapModel;
import netcap.model.Order;
import netcap.model.Params;
import netcap.model.StepAccess;
import netcap.model.StepState;
import netcap.world.MultiplexNetwork;

/**
 * The five relationship levels. A tie at level L is promoted to L+1 (at most 4, close friend)
 * when both ends have had at least {@code promoteAfter} satisfying exchanges over it since its
 * level last changed and both trust the other at least (L+1) x {@code promoteTrustStep}. A tie
 * idle in both directions for {@code demoteAfter} steps falls one level (friends who stop
 * interacting fall back). A stranger tie (level 0) that exists only in virtual channels and has
 * been idle for {@code dropAfter} steps is dropped, and, with {@code exclusion}, a virtual tie in
 * which either side's trust has fallen below 0.05. Physical ties are never dropped here.
 * Sequential, in agent order. Cost O(entries).
 */
@StepAccess(writes = "tiesDropped")
public final class Ties extends Mechanism {
    private static final long serialVersionUID = 1L;

    /** Trust below which a virtual tie is cut when exclusion is on. */
    static final double EXCLUSION_TRUST = 0.05;

    private final netcap.world.EdgeList drops = new netcap.world.EdgeList();

    @Override
    public int order() {
        return Order.TIES;
    }

    @Override
    public void apply(NetcapModel m) {
        StepState state = m.state;
        MultiplexNetwork net = m.network;
        Params p = m.params;
        int physical = 1 << MultiplexNetwork.PHYSICAL;
        int[] nbr = net.neighbors();
        int[] twin = net.twins();
        float[] trust = net.trust();
        byte[] level = net.levels();
        byte[] layers = net.layerMasks();
        byte[] idle = net.idle();
        byte[] exchanges = net.exchanges();
        drops.clear();
        for (int u = 0; u < net.nodes(); u++) {
            int s = net.start(u);
            int e = s + net.degree(u);
            for (int k = s; k < e; k++) {
                int v = nbr[k];
                if (v < u) {
                    continue;
                }
                if (m.agents.status[u] != netcap.world.Agents.MEMBER || m.agents.status[v] != netcap.world.Agents.MEMBER) {
                    continue; // ties to non-members are latent contacts: they neither grow nor wither
                }
                int f = twin[k];
                int lvl = level[k];
                if (lvl < MultiplexNetwork.CLOSE_FRIEND && exchanges[k] >= p.promoteAfter && exchanges[f] >= p.promoteAfter
                        && trust[k] >= (lvl + 1) * p.promoteTrustStep && trust[f] >= (lvl + 1) * p.promoteTrustStep) {
                    level[k] = level[f] = (byte) (lvl + 1);
                    exchanges[k] = exchanges[f] = 0;
                } else if (Math.min(idle[k], idle[f]) >= p.demoteAfter && lvl > MultiplexNetwork.STRANGER) {
                    level[k] = level[f] = (byte) (lvl - 1);
                    exchanges[k] = exchanges[f] = 0;
                    idle[k] = idle[f] = 0;
                } else if (lvl == MultiplexNetwork.STRANGER && (layers[k] & physical) == 0
                        && Math.min(idle[k], idle[f]) >= p.dropAfter) {
                    drops.add(u, v);
                } else if (p.exclusion && (layers[k] & physical) == 0 && Math.min(trust[k], trust[f]) < EXCLUSION_TRUST) {
                    drops.add(u, v); // excluded: one side no longer trusts the other at all
                }
            }
        }
        for (int i = 0; i < drops.size(); i++) {
            net.removeTie(drops.source(i), drops.target(i));
        }
        state.tiesDropped += drops.size();
    }
}
