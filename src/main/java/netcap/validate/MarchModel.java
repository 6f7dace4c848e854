package netcap.validate;

import ec.util.MersenneTwisterFast;
import netcap.random.Streams;
import netcap.world.Agents;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * March's (1991) model of mutual learning between an organizational code and its members,
 * written in netcap's vocabulary: knowledge lives in the {@link Agents} struct-of-arrays and each
 * period is a MASON {@link Schedule} step running three SECI mechanisms in a fixed order.
 *
 * <p>March, J. G. (1991), "Exploration and exploitation in organizational learning",
 * Organization Science 2(1):71-87, section "Mutual learning in the development of knowledge"
 * (pp. 74-75, footnote 1).
 *
 * <h2>State</h2>
 * <ul>
 *   <li>Reality: {@link #reality}, m values of +1 or -1, each +1 with probability 1/2. It is the
 *       environment, not an agent.</li>
 *   <li>The organizational code is agent {@link #CODE} (0): its <b>explicit</b> row
 *       {@code agents.explicit[0*m .. m-1]} holds the code's beliefs in {-1, 0, +1}, all 0 at
 *       the start. Its tacit row is unused.</li>
 *   <li>Individuals are agents 1..n: their <b>tacit</b> rows hold their beliefs in {-1, 0, +1},
 *       each value with probability 1/3 at the start. Their explicit rows are unused.</li>
 * </ul>
 * Beliefs are stored as the doubles -1.0, 0.0, +1.0 (so, unlike in {@code NetcapModel}, knowledge
 * values here can be negative).
 *
 * <h2>Mapping to SECI</h2>
 * <ul>
 *   <li>{@link MarchExternalization} (tacit to explicit, articulation): the individuals whose
 *       knowledge exceeds the code's (the "superior group") make their tacit beliefs explicit as a
 *       tally per dimension: how many of them hold +1 and how many -1.</li>
 *   <li>{@link MarchCombination} (explicit to explicit): the code combines the articulated views:
 *       on each dimension where the dominant view differs from the code it adopts it with
 *       probability {@code 1 - (1 - p2)^k}, k = |#(+1) - #(-1)| (learning by the code, rate p2).</li>
 *   <li>{@link MarchInternalization} (explicit to tacit): each individual adopts the code's
 *       non-zero beliefs where they differ from its own, each with probability p1
 *       (socialization into the code, in March's word; internalization in Nonaka's).</li>
 *   <li>Socialization in Nonaka's sense (tacit to tacit between individuals) is absent: "The
 *       beliefs of individuals do not affect the beliefs of other individuals directly but only
 *       through affecting the code" (p. 75).</li>
 * </ul>
 * Order within a period (the {@link MarchRules#PAPER} rules): externalization, internalization,
 * combination, so that both the individuals and the code learn from the state at the start of
 * the period ("At the same time, the organizational code adapts", p. 74). With
 * {@link MarchRules#sequential()} internalization runs first and the code learns from the
 * socialized beliefs.
 *
 * <h2>Equilibrium</h2>
 * The run stops at the first period after which no transition has positive probability: no
 * individual differs from the code on a dimension where the code is non-zero (or p1 = 0), and no
 * dimension has a dominant superior-group view that differs from the code (or the superior group
 * is empty, or p2 = 0). This state is absorbing, so the code's knowledge is final; March: "An
 * equilibrium is reached at which all individuals and the code share the same (not necessarily
 * accurate) belief with respect to each dimension. The equilibrium is stable" (p. 75). "No change
 * in a period" would be a wrong test: at p1 = 0.1 many periods pass without a change by chance.
 * A run that reaches {@link #maxPeriods} periods stops there and is counted as censored.
 *
 * <h2>Randomness</h2>
 * Reality and initial beliefs come from the stream {@code key/"world"}, the socialization draws
 * from {@code key/"internalization"}, the code's draws from {@code key/"combination"}.
 */
public final class MarchModel extends SimState {
    private static final long serialVersionUID = 1L;

    /** Agent index of the organizational code. */
    public static final int CODE = 0;
    /** Schedule orderings: lower runs first within a period. */
    static final int FIRST = 10;
    static final int SECOND = 20;
    static final int THIRD = 30;

    /** Dimensions of reality. */
    public final int m;
    /** Number of individuals. */
    public final int n;
    /** Socialization rate (individuals learning from the code). */
    public final double p1;
    /** Code learning rate (the code learning from the superior group). */
    public final double p2;
    /** Rule variant. */
    public final MarchRules rules;
    /** Cap on the number of periods. */
    public final int maxPeriods;
    /** The run key all streams derive from. */
    public final long key;

    /** Agent 0 is the code (explicit row), agents 1..n are the individuals (tacit rows). */
    public final Agents agents;
    /** Reality, m values of +1 or -1. */
    public final double[] reality;
    /** Per dimension, the superior group's number of +1 beliefs (filled by externalization). */
    final int[] plus;
    /** Per dimension, the superior group's number of -1 beliefs (filled by externalization). */
    final int[] minus;
    /** Size of the superior group found by the last externalization. */
    int superiorSize;
    /** Periods completed. */
    int periods;

    final transient MersenneTwisterFast socializationRng;
    final transient MersenneTwisterFast codeRng;
    final transient MersenneTwisterFast actionRng;
    /** Scratch: one individual's actions ({@link MarchRules#actions()}). */
    private final double[] action;
    private final transient Steppable[] mechanisms;

    /** A model of March's setup with the given sizes; call {@link #start()} or {@link #runToEquilibrium()}. */
    public MarchModel(long key, int m, int n, double p1, double p2, MarchRules rules, int maxPeriods) {
        super(key);
        if (m < 1 || n < 1) {
            throw new IllegalArgumentException("March needs m >= 1 dimensions and n >= 1 individuals, got m=" + m + ", n=" + n);
        }
        checkProbability("p1", p1);
        checkProbability("p2", p2);
        if (maxPeriods < 1) {
            throw new IllegalArgumentException("maxPeriods must be >= 1, was " + maxPeriods);
        }
        this.m = m;
        this.n = n;
        this.p1 = p1;
        this.p2 = p2;
        this.rules = rules;
        this.maxPeriods = maxPeriods;
        this.key = key;
        this.random = Streams.rng(key, "model");
        this.socializationRng = Streams.rng(key, "internalization");
        this.codeRng = Streams.rng(key, "combination");
        this.actionRng = Streams.rng(key, "action");
        this.action = new double[m];
        this.agents = new Agents(n + 1, m, 1);
        this.reality = new double[m];
        this.plus = new int[m];
        this.minus = new int[m];
        MersenneTwisterFast world = Streams.rng(key, "world");
        for (int d = 0; d < m; d++) {
            reality[d] = world.nextBoolean() ? 1.0 : -1.0;
        }
        for (int i = 1; i <= n; i++) {
            agents.status[i] = Agents.MEMBER;
            for (int d = 0; d < m; d++) {
                agents.tacit[i * m + d] = world.nextInt(3) - 1;
            }
        }
        agents.status[CODE] = Agents.MEMBER;
        Steppable ext = new MarchExternalization();
        Steppable in = new MarchInternalization();
        Steppable comb = new MarchCombination();
        this.mechanisms = rules.sequential() ? new Steppable[] {in, ext, comb} : new Steppable[] {ext, in, comb};
    }

    /** March's sizes: m = 30 dimensions, n = 50 individuals. */
    public MarchModel(long key, double p1, double p2, MarchRules rules) {
        this(key, 30, 50, p1, p2, rules, 10_000);
    }

    private static void checkProbability(String name, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], was " + p);
        }
    }

    @Override
    public void start() {
        super.start();
        periods = 0;
        int[] order = {FIRST, SECOND, THIRD};
        for (int k = 0; k < mechanisms.length; k++) {
            schedule.scheduleRepeating(Schedule.EPOCH, order[k], mechanisms[k], 1.0);
        }
        schedule.scheduleRepeating(Schedule.EPOCH, THIRD + 1, state -> ((MarchModel) state).periods++, 1.0);
    }

    /** Starts the model and steps it until {@link #atEquilibrium()} or {@link #maxPeriods}; returns the periods run. */
    public int runToEquilibrium() {
        start();
        while (!atEquilibrium() && periods < maxPeriods) {
            schedule.step(this);
        }
        finish();
        return periods;
    }

    /** Periods completed. */
    public int periods() {
        return periods;
    }

    /** The code's belief on dimension d. */
    public double code(int d) {
        return agents.explicit[CODE * m + d];
    }

    /** Individual i's (1..n) belief on dimension d. */
    public double belief(int i, int d) {
        return agents.tacit[i * m + d];
    }

    /** Number of dimensions on which {@code row[offset..offset+m-1]} equals reality. */
    int matches(double[] row, int offset) {
        int c = 0;
        for (int d = 0; d < m; d++) {
            if (row[offset + d] == reality[d]) {
                c++;
            }
        }
        return c;
    }

    /** {@code sum(row * reality)}: +1 per right, -1 per wrong, 0 per neutral dimension. */
    int score(double[] row, int offset) {
        double s = 0;
        for (int d = 0; d < m; d++) {
            s += row[offset + d] * reality[d];
        }
        return (int) s;
    }

    /** The measure used to form the superior group ({@link MarchRules#scoreSuperior()}). */
    int merit(double[] row, int offset) {
        return rules.scoreSuperior() || rules.actions() ? score(row, offset) : matches(row, offset);
    }

    /** The code's score {@code sum(code * reality) / m} in [-1, 1] (Christensen's knowledge measure). */
    public double codeScore() {
        return score(agents.explicit, CODE * m) / (double) m;
    }

    /** The code's knowledge: the proportion of dimensions on which it matches reality. */
    public double codeKnowledge() {
        return matches(agents.explicit, CODE * m) / (double) m;
    }

    /** The individuals' mean knowledge (proportion of dimensions matching reality). */
    public double individualKnowledge() {
        long c = 0;
        for (int i = 1; i <= n; i++) {
            c += matches(agents.tacit, i * m);
        }
        return c / ((double) m * n);
    }

    /** Fills {@link #plus}, {@link #minus} and {@link #superiorSize} from the current beliefs. */
    void articulateSuperiorGroup() {
        double[] tacit = agents.tacit;
        int codeMerit = merit(agents.explicit, CODE * m);
        java.util.Arrays.fill(plus, 0);
        java.util.Arrays.fill(minus, 0);
        int size = 0;
        boolean acting = rules.actions();
        for (int i = 1; i <= n; i++) {
            double[] row = tacit;
            int off = i * m;
            if (acting) {
                for (int d = 0; d < m; d++) {
                    double b = tacit[off + d];
                    action[d] = b != 0 ? b : actionRng.nextBoolean() ? 1.0 : -1.0;
                }
                row = action;
                off = 0;
            }
            if (merit(row, off) > codeMerit) {
                size++;
                for (int d = 0; d < m; d++) {
                    double b = row[off + d];
                    if (b > 0) {
                        plus[d]++;
                    } else if (b < 0) {
                        minus[d]++;
                    }
                }
            }
        }
        superiorSize = size;
    }

    /** The superior group's dominant belief on dimension d: +1, -1, or 0 for a tie (or no group). */
    int dominant(int d) {
        return Integer.signum(plus[d] - minus[d]);
    }

    /**
     * The exponent k of footnote 1 for dimension d under the current code (see
     * {@link MarchRules#literalK()}); the code changes with probability {@code 1 - (1 - p2)^k}.
     */
    int k(int d) {
        if (!rules.literalK()) {
            return Math.abs(plus[d] - minus[d]);
        }
        double c = code(d);
        int same = c > 0 ? plus[d] : c < 0 ? minus[d] : superiorSize - plus[d] - minus[d];
        return superiorSize - same - same;
    }

    /**
     * Whether no transition has positive probability (see the class comment). Recomputes the
     * superior group's tally from the current state.
     */
    public boolean atEquilibrium() {
        double[] explicit = agents.explicit;
        if (p1 > 0) {
            double[] tacit = agents.tacit;
            for (int i = 1; i <= n; i++) {
                for (int d = 0; d < m; d++) {
                    double c = explicit[CODE * m + d];
                    if (c != 0 && tacit[i * m + d] != c) {
                        return false;
                    }
                }
            }
        }
        if (p2 > 0 && rules.actions()) {
            // the code can still learn iff some individual can out-score it with lucky actions
            int codeScore = score(explicit, CODE * m);
            for (int i = 1; i <= n; i++) {
                int zeros = 0;
                for (int d = 0; d < m; d++) {
                    if (agents.tacit[i * m + d] == 0) {
                        zeros++;
                    }
                }
                if (score(agents.tacit, i * m) + zeros > codeScore) {
                    return false;
                }
            }
        } else if (p2 > 0) {
            articulateSuperiorGroup();
            for (int d = 0; d < m; d++) {
                int dom = dominant(d);
                if (dom != 0 && dom != explicit[CODE * m + d] && k(d) > 0) {
                    return false;
                }
            }
        }
        return true;
    }
}
