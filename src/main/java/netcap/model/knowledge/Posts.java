package netcap.model.knowledge;

import netcap.api.StepOrder;
import netcap.model.Mechanism;
import netcap.model.NetcapModel;
import netcap.model.StepAccess;
import netcap.model.StepState;
import netcap.world.Agents;
import netcap.world.MultiplexNetwork;

/**
 * Posts: explicit knowledge that travels in the virtual rooms and is taken up (a transfer).
 *
 * <p><b>What reaches an agent: information.</b> A member with contribution propensity p_j &gt; 0
 * publishes its explicit knowledge E_jq in the virtual rooms it shares with its contacts: a post
 * reaches i only over a tie present in a virtual layer (a room both are in); face-to-face ties
 * carry no posts. What reaches i of a post is its level scaled by the fidelity delta =
 * {@code distanceDecay} per intermediary (each retelling loses part of it). Each step
 * every agent records, per hop h = 0..H (h intermediaries, H = {@code horizon}) and domain q, the
 * best level that reached it, from which neighbour, who first published it, and the second
 * best from another neighbour (with its publisher):
 * <pre>
 *   B_0,iq(t) = max_j  E_jq(t)                                  (j publishes)
 *   B_h,iq(t) = max_j  delta R_(h-1),j-&gt;i,q(t-1)                (j relays, 1 &lt;= h &lt;= H)
 *   R_(h-1),j-&gt;i,q = B_(h-1),jq, or j's second best when j's best came from i
 * </pre>
 * so a post travels one intermediary per step, never back over the tie it came by
 * (non-backtracking), declines by delta with every intermediary and stops beyond H. Free
 * riders (p = 0) neither publish nor relay. A level whose publisher is i itself is dropped: an
 * agent's own post, come back round a cycle of three or more ties, is never kept (echoes are
 * neither news nor material for combination). Only the best level per hop travels, and
 * {@link #material} counts each publisher once, so the same content reaching i by several paths
 * counts once.
 *
 * <p><b>What becomes knowledge.</b> An acting agent learns in domain q only from a post that knows
 * more than it does, in proportion to the gap to the best level in reach:
 * <pre>  dE_iq = min(g, x * a_i * tau_ib * r_iq * A_iq * g),   g = max(0, max_h B_h,iq - K_iq)</pre>
 * with x = {@code explicitUptake}, a_i the attention share per tie times i's reciprocity factor,
 * tau_ib i's trust in the neighbour b the best level came from (credibility), r_iq the relevance of the domain to it, A_iq its absorptive capacity
 * ({@link Absorption}) and K_iq = T_iq + E_iq what it knows in the domain. Data (what is posted)
 * becomes information (what reaches the agent, B) and knowledge only as far as it is relevant and
 * can be absorbed. The gain is capped at the gap (the reciprocity factor in a_i can exceed 1), so
 * the receiver never passes its source (B &lt;= the source's E &lt;= the source's
 * knowledge), so uptake spreads knowledge and never raises what the system knows. The uptake is
 * credited to the tie of the best source (for trust). Whether an agent acts is drawn from its
 * activity (activation); acting agents take up at the full rate, so activity is not counted twice.
 *
 * <p><b>Rooms.</b> An acting member pays {@code virtualRoomCost} effort per step for every virtual
 * room in which it has a tie to a member.
 *
 * <p>One pass over the tie entries reads, per neighbour, one row of a snapshot taken before the
 * update: its propensity, its explicit stocks and what it relays (best, second best, the neighbour
 * and the publisher per hop below H; the second best and its publisher are in a second row, read
 * only for a slot whose best came from i), so the result does not depend on the visiting order or
 * the number of threads. Cost O(entries x H x D).
 */
@StepAccess(reads = "active", readsPrevious = {"reached", "reachedSecond", "reachedFrom", "reachedOrigin", "reachedSecondOrigin", "standing"},
        writes = {"reached", "reachedSecond", "reachedFrom", "reachedOrigin", "reachedSecondOrigin", "received", "flowUptake", "hopUptake",
                "effort"})
public final class Posts extends Mechanism {
    private static final long serialVersionUID = 1L;

    /** The snapshot every neighbour reads, one row per agent (see {@link #rowWidth}). */
    private float[] rows = new float[0];
    /**
     * The rest of the snapshot, one row per agent: per hop below H and domain the second best
     * level as it reaches a neighbour (times delta) and its publisher. A neighbour reads it only for a slot whose best came from itself,
     * so the row every neighbour reads stays short.
     */
    private float[] seconds = new float[0];

    @Override
    public int order() {
        return StepOrder.POSTS;
    }

    /**
     * Floats per row of {@link #rows}: propensity (-1 for a non-member), D explicit stocks, then per
     * hop below H and domain the best level as it reaches a neighbour (times the fidelity delta), the
     * neighbour the best came from and its publisher.
     */
    public static int rowWidth(int d, int horizon) {
        return 1 + d + 3 * horizon * d;
    }

    @Override
    public void apply(NetcapModel m) {
        StepState state = m.state;
        Agents a = m.agents;
        MultiplexNetwork net = m.network;
        int n = a.size();
        int d = a.domains;
        int horizon = m.params.horizon;
        int hops = horizon + 1;
        int hd = hops * d;
        int relayed = horizon * d;
        int w = rowWidth(d, horizon);
        int w2 = 2 * relayed;
        int shownAt = 1;
        int bestAt = 1 + d;
        int fromAt = bestAt + relayed;
        int originAt = fromAt + relayed;
        if (rows.length < n * w) {
            rows = new float[n * w];
        }
        if (seconds.length < n * w2) {
            seconds = new float[n * w2];
        }
        float[] row = rows;
        float[] side = seconds;
        byte[] status = a.status;
        double[] explicit = a.explicit;
        float[] best = state.reached;
        float[] second = state.reachedSecond;
        int[] from = state.reachedFrom;
        int[] origin = state.reachedOrigin;
        int[] secondOrigin = state.reachedSecondOrigin;
        double delta = m.params.distanceDecay;
        m.parallel.forAgents(n, (lo, hi) -> {
            for (int j = lo; j < hi; j++) {
                int r = j * w;
                int r2 = j * w2;
                boolean member = status[j] == Agents.MEMBER;
                float pj = member ? (float) a.propensity[j] : -1f;
                row[r] = pj;
                for (int q = 0; q < d; q++) {
                    row[r + shownAt + q] = pj > 0 ? (float) explicit[j * d + q] : 0f;
                }
                for (int x = 0; x < relayed; x++) {
                    row[r + bestAt + x] = (float) (delta * best[j * hd + x]);
                    row[r + fromAt + x] = Float.intBitsToFloat(from[j * hd + x]);
                    row[r + originAt + x] = Float.intBitsToFloat(origin[j * hd + x]);
                    side[r2 + x] = (float) (delta * second[j * hd + x]);
                    side[r2 + relayed + x] = Float.intBitsToFloat(secondOrigin[j * hd + x]);
                }
            }
        });

        double uptake = m.params.explicitUptake;
        double half = m.params.absorptionHalf;
        double relatedness = m.params.relatedness;
        double roomCost = m.params.virtualRoomCost;
        int virtual = net.virtualLayersMask();
        int[] nbr = net.neighbors();
        float[] trust = net.trust();
        byte[] layers = net.layerMasks();
        float[] received = state.received;
        m.parallel.forTies(net, n, (lo, hi) -> {
            Reach r = new Reach(hd);
            for (int i = lo; i < hi; i++) {
                int fb = i * hd;
                r.clear();
                if (status[i] != Agents.MEMBER) {
                    r.copyTo(best, second, from, origin, secondOrigin, fb);
                    continue;
                }
                int rooms = 0;
                int s = net.start(i);
                int e = s + net.degree(i);
                for (int k = s; k < e; k++) {
                    int inRooms = layers[k] & virtual;
                    if (inRooms == 0) {
                        continue; // met only face to face: no posts
                    }
                    int j = nbr[k];
                    int jr = j * w;
                    float pj = row[jr];
                    if (pj < 0) {
                        continue; // not a member
                    }
                    rooms |= inRooms;
                    if (pj == 0) {
                        continue; // a free rider neither publishes nor relays
                    }
                    for (int q = 0; q < d; q++) {
                        r.offer(q, row[jr + shownAt + q], j, k, j);
                    }
                    for (int x = 0; x < relayed; x++) {
                        float level;
                        int o;
                        if (Float.floatToRawIntBits(row[jr + fromAt + x]) == i) { // j's best came from i: relay the second
                            level = side[j * w2 + x];
                            o = Float.floatToRawIntBits(side[j * w2 + relayed + x]);
                        } else {
                            level = row[jr + bestAt + x];
                            o = Float.floatToRawIntBits(row[jr + originAt + x]);
                        }
                        // i's own post, come back round a cycle, is not news and not material: offered as nothing
                        r.offer(d + x, o == i ? 0f : level, j, k, o);
                    }
                }
                r.copyTo(best, second, from, origin, secondOrigin, fb);
                if (state.active[i] == 0) {
                    continue;
                }
                state.effort[i] += roomCost * Integer.bitCount(rooms);
                double rate = uptake * m.attention(i) * m.reciprocity(i);
                if (rate <= 0) {
                    continue;
                }
                int base = i * d;
                double tacitSum = Absorption.tacitSum(a.tacit, base, d);
                double up = 0;
                for (int q = 0; q < d; q++) {
                    int at = -1;
                    double target = 0;
                    for (int h = 0; h < hops; h++) {
                        if (best[fb + h * d + q] > target) {
                            target = best[fb + h * d + q];
                            at = h;
                        }
                    }
                    double gap = target - (a.tacit[base + q] + explicit[base + q]);
                    if (gap <= 0) {
                        continue;
                    }
                    int via = r.entry[at * d + q];
                    double g = Math.min(gap, rate * trust[via] * a.relevance[base + q]
                            * Absorption.capacity(a.tacit, base, d, q, tacitSum, half, relatedness) * gap);
                    explicit[base + q] += g;
                    up += g;
                    state.hopUptake[i * hops + at] += g;
                    received[via] += (float) g;
                }
                state.flowUptake[i] = up;
            }
        });
    }

    /**
     * What reaches one agent, per slot x (hop x / D, domain x % D): the best and second best level,
     * the neighbour and the tie entry the best came by, and the publishers of both. Kept in small
     * arrays of one thread while the agent's ties are visited, then copied to the step's state.
     */
    private static final class Reach {
        final float[] best;
        final float[] second;
        final int[] from;
        final int[] origin;
        final int[] secondOrigin;
        final int[] entry;

        Reach(int slots) {
            best = new float[slots];
            second = new float[slots];
            from = new int[slots];
            origin = new int[slots];
            secondOrigin = new int[slots];
            entry = new int[slots];
        }

        void clear() {
            java.util.Arrays.fill(best, 0f);
            java.util.Arrays.fill(second, 0f);
            java.util.Arrays.fill(from, -1);
            java.util.Arrays.fill(origin, -1);
            java.util.Arrays.fill(secondOrigin, -1);
            java.util.Arrays.fill(entry, -1);
        }

        /**
         * Offers a level at slot x from neighbour j over entry k, first published by {@code o}:
         * above the best it becomes the best (the best becomes the second), else above the second
         * the second. Nothing positive is never taken.
         */
        void offer(int x, float v, int j, int k, int o) {
            if (!(v > second[x])) {
                return; // the common case, decided by one comparison: 0 <= second <= best
            }
            if (v > best[x]) {
                second[x] = best[x];
                secondOrigin[x] = origin[x];
                best[x] = v;
                from[x] = j;
                origin[x] = o;
                entry[x] = k;
            } else {
                second[x] = v;
                secondOrigin[x] = o;
            }
        }

        void copyTo(float[] best, float[] second, int[] from, int[] origin, int[] secondOrigin, int at) {
            int len = this.best.length;
            System.arraycopy(this.best, 0, best, at, len);
            System.arraycopy(this.second, 0, second, at, len);
            System.arraycopy(this.from, 0, from, at, len);
            System.arraycopy(this.origin, 0, origin, at, len);
            System.arraycopy(this.secondOrigin, 0, secondOrigin, at, len);
        }
    }

    /**
     * The material of combination in domain q for agent {@code i} (its slots start at {@code fb}):
     * the best level at each distance, one publisher per distance. Hop 0 gives the best post of a
     * room contact; a farther hop's best counts only when its publisher is not a room contact of i
     * (whose post is already in i's direct reach) and has not been counted at a nearer hop. So the
     * same post reaching i by several paths counts once, and the horizon adds material only from
     * publishers that are really farther away.
     */
    public static double material(MultiplexNetwork net, int i, float[] best, int[] origin, int fb, int hops, int d, int q) {
        double sum = 0;
        int virtual = net.virtualLayersMask();
        byte[] layers = net.layerMasks();
        for (int h = 0; h < hops; h++) {
            int x = fb + h * d + q;
            int o = origin[x];
            if (o < 0) {
                continue;
            }
            boolean counted = false;
            for (int g = 0; g < h; g++) {
                if (origin[fb + g * d + q] == o) {
                    counted = true; // a nearer hop's best had the same publisher, at a higher level
                    break;
                }
            }
            if (!counted && h > 0) {
                int k = net.find(i, o);
                counted = k >= 0 && (layers[k] & virtual) != 0; // a room contact: its post is in direct reach
            }
            if (!counted) {
                sum += best[x];
            }
        }
        return sum;
    }
}
