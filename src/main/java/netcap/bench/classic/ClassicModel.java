package netcap.bench.classic;

import netcap.model.NetcapModel;
import netcap.model.Params;
import netcap.random.Streams;
import netcap.world.Agents;
import netcap.world.MultiplexNetwork;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.field.network.Edge;
import sim.field.network.Network;
import sim.util.Bag;

import java.util.List;
import java.util.Set;

/**
 * The netcap knowledge-and-trust subset written the classic MASON way, as the honest baseline of
 * {@code netcap bench}: agents are objects ({@link ClassicAgent}) with their own arrays, ties are
 * directed {@link Edge}s of a MASON {@link Network} whose info is a {@link Tie} object, and every
 * agent is scheduled by MASON's {@link Schedule} every step (once per phase, see
 * {@link ClassicAgent}). An observer at the end of the step sums the flows and means, as a MASON
 * model's data collector would.
 *
 * <p>It implements the same equations as netcap's activation, socialization (face to face),
 * externalization (tacit converted into explicit), posts (the best level per hop that reaches an
 * agent over its virtual ties, non-backtracking, and uptake of the gap to it), combination (new
 * explicit knowledge from the material in reach), internalization (explicit converted into
 * tacit), forgetting and trust mechanisms ({@link #MECHANISMS}), written independently of the
 * engine's classes. The others are not part of it: joining, contribution, relationship levels,
 * tie formation, satisfaction and strategy update, and project teams, which are formed one leader
 * after another from one random stream (a sequential rule, not a loop over the ties, so not what
 * the comparison is about); the subset runs of the engine switch them off
 * ({@code Bench.subsetDisabled()}). It is built from the initial state of a started
 * {@link NetcapModel}, so both start from the same agents, ties and trust.
 */
public final class ClassicModel extends SimState {
    private static final long serialVersionUID = 1L;

    /** The netcap mechanisms this model implements. */
    public static final List<String> MECHANISMS = List.of(
            "activation", "socialization", "externalization", "posts", "combination", "internalization", "forgetting", "trust");

    public final Params params;
    public final Network network = new Network(true);
    public final ClassicAgent[] agents;
    final boolean activation;
    final boolean socialization;
    final boolean externalization;
    final boolean posts;
    final boolean combination;
    final boolean internalization;
    final boolean forgetting;
    final boolean trust;
    final long activationKey;
    final int virtualMask;
    final double[] scratchAdd;
    final double[] scratchGap;

    /** Totals of the last step (the observer's record). */
    public double totalTacit;
    public double totalExplicit;
    public double meanTieTrust;
    public double socializationFlow;
    public double uptakeFlow;
    public double combinationFlow;

    /**
     * A classic model with the state of {@code m} (started, not yet stepped) and the netcap
     * mechanisms of {@link #MECHANISMS} that are enabled in {@code m}.
     */
    public ClassicModel(NetcapModel m) {
        super(m.runKey);
        this.random = Streams.rng(m.runKey, "classic");
        this.params = m.params;
        Set<String> off = m.disabled();
        activation = !off.contains("activation");
        socialization = !off.contains("socialization");
        externalization = !off.contains("externalization");
        posts = !off.contains("posts");
        combination = !off.contains("combination");
        internalization = !off.contains("internalization");
        forgetting = !off.contains("forgetting");
        trust = !off.contains("trust");
        activationKey = Streams.child(m.runKey, "activation");
        virtualMask = m.network.virtualLayersMask();
        Agents a = m.agents;
        int n = a.size();
        int d = a.domains;
        int dims = a.interestDims;
        int hops = params.horizon + 1;
        scratchAdd = new double[d];
        scratchGap = new double[d];
        agents = new ClassicAgent[n];
        for (int i = 0; i < n; i++) {
            ClassicAgent c = new ClassicAgent(i, d, hops, dims);
            c.member = a.status[i] == Agents.MEMBER;
            c.activity = a.activity[i];
            c.propensity = a.propensity[i];
            c.generalTrust = a.generalTrust[i];
            System.arraycopy(a.tacit, i * d, c.tacit, 0, d);
            System.arraycopy(a.explicit, i * d, c.explicit, 0, d);
            System.arraycopy(a.interest, i * dims, c.interest, 0, dims);
            System.arraycopy(a.relevance, i * d, c.relevance, 0, d);
            agents[i] = c;
            network.addNode(c);
        }
        MultiplexNetwork net = m.network;
        int[] nbr = net.neighbors();
        int[] twin = net.twins();
        float[] tr = net.trust();
        byte[] lv = net.levels();
        byte[] ly = net.layerMasks();
        Tie[] byEntry = new Tie[nbr.length];
        for (int u = 0; u < n; u++) {
            for (int k = net.start(u); k < net.start(u) + net.degree(u); k++) {
                Tie t = new Tie(tr[k], lv[k], ly[k]);
                byEntry[k] = t;
                network.addEdge(agents[u], agents[nbr[k]], t);
            }
        }
        for (int u = 0; u < n; u++) {
            for (int k = net.start(u); k < net.start(u) + net.degree(u); k++) {
                byEntry[k].reverse = byEntry[twin[k]];
            }
        }
    }

    @Override
    public void start() {
        super.start();
        for (ClassicAgent c : agents) {
            for (int p = 0; p < ClassicAgent.PHASES; p++) {
                schedule.scheduleRepeating(Schedule.EPOCH, p, c.phases[p], 1.0);
            }
        }
        schedule.scheduleRepeating(Schedule.EPOCH, ClassicAgent.PHASES, (Steppable) state -> observe(), 1.0);
    }

    /** Runs {@code steps} steps (after {@link #start()}). */
    public void run(long steps) {
        for (long s = 0; s < steps; s++) {
            schedule.step(this);
        }
    }

    private void observe() {
        double tacit = 0;
        double explicit = 0;
        double soc = 0;
        double up = 0;
        double comb = 0;
        double tieTrust = 0;
        long entries = 0;
        for (ClassicAgent c : agents) {
            soc += c.flowSocialization;
            up += c.flowUptake;
            comb += c.flowCombination;
            if (!c.member) {
                continue;
            }
            for (int q = 0; q < c.tacit.length; q++) {
                tacit += c.tacit[q];
                explicit += c.explicit[q];
            }
            Bag out = network.getEdgesOut(c);
            for (int x = 0; x < out.numObjs; x++) {
                tieTrust += ((Tie) ((Edge) out.objs[x]).info).trust;
                entries++;
            }
        }
        totalTacit = tacit;
        totalExplicit = explicit;
        meanTieTrust = entries == 0 ? 0 : tieTrust / entries;
        socializationFlow = soc;
        uptakeFlow = up;
        combinationFlow = comb;
    }
}
