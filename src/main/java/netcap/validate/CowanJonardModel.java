package netcap.validate;

import ec.util.MersenneTwisterFast;
import netcap.generate.WattsStrogatz;
import netcap.random.Streams;
import netcap.world.Graph;
import netcap.world.NodeAttributes;

/**
 * Cowan &amp; Jonard (2004), "Network structure and the diffusion of knowledge": knowledge
 * bartered along the ties of a Watts–Strogatz network.
 *
 * <p>N agents each hold a knowledge vector over K categories, drawn from U[0, 10]. One step: an
 * agent chosen uniformly at random picks a neighbour uniformly at random; the two trade only if
 * each is strictly ahead of the other in at least one category (a double coincidence of wants),
 * and then, in every category where one is ahead, the other gains alpha times the difference
 * ({@link #barter}). A run ends at the steady state: after the first period of N steps after
 * which no linked pair has a double coincidence in which both gaps exceed {@link #TAU}
 * (see docs/validation.md), or at the period cap.
 *
 * <p>Randomness: the network from the stream {@code key/"graph"}, the endowments from
 * {@code key/"init"}, the meetings from {@code key/"meetings"} ({@link Streams}).
 */
public final class CowanJonardModel {
    /** Smallest gain, in both directions, for which a pair still counts as able to trade at the steady state. */
    public static final double TAU = 1e-3;
    /** Upper bound of the initial knowledge per category (lower bound 0). */
    public static final double ENDOWMENT_MAX = 10.0;

    private final int n;
    private final int k;
    private final double alpha;
    private final int[] offsets;
    private final int[] neighbors;
    private final double[] v;
    private final MersenneTwisterFast meetings;
    private long trades;

    /**
     * A model of {@code n} agents with {@code degree} ties each before rewiring with probability
     * {@code p}, {@code k} categories and absorptive capacity {@code alpha}, all random draws
     * derived from {@code key}.
     */
    public CowanJonardModel(long key, int n, int degree, double p, int k, double alpha) {
        if (k < 1) {
            throw new IllegalArgumentException("categories must be >= 1, was " + k);
        }
        if (!(alpha > 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1], was " + alpha);
        }
        Graph g = new WattsStrogatz(n, degree, p).generate(new NodeAttributes(n, 1), Streams.rng(key, "graph"));
        this.n = n;
        this.k = k;
        this.alpha = alpha;
        this.offsets = g.offsets();
        this.neighbors = g.adjacency();
        this.v = new double[n * k];
        MersenneTwisterFast init = Streams.rng(key, "init");
        for (int i = 0; i < v.length; i++) {
            v[i] = ENDOWMENT_MAX * init.nextDouble();
        }
        this.meetings = Streams.rng(key, "meetings");
    }

    /**
     * The barter between agents {@code i} and {@code j} (their vectors start at {@code i * k}
     * and {@code j * k} in {@code v}): if each is strictly ahead of the other in at least one of
     * the {@code k} categories, then in every category where one is ahead the other gains
     * {@code alpha} times the difference (computed before the trade), and the method returns
     * true; otherwise nothing changes and it returns false.
     */
    public static boolean barter(double[] v, int i, int j, int k, double alpha) {
        if (!canTrade(v, i, j, k, 0)) {
            return false;
        }
        int a = i * k;
        int b = j * k;
        for (int c = 0; c < k; c++) {
            double d = v[a + c] - v[b + c];
            if (d > 0) {
                v[b + c] += alpha * d;
            } else if (d < 0) {
                v[a + c] -= alpha * d;
            }
        }
        return true;
    }

    /**
     * True if agents i and j have a double coincidence of wants in which each could gain more
     * than {@code tau} in some category ({@code tau = 0}: the condition of {@link #barter}).
     */
    public static boolean canTrade(double[] v, int i, int j, int k, double tau) {
        int a = i * k;
        int b = j * k;
        boolean iAhead = false;
        boolean jAhead = false;
        for (int c = 0; c < k; c++) {
            double d = v[a + c] - v[b + c];
            iAhead |= d > tau;
            jAhead |= d < -tau;
            if (iAhead && jAhead) {
                return true;
            }
        }
        return false;
    }

    /** One meeting: a random agent and a random neighbour of it barter. */
    public void step() {
        int i = meetings.nextInt(n);
        int deg = offsets[i + 1] - offsets[i];
        if (deg == 0) {
            return;
        }
        int j = neighbors[offsets[i] + meetings.nextInt(deg)];
        if (barter(v, i, j, k, alpha)) {
            trades++;
        }
    }

    /** True if no linked pair can still trade for a gain above {@link #TAU} in both directions. */
    public boolean steady() {
        for (int i = 0; i < n; i++) {
            for (int e = offsets[i]; e < offsets[i + 1]; e++) {
                int j = neighbors[e];
                if (j > i && canTrade(v, i, j, k, TAU)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Runs periods of N steps until {@link #steady()} holds after a period, or {@code maxPeriods}
     * have run; returns the number of periods run (equal to {@code maxPeriods} if censored).
     */
    public int runToSteadyState(int maxPeriods) {
        for (int t = 1; t <= maxPeriods; t++) {
            for (int s = 0; s < n; s++) {
                step();
            }
            if (steady()) {
                return t;
            }
        }
        return maxPeriods;
    }

    /** Mean of v over all agents and categories. */
    public double meanKnowledge() {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    /** Each agent's mean knowledge over the K categories. */
    public double[] agentKnowledge() {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int c = 0; c < k; c++) {
                s += v[i * k + c];
            }
            out[i] = s / k;
        }
        return out;
    }

    /** Trades made so far. */
    public long trades() {
        return trades;
    }

    /** A copy of the knowledge vectors, agent i's at {@code [i * K, (i + 1) * K)}. */
    public double[] knowledge() {
        return v.clone();
    }
}
