package netcap.world;

import java.util.Arrays;

/**
 * The state of every agent, laid out as a struct of primitive arrays (one array per variable,
 * indexed by agent id), so that a step over a million agents touches no objects. Knowledge is
 * agent-major: agent {@code i}'s tacit knowledge in domain {@code d} is
 * {@code tacit[i * domains + d]}, so one agent's domains share a cache line.
 *
 * <p>The arrays are public for the hot loops of the mechanisms; {@link #addAgent()} may replace
 * them with larger copies, so re-read a field after adding agents.
 */
public final class Agents {
    /** Membership status: not yet joined the network. */
    public static final byte NOT_JOINED = 0;
    /** Membership status: a member. */
    public static final byte MEMBER = 1;
    /** Membership status: joined once and left. */
    public static final byte LEFT = 2;

    /** Strategy: contributes unconditionally. */
    public static final byte CONTRIBUTOR = 0;
    /** Strategy: never contributes. */
    public static final byte FREE_RIDER = 1;
    /** Strategy: contributes in proportion to what it received. */
    public static final byte CONDITIONAL = 2;
    /** Contact strategy: a seller gives value first, in what the other needs. */
    public static final byte SELLER = 0;
    /** Contact strategy: a stalker pushes its own offer, at a price, without a relationship. */
    public static final byte STALKER = 1;

    /** Number of knowledge domains D. */
    public final int domains;
    /** Length of each interest vector. */
    public final int interestDims;
    private int size;

    /** Generalized trust in [0,1]: the agent's trust in others in general. */
    public double[] generalTrust;
    /** Tacit knowledge, agent-major, {@code size * domains} values, each >= 0. */
    public double[] tacit;
    /** Explicit knowledge, agent-major, {@code size * domains} values, each >= 0. */
    public double[] explicit;
    /** Activity in [0,1]: the probability that the agent acts in a step. */
    public double[] activity;
    /** Contribution propensity in [0,1]: the share of its effort budget the agent contributes. */
    public double[] propensity;
    /** Strategy: {@link #CONTRIBUTOR}, {@link #FREE_RIDER} or {@link #CONDITIONAL}. */
    public byte[] strategy;
    /** Reputation ("authority") >= 0, raised by valuable contributions. */
    public double[] reputation;
    /** Satisfaction in [-1, 1]: a moving average of the relative return on time, (value - cost) / (value + cost). */
    public double[] satisfaction;
    /** Payoff of the last step (value received minus cost paid). */
    public double[] payoff;
    /** Membership status: {@link #NOT_JOINED}, {@link #MEMBER} or {@link #LEFT}. */
    public byte[] status;
    /** Region index (0 when there are no regions). */
    public int[] region;
    /** Position on the unit square. */
    public double[] x;
    /** Position on the unit square. */
    public double[] y;
    /** Interest vector, agent-major, {@code size * interestDims} values in [0,1]. */
    public double[] interest;
    /**
     * Relevance of each knowledge domain to the agent (its interest in the domain), agent-major,
     * {@code size * domains} values in [0,1]: the share of information in the domain that can
     * become knowledge for it.
     */
    public double[] relevance;
    /** Contact strategy of each agent ({@link #SELLER} or {@link #STALKER}). */
    public byte[] contact;
    /** Number of rooms (the physical layer and the virtual channels) that {@link #roomStanding} covers. */
    public int rooms;
    /**
     * Standing of each agent in each room's hierarchy, agent-major, {@code size * rooms} values in
     * [0,1] (0 the bottom of the room, 1 its top); room 0 is the physical layer.
     */
    public double[] roomStanding;
    /** Revenue earned by selling since the start (payments received). */
    public double[] revenue;
    /** Purchases made since the start. */
    public int[] purchases;
    /** Sales made since the start. */
    public int[] sales;
    /** Net value an agent that is not a member received from members' sales in the last step (0 when it bought nothing then): what the network offers an outsider. */
    public double[] outsiderValue;

    /** Creates {@code n} agents with every variable zero (status {@link #NOT_JOINED}). */
    public Agents(int n, int domains, int interestDims) {
        if (n < 0) {
            throw new IllegalArgumentException("number of agents must be >= 0, was " + n);
        }
        if (domains < 1) {
            throw new IllegalArgumentException("domains must be >= 1, was " + domains);
        }
        if (interestDims < 1) {
            throw new IllegalArgumentException("interestDims must be >= 1, was " + interestDims);
        }
        this.domains = domains;
        this.interestDims = interestDims;
        this.size = n;
        allocate(Math.max(n, 1));
    }

    private void allocate(int cap) {
        generalTrust = grow(generalTrust, cap);
        tacit = grow(tacit, cap * domains);
        explicit = grow(explicit, cap * domains);
        activity = grow(activity, cap);
        propensity = grow(propensity, cap);
        strategy = grow(strategy, cap);
        reputation = grow(reputation, cap);
        satisfaction = grow(satisfaction, cap);
        payoff = grow(payoff, cap);
        status = grow(status, cap);
        region = grow(region, cap);
        x = grow(x, cap);
        y = grow(y, cap);
        interest = grow(interest, cap * interestDims);
        relevance = grow(relevance, cap * domains);
        contact = grow(contact, cap);
        roomStanding = grow(roomStanding, cap * Math.max(rooms, 1));
        revenue = grow(revenue, cap);
        purchases = grow(purchases, cap);
        sales = grow(sales, cap);
        outsiderValue = grow(outsiderValue, cap);
    }

    private static double[] grow(double[] a, int len) {
        return a == null ? new double[len] : Arrays.copyOf(a, len);
    }

    private static int[] grow(int[] a, int len) {
        return a == null ? new int[len] : Arrays.copyOf(a, len);
    }

    private static byte[] grow(byte[] a, int len) {
        return a == null ? new byte[len] : Arrays.copyOf(a, len);
    }

    /** Sets the number of rooms that {@link #roomStanding} covers (standings start at 0). */
    public void setRooms(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("rooms must be >= 1, was " + count);
        }
        rooms = count;
        roomStanding = new double[capacity() * count];
    }

    /** Number of agents. */
    public int size() {
        return size;
    }

    /** Current capacity (agents that fit before the arrays grow). */
    public int capacity() {
        return status.length;
    }

    /**
     * Appends one agent with every variable zero and status {@link #NOT_JOINED}; returns its id.
     * Amortized O(1); may replace every array.
     */
    public int addAgent() {
        if (size == capacity()) {
            allocate((int) Math.min(Integer.MAX_VALUE / Math.max(domains, interestDims) - 8, (long) size * 2));
        }
        return size++;
    }

    /** Copies node positions, regions and interests from generator output into agents 0..n-1. */
    public void copyFrom(NodeAttributes attrs) {
        if (attrs.n > size) {
            throw new IllegalArgumentException("attributes for " + attrs.n + " nodes but only " + size + " agents");
        }
        if (attrs.interestDims != interestDims) {
            throw new IllegalArgumentException("interestDims differ: " + attrs.interestDims + " vs " + interestDims);
        }
        System.arraycopy(attrs.x, 0, x, 0, attrs.n);
        System.arraycopy(attrs.y, 0, y, 0, attrs.n);
        System.arraycopy(attrs.region, 0, region, 0, attrs.n);
        System.arraycopy(attrs.interest, 0, interest, 0, attrs.n * interestDims);
    }

    /**
     * Interest similarity of agents {@code i} and {@code j}: 1 - |x_i - x_j| / sqrt(interestDims),
     * in [0,1] for interests in [0,1] (1 = the same interests).
     */
    public double similarity(int i, int j) {
        double dist = 0;
        for (int z = 0; z < interestDims; z++) {
            double diff = interest[i * interestDims + z] - interest[j * interestDims + z];
            dist += diff * diff;
        }
        return 1 - Math.sqrt(dist) / Math.sqrt(interestDims);
    }

    /** What agent {@code i} knows in domain {@code q}: its tacit plus its explicit knowledge there. */
    public double knowledge(int i, int q) {
        return tacit[i * domains + q] + explicit[i * domains + q];
    }

    /**
     * The domain agent {@code i} needs most, with need rel_iq (1 - K_iq / frontier)+ (relevant and
     * far from the frontier), the first on ties; -1 when it needs nothing.
     */
    public int neediest(int i, double frontier) {
        int best = -1;
        double most = 0;
        for (int q = 0; q < domains; q++) {
            double need = relevance[i * domains + q] * Math.max(0, 1 - knowledge(i, q) / frontier);
            if (need > most) {
                most = need;
                best = q;
            }
        }
        return best;
    }

    /** What agent {@code i} knows, summed over its domains. */
    public double knowledge(int i) {
        double sum = 0;
        for (int q = 0; q < domains; q++) {
            sum += knowledge(i, q);
        }
        return sum;
    }

    /** Heap bytes used by the arrays. */
    public long memoryBytes() {
        long cap = capacity();
        return cap * (8L * 11 + 3 + 4 * 3) + cap * 8L * 3 * domains + cap * 8L * interestDims + cap * 8L * rooms;
    }
}
