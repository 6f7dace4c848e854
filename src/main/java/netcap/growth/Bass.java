package netcap.growth;

import netcap.random.CounterRandom;
import netcap.world.Adjacency;

/**
 * The Bass (1969) diffusion model as a synchronous agent-based step: innovation (rate p) plus
 * imitation of contacts (rate q).
 *
 * <p>Bass, F. M. (1969). A new product growth for model consumer durables. <i>Management
 * Science</i> 15(5):215-227.
 *
 * <p><b>Rule.</b> In each step, every non-adopter {@code i} adopts with probability
 * <pre>
 *   P_i = min(1, (p * pBoost[i] + q * qBoost[i] * f_i) * dt)
 * </pre>
 * where {@code f_i} is the share of i's contacts who have adopted. With an {@link Adjacency}
 * the contacts are i's neighbours (an isolated node has f = 0). In <i>well-mixed</i> mode
 * ({@code adj == null}) the contacts are all other N-1 agents, so f_i = A/(N-1) for a
 * non-adopter, A being the number of adopters: the complete graph, without materialising its
 * N(N-1) ties. Adoption is permanent. Updates are synchronous: every agent decides from
 * {@code adopted} (the state at the start of the step) and the result is written to
 * {@code next}; {@code adopted} is not modified. Agent i's draw is
 * {@code CounterRandom.uniform(key, step, i, SALT)}, a pure function of its arguments, so the
 * result does not depend on how the agents are split into slices or on the order in which
 * threads run the slices. No allocation.
 *
 * <p><b>Eligibility and first-follower boosts.</b> {@code eligible} (nullable; null = everyone)
 * marks who can adopt at all (non-zero = eligible); an ineligible non-adopter stays a non-adopter
 * but an adopter still counts as an adopted contact of others whatever its eligibility.
 * {@code pBoost} and {@code qBoost} (nullable; null = 1 for everyone) multiply p and q per agent,
 * e.g. extra visibility or an incentive for the first followers of a founder.
 *
 * <p><b>Well-mixed, many agents.</b> Without eligibility masks and boosts all non-adopters of a
 * well-mixed population share one probability P, and their draws are independent, so the number
 * of new adopters is exactly Binomial(N - A, P); since agents are exchangeable, the count is all
 * the dynamics depends on. {@link #wellMixedStep} draws that count with one uniform
 * ({@link Binomial}): distributionally identical to the per-agent step, at O(sqrt(NP)) cost
 * instead of O(N).
 */
public final class Bass {
    /** Salt of the per-agent adoption draws. */
    public static final int SALT = 0x42617373; // "Bass"
    /** Salt of the single draw of {@link #wellMixedStep}. */
    public static final int SALT_BINOMIAL = 0x42696e6f; // "Bino"

    private Bass() {
    }

    /**
     * One synchronous step for all agents, everyone eligible, no boosts.
     *
     * @return the number of new adopters
     */
    public static int step(Adjacency adjOrNull, int n, byte[] adopted, byte[] next, double p, double q, double dt,
            long key, long step) {
        return step(adjOrNull, n, adopted, next, p, q, dt, null, null, null, key, step, 0, n);
    }

    /**
     * One synchronous step for agents {@code from .. to-1}: writes {@code next[from..to)} from
     * {@code adopted} (all of which is read; nothing else is written).
     *
     * @param adjOrNull the contacts, or null for well-mixed (all other N-1 agents); in well-mixed
     *                  mode the adopters are counted over all n agents, O(n) per call
     * @param n         number of agents ({@code adj.nodes()} if adj is given)
     * @param adopted   current state, non-zero = adopted (read only)
     * @param next      next state (written in [from, to))
     * @param p         innovation coefficient, &gt;= 0
     * @param q         imitation coefficient, &gt;= 0
     * @param dt        step length, &gt; 0 (probabilities are rates times dt, capped at 1)
     * @param eligible  nullable; non-zero = may adopt
     * @param pBoost    nullable; multiplier of p per agent (&gt;= 0)
     * @param qBoost    nullable; multiplier of q per agent (&gt;= 0)
     * @param key       the run's key for this mechanism ({@link netcap.random.Streams})
     * @param step      the step number (part of each draw's counter)
     * @return the number of new adopters in [from, to)
     * @throws IllegalArgumentException for negative p, q, non-positive dt, or a bad range
     */
    public static int step(Adjacency adjOrNull, int n, byte[] adopted, byte[] next, double p, double q, double dt,
            byte[] eligible, double[] pBoost, double[] qBoost, long key, long step, int from, int to) {
        checkRates(p, q, dt);
        if (from < 0 || to > n || from > to) {
            throw new IllegalArgumentException("bad slice [" + from + ", " + to + ") of " + n + " agents");
        }
        if (adjOrNull != null && adjOrNull.nodes() != n) {
            throw new IllegalArgumentException("n = " + n + " but the network has " + adjOrNull.nodes() + " nodes");
        }
        double wellMixedShare = 0;
        if (adjOrNull == null) {
            wellMixedShare = n > 1 ? countAdopters(adopted, n) / (double) (n - 1) : 0.0;
        }
        int[] nb = adjOrNull == null ? null : adjOrNull.neighbors();
        int added = 0;
        for (int i = from; i < to; i++) {
            if (adopted[i] != 0) {
                next[i] = 1;
                continue;
            }
            next[i] = 0;
            if (eligible != null && eligible[i] == 0) {
                continue;
            }
            double f;
            if (nb == null) {
                f = wellMixedShare;
            } else {
                int d = adjOrNull.degree(i);
                if (d == 0) {
                    f = 0;
                } else {
                    int s = adjOrNull.start(i);
                    int c = 0;
                    for (int j = s; j < s + d; j++) {
                        c += adopted[nb[j]] != 0 ? 1 : 0;
                    }
                    f = c / (double) d;
                }
            }
            double rate = p * (pBoost == null ? 1.0 : pBoost[i]) + q * (qBoost == null ? 1.0 : qBoost[i]) * f;
            double prob = Math.min(1.0, rate * dt);
            if (prob > 0 && CounterRandom.uniform(key, step, i, SALT) < prob) {
                next[i] = 1;
                added++;
            }
        }
        return added;
    }

    /**
     * The well-mixed step by count: with A adopters among n agents, the number of new adopters,
     * drawn exactly from Binomial(n - A, min(1, (p + q A/(n-1)) dt)) with the single uniform
     * {@code CounterRandom.uniform(key, step, 0, SALT_BINOMIAL)}.
     */
    public static int wellMixedStep(int n, int adopters, double p, double q, double dt, long key, long step) {
        checkRates(p, q, dt);
        if (adopters < 0 || adopters > n) {
            throw new IllegalArgumentException("adopters must be in [0, " + n + "], was " + adopters);
        }
        double f = n > 1 ? adopters / (double) (n - 1) : 0.0;
        double prob = Math.min(1.0, (p + q * f) * dt);
        return Binomial.sample(n - adopters, prob, CounterRandom.uniform(key, step, 0, SALT_BINOMIAL));
    }

    /**
     * Runs {@link #wellMixedStep} from {@code initialAdopters} for {@code steps} steps and returns
     * the adoption share after each: element 0 is the initial share, element t the share after t
     * steps.
     */
    public static double[] wellMixedRun(int n, int initialAdopters, double p, double q, double dt, int steps, long key) {
        double[] share = new double[steps + 1];
        int a = initialAdopters;
        share[0] = a / (double) n;
        for (int t = 0; t < steps; t++) {
            a += wellMixedStep(n, a, p, q, dt, key, t);
            share[t + 1] = a / (double) n;
        }
        return share;
    }

    /** Number of non-zero entries among the first n. */
    public static int countAdopters(byte[] adopted, int n) {
        int a = 0;
        for (int i = 0; i < n; i++) {
            a += adopted[i] != 0 ? 1 : 0;
        }
        return a;
    }

    /**
     * The mean-field recursion of the synchronous well-mixed step for n agents:
     * F(t+1) = F(t) + min(1, (p + q F(t) n/(n-1)) dt) (1 - F(t)), because a non-adopter sees
     * A/(n-1) = F n/(n-1) adopters among the others. {@code n = Integer.MAX_VALUE} (or any
     * n &lt;= 1) gives the large-N limit F(t+1) = F(t) + (p + q F(t)) dt (1 - F(t)). Element t is
     * F after t steps, from F(0) = f0.
     */
    public static double[] meanField(int n, double p, double q, double dt, int steps, double f0) {
        double scale = n > 1 && n != Integer.MAX_VALUE ? n / (n - 1.0) : 1.0;
        double[] f = new double[steps + 1];
        f[0] = f0;
        for (int t = 0; t < steps; t++) {
            double prob = Math.min(1.0, (p + q * f[t] * scale) * dt);
            f[t + 1] = f[t] + prob * (1 - f[t]);
        }
        return f;
    }

    /**
     * Bass's closed form for the continuous-time model dF/dt = (p + qF)(1 - F), F(0) = 0:
     * F(t) = (1 - e^(-(p+q)t)) / (1 + (q/p) e^(-(p+q)t)).
     */
    public static double closedForm(double p, double q, double t) {
        double e = Math.exp(-(p + q) * t);
        return (1 - e) / (1 + q / p * e);
    }

    /** The adoption rate dF/dt of the closed form: (p+q)^2/p e^(-(p+q)t) / (1 + (q/p) e^(-(p+q)t))^2. */
    public static double closedFormRate(double p, double q, double t) {
        double e = Math.exp(-(p + q) * t);
        double d = 1 + q / p * e;
        return (p + q) * (p + q) / p * e / (d * d);
    }

    /** Time of the peak adoption rate of the closed form, ln(q/p)/(p+q) (for q &gt; p). */
    public static double peakTime(double p, double q) {
        return Math.log(q / p) / (p + q);
    }

    private static void checkRates(double p, double q, double dt) {
        if (!(p >= 0) || !(q >= 0) || !(dt > 0) || Double.isInfinite(p) || Double.isInfinite(q)
                || Double.isInfinite(dt)) {
            throw new IllegalArgumentException("Bass: need finite p >= 0, q >= 0, dt > 0; got p = " + p + ", q = " + q
                    + ", dt = " + dt);
        }
    }
}
