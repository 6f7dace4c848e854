package netcap.model.ties;

import netcap.api.StepOrder;
import netcap.model.Mechanism;
import netcap.model.NetcapModel;
import netcap.model.Params;
import netcap.model.StepAccess;
import netcap.model.StepState;
import netcap.world.MultiplexNetwork;

/**
 * The five relationship levels, kept up with limited attention. A tie at level L &gt;= 1 costs each
 * end u^(L-1) of its relationship budget B (u = {@code levelUpkeep}, B = {@code relationshipBudget};
 * a stranger costs nothing), so an agent can keep many acquaintances, a few friends and very few
 * close friends. Each step, with {@code relationshipLevels}:
 * <ol>
 *   <li>an agent whose ties to members cost more than B lets its least trusted tie above stranger
 *       fall one level, until it is within B (in agent order);</li>
 *   <li>a tie at level L is promoted to L+1 (at most 4, close friend) when both ends have had at
 *       least {@code promoteAfter} satisfying exchanges over it since its level last changed, both
 *       trust the other at least (L+1) x {@code promoteTrustStep}, and both can afford the higher
 *       upkeep within B;</li>
 *   <li>a tie idle in both directions for {@code demoteAfter} steps falls one level.</li>
 * </ol>
 * So how many ties an agent keeps at each level is an outcome of its attention, its exchanges and
 * its trust, not of a step counter. Levels gate what a tie carries (tacit knowledge, team
 * invitations, purchases; {@link NetcapModel#carries}). Without {@code relationshipLevels}, levels
 * stay as they are and carry nothing. Whatever the levels, a stranger tie (level 0) over which
 * nothing has flowed for {@code dropAfter} steps is dropped, in any layer (a contact nobody keeps
 * up is no longer a tie; without this, ties made face to face at meetups and let fall to
 * stranger would pile up for ever), and, with {@code exclusion}, a virtual tie in which either
 * side's trust has fallen below 0.05. Sequential, in agent order. Cost O(entries).
 */
@StepAccess(writes = "tiesDropped")
public final class Ties extends Mechanism {
    private static final long serialVersionUID = 1L;

    /** Trust below which a virtual tie is cut when exclusion is on. */
    static final double EXCLUSION_TRUST = 0.05;

    private final netcap.world.EdgeList drops = new netcap.world.EdgeList();
    /** Upkeep of each agent's ties to members. */
    private double[] upkeep = new double[0];
    /**
     * Per agent, the raise and floor of its last {@link #canMakeRoom} that failed since its ties or
     * upkeep last changed (NaN when none): a later call with at least that raise and at most that
     * floor fails too, since it may free only a subset of the same upkeeps from a shortfall at least
     * as large (with non-negative upkeeps, floating-point subtraction is monotone).
     */
    private double[] failedRaise = new double[0];
    private double[] failedFloor = new double[0];
    /** This step's view of the model, for the helpers (set at the start of each step). */
    private transient Params params;
    private transient double budget;
    private transient byte[] levels;
    private transient float[] trust;
    private transient byte[] status;
    private transient int[] nbr;
    private transient int[] twins;
    private transient byte[] exchanges;
    /** {@link #upkeep} by level for this step's parameters (one {@code Math.pow} per level, not per entry). */
    private transient double[] upkeepOf;

    @Override
    public int order() {
        return StepOrder.TIES;
    }

    /** Upkeep of a tie at {@code level}: 0 for a stranger, levelUpkeep^(level - 1) otherwise. */
    static double upkeep(Params p, int level) {
        return level == 0 ? 0 : Math.pow(p.levelUpkeep, level - 1);
    }

    @Override
    public void apply(NetcapModel m) {
        StepState state = m.state;
        MultiplexNetwork net = m.network;
        Params p = m.params;
        byte[] status = this.status = m.agents.status;
        int physical = 1 << MultiplexNetwork.PHYSICAL;
        int[] nbr = this.nbr = net.neighbors();
        int[] twin = this.twins = net.twins();
        float[] trust = this.trust = net.trust();
        byte[] level = this.levels = net.levels();
        byte[] layers = net.layerMasks();
        byte[] idle = net.idle();
        byte[] exchanges = this.exchanges = net.exchanges();
        this.params = p;
        double[] upkeepOf = this.upkeepOf = new double[MultiplexNetwork.CLOSE_FRIEND + 1];
        for (int l = 0; l < upkeepOf.length; l++) {
            upkeepOf[l] = upkeep(p, l);
        }
        boolean levels = p.relationshipLevels;
        double budget = this.budget = p.relationshipBudget;
        if (failedRaise.length < net.nodes()) {
            failedRaise = new double[net.nodes()];
            failedFloor = new double[net.nodes()];
        }
        java.util.Arrays.fill(failedRaise, 0, net.nodes(), Double.NaN);
        if (levels) {
            if (upkeep.length < net.nodes()) {
                upkeep = new double[net.nodes()];
            }
            for (int u = 0; u < net.nodes(); u++) {
                double sum = 0;
                if (status[u] == netcap.world.Agents.MEMBER) {
                    for (int k = net.start(u); k < net.start(u) + net.degree(u); k++) {
                        if (status[nbr[k]] == netcap.world.Agents.MEMBER) {
                            sum += upkeepOf[level[k]];
                        }
                    }
                }
                upkeep[u] = sum;
            }
            for (int u = 0; u < net.nodes(); u++) {
                makeRoom(net, u, -1, 0, Double.POSITIVE_INFINITY); // over budget: the least trusted ties fall a level
            }
        }
        drops.clear();
        for (int u = 0; u < net.nodes(); u++) {
            int s = net.start(u);
            int e = s + net.degree(u);
            for (int k = s; k < e; k++) {
                int v = nbr[k];
                if (v < u) {
                    continue;
                }
                if (status[u] != netcap.world.Agents.MEMBER || status[v] != netcap.world.Agents.MEMBER) {
                    continue; // ties to non-members are latent contacts: they neither grow nor wither
                }
                int f = twin[k];
                int lvl = level[k];
                double raise = lvl < MultiplexNetwork.CLOSE_FRIEND ? upkeepOf[lvl + 1] - upkeepOf[lvl] : 0;
                if (levels && lvl < MultiplexNetwork.CLOSE_FRIEND && exchanges[k] >= p.promoteAfter && exchanges[f] >= p.promoteAfter
                        && trust[k] >= (lvl + 1) * p.promoteTrustStep && trust[f] >= (lvl + 1) * p.promoteTrustStep
                        && canMakeRoom(net, u, k, raise, trust[k]) && canMakeRoom(net, v, f, raise, trust[f])) {
                    makeRoom(net, u, k, raise, trust[k]);
                    makeRoom(net, v, f, raise, trust[f]);
                    level[k] = level[f] = (byte) (lvl + 1);
                    exchanges[k] = exchanges[f] = 0;
                    upkeep[u] += raise;
                    upkeep[v] += raise;
                    failedRaise[u] = failedRaise[v] = Double.NaN;
                } else if (levels && Math.min(idle[k], idle[f]) >= p.demoteAfter && lvl > MultiplexNetwork.STRANGER) {
                    demote(p, k, f, v, u, level, exchanges);
                    idle[k] = idle[f] = 0;
                } else if (lvl == MultiplexNetwork.STRANGER && Math.min(idle[k], idle[f]) >= p.dropAfter) {
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

    /**
     * Whether agent u can afford {@code raise} more upkeep, by letting ties it trusts less than
     * {@code floor} (other than entry {@code keep}) fall if need be.
     */
    private boolean canMakeRoom(MultiplexNetwork net, int u, int keep, double raise, double floor) {
        double short_ = upkeep[u] + raise - budget;
        if (short_ <= 1e-9) {
            return true;
        }
        if (raise >= failedRaise[u] && floor <= failedFloor[u]) {
            return false; // a call asking no less, with no more ties to let fall, failed since u's ties last changed
        }
        for (int k = net.start(u); k < net.start(u) + net.degree(u) && short_ > 1e-9; k++) {
            if (k != keep && levels[k] > 0 && trust[k] < floor && status[nbr[k]] == netcap.world.Agents.MEMBER) {
                short_ -= upkeepOf[levels[k]];
            }
        }
        if (short_ > 1e-9) {
            failedRaise[u] = raise;
            failedFloor[u] = floor;
            return false;
        }
        return true;
    }

    /** Lets u's least trusted ties below {@code floor} (other than {@code keep}) fall a level at a time until {@code raise} fits. */
    private void makeRoom(MultiplexNetwork net, int u, int keep, double raise, double floor) {
        while (upkeep[u] + raise > budget + 1e-9) {
            int worst = -1;
            for (int k = net.start(u); k < net.start(u) + net.degree(u); k++) {
                if (k != keep && levels[k] > 0 && trust[k] < floor && status[nbr[k]] == netcap.world.Agents.MEMBER
                        && (worst < 0 || trust[k] < trust[worst])) {
                    worst = k;
                }
            }
            if (worst < 0) {
                return;
            }
            demote(params, worst, twins[worst], nbr[worst], u, levels, exchanges);
        }
    }

    /** Tie entry k (of u, to v) and its twin f fall one level; both ends' upkeep falls with it. */
    private void demote(Params p, int k, int f, int v, int u, byte[] level, byte[] exchanges) {
        int lvl = level[k];
        double saved = upkeepOf[lvl] - upkeepOf[lvl - 1];
        level[k] = level[f] = (byte) (lvl - 1);
        exchanges[k] = exchanges[f] = 0;
        upkeep[u] -= saved;
        upkeep[v] -= saved;
        failedRaise[u] = failedRaise[v] = Double.NaN;
    }
}
