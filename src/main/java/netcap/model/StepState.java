package netcap.model;

import netcap.world.Agents;
import netcap.world.MultiplexNetwork;

import java.io.Serializable;
import java.util.Arrays;

/**
 * What the rules of one step tell each other: the per-step arrays and counters that one rule
 * writes and later rules (or the metrics) read. Each variable is documented by its {@link Shared}
 * annotation (shape, unit, meaning, what the begin step sets it to); each rule declares what it
 * writes and reads with {@link StepAccess}. Agent state that persists (knowledge, trust, ...)
 * lives in {@link Agents} and {@link MultiplexNetwork}; state a single rule keeps for itself lives
 * in that rule.
 *
 * <p>Shapes: {@code [agent]} is indexed by agent id, {@code [entry]} by tie entry of the network's
 * adjacency arrays, {@code [agent][domain]} is agent-major and flattened ({@code i * D + q}),
 * {@code [agent][hop]} likewise with H + 1 hops ({@code horizon} + 1).
 */
public final class StepState implements Serializable {
    private static final long serialVersionUID = 1L;

    @Shared(shape = "[agent]", unit = "0/1", doc = "1 when the agent acts this step", begin = "1 for members, 0 otherwise")
    public byte[] active;
    @Shared(shape = "[entry]", unit = "ku", doc = "Value the entry's owner received from the neighbour over the tie this step",
            begin = "0 (resized to the network's entries)")
    public float[] received;
    @Shared(shape = "[agent]", unit = "ku", doc = "Tacit knowledge gained by socialization this step, summed over domains", begin = "0")
    public double[] flowSocialization;
    @Shared(shape = "[agent]", unit = "ku", doc = "Knowledge codified by externalization this step, summed over domains", begin = "0")
    public double[] flowExternalization;
    @Shared(shape = "[agent]", unit = "ku", doc = "Explicit knowledge taken up from posts this step, summed over domains", begin = "0")
    public double[] flowUptake;
    @Shared(shape = "[agent]", unit = "ku", doc = "Explicit knowledge created by combination this step, summed over domains", begin = "0")
    public double[] flowCombination;
    @Shared(shape = "[agent]", unit = "ku", doc = "Tacit knowledge gained by internalization this step, summed over domains", begin = "0")
    public double[] flowInternalization;
    @Shared(shape = "[agent]", unit = "effort", doc = "Effort spent this step on knowledge work and contributions to public goods", begin = "0")
    public double[] effort;
    @Shared(shape = "[agent]", unit = "effort/ku", doc = "Effort per unit of knowledge externalized this step (NaN when the agent externalized nothing)",
            begin = "NaN")
    public double[] unitCost;
    @Shared(shape = "[agent]", unit = "ku", doc = "Value received from the public goods game this step", begin = "0")
    public double[] gameValue;
    @Shared(shape = "[agent]", unit = "share", doc = "Contribution to the public good this step, as a share of a full contribution (0 when not playing)",
            begin = "0")
    public double[] contribution;
    @Shared(shape = "[agent]", unit = "0–1", doc = "Standing reputation / (reputation + mean reputation); 0.5 when all are equal")
    public double[] standing;
    @Shared(shape = "[agent][hop][domain]", unit = "ku",
            doc = "The posts that reached the agent this step through hop intermediaries (hop 0: from neighbours)")
    public float[] reached;
    @Shared(shape = "[agent][domain]", unit = "ku", doc = "Explicit knowledge the agent published in the previous step (its posts)",
            begin = "the previous step's postsNext")
    public double[] posts;
    @Shared(shape = "[agent][domain]", unit = "ku", doc = "Explicit knowledge the agent publishes this step", begin = "0")
    public double[] postsNext;
    @Shared(shape = "[agent][domain]", unit = "ku", doc = "Trust-weighted mean of the explicit knowledge the agent's neighbours show")
    public float[] stockField;
    @Shared(shape = "[agent][hop]", unit = "ku", doc = "Explicit knowledge taken up this step by distance (hop 0: from neighbours)", begin = "0")
    public double[] hopUptake;
    @Shared(shape = "scalar", unit = "share", doc = "Mean contribution of the acting members in the last step the game was played (0 before)")
    public double lastContributionRate;
    @Shared(shape = "scalar", unit = "agents", doc = "Agents that joined this step", begin = "0")
    public int joinedThisStep;
    @Shared(shape = "scalar", unit = "agents", doc = "Members that left this step", begin = "0")
    public int leftThisStep;
    @Shared(shape = "scalar", unit = "ties", doc = "Ties created this step", begin = "0")
    public int tiesFormed;
    @Shared(shape = "scalar", unit = "ties", doc = "Ties removed this step (not counting those of leavers)", begin = "0")
    public int tiesDropped;

    /**
     * The state for {@code n} agents, {@code d} domains, {@code hops} distances (horizon + 1) and
     * {@code entries} tie entries: zeros, standing 0.5.
     */
    public StepState(int n, int d, int hops, int entries) {
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
        reached = new float[n * hops * d];
        hopUptake = new double[n * hops];
        posts = new double[n * d];
        postsNext = new double[n * d];
        stockField = new float[n * d];
        received = new float[entries];
    }

    /**
     * The begin step: clears the per-step flows and counters, makes the posts of the last step
     * current, makes the per-entry array fit the network and marks every member as acting.
     */
    void begin(Agents agents, MultiplexNetwork network) {
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
}
