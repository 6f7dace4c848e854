package netcap.model;

import ec.util.MersenneTwisterFast;
import netcap.generate.NetworkGenerator;
import netcap.random.Streams;
import netcap.world.Agents;
import netcap.world.Graph;
import netcap.world.MultiplexNetwork;
import netcap.world.NodeAttributes;
import sim.engine.Schedule;
import sim.engine.SimState;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The netcap model as a MASON {@link SimState}: agents with trust, knowledge and activity on a
 * multiplex network, stepped by one {@link Mechanism} per rule in the fixed {@link Order}.
 *
 * <p>{@link #start()} builds the world from the parameters and the network generator; each
 * {@code schedule.step(model)} then runs every enabled mechanism once and records one row of
 * metrics. The state lives in {@link #agents} and {@link #network} (primitive arrays) and in the
 * per-step scratch arrays below, which mechanisms fill and later mechanisms read.
 *
 * <p>Random streams: the model's key is the run key ({@link Streams#runKey}); the world is built
 * from the stream {@code key/"world"} and each mechanism draws from {@code key/name}. Per-agent
 * draws in parallel mechanisms come from {@link netcap.random.CounterRandom}, so the result is the same for any
 * number of threads.
 */
public class NetcapModel extends SimState {
    private static final long serialVersionUID = 1L;

    /** The parameters (read-only during a run, except through the GUI between steps). */
    public final Params params;
    /** The run key all streams derive from. */
    public final long runKey;
    private final transient NetworkGenerator generator;
    private final List<String> virtualLayers;
    private final Set<String> disabled;
    private final int threads;

    /** Agent state. */
    public Agents agents;
    /** The multiplex network. */
    public MultiplexNetwork network;
    /** Loop runner for the parallel mechanisms. */
    public transient Parallel parallel;
    /** The metrics recorded so far, one row per step (row 0 is the initial state). */
    public final TimeSeries series = new TimeSeries(Metrics.COLUMNS);
    private final List<Mechanism> mechanisms = new ArrayList<>();

    // ------------------------------------------------------------------ per-step scratch state

    /** 1 when the agent acts this step. */
    public byte[] active;
    /** Value received over each tie entry this step (by the entry's owner, from the neighbour). */
    public float[] received;
    /** Per-agent flows this step, in knowledge units summed over domains. */
    public double[] flowSocialization;
    public double[] flowExternalization;
    public double[] flowUptake;
    public double[] flowCombination;
    public double[] flowInternalization;
    /** Per-agent effort spent this step (knowledge work and contributions to public goods). */
    public double[] effort;
    /** Per-agent effort per unit of knowledge externalized this step (NaN when it externalized nothing). */
    public double[] unitCost;
    /** Per-agent value received from the public goods game this step. */
    public double[] gameValue;
    /** Per-agent contribution this step (share of a full contribution, 0 when not playing). */
    public double[] contribution;
    /** Per-agent standing in [0,1): reputation / (reputation + mean reputation); 0.5 when all are equal. */
    public double[] standing;
    /**
     * The posts that reached each agent this step by distance, {@code [agent][hop][domain]}
     * flattened (hop 0 = from neighbours; see {@link #reach}).
     */
    public float[] reached;
    /** Explicit knowledge each agent published in the previous step (posts), agent-major {@code [agent][domain]}. */
    public double[] posts;
    /** Posts being published in the current step. */
    public double[] postsNext;
    /** Trust-weighted average of the explicit knowledge neighbours show, {@code [agent][domain]}. */
    public float[] stockField;
    /** Per-agent uptake by distance: {@code [agent][hop]} flattened. */
    public double[] hopUptake;
    /** Tacit knowledge being computed (double buffer for socialization). */
    public double[] tacitNext;
    /** Consecutive bad steps per agent. */
    public int[] badSteps;
    /** Agents that left in the current step. */
    public int leftThisStep;
    /** Agents that left since the start. */
    public int leftTotal;
    /**
     * The generator's (or edge list's) id of each agent. With {@code localityOrder} agents are
     * renumbered in breadth-first order so that neighbours have nearby ids (the step then reads
     * memory in order); outputs carry this original id as {@code sourceId}.
     */
    public int[] sourceId;
    /** Whether the network generator placed the agents on the unit square (a regional network); otherwise positions are random. */
    public boolean agentsPlaced;
    /** Agents that joined in the current step, and since the start (initial members excluded). */
    public int joinedThisStep;
    public int joinedTotal;
    /** Order in which each agent became a member (1 = first); 0 = never. */
    public int[] joinRank;
    int joinCounter;
    /** Number of members at the start. */
    public int initialMemberCount;
    /** Each agent's joining threshold (threshold rule). */
    public double[] thresholds;
    /** The step at which the adoption share first reached 10%, or NaN. */
    public double takeoffStep = Double.NaN;
    /** The contribution rate of the previous step (for the network's pull). */
    public double lastContributionRate;
    /** Scratch for each member's total knowledge (knowledge Gini). */
    double[] knowledgeScratch;
    /** Scratch for the largest component. */
    int[] componentLabel;
    int[] componentQueue;
    /** Agents whose local clustering is recorded (null until first needed), and marks for counting. */
    int[] clusteringSample;
    int[] clusteringMark;
    int clusteringStamp;
    /** Counts the triangles for the clustering column (scratch kept between steps). */
    final netcap.metrics.TriangleCounter triangles = new netcap.metrics.TriangleCounter();
    /**
     * What the structural metrics (largest component, clustering) were last computed for: the
     * network, its structural version, the joins and departures so far and the member count.
     * They are recomputed only when one of these changed.
     */
    Object structureNetwork;
    long structureVersion;
    long structureJoins;
    long structureLeft;
    int structureMembers;
    int largestComponentCache;
    double clusteringCache;
    /** Ties created and removed in the current step. */
    public int tiesFormed;
    public int tiesDropped;

    /**
     * A model ready to {@link #start()}.
     *
     * @param runKey        the key every random stream derives from
     * @param params        parameters (validated here)
     * @param generator     builds the initial network (and places agents)
     * @param virtualLayers names of the virtual channels (at least one)
     * @param disabled      names of mechanisms switched off
     * @param threads       threads for the parallel mechanisms (1 = sequential)
     */
    public NetcapModel(long runKey, Params params, NetworkGenerator generator, List<String> virtualLayers,
                       Set<String> disabled, int threads) {
        super(runKey);
        ParamRegistry.validate(params);
        for (String d : disabled) {
            if (!Mechanisms.NAMES.contains(d)) {
                throw new IllegalArgumentException("unknown mechanism '" + d + "'; known: " + String.join(", ", Mechanisms.NAMES));
            }
        }
        if (virtualLayers.isEmpty()) {
            throw new IllegalArgumentException("at least one virtual layer is needed");
        }
        this.params = params;
        this.runKey = runKey;
        this.generator = generator;
        this.virtualLayers = List.copyOf(virtualLayers);
        this.disabled = Collections.unmodifiableSet(new LinkedHashSet<>(disabled));
        this.threads = threads;
        this.random = Streams.rng(runKey, "model");
    }

    /** A model with one virtual layer named "online", every mechanism on, one thread. */
    public NetcapModel(long runKey, Params params, NetworkGenerator generator) {
        this(runKey, params, generator, List.of("online"), Set.of(), 1);
    }

    /** Mechanisms switched off. */
    public Set<String> disabled() {
        return disabled;
    }

    /** Whether the named mechanism runs. */
    public boolean enabled(String mechanism) {
        return !disabled.contains(mechanism);
    }

    /** The enabled mechanisms in schedule order. */
    public List<Mechanism> mechanisms() {
        return Collections.unmodifiableList(mechanisms);
    }

    /** Number of completed steps. */
    public long step() {
        return schedule.getSteps();
    }

    /** A random stream for the named component of this run. */
    public MersenneTwisterFast stream(String name) {
        return Streams.rng(runKey, name);
    }

    @Override
    public void start() {
        super.start();
        if (parallel != null) {
            parallel.close();
        }
        parallel = new Parallel(threads);
        buildWorld();
        mechanisms.clear();
        schedule.scheduleRepeating(Schedule.EPOCH, Order.BEGIN, state -> ((NetcapModel) state).beginStep(), 1.0);
        for (Mechanism m : Mechanisms.create()) {
            if (enabled(m.name())) {
                mechanisms.add(m);
                schedule.scheduleRepeating(Schedule.EPOCH, m.order(), m, 1.0);
            }
        }
        series.clear();
        Metrics.record(this, 0);
        schedule.scheduleRepeating(Schedule.EPOCH, Order.METRICS, state -> Metrics.record((NetcapModel) state, ((NetcapModel) state).step() + 1), 1.0);
    }

    @Override
    public void finish() {
        super.finish();
        if (parallel != null) {
            parallel.close();
            parallel = null;
        }
    }

    private void buildWorld() {
        Params p = params;
        int n = generator.nodes();
        MersenneTwisterFast rng = stream("world");
        NodeAttributes attrs = new NodeAttributes(n, p.interestDims).randomInterests(rng);
        Graph g = generator.generate(attrs, stream("network"));
        agentsPlaced = attrs.placed;
        attrs.placeUniformIfUnplaced(rng);
        sourceId = new int[n];
        for (int i = 0; i < n; i++) {
            sourceId[i] = i;
        }
        if (p.localityOrder) {
            int[] order = Locality.bfsOrder(g);
            g = Locality.relabel(g, order);
            attrs = Locality.relabel(attrs, order);
            sourceId = order;
        }

        agents = new Agents(n, p.domains, p.interestDims);
        agents.copyFrom(attrs);
        int d = p.domains;
        for (int i = 0; i < n; i++) {
            agents.status[i] = p.initialMembers < 0 ? Agents.MEMBER : Agents.NOT_JOINED;
            agents.generalTrust[i] = clamp01(p.initialTrust + p.initialSpread * (2 * rng.nextDouble() - 1));
            agents.activity[i] = clamp01(p.initialActivity + p.initialSpread * (2 * rng.nextDouble() - 1));
            for (int k = 0; k < d; k++) {
                agents.tacit[i * d + k] = 2 * p.initialTacit * rng.nextDouble();
                agents.explicit[i * d + k] = 2 * p.initialExplicit * rng.nextDouble();
            }
            double u = rng.nextDouble();
            if (u < p.initialContributorShare) {
                agents.strategy[i] = Agents.CONTRIBUTOR;
                agents.propensity[i] = 1.0;
            } else if (u < p.initialContributorShare + p.initialFreeRiderShare) {
                agents.strategy[i] = Agents.FREE_RIDER;
                agents.propensity[i] = 0.0;
            } else {
                agents.strategy[i] = Agents.CONDITIONAL;
                agents.propensity[i] = p.conditionalPropensity;
            }
        }

        // layers and levels of the generated ties, drawn tie by tie in (u, v) order, u < v
        network = MultiplexNetwork.fromGraph(g, virtualLayers, 1 << MultiplexNetwork.PHYSICAL, 0, 0f);
        int virtualCount = virtualLayers.size();
        int[] nbr = network.neighbors();
        int[] twin = network.twins();
        byte[] masks = network.layerMasks();
        byte[] levels = network.levels();
        float[] trust = network.trust();
        for (int u = 0; u < n; u++) {
            for (int k = network.start(u); k < network.start(u) + network.degree(u); k++) {
                int v = nbr[k];
                if (v < u) {
                    continue;
                }
                double r = rng.nextDouble();
                int virtualBit = 1 << (1 + (virtualCount == 1 ? 0 : rng.nextInt(virtualCount)));
                int mask;
                if (r < p.physicalOnlyShare) {
                    mask = 1 << MultiplexNetwork.PHYSICAL;
                } else if (r < p.physicalOnlyShare + p.virtualOnlyShare) {
                    mask = virtualBit;
                } else {
                    mask = (1 << MultiplexNetwork.PHYSICAL) | virtualBit;
                }
                int lvl = p.initialLevelMin + rng.nextInt(p.initialLevelMax - p.initialLevelMin + 1);
                float tuv = (float) clamp01(p.initialTieTrust + p.initialSpread * (2 * rng.nextDouble() - 1));
                float tvu = (float) clamp01(p.initialTieTrust + p.initialSpread * (2 * rng.nextDouble() - 1));
                int f = twin[k];
                masks[k] = masks[f] = (byte) mask;
                levels[k] = levels[f] = (byte) lvl;
                trust[k] = tuv;
                trust[f] = tvu;
            }
        }

        joinRank = new int[n];
        joinCounter = 0;
        joinedTotal = 0;
        takeoffStep = Double.NaN;
        lastContributionRate = 0;
        if (p.initialMembers < 0) {
            for (int i = 0; i < n; i++) {
                joinRank[i] = ++joinCounter;
            }
        } else if (p.initialMembers > 0) {
            for (int s : seeds(Math.min(p.initialMembers, n))) {
                agents.status[s] = Agents.MEMBER;
                joinRank[s] = ++joinCounter;
            }
        }
        initialMemberCount = joinCounter;
        thresholds = new double[n];
        double[] drawn = new double[n];
        thresholdDistribution(p).fill(drawn, netcap.random.Streams.child(runKey, "thresholds"));
        for (int i = 0; i < n; i++) {
            thresholds[i] = drawn[sourceId[i]]; // an explicit list is given in the source's order
        }

        active = new byte[n];
        flowSocialization = new double[n];
        flowExternalization = new double[n];
        flowUptake = new double[n];
        flowCombination = new double[n];
        flowInternalization = new double[n];
        effort = new double[n];
        gameValue = new double[n];
        unitCost = new double[n];
        contribution = new double[n];
        standing = new double[n];
        Arrays.fill(standing, 0.5);
        int hops = p.horizon + 1;
        reached = new float[n * hops * d];
        hopUptake = new double[n * hops];
        posts = new double[n * d];
        postsNext = new double[n * d];
        stockField = new float[n * d];
        tacitNext = new double[n * d];
        badSteps = new int[n];
        received = new float[network.neighbors().length];
        leftThisStep = 0;
        leftTotal = 0;
        clusteringSample = null;
        structureNetwork = null;
    }

    /** The first members: the founder (best-connected agent) and contacts of it, or random agents. */
    private int[] seeds(int k) {
        long key = netcap.random.Streams.child(runKey, "seeding");
        if (params.seeding.equals("random")) {
            return netcap.growth.Seeding.randomNodes(agents.size(), k, key);
        }
        int founder = netcap.growth.Seeding.highestDegree(network);
        int[] followers = netcap.growth.Seeding.followersAmongContacts(network, founder, k - 1, key);
        int[] out = new int[1 + followers.length];
        out[0] = founder;
        System.arraycopy(followers, 0, out, 1, followers.length);
        return out;
    }

    private static netcap.growth.ThresholdDistribution thresholdDistribution(Params p) {
        boolean fractional = p.thresholdType.equals("fractional");
        if (!p.thresholdList.isBlank()) {
            String[] parts = p.thresholdList.split(",");
            double[] v = new double[parts.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = Double.parseDouble(parts[i].trim());
            }
            return netcap.growth.ThresholdDistribution.list(v, fractional);
        }
        switch (p.thresholdDistribution) {
            case "fixed":
                return netcap.growth.ThresholdDistribution.fixed(p.thresholdMean, fractional);
            case "uniform":
                return netcap.growth.ThresholdDistribution.uniform(Math.max(0, p.thresholdMean - p.thresholdSpread),
                        p.thresholdMean + p.thresholdSpread, fractional);
            default:
                return netcap.growth.ThresholdDistribution.normal(p.thresholdMean, p.thresholdSpread, fractional);
        }
    }

    /** Makes agent {@code i} a member now. */
    void join(int i) {
        agents.status[i] = Agents.MEMBER;
        joinRank[i] = ++joinCounter;
        joinedThisStep++;
        joinedTotal++;
    }

    /** Whether member {@code j} is one of the first followers (the firstFollowers members after the founder). */
    boolean isFirstFollower(int j) {
        return joinRank[j] >= 2 && joinRank[j] <= 1 + params.firstFollowers;
    }

    /** Clears the per-step counters and makes the per-entry scratch array fit the network. */
    void beginStep() {
        if (received.length < network.neighbors().length) {
            received = new float[network.neighbors().length];
        }
        Arrays.fill(flowSocialization, 0);
        Arrays.fill(flowExternalization, 0);
        Arrays.fill(flowUptake, 0);
        Arrays.fill(flowCombination, 0);
        Arrays.fill(flowInternalization, 0);
        Arrays.fill(effort, 0);
        Arrays.fill(gameValue, 0);
        Arrays.fill(unitCost, Double.NaN);
        Arrays.fill(contribution, 0);
        Arrays.fill(hopUptake, 0);
        double[] t = posts;
        posts = postsNext;
        postsNext = t;
        Arrays.fill(postsNext, 0);
        Arrays.fill(received, 0f);
        byte[] status = agents.status;
        for (int i = 0; i < active.length; i++) {
            active[i] = status[i] == Agents.MEMBER ? (byte) 1 : 0;
        }
        leftThisStep = 0;
        joinedThisStep = 0;
        tiesFormed = 0;
        tiesDropped = 0;
    }

    /** The posts that reached agent {@code i} this step through {@code hop} intermediaries in domain {@code q}. */
    public float reach(int i, int hop, int q) {
        return reached[(i * (params.horizon + 1) + hop) * params.domains + q];
    }

    /** Attention share of each of agent {@code i}'s ties: min(1, budget/degree), 1 when attention is off. */
    public double attention(int i) {
        double b = params.attentionBudget;
        int deg = network.degree(i);
        return b <= 0 || deg <= b ? 1.0 : b / deg;
    }

    /**
     * Reciprocity factor of agent i: what contributors share with i is scaled by
     * 1 + s (2 standing_i - 1) (1 when reciprocity is off).
     */
    public double reciprocity(int i) {
        return params.reciprocity ? 1 + params.reciprocityStrength * (2 * standing[i] - 1) : 1.0;
    }

    static double clamp01(double v) {
        return v < 0 ? 0 : (v > 1 ? 1 : v);
    }

    /** Runs {@code steps} steps headless (after {@link #start()}). */
    public void run(long steps) {
        for (long s = 0; s < steps; s++) {
            if (!schedule.step(this)) {
                break;
            }
        }
    }
}
