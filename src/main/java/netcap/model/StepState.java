package netcap.model;

import netcap.api.StepOrder;
import netcap.model.observation.Metrics;
import netcap.schema.Markdown;
import netcap.world.Agents;
import netcap.world.MultiplexNetwork;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
    @Shared(shape = "[agent]", unit = "ku", doc = "Tacit knowledge the agent learnt by socialization this step (a transfer), summed over domains", begin = "0")
    public double[] flowSocialization;
    @Shared(shape = "[agent]", unit = "ku", doc = "Tacit knowledge the agent created with others by working together face to face this step (a creation), summed over domains", begin = "0")
    public double[] flowSocializationCreated;
    @Shared(shape = "[agent]", unit = "ku", doc = "Tacit knowledge the agent converted into explicit knowledge this step (a conversion), summed over domains", begin = "0")
    public double[] flowExternalization;
    @Shared(shape = "[agent]", unit = "ku", doc = "Explicit knowledge the agent took up from posts this step (a transfer), summed over domains", begin = "0")
    public double[] flowUptake;
    @Shared(shape = "[agent]", unit = "ku", doc = "Explicit knowledge the agent created by combination this step (a creation), summed over domains", begin = "0")
    public double[] flowCombination;
    @Shared(shape = "[agent]", unit = "ku", doc = "Explicit knowledge the agent converted into tacit knowledge this step (a conversion), summed over domains", begin = "0")
    public double[] flowInternalization;
    @Shared(shape = "[agent]", unit = "ku", doc = "Tacit knowledge created for the agent by the project teams it worked in this step (a creation), summed over domains", begin = "0")
    public double[] flowTeams;
    @Shared(shape = "[agent]", unit = "ku", doc = "Tacit knowledge the agent forgot this step, summed over domains", begin = "0")
    public double[] forgottenTacit;
    @Shared(shape = "[agent]", unit = "ku", doc = "Explicit knowledge the agent forgot this step, summed over domains", begin = "0")
    public double[] forgottenExplicit;
    @Shared(shape = "[agent]", unit = "effort", doc = "Effort spent this step on knowledge work and contributions to public goods", begin = "0")
    public double[] effort;
    @Shared(shape = "[agent]", unit = "effort/ku", doc = "Effort per unit of knowledge externalized this step (NaN when the agent externalized nothing)",
            begin = "NaN")
    public double[] unitCost;
    @Shared(shape = "[agent]", unit = "ku", doc = "Explicit knowledge created for the agent by the commons, its share of the public good (a creation), summed over domains", begin = "0")
    public double[] flowCommons;
    @Shared(shape = "[agent]", unit = "ku", doc = "Explicit knowledge the agent received this step from purchases and from approaches (samples and cold offers): a transfer, summed over domains", begin = "0")
    public double[] bought;
    @Shared(shape = "[agent]", unit = "ku", doc = "Price the agent paid this step for what it bought", begin = "0")
    public double[] paid;
    @Shared(shape = "[agent]", unit = "ku", doc = "Payments the agent received this step for what it sold", begin = "0")
    public double[] earned;
    @Shared(shape = "[entry]", unit = "0/1", doc = "1 when the entry's owner delivered over the tie this step and was not paid", begin = "0 (resized to the network's entries)")
    public byte[] unpaid;
    @Shared(shape = "[agent]", unit = "share", doc = "Contribution to the public good this step, as a share of a full contribution (0 when not playing)",
            begin = "0")
    public double[] contribution;
    @Shared(shape = "[agent]", unit = "0–1", doc = "A member's rank by reputation among the members, 0 (lowest) to 1 (highest), the mean rank on ties; 0.5 for non-members and before any update")
    public double[] standing;
    @Shared(shape = "[agent][hop][domain]", unit = "ku",
            doc = "The best perceived level of a post that reached the agent this step through hop intermediaries (hop 0: from a neighbour)")
    public float[] reached;
    @Shared(shape = "[agent][hop][domain]", unit = "ku",
            doc = "The second-best perceived level at each hop, from another neighbour than the best (what the agent relays back to the neighbour the best came from)")
    public float[] reachedSecond;
    @Shared(shape = "[agent][hop][domain]", unit = "agent id",
            doc = "The neighbour the best level at each hop came from (-1 when nothing reached the agent)")
    public int[] reachedFrom;
    @Shared(shape = "[agent][hop][domain]", unit = "agent id",
            doc = "The publisher of the best level at each hop (-1 when nothing reached the agent); an agent's own posts are never kept")
    public int[] reachedOrigin;
    @Shared(shape = "[agent][hop][domain]", unit = "agent id", doc = "The publisher of the second-best level at each hop (-1 when none)")
    public int[] reachedSecondOrigin;
    @Shared(shape = "[agent][domain]", unit = "ku", doc = "Explicit knowledge the agent newly published this step (what it externalized and its share of what it combined)",
            begin = "0")
    public double[] published;
    @Shared(shape = "[agent][domain]", unit = "ku", doc = "The explicit knowledge in the agent's reach, the material of combination: per domain the sum over hops of the best level that reached it")
    public float[] stockField;
    @Shared(shape = "[agent][hop]", unit = "ku", doc = "Explicit knowledge taken up this step by distance (hop 0: from neighbours)", begin = "0")
    public double[] hopUptake;
    @Shared(shape = "scalar", unit = "share", doc = "Mean contribution of the acting members in this step's game (0 until the game is first played)")
    public double lastContributionRate;
    @Shared(shape = "scalar", unit = "agents", doc = "Agents that joined this step", begin = "0")
    public int joinedThisStep;
    @Shared(shape = "scalar", unit = "agents", doc = "Members that left this step", begin = "0")
    public int leftThisStep;
    @Shared(shape = "scalar", unit = "teams", doc = "Project teams formed this step", begin = "0")
    public int teamsFormed;
    @Shared(shape = "scalar", unit = "purchases", doc = "Purchases made this step (cold offers accepted included)", begin = "0")
    public int purchases;
    @Shared(shape = "scalar", unit = "purchases", doc = "Purchases made this step by agents that are not members", begin = "0")
    public int outsiderPurchases;
    @Shared(shape = "scalar", unit = "purchases", doc = "Purchases made this step that the buyer did not pay", begin = "0")
    public int unpaidPurchases;
    @Shared(shape = "scalar", unit = "approaches", doc = "Approaches to members not yet known made this step", begin = "0")
    public int approaches;
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
        flowSocializationCreated = new double[n];
        flowExternalization = new double[n];
        flowUptake = new double[n];
        flowCombination = new double[n];
        flowInternalization = new double[n];
        flowTeams = new double[n];
        forgottenTacit = new double[n];
        forgottenExplicit = new double[n];
        effort = new double[n];
        flowCommons = new double[n];
        bought = new double[n];
        paid = new double[n];
        earned = new double[n];
        unitCost = new double[n];
        contribution = new double[n];
        standing = new double[n];
        Arrays.fill(standing, 0.5);
        reached = new float[n * hops * d];
        reachedSecond = new float[n * hops * d];
        reachedFrom = new int[n * hops * d];
        Arrays.fill(reachedFrom, -1);
        reachedOrigin = new int[n * hops * d];
        Arrays.fill(reachedOrigin, -1);
        reachedSecondOrigin = new int[n * hops * d];
        Arrays.fill(reachedSecondOrigin, -1);
        hopUptake = new double[n * hops];
        published = new double[n * d];
        stockField = new float[n * d];
        received = new float[entries];
        unpaid = new byte[entries];
    }

    /**
     * The begin step: clears the per-step flows and counters, makes the per-entry array fit the network and marks every member as acting.
     */
    void begin(Agents agents, MultiplexNetwork network) {
        if (received.length < network.neighbors().length) {
            received = new float[network.neighbors().length];
        }
        if (unpaid.length < network.neighbors().length) {
            unpaid = new byte[network.neighbors().length];
        }
        Arrays.fill(flowSocialization, 0);
        Arrays.fill(flowSocializationCreated, 0);
        Arrays.fill(flowExternalization, 0);
        Arrays.fill(flowUptake, 0);
        Arrays.fill(flowCombination, 0);
        Arrays.fill(flowInternalization, 0);
        Arrays.fill(flowTeams, 0);
        Arrays.fill(forgottenTacit, 0);
        Arrays.fill(forgottenExplicit, 0);
        Arrays.fill(effort, 0);
        Arrays.fill(flowCommons, 0);
        Arrays.fill(bought, 0);
        Arrays.fill(paid, 0);
        Arrays.fill(earned, 0);
        Arrays.fill(unpaid, (byte) 0);
        Arrays.fill(unitCost, Double.NaN);
        Arrays.fill(contribution, 0);
        Arrays.fill(hopUptake, 0);
        Arrays.fill(published, 0);
        Arrays.fill(received, 0f);
        byte[] status = agents.status;
        for (int i = 0; i < active.length; i++) {
            active[i] = status[i] == Agents.MEMBER ? (byte) 1 : 0;
        }
        leftThisStep = 0;
        joinedThisStep = 0;
        tiesFormed = 0;
        tiesDropped = 0;
        purchases = 0;
        outsiderPurchases = 0;
        unpaidPurchases = 0;
        approaches = 0;
        teamsFormed = 0;
    }

    /**
     * Grows the per-entry arrays, keeping what they hold, when ties added during the step took the
     * network's entries past them (later rules of the step index them by entry).
     */
    void fit(MultiplexNetwork network) {
        int entries = network.neighbors().length;
        if (received.length < entries) {
            received = Arrays.copyOf(received, entries);
        }
        if (unpaid.length < entries) {
            unpaid = Arrays.copyOf(unpaid, entries);
        }
    }

    // ------------------------------------------------------------------ the declarations

    /** A reader or writer of the step state at its place in the step. */
    public record Rule(String name, int order, List<String> writes, List<String> reads, List<String> readsPrevious) {
        static Rule of(String name, int order, StepAccess access) {
            return access == null
                    ? new Rule(name, order, List.of(), List.of(), List.of())
                    : new Rule(name, order, List.of(access.writes()), List.of(access.reads()), List.of(access.readsPrevious()));
        }
    }

    /** The variables (the public instance fields), in declaration order. */
    public static List<Field> variables() {
        List<Field> out = new ArrayList<>();
        for (Field f : StepState.class.getDeclaredFields()) {
            if (Modifier.isPublic(f.getModifiers()) && !Modifier.isStatic(f.getModifiers())) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Everything that touches the step state, in schedule order: the begin step (writing what its
     * {@link Shared#begin()} names), every mechanism as declared by its {@link StepAccess}, and
     * the metrics recorder.
     */
    public static List<Rule> rules() {
        List<String> reset = new ArrayList<>();
        for (Field f : variables()) {
            if (f.isAnnotationPresent(Shared.class) && !f.getAnnotation(Shared.class).begin().isEmpty()) {
                reset.add(f.getName());
            }
        }
        List<Rule> out = new ArrayList<>();
        out.add(new Rule("begin step", StepOrder.BEGIN, List.copyOf(reset), List.of(), List.of()));
        for (Mechanism m : Mechanisms.create()) {
            out.add(Rule.of(m.name(), m.order(), m.getClass().getAnnotation(StepAccess.class)));
        }
        out.add(Rule.of("metrics", StepOrder.METRICS, Metrics.class.getAnnotation(StepAccess.class)));
        return out;
    }

    /** The step-state table of docs/ODD.md: each variable, who writes it and who reads it, in schedule order. */
    public static String markdownTable() {
        List<List<String>> rows = new ArrayList<>();
        List<Rule> rules = rules();
        for (Field f : variables()) {
            Shared s = f.getAnnotation(Shared.class);
            String name = f.getName();
            List<String> writers = new ArrayList<>();
            List<String> readers = new ArrayList<>();
            for (Rule r : rules) {
                String at = "`" + r.name() + "` (" + r.order();
                if (r.order() != StepOrder.BEGIN && r.writes().contains(name)) {
                    writers.add(at + ")");
                }
                if (r.reads().contains(name)) {
                    readers.add(at + ")");
                }
                if (r.readsPrevious().contains(name)) {
                    readers.add(at + ", previous step)");
                }
            }
            rows.add(List.of("`" + name + "`", "`" + s.shape() + "`", s.unit(), s.doc(), s.begin(),
                    String.join(", ", writers), String.join(", ", readers)));
        }
        return Markdown.table(List.of("variable", "shape", "unit", "meaning", "begin step", "written by", "read by"), rows);
    }
}
