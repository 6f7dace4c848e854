package netcap.model;

import netcap.api.StepOrder;
import ec.util.MersenneTwisterFast;
import netcap.generate.NetworkGenerator;
import netcap.model.observation.Metrics;
import netcap.model.observation.TimeSeries;
import netcap.random.Streams;
import netcap.world.Agents;
import netcap.world.MultiplexNetwork;
import sim.engine.Schedule;
import sim.engine.SimState;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The netcap model as a MASON {@link SimState}: agents with trust, knowledge and activity on a
 * multiplex network, stepped by one {@link Mechanism} per rule in the fixed {@link netcap.api.StepOrder}.
 *
 * <p>{@link #start()} builds the world from the parameters and the network generator; each
 * {@code schedule.step(model)} then runs every enabled mechanism once and records one row of
 * metrics. The state lives in {@link #agents} and {@link #network} (primitive arrays) and in the
 * {@link StepState}, the per-step arrays that mechanisms fill and later mechanisms read; the
 * initial world comes from {@link WorldBuilder}.
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
    public final TimeSeries series;
    private final List<Mechanism> mechanisms = new ArrayList<>();

    /** What the rules of the current step tell each other (rebuilt by {@link #start()}). */
    public StepState state;
    /** The plug-in mechanisms and metrics of this run (rebuilt by {@link #start()}). */
    private transient netcap.model.plugins.PluginSet.Run pluginRun;
    /** Records the metrics row of each step (rebuilt by {@link #start()}). */
    private Metrics metrics;

    // ------------------------------------------------------------------ state kept over the run

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
    /** Agents that joined since the start (initial members excluded). */
    public int joinedTotal;
    /** Order in which each agent became a member (1 = first); 0 = never. */
    public int[] joinRank;
    private int joinCounter;
    /** Number of members at the start. */
    public int initialMemberCount;
    /** Each agent's joining threshold (threshold rule). */
    public double[] thresholds;
    /** The step at which the adoption share first reached 10%, or NaN. */
    public double takeoffStep = Double.NaN;

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
        List<String> known = new ArrayList<>(Mechanisms.NAMES);
        known.addAll(params.plugins().mechanismNames());
        for (String d : disabled) {
            if (!known.contains(d)) {
                throw new IllegalArgumentException("unknown mechanism '" + d + "'; known: " + String.join(", ", known));
            }
        }
        if (virtualLayers.isEmpty()) {
            throw new IllegalArgumentException("at least one virtual layer is needed");
        }
        this.params = params;
        this.series = new TimeSeries(columns(params));
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

    /** The metric columns of a model with {@code params}: the built-in ones, then those of its plug-ins. */
    public static List<String> columns(Params params) {
        if (params.plugins().isEmpty()) {
            return Metrics.COLUMNS;
        }
        List<String> out = new ArrayList<>(Metrics.COLUMNS);
        out.addAll(params.plugins().metricNames());
        return out;
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

    /** The columns the run writes, when not all (null: all); see {@link #recordOnly}. */
    private java.util.Set<String> recorded;

    /**
     * Computes the costly metric columns (largest component, clustering, Gini coefficients) only
     * when among {@code columns}, the columns the run writes (the others are NaN in
     * {@link #series}); takes effect from the next {@link #start()} on.
     */
    public void recordOnly(java.util.Collection<String> columns) {
        recorded = java.util.Set.copyOf(columns);
    }

    /** The recorder of this run's metrics rows (null before {@link #start()}). */
    public Metrics metrics() {
        return metrics;
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
        pluginRun = params.plugins().newRun();
        buildWorld();
        mechanisms.clear();
        schedule.scheduleRepeating(Schedule.EPOCH, StepOrder.BEGIN, sim -> ((NetcapModel) sim).beginStep(), 1.0);
        List<Mechanism> all = new ArrayList<>(Mechanisms.create());
        all.addAll(pluginRun.mechanisms());
        all.sort(java.util.Comparator.comparingInt(Mechanism::order)); // stable: the built-in order is kept
        for (Mechanism m : all) {
            if (enabled(m.name())) {
                mechanisms.add(m);
                schedule.scheduleRepeating(Schedule.EPOCH, m.order(), m, 1.0);
            }
        }
        series.clear();
        metrics.record(this, 0);
        schedule.scheduleRepeating(Schedule.EPOCH, StepOrder.METRICS, sim -> {
            NetcapModel m = (NetcapModel) sim;
            m.metrics.record(m, m.step() + 1);
        }, 1.0);
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
        WorldBuilder.World w = new WorldBuilder(runKey, params, generator, virtualLayers).build();
        agents = w.agents();
        network = w.network();
        sourceId = w.sourceId();
        agentsPlaced = w.agentsPlaced();
        joinRank = w.joinRank();
        joinCounter = w.initialMembers();
        initialMemberCount = joinCounter;
        thresholds = w.thresholds();
        joinedTotal = 0;
        leftTotal = 0;
        takeoffStep = Double.NaN;
        state = new StepState(agents.size(), params.domains, params.horizon + 1, network.neighbors().length);
        metrics = new Metrics(pluginRun);
        if (recorded != null) {
            metrics.recordOnly(recorded);
        }
    }

    /** Makes agent {@code i} a member now (the caller counts it in {@link StepState#joinedThisStep}). */
    public void join(int i) {
        agents.status[i] = Agents.MEMBER;
        joinRank[i] = ++joinCounter;
        joinedTotal++;
    }

    /**
     * Member {@code i} leaves now: its status becomes LEFT and all its ties are removed (the
     * caller counts it in {@link StepState#leftThisStep}).
     */
    public void leave(int i) {
        agents.status[i] = Agents.LEFT;
        network.removeAllTies(i);
        leftTotal++;
    }

    /** Agents that became members so far, initial members included (the last {@link #joinRank}). */
    public int joinCount() {
        return joinCounter;
    }

    /** Whether member {@code j} is one of the first followers (the firstFollowers members after the founder). */
    public boolean isFirstFollower(int j) {
        return joinRank[j] >= 2 && joinRank[j] <= 1 + params.firstFollowers;
    }

    /** The begin step (see {@link StepState}). */
    void beginStep() {
        state.begin(agents, network);
    }

    /** The posts that reached agent {@code i} this step through {@code hop} intermediaries in domain {@code q}. */
    public float reach(int i, int hop, int q) {
        return state.reached[(i * (params.horizon + 1) + hop) * params.domains + q];
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
        return params.reciprocity ? 1 + params.reciprocityStrength * (2 * state.standing[i] - 1) : 1.0;
    }

    /**
     * Whether a tie at {@code level} carries what needs {@code minLevel} (tacit knowledge, team
     * invitations, purchases): always when {@code relationshipLevels} is off.
     */
    public boolean carries(int level, int minLevel) {
        return !params.relationshipLevels || level >= minLevel;
    }

    /**
     * Weight of a tie's level in choices that rise with it (purchases): (level + 1) / 5, from 0.2
     * for a stranger to 1 for a close friend; 0.6, the weight of the middle level, for every tie
     * when {@code relationshipLevels} is off.
     */
    public double levelWeight(int level) {
        return params.relationshipLevels ? (level + 1) / 5.0 : 0.6;
    }

    /**
     * The layers of a tie made during the run in the given virtual channel(s): those channels, or
     * the physical layer when the virtual rooms are switched off ({@code virtualRooms: false}).
     */
    public int newTieLayers(int virtualMask) {
        return params.virtualRooms ? virtualMask : 1 << MultiplexNetwork.PHYSICAL;
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
