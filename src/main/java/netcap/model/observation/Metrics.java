package netcap.model.observation;

import ec.util.MersenneTwisterFast;
import netcap.model.NetcapModel;
import netcap.model.StepAccess;
import netcap.model.StepState;
import netcap.stats.Gini;
import netcap.world.Agents;
import netcap.world.MultiplexNetwork;

import java.util.Arrays;
import java.util.List;

/**
 * Records the model-level metrics after every step (and once at step 0): one row of the
 * {@link Metric} catalogue's columns, each value put by its metric. One recorder per run; it keeps
 * its scratch arrays and caches the structural columns (largest component, clustering) until the
 * network or the membership changes. Column names follow one rule: {@code mean<Variable>} for
 * means over members, {@code <flow>} for totals over the step, {@code tieLevel<L>} for tie counts
 * per level.
 */
@StepAccess(reads = {"active", "joinedThisStep", "leftThisStep", "flowSocialization", "flowExternalization", "flowUptake",
        "flowCombination", "flowInternalization", "flowTeams", "flowSocializationCreated", "forgottenTacit", "forgottenExplicit", "teamsFormed", "hopUptake", "effort", "unitCost", "contribution", "tiesFormed", "tiesDropped", "flowCommons", "bought", "earned", "purchases", "outsiderPurchases", "unpaidPurchases", "approaches"})
public final class Metrics {
    /** Every column, in output order (the {@link Metric} catalogue's). */
    public static final List<String> COLUMNS = Metric.names();

    private static final Metric[] TIE_LEVELS = {
        Metric.TIE_LEVEL_0, Metric.TIE_LEVEL_1, Metric.TIE_LEVEL_2, Metric.TIE_LEVEL_3, Metric.TIE_LEVEL_4};

    /** Adoption share that marks take-off ({@code timeToTakeoff} is the first step at or above it). */
    public static final double TAKEOFF_SHARE = 0.1;

    /**
     * Whether a run that starts with {@code initialMembers} of {@code agents} as members can take
     * off: it must start below {@link #TAKEOFF_SHARE} ({@code timeToTakeoff} stays empty otherwise).
     */
    public static boolean takeoffPossible(int initialMembers, int agents) {
        return initialMembers < TAKEOFF_SHARE * agents;
    }
    /** Share of all agents that joined after the start above which a cascade counts as global (Watts 2002 uses a finite fraction; 1% here). */
    public static final double GLOBAL_CASCADE = 0.01;

    /** Largest number of nodes whose local clustering is computed exactly; beyond, a fixed sample this large. */
    public static final int CLUSTERING_SAMPLE = 2000;

    /** Scratch for the most any member knows per domain (system knowledge). */
    private double[] systemScratch;
    /** Scratch for each member's revenue (revenue Gini). */
    private double[] revenueScratch;
    /** Scratch for each member's total knowledge (knowledge Gini). */
    private double[] knowledgeScratch;
    /** Scratch for the largest component. */
    private int[] componentLabel;
    private int[] componentQueue;
    /** Agents whose local clustering is recorded (null until first needed). */
    private int[] clusteringSample;
    /**
     * What the structural metrics (largest component, clustering) were last computed for: the
     * network, its structural version, the joins and departures so far and the member count.
     * They are recomputed only when one of these changed.
     */
    private Object structureNetwork;
    private long structureVersion;
    private long structureJoins;
    private long structureLeft;
    private int structureMembers;
    private double largestComponentCache;
    private double clusteringCache;

    /** Whether the costly columns are computed (all are unless {@link #recordOnly} says otherwise). */
    private boolean wantLargestComponent = true;
    private boolean wantClustering = true;
    private boolean wantKnowledgeGini = true;
    private boolean wantRevenueGini = true;

    /** The plug-in metrics of this run (none unless the spec names plug-ins). */
    private final netcap.model.plugins.PluginSet.Run plugins;

    /** A recorder for one run (its scratch and structural cache start empty). */
    public Metrics() {
        this(null);
    }

    /** A recorder for one run that also records the plug-in metrics of {@code plugins} (may be null), after the built-in columns. */
    public Metrics(netcap.model.plugins.PluginSet.Run plugins) {
        this.plugins = plugins;
    }

    /**
     * Computes the costly columns (largest component, clustering, the knowledge and revenue Gini
     * coefficients) only when they are among {@code columns}, the columns a run writes; the others
     * are NaN in the rows. Every other column is cheap and always filled.
     */
    public void recordOnly(java.util.Collection<String> columns) {
        wantLargestComponent = columns.contains(Metric.LARGEST_COMPONENT.column());
        wantClustering = columns.contains(Metric.CLUSTERING.column());
        wantKnowledgeGini = columns.contains(Metric.KNOWLEDGE_GINI.column());
        wantRevenueGini = columns.contains(Metric.REVENUE_GINI.column());
    }

    /** Appends the current state's row to {@code m.series}. O(N log N + entries). */
    public void record(NetcapModel m, long step) {
        StepState state = m.state;
        Agents a = m.agents;
        MultiplexNetwork net = m.network;
        int n = a.size();
        int d = a.domains;
        Row row = new Row();
        int members = 0;
        int active = 0;
        double trust = 0;
        double tacit = 0;
        double explicit = 0;
        double sat = 0;
        double act = 0;
        int[] strategies = new int[3];
        double contributed = 0;
        double payoff = 0;
        double reputation = 0;
        if (knowledgeScratch == null || knowledgeScratch.length < n) {
            knowledgeScratch = new double[n];
        }
        double[] perAgent = knowledgeScratch;
        double soc = 0;
        double ext = 0;
        double up = 0;
        double comb = 0;
        double intl = 0;
        double teams = 0;
        double together = 0;
        double forgotten = 0;
        if (systemScratch == null || systemScratch.length != d) {
            systemScratch = new double[d];
        }
        double[] most = systemScratch;
        Arrays.fill(most, 0);
        double effort = 0;
        double spent = 0;
        double valued = 0;
        double commons = 0;
        double boughtValue = 0;
        double revenue = 0;
        int sellers = 0;
        int outsiders = 0;
        double outsiderValue = 0;
        if (revenueScratch == null || revenueScratch.length < n) {
            revenueScratch = new double[n];
        }
        double unitCost = 0;
        int costed = 0;
        int hops = m.params.horizon + 1;
        double direct = 0;
        double indirect = 0;
        double distWeighted = 0;
        for (int i = 0; i < n; i++) {
            soc += state.flowSocialization[i];
            ext += state.flowExternalization[i];
            up += state.flowUptake[i];
            comb += state.flowCombination[i];
            intl += state.flowInternalization[i];
            teams += state.flowTeams[i];
            together += state.flowSocializationCreated[i];
            forgotten += state.forgottenTacit[i] + state.forgottenExplicit[i];
            effort += state.effort[i];
            commons += state.flowCommons[i];
            boughtValue += state.bought[i];
            revenue += state.earned[i];
            if (!Double.isNaN(state.unitCost[i])) {
                unitCost += state.unitCost[i];
                costed++;
            }
            for (int h = 0; h < hops; h++) {
                double v = state.hopUptake[i * hops + h];
                if (h == 0) {
                    direct += v;
                } else {
                    indirect += v;
                }
                distWeighted += v * (h + 1);
            }
            if (a.status[i] != Agents.MEMBER) {
                if (a.status[i] == Agents.NOT_JOINED) {
                    outsiders++;
                    outsiderValue += a.outsiderValue[i];
                }
                continue;
            }
            double know = 0;
            for (int q = i * d; q < (i + 1) * d; q++) {
                tacit += a.tacit[q];
                explicit += a.explicit[q];
                double k = a.tacit[q] + a.explicit[q];
                know += k;
                most[q - i * d] = Math.max(most[q - i * d], k);
            }
            perAgent[members] = know;
            revenueScratch[members] = a.revenue[i];
            spent += state.effort[i]; // prices are paid to other members: for the members together they cancel out
            valued += state.flowSocialization[i] + state.flowSocializationCreated[i] + state.flowUptake[i]
                    + state.flowCombination[i] + state.flowTeams[i] + state.flowCommons[i] + state.bought[i];
            sellers += a.contact[i] == Agents.SELLER ? 1 : 0;
            members++;
            active += state.active[i];
            trust += a.generalTrust[i];
            sat += a.satisfaction[i];
            act += a.activity[i];
            strategies[a.strategy[i]]++;
            contributed += state.contribution[i];
            payoff += a.payoff[i];
            reputation += a.reputation[i];
        }
        long[] levels = new long[5];
        double tieTrust = 0;
        double single = 0;
        double multi = 0;
        long singleCount = 0;
        long multiCount = 0;
        long entries = 0;
        int physical = 1 << MultiplexNetwork.PHYSICAL;
        int virtual = net.virtualLayersMask();
        float[] tt = net.trust();
        byte[] lv = net.levels();
        byte[] ly = net.layerMasks();
        byte[] status = a.status;
        boolean everyone = members == net.nodes(); // then no neighbour needs its status read (a random read per entry)
        int[] nbr = net.neighbors();
        for (int u = 0; u < net.nodes(); u++) {
            if (status[u] != Agents.MEMBER) {
                continue;
            }
            int s = net.start(u);
            for (int k = s; k < s + net.degree(u); k++) {
                if (!everyone && status[nbr[k]] != Agents.MEMBER) {
                    continue; // latent contact of a non-member
                }
                entries++;
                tieTrust += tt[k];
                boolean both = (ly[k] & physical) != 0 && (ly[k] & virtual) != 0;
                if (both) {
                    multi += tt[k];
                    multiCount++;
                } else {
                    single += tt[k];
                    singleCount++;
                }
                levels[lv[k]]++;
            }
        }
        double mem = Math.max(1, members);
        row.put(Metric.STEP, step);
        row.put(Metric.MEMBERS, members);
        row.put(Metric.ACTIVE, step == 0 ? 0 : active);
        row.put(Metric.JOINED, state.joinedThisStep);
        row.put(Metric.LEFT, state.leftThisStep);
        row.put(Metric.CHURNED, m.leftTotal);
        double adoption = n == 0 ? 0 : (double) members / n;
        if (Double.isNaN(m.takeoffStep) && adoption >= TAKEOFF_SHARE && takeoffPossible(m.initialMemberCount, n)) {
            m.takeoffStep = step;
        }
        row.put(Metric.ADOPTION_SHARE, adoption);
        row.put(Metric.TIME_TO_TAKEOFF, m.takeoffStep);
        row.put(Metric.GLOBAL_CASCADE, (double) m.joinedTotal / Math.max(1, n) >= GLOBAL_CASCADE ? 1 : 0);
        boolean structureChanged = structureNetwork != net || structureVersion != net.version()
                || structureJoins != m.joinCount() || structureLeft != m.leftTotal || structureMembers != members;
        if (structureChanged) {
            largestComponentCache = wantLargestComponent ? largestComponent(m) : Double.NaN;
            clusteringCache = wantClustering ? clustering(m) : Double.NaN;
            structureNetwork = net;
            structureVersion = net.version();
            structureJoins = m.joinCount();
            structureLeft = m.leftTotal;
            structureMembers = members;
        }
        row.put(Metric.LARGEST_COMPONENT, largestComponentCache);
        row.put(Metric.MEAN_TRUST, trust / mem);
        row.put(Metric.MEAN_TIE_TRUST, entries == 0 ? 0 : tieTrust / entries);
        row.put(Metric.MEAN_TIE_TRUST_SINGLE, singleCount == 0 ? 0 : single / singleCount);
        row.put(Metric.MEAN_TIE_TRUST_MULTIPLEX, multiCount == 0 ? 0 : multi / multiCount);
        row.put(Metric.MEAN_TACIT, tacit / (mem * d));
        row.put(Metric.MEAN_EXPLICIT, explicit / (mem * d));
        row.put(Metric.TOTAL_KNOWLEDGE, tacit + explicit);
        double system = 0;
        for (double v : most) {
            system += v;
        }
        row.put(Metric.SYSTEM_KNOWLEDGE, system);
        row.put(Metric.KNOWLEDGE_GINI, wantKnowledgeGini ? giniSortingInPlace(perAgent, members) : Double.NaN);
        row.put(Metric.CREATED, together + comb + teams + commons);
        row.put(Metric.TRANSFERRED, soc + up + boughtValue);
        row.put(Metric.FORGOTTEN, forgotten);
        row.put(Metric.SOCIALIZATION, soc);
        row.put(Metric.SOCIALIZATION_CREATION, together);
        row.put(Metric.EXTERNALIZATION, ext);
        row.put(Metric.UPTAKE, up);
        row.put(Metric.COMBINATION, comb);
        row.put(Metric.INTERNALIZATION, intl);
        row.put(Metric.TEAM_CREATION, teams);
        row.put(Metric.TEAMS_FORMED, state.teamsFormed);
        row.put(Metric.TRANSFER_DIRECT, direct);
        row.put(Metric.TRANSFER_INDIRECT, indirect);
        row.put(Metric.MEAN_TRANSFER_DISTANCE, direct + indirect > 0 ? distWeighted / (direct + indirect) : 0);
        row.put(Metric.EFFORT, effort);
        row.put(Metric.EXCHANGE_COST, costed == 0 ? m.params.externalizationCost : unitCost / costed);
        row.put(Metric.MEAN_SATISFACTION, sat / mem);
        row.put(Metric.MEAN_ACTIVITY, act / mem);
        row.put(Metric.CONTRIBUTOR_SHARE, strategies[Agents.CONTRIBUTOR] / mem);
        row.put(Metric.FREE_RIDER_SHARE, strategies[Agents.FREE_RIDER] / mem);
        row.put(Metric.CONDITIONAL_SHARE, strategies[Agents.CONDITIONAL] / mem);
        row.put(Metric.CONTRIBUTION_RATE, active == 0 || step == 0 ? 0 : contributed / active);
        row.put(Metric.MEAN_PAYOFF, payoff / mem);
        row.put(Metric.MEAN_REPUTATION, reputation / mem);
        row.put(Metric.TIES, entries / 2.0);
        row.put(Metric.TIES_FORMED, state.tiesFormed);
        row.put(Metric.TIES_DROPPED, state.tiesDropped);
        for (int l = 0; l < 5; l++) {
            row.put(TIE_LEVELS[l], levels[l] / 2.0);
        }
        row.put(Metric.MULTIPLEX_SHARE, entries == 0 ? 0 : (double) multiCount / entries);
        row.put(Metric.MEAN_DEGREE, entries / mem);
        row.put(Metric.CLUSTERING, clusteringCache);
        row.put(Metric.COMMONS, commons);
        row.put(Metric.PURCHASES, state.purchases);
        row.put(Metric.OUTSIDER_PURCHASES, state.outsiderPurchases);
        row.put(Metric.UNPAID_PURCHASES, state.unpaidPurchases);
        row.put(Metric.PURCHASE_VALUE, boughtValue);
        row.put(Metric.REVENUE, revenue);
        row.put(Metric.REVENUE_GINI, wantRevenueGini ? giniSortingInPlace(revenueScratch, members) : Double.NaN);
        row.put(Metric.APPROACHES, state.approaches);
        row.put(Metric.SELLER_SHARE, sellers / mem);
        row.put(Metric.VALUE_COST, valued > 0 ? spent / valued : 0);
        int before = outsiders + state.joinedThisStep;
        row.put(Metric.JOIN_RATE, step == 0 || before == 0 ? 0 : (double) state.joinedThisStep / before);
        row.put(Metric.OUTSIDER_VALUE, outsiders == 0 ? 0 : outsiderValue / outsiders);
        m.series.add(plugins == null ? row.values() : plugins.extend(row.values(), m, step));
    }

    /** Size of the largest connected component of the members (ties among members, any layer). O(N + entries). */
    int largestComponent(NetcapModel m) {
        MultiplexNetwork net = m.network;
        int n = net.nodes();
        byte[] status = m.agents.status;
        if (componentLabel == null || componentLabel.length < n) {
            componentLabel = new int[n];
            componentQueue = new int[n];
        }
        int[] label = componentLabel;
        int[] queue = componentQueue;
        java.util.Arrays.fill(label, 0, n, 0);
        int[] nbr = net.neighbors();
        int best = 0;
        int next = 0;
        for (int s = 0; s < n; s++) {
            if (status[s] != Agents.MEMBER || label[s] != 0) {
                continue;
            }
            next++;
            int head = 0;
            int tail = 0;
            queue[tail++] = s;
            label[s] = next;
            while (head < tail) {
                int u = queue[head++];
                for (int k = net.start(u); k < net.start(u) + net.degree(u); k++) {
                    int v = nbr[k];
                    if (label[v] == 0 && status[v] == Agents.MEMBER) {
                        label[v] = next;
                        queue[tail++] = v;
                    }
                }
            }
            best = Math.max(best, tail);
        }
        return best;
    }

    /** Gini coefficient of the first n values of a scratch array, sorted in place (it is refilled every step). */
    private static double giniSortingInPlace(double[] scratch, int n) {
        Arrays.sort(scratch, 0, n);
        return Gini.ofSorted(scratch, n);
    }

    /**
     * Mean local clustering over members with degree >= 2 counted as in networkx (degree < 2
     * counts as 0), exact when there are at most {@link #CLUSTERING_SAMPLE} agents, otherwise over
     * a fixed random sample of that many agents drawn once per run from the stream "metrics".
     */
    double clustering(NetcapModel m) {
        MultiplexNetwork net = m.network;
        int n = net.nodes();
        int[] sample = clusteringSample;
        if (sample == null) {
            if (n <= CLUSTERING_SAMPLE) {
                sample = new int[n];
                for (int i = 0; i < n; i++) {
                    sample[i] = i;
                }
            } else {
                MersenneTwisterFast rng = m.stream("metrics");
                sample = new int[CLUSTERING_SAMPLE];
                for (int i = 0; i < sample.length; i++) {
                    sample[i] = rng.nextInt(n);
                }
            }
            clusteringSample = sample;
        }
        long[] triangles = net.triangles(); // kept up to date by the network as ties come and go
        double sum = 0;
        int counted = 0;
        for (int u : sample) {
            if (m.agents.status[u] != Agents.MEMBER) {
                continue;
            }
            counted++;
            int deg = net.degree(u);
            if (deg < 2) {
                continue;
            }
            long links = 2 * triangles[u]; // ordered pairs of linked neighbours
            sum += links / ((double) deg * (deg - 1));
        }
        return counted == 0 ? 0 : sum / counted;
    }
}
