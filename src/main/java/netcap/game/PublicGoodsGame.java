package netcap.game;

import netcap.random.CounterRandom;
import netcap.world.Adjacency;

/**
 * The public goods game on a network of Santos, F. C., Santos, M. D. &amp; Pacheco, J. M. (2008),
 * "Social diversity promotes the emergence of cooperation in public goods games", Nature
 * 454:213-216, with a participation mask and graded contributions, on primitive arrays.
 *
 * <h2>Game</h2>
 *
 * <p>Let {@code plays[u] != 0} mark the nodes that take part ({@code plays == null}: all do). A
 * node that does not play belongs to no group, centres no group, pays nothing and earns 0. For a
 * playing node u, its <em>game degree</em> {@code k'_u} is the number of its playing neighbours
 * (its degree when everyone plays).
 *
 * <ul>
 *   <li><b>Groups.</b> Every playing node x centres one group {@code G_x} = x and its playing
 *       neighbours, of size {@code n_x = k'_x + 1}. A playing node u is a member of exactly
 *       {@code k'_u + 1} groups: its own and those of its playing neighbours.</li>
 *   <li><b>Contributions.</b> {@code a_u = contribution[u]} is the share of a full cooperative
 *       contribution that u makes (1 cooperator, 0 defector / free rider, in between e.g. a
 *       conditional cooperator). Its payment into each of its groups is
 *       {@code q_u = a_u c} ({@link CostVariant#PER_GAME}) or {@code q_u = a_u c / (k'_u + 1)}
 *       ({@link CostVariant#PER_INDIVIDUAL}); its total cost is {@code q_u (k'_u + 1)}, i.e.
 *       {@code a_u c (k'_u + 1)} or {@code a_u c}.</li>
 *   <li><b>Share.</b> Group {@code G_x}'s pool {@code sum_{m in G_x} q_m} is multiplied by r and
 *       split equally: every member gets {@code s_x = r * pool_x / n_x}.</li>
 *   <li><b>Payoff.</b> {@code P_u = s_u + sum_{playing neighbours y} s_y - q_u (k'_u + 1)}.</li>
 * </ul>
 *
 * <p>This is the paper's game ("each individual x of degree k_x ... participates in k_x + 1
 * public goods games", normalized synergy {@code eta = r / (z + 1)}, z the mean degree) with two
 * extensions for the model: the mask (a non-playing neighbour is simply not in the group, so
 * group sizes and per-individual costs use game degrees) and fractional contributions.
 *
 * <p>{@link #payoffs} is O(N + adjacency entries) and allocation-free after the first call: it
 * runs three passes, {@link #prepare} (q and group sizes), {@link #share} (each group's share)
 * and {@link #collect} (each payoff), which read only the previous pass's output of other nodes.
 * They can therefore also be run on slices {@code [from, to)} of the nodes by several threads,
 * with a barrier between passes (call {@link #ensureCapacity} first); the result is identical.
 *
 * <h2>Strategy updates</h2>
 *
 * <p>{@link #imitate} is synchronous: every node decides from the same payoffs and writes into a
 * second array. See {@link UpdateRule}; the normalization M of the pairwise comparison is
 * {@link #maxPayoffDifference}. Draws are {@code CounterRandom.uniform(key, step, x, salt)}, salt
 * {@value #SALT_NEIGHBOUR} neighbour choice, {@value #SALT_ADOPT} adoption,
 * {@value #SALT_EXPLORE} exploration event, {@value #SALT_TARGET} exploration target, so the
 * result is a pure function of the inputs whatever the order or slicing of nodes.
 *
 * <p>One instance holds the reusable buffers of one population; it is not safe to call
 * {@link #payoffs} on one instance from two threads at once (the range passes are, on disjoint
 * ranges). {@link #imitate} is static and needs no buffers.
 */
public final class PublicGoodsGame {
    /** Strategy: contributor / cooperator. */
    public static final byte CONTRIBUTOR = 0;
    /** Strategy: free rider / defector. */
    public static final byte FREE_RIDER = 1;
    /** Strategy: conditional cooperator (a label here; the caller sets its contribution). */
    public static final byte CONDITIONAL = 2;

    /** Salt of the neighbour choice. */
    public static final int SALT_NEIGHBOUR = 0;
    /** Salt of the adoption draw. */
    public static final int SALT_ADOPT = 1;
    /** Salt of the exploration (mutation) event. */
    public static final int SALT_EXPLORE = 2;
    /** Salt of the exploration target. */
    public static final int SALT_TARGET = 3;

    /** Payment into each group, q_u; 0 for non-players. */
    private double[] unit = new double[0];
    /** Group size n_u = k'_u + 1 (= number of groups u is in); 0 for non-players. */
    private int[] size = new int[0];
    /** Share s_x of each member of the group centred at x; 0 for non-players. */
    private double[] share = new double[0];

    /** Buffers grow on demand. */
    public PublicGoodsGame() {
    }

    /** Buffers for {@code n} nodes. */
    public PublicGoodsGame(int n) {
        ensureCapacity(n);
    }

    /** Grows the buffers to at least {@code n} nodes (call before using the range passes). */
    public void ensureCapacity(int n) {
        if (unit.length < n) {
            unit = new double[n];
            size = new int[n];
            share = new double[n];
        }
    }

    /**
     * Every node's payoff (see the class comment) into {@code payoffOut[0..n)}.
     *
     * @param g            the network
     * @param plays        1 (non-zero) = takes part, 0 = not; null = all take part
     * @param contribution per node, the share of the full contribution it makes, in [0, 1]
     * @param r            multiplication factor of the pools
     * @param c            cost of a full contribution (per game or per individual)
     * @param variant      how the cost is spread over the groups
     * @param payoffOut    output, length at least n (non-players get 0)
     */
    public void payoffs(Adjacency g, byte[] plays, double[] contribution, double r, double c, CostVariant variant,
                        double[] payoffOut) {
        int n = g.nodes();
        check(n, plays, contribution.length, payoffOut.length);
        ensureCapacity(n);
        prepare(g, plays, contribution, c, variant, 0, n);
        share(g, plays, r, 0, n);
        collect(g, plays, payoffOut, 0, n);
    }

    /**
     * Pass 1 over {@code [from, to)}: each node's group size {@code n_u = k'_u + 1} and payment per
     * group {@code q_u} (0 and 0 for non-players).
     */
    public void prepare(Adjacency g, byte[] plays, double[] contribution, double c, CostVariant variant, int from,
                        int to) {
        int[] nb = g.neighbors();
        for (int u = from; u < to; u++) {
            if (plays != null && plays[u] == 0) {
                size[u] = 0;
                unit[u] = 0.0;
                continue;
            }
            int k = plays == null ? g.degree(u) : gameDegree(g, plays, nb, u);
            size[u] = k + 1;
            unit[u] = variant == CostVariant.PER_GAME ? contribution[u] * c : contribution[u] * c / (k + 1);
        }
    }

    /**
     * Pass 2 over {@code [from, to)} (after pass 1 on all nodes): the share
     * {@code s_x = r * (q_x + sum of q_y over playing neighbours y) / n_x} of the group centred at
     * each playing x.
     */
    public void share(Adjacency g, byte[] plays, double r, int from, int to) {
        int[] nb = g.neighbors();
        for (int x = from; x < to; x++) {
            if (size[x] == 0) {
                share[x] = 0.0;
                continue;
            }
            double pool = unit[x];
            int s = g.start(x);
            int e = s + g.degree(x);
            for (int i = s; i < e; i++) {
                pool += unit[nb[i]]; // non-players have q = 0
            }
            share[x] = r * pool / size[x];
        }
    }

    /**
     * Pass 3 over {@code [from, to)} (after pass 2 on all nodes): {@code payoffOut[u] = s_u +
     * sum of s_y over playing neighbours y - q_u n_u}; 0 for non-players.
     */
    public void collect(Adjacency g, byte[] plays, double[] payoffOut, int from, int to) {
        int[] nb = g.neighbors();
        for (int u = from; u < to; u++) {
            if (size[u] == 0) {
                payoffOut[u] = 0.0;
                continue;
            }
            double p = share[u];
            int s = g.start(u);
            int e = s + g.degree(u);
            for (int i = s; i < e; i++) {
                p += share[nb[i]]; // non-players centre no group: share 0
            }
            payoffOut[u] = p - unit[u] * size[u];
        }
    }

    /** After {@link #share}: the share each member receives from the group centred at {@code x}. */
    public double groupShare(int x) {
        return share[x];
    }

    /** After {@link #prepare}: the size of the group centred at {@code x} (0 if x does not play). */
    public int groupSize(int x) {
        return size[x];
    }

    /** The number of playing neighbours of {@code u} ({@code plays == null}: its degree). */
    public static int gameDegree(Adjacency g, byte[] plays, int u) {
        return plays == null ? g.degree(u) : gameDegree(g, plays, g.neighbors(), u);
    }

    private static int gameDegree(Adjacency g, byte[] plays, int[] nb, int u) {
        int s = g.start(u);
        int e = s + g.degree(u);
        int k = 0;
        for (int i = s; i < e; i++) {
            if (plays[nb[i]] != 0) {
                k++;
            }
        }
        return k;
    }

    /**
     * The normalization M of the pairwise comparison rule: an upper bound on {@code P_y - P_x} for
     * game degrees {@code kx, ky} (with contributions in [0, 1]), so that {@code (P_y - P_x) / M}
     * is a probability. With {@code k> = max(kx, ky)}:
     *
     * <ul>
     *   <li>{@link CostVariant#PER_GAME}: {@code M = (k> + 1) c (r + 1)}. A node with game degree k
     *       is in k + 1 groups; in each its share lies in [0, r c) and its payment in [0, c], so
     *       its payoff lies in (-(k + 1) c, (k + 1) r c) and a difference is below
     *       {@code (ky + 1) r c + (kx + 1) c <= (k> + 1)(r + 1) c}. This is Santos &amp; Pacheco's
     *       (2005, PRL 95:098104) "k> times the largest payoff difference of one game"
     *       ({@code k> (T - S)} for the prisoner's dilemma) with k + 1 games per node and
     *       one-game difference {@code c (r + 1)}.</li>
     *   <li>{@link CostVariant#PER_INDIVIDUAL}: {@code M = c (r (k> + 1) / 2 + 1)}. The total
     *       payment is at most c, so {@code P_x > -c}. Every member of a group of size at least 2
     *       has game degree at least 1 and pays at most {@code c / 2} into it, so each share is
     *       at most {@code r c / 2} and {@code P_y <= (ky + 1) r c / 2} (y is a neighbour of x, so
     *       {@code ky >= 1}).</li>
     * </ul>
     *
     * <p>Santos et al. (2008) normalize by the maximum possible difference between the two
     * payoffs, after Santos &amp; Pacheco (2005); the bounds above are our derivation of that
     * maximum for the given degrees (the per-game one is approached in large groups; the
     * per-individual one is about half of {@code k> r c} for large degrees). M only rescales the
     * speed of imitation, not which strategy is favoured; see docs/validation.md.
     */
    public static double maxPayoffDifference(int kx, int ky, double r, double c, CostVariant variant) {
        int k = Math.max(kx, ky);
        return variant == CostVariant.PER_GAME ? (k + 1) * c * (r + 1) : c * (r * (k + 1) / 2.0 + 1);
    }

    /**
     * The probability that x adopts y's strategy (before exploration): pairwise comparison
     * {@code max(0, min(1, (py - px) / m))}, or Fermi {@code 1 / (1 + exp(-beta (py - px)))}.
     */
    public static double adoptionProbability(UpdateRule rule, double px, double py, double m, double beta) {
        if (rule == UpdateRule.PAIRWISE_COMPARISON) {
            return py > px ? Math.min(1.0, (py - px) / m) : 0.0;
        }
        return 1.0 / (1.0 + Math.exp(-beta * (py - px)));
    }

    /** {@link #imitate(Adjacency, byte[], double[], byte[], byte[], UpdateRule, double, double, int, CostVariant, double, double, long, long, int, int)} over all nodes. */
    public static void imitate(Adjacency g, byte[] plays, double[] payoff, byte[] strategy, byte[] nextStrategy,
                               UpdateRule rule, double beta, double mutation, int numberOfStrategies,
                               CostVariant variant, double r, double c, long key, long step) {
        int n = g.nodes();
        check(n, plays, payoff.length, strategy.length);
        if (nextStrategy.length < n) {
            throw new IllegalArgumentException("nextStrategy has length " + nextStrategy.length + " < " + n + " nodes");
        }
        imitate(g, plays, payoff, strategy, nextStrategy, rule, beta, mutation, numberOfStrategies, variant, r, c,
                key, step, 0, n);
    }

    /**
     * One synchronous imitation step for the nodes {@code [from, to)}: reads {@code payoff} and
     * {@code strategy}, writes {@code nextStrategy[from..to)} (must not alias {@code strategy}).
     * For each node x:
     *
     * <ol>
     *   <li>x does not play ({@code plays[x] == 0}): keeps its strategy.</li>
     *   <li>with probability {@code mutation} (draw {@value #SALT_EXPLORE}): x explores, switching
     *       to one of the other {@code numberOfStrategies - 1} strategies chosen uniformly (draw
     *       {@value #SALT_TARGET}); strategies are {@code 0..numberOfStrategies-1};</li>
     *   <li>otherwise x picks a playing neighbour y uniformly (draw {@value #SALT_NEIGHBOUR}; none:
     *       x keeps its strategy) and adopts y's strategy with probability
     *       {@link #adoptionProbability} (draw {@value #SALT_ADOPT}), where for
     *       {@link UpdateRule#PAIRWISE_COMPARISON} {@code M = maxPayoffDifference(k'_x, k'_y, r, c,
     *       variant)} with game degrees (beta is ignored), and for {@link UpdateRule#FERMI} beta is
     *       the selection intensity (variant, r, c are ignored).</li>
     * </ol>
     *
     * @param key  the stream key (e.g. {@code Streams.child(runKey, "imitation")})
     * @param step the generation; draws are {@code CounterRandom.uniform(key, step, x, salt)}
     */
    public static void imitate(Adjacency g, byte[] plays, double[] payoff, byte[] strategy, byte[] nextStrategy,
                               UpdateRule rule, double beta, double mutation, int numberOfStrategies,
                               CostVariant variant, double r, double c, long key, long step, int from, int to) {
        if (numberOfStrategies < 1 || numberOfStrategies > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("numberOfStrategies must be in 1..127, was " + numberOfStrategies);
        }
        if (!(mutation >= 0 && mutation <= 1)) {
            throw new IllegalArgumentException("mutation must be in [0,1], was " + mutation);
        }
        int[] nb = g.neighbors();
        for (int x = from; x < to; x++) {
            byte sx = strategy[x];
            nextStrategy[x] = sx;
            if (plays != null && plays[x] == 0) {
                continue;
            }
            if (mutation > 0 && CounterRandom.uniform(key, step, x, SALT_EXPLORE) < mutation) {
                if (numberOfStrategies > 1) {
                    int other = (int) (CounterRandom.uniform(key, step, x, SALT_TARGET) * (numberOfStrategies - 1));
                    nextStrategy[x] = (byte) ((sx + 1 + other) % numberOfStrategies);
                }
                continue;
            }
            int s = g.start(x);
            int deg = g.degree(x);
            int kx = plays == null ? deg : gameDegree(g, plays, nb, x);
            if (kx == 0) {
                continue;
            }
            int j = (int) (CounterRandom.uniform(key, step, x, SALT_NEIGHBOUR) * kx);
            int y;
            if (plays == null) {
                y = nb[s + j];
            } else {
                int i = s;
                while (plays[nb[i]] == 0 || j-- > 0) {
                    i++;
                }
                y = nb[i];
            }
            if (strategy[y] == sx) {
                continue; // copying changes nothing; the draw is still consumed by position, not order
            }
            double m = 1.0;
            if (rule == UpdateRule.PAIRWISE_COMPARISON) {
                if (payoff[y] <= payoff[x]) {
                    continue;
                }
                int ky = plays == null ? g.degree(y) : gameDegree(g, plays, nb, y);
                m = maxPayoffDifference(kx, ky, r, c, variant);
            }
            double p = adoptionProbability(rule, payoff[x], payoff[y], m, beta);
            if (CounterRandom.uniform(key, step, x, SALT_ADOPT) < p) {
                nextStrategy[x] = strategy[y];
            }
        }
    }

    private static void check(int n, byte[] plays, int len1, int len2) {
        if (plays != null && plays.length < n) {
            throw new IllegalArgumentException("plays has length " + plays.length + " < " + n + " nodes");
        }
        if (len1 < n || len2 < n) {
            throw new IllegalArgumentException("arrays must have length >= " + n + " nodes, were " + len1 + ", " + len2);
        }
    }
}
