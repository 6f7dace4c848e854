package netcap.model;

import ec.util.MersenneTwisterFast;
import netcap.stats.Gini;
import netcap.world.Agents;
import netcap.world.MultiplexNetwork;

import java.util.Arrays;
import java.util.List;

/**
 * The model-level metrics recorded after every step (and once at step 0). Column names follow
 * one rule: {@code mean<Variable>} for means over members, {@code <flow>} for totals over the
 * step, {@code tieLevel<L>} for tie counts per level.
 */
public final class Metrics {
    /** Every column, in output order. */
    public static final List<String> COLUMNS = List.of(
            "step", "members", "active", "joined", "left", "churned", "adoptionShare", "timeToTakeoff", "globalCascade",
            "largestComponent",
            "meanTrust", "meanTieTrust", "meanTieTrustSingle", "meanTieTrustMultiplex",
            "meanTacit", "meanExplicit", "totalKnowledge", "knowledgeGini",
            "socialization", "externalization", "uptake", "combination", "internalization",
            "transferDirect", "transferIndirect", "meanTransferDistance",
            "effort", "exchangeCost", "meanSatisfaction", "meanActivity",
            "contributorShare", "freeRiderShare", "conditionalShare", "contributionRate", "meanPayoff", "meanReputation",
            "ties", "tiesFormed", "tiesDropped",
            "tieLevel0", "tieLevel1", "tieLevel2", "tieLevel3", "tieLevel4",
            "multiplexShare", "meanDegree", "clustering");

    /** Adoption share that marks take-off ({@code timeToTakeoff} is the first step at or above it). */
    public static final double TAKEOFF_SHARE = 0.1;
    /** Share of all agents that joined after the start above which a cascade counts as global (Watts 2002 uses a finite fraction; 1% here). */
    public static final double GLOBAL_CASCADE = 0.01;

    /** Largest number of nodes whose local clustering is computed exactly; beyond, a fixed sample this large. */
    public static final int CLUSTERING_SAMPLE = 2000;

    private Metrics() {
    }

    /** Appends the current state's row to {@code m.series}. O(N log N + entries). */
    static void record(NetcapModel m, long step) {
        Agents a = m.agents;
        MultiplexNetwork net = m.network;
        int n = a.size();
        int d = a.domains;
        double[] row = new double[COLUMNS.size()];
        int c = 0;
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
        if (m.knowledgeScratch == null || m.knowledgeScratch.length < n) {
            m.knowledgeScratch = new double[n];
        }
        double[] perAgent = m.knowledgeScratch;
        double soc = 0;
        double ext = 0;
        double up = 0;
        double comb = 0;
        double intl = 0;
        double effort = 0;
        double unitCost = 0;
        int costed = 0;
        int hops = m.params.horizon + 1;
        double direct = 0;
        double indirect = 0;
        double distWeighted = 0;
        for (int i = 0; i < n; i++) {
            soc += m.flowSocialization[i];
            ext += m.flowExternalization[i];
            up += m.flowUptake[i];
            comb += m.flowCombination[i];
            intl += m.flowInternalization[i];
            effort += m.effort[i];
            if (!Double.isNaN(m.unitCost[i])) {
                unitCost += m.unitCost[i];
                costed++;
            }
            for (int h = 0; h < hops; h++) {
                double v = m.hopUptake[i * hops + h];
                if (h == 0) {
                    direct += v;
                } else {
                    indirect += v;
                }
                distWeighted += v * (h + 1);
            }
            if (a.status[i] != Agents.MEMBER) {
                continue;
            }
            double know = 0;
            for (int q = i * d; q < (i + 1) * d; q++) {
                tacit += a.tacit[q];
                explicit += a.explicit[q];
                know += a.tacit[q] + a.explicit[q];
            }
            perAgent[members] = know;
            members++;
            active += m.active[i];
            trust += a.generalTrust[i];
            sat += a.satisfaction[i];
            act += a.activity[i];
            strategies[a.strategy[i]]++;
            contributed += m.contribution[i];
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
        row[c++] = step;
        row[c++] = members;
        row[c++] = step == 0 ? 0 : active;
        row[c++] = m.joinedThisStep;
        row[c++] = m.leftThisStep;
        row[c++] = m.leftTotal;
        double adoption = n == 0 ? 0 : (double) members / n;
        if (Double.isNaN(m.takeoffStep) && adoption >= TAKEOFF_SHARE && m.initialMemberCount < TAKEOFF_SHARE * n) {
            m.takeoffStep = step;
        }
        row[c++] = adoption;
        row[c++] = m.takeoffStep;
        row[c++] = (double) m.joinedTotal / Math.max(1, n) >= GLOBAL_CASCADE ? 1 : 0;
        boolean structureChanged = m.structureNetwork != net || m.structureVersion != net.version()
                || m.structureJoins != m.joinCounter || m.structureLeft != m.leftTotal || m.structureMembers != members;
        if (structureChanged) {
            m.largestComponentCache = largestComponent(m);
            m.clusteringCache = clustering(m);
            m.structureNetwork = net;
            m.structureVersion = net.version();
            m.structureJoins = m.joinCounter;
            m.structureLeft = m.leftTotal;
            m.structureMembers = members;
        }
        row[c++] = m.largestComponentCache;
        row[c++] = trust / mem;
        row[c++] = entries == 0 ? 0 : tieTrust / entries;
        row[c++] = singleCount == 0 ? 0 : single / singleCount;
        row[c++] = multiCount == 0 ? 0 : multi / multiCount;
        row[c++] = tacit / (mem * d);
        row[c++] = explicit / (mem * d);
        row[c++] = tacit + explicit;
        Arrays.sort(perAgent, 0, members); // in place: the scratch array is refilled every step
        row[c++] = Gini.ofSorted(perAgent, members);
        row[c++] = soc;
        row[c++] = ext;
        row[c++] = up;
        row[c++] = comb;
        row[c++] = intl;
        row[c++] = direct;
        row[c++] = indirect;
        row[c++] = direct + indirect > 0 ? distWeighted / (direct + indirect) : 0;
        row[c++] = effort;
        row[c++] = costed == 0 ? m.params.externalizationCost : unitCost / costed;
        row[c++] = sat / mem;
        row[c++] = act / mem;
        row[c++] = strategies[Agents.CONTRIBUTOR] / mem;
        row[c++] = strategies[Agents.FREE_RIDER] / mem;
        row[c++] = strategies[Agents.CONDITIONAL] / mem;
        row[c++] = active == 0 || step == 0 ? 0 : contributed / active;
        row[c++] = payoff / mem;
        row[c++] = reputation / mem;
        row[c++] = entries / 2.0;
        row[c++] = m.tiesFormed;
        row[c++] = m.tiesDropped;
        for (int l = 0; l < 5; l++) {
            row[c++] = levels[l] / 2.0;
        }
        row[c++] = entries == 0 ? 0 : (double) multiCount / entries;
        row[c++] = entries / mem;
        row[c++] = m.clusteringCache;
        m.series.add(row);
    }

    /** Size of the largest connected component of the members (ties among members, any layer). O(N + entries). */
    static int largestComponent(NetcapModel m) {
        MultiplexNetwork net = m.network;
        int n = net.nodes();
        byte[] status = m.agents.status;
        if (m.componentLabel == null || m.componentLabel.length < n) {
            m.componentLabel = new int[n];
            m.componentQueue = new int[n];
        }
        int[] label = m.componentLabel;
        int[] queue = m.componentQueue;
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

    /**
     * Mean local clustering over members with degree >= 2 counted as in networkx (degree < 2
     * counts as 0), exact when there are at most {@link #CLUSTERING_SAMPLE} agents, otherwise over
     * a fixed random sample of that many agents drawn once per run from the stream "metrics".
     */
    static double clustering(NetcapModel m) {
        MultiplexNetwork net = m.network;
        int n = net.nodes();
        int[] sample = m.clusteringSample;
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
            m.clusteringSample = sample;
            m.clusteringMark = new int[n];
        }
        int[] mark = m.clusteringMark;
        if (mark.length < n) {
            mark = m.clusteringMark = Arrays.copyOf(mark, n);
        }
        int[] nbr = net.neighbors();
        long[] triangles = sample.length == n ? m.triangles.count(net) : null; // every node: count triangles once
        double sum = 0;
        int counted = 0;
        int stamp = m.clusteringStamp;
        for (int u : sample) {
            if (m.agents.status[u] != Agents.MEMBER) {
                continue;
            }
            counted++;
            int deg = net.degree(u);
            if (deg < 2) {
                continue;
            }
            long links;
            if (triangles != null) {
                links = 2 * triangles[u]; // ordered pairs of linked neighbours
            } else {
                stamp++;
                int s = net.start(u);
                for (int k = s; k < s + deg; k++) {
                    mark[nbr[k]] = stamp;
                }
                links = 0;
                for (int k = s; k < s + deg; k++) {
                    int v = nbr[k];
                    int sv = net.start(v);
                    for (int q = sv; q < sv + net.degree(v); q++) {
                        if (mark[nbr[q]] == stamp) {
                            links++;
                        }
                    }
                }
            }
            sum += links / ((double) deg * (deg - 1));
        }
        m.clusteringStamp = stamp;
        return counted == 0 ? 0 : sum / counted;
    }
}
