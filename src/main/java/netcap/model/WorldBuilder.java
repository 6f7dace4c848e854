package netcap.model;

import ec.util.MersenneTwisterFast;
import netcap.generate.NetworkGenerator;
import netcap.growth.Seeding;
import netcap.growth.ThresholdDistribution;
import netcap.random.Streams;
import netcap.world.Agents;
import netcap.world.Graph;
import netcap.world.MultiplexNetwork;
import netcap.world.NodeAttributes;

import java.util.List;

/**
 * Builds the initial world of a run (docs/ODD.md, section 5): the network from the generator,
 * optionally renumbered for locality, the agents' initial state, the layers, levels and trust of
 * the generated ties, the first members and the joining thresholds.
 *
 * <p>Random streams, all derived from the run key: {@code "world"} (interests, positions, agent
 * and tie initial values, in that order), {@code "network"} (the generator), {@code "seeding"}
 * (the first members) and {@code "thresholds"}.
 */
public final class WorldBuilder {
    /** What the model starts from. */
    public record World(Agents agents, MultiplexNetwork network, int[] sourceId, boolean agentsPlaced, int[] joinRank,
                        int initialMembers, double[] thresholds) {
    }

    private final long runKey;
    private final Params params;
    private final NetworkGenerator generator;
    private final List<String> virtualLayers;

    public WorldBuilder(long runKey, Params params, NetworkGenerator generator, List<String> virtualLayers) {
        this.runKey = runKey;
        this.params = params;
        this.generator = generator;
        this.virtualLayers = virtualLayers;
    }

    /** Builds the world; the same run key and parameters give the same world. */
    public World build() {
        Params p = params;
        int n = generator.nodes();
        MersenneTwisterFast rng = Streams.rng(runKey, "world");
        NodeAttributes attrs = new NodeAttributes(n, p.interestDims).randomInterests(rng);
        Graph g = generator.generate(attrs, Streams.rng(runKey, "network"));
        boolean agentsPlaced = attrs.placed;
        attrs.placeUniformIfUnplaced(rng);
        int[] sourceId = new int[n];
        for (int i = 0; i < n; i++) {
            sourceId[i] = i;
        }
        if (p.localityOrder) {
            int[] order = Locality.bfsOrder(g);
            g = Locality.relabel(g, order);
            attrs = Locality.relabel(attrs, order);
            sourceId = order;
        }

        Agents agents = new Agents(n, p.domains, p.interestDims);
        agents.copyFrom(attrs);
        int d = p.domains;
        for (int i = 0; i < n; i++) {
            agents.status[i] = p.initialMembers < 0 ? Agents.MEMBER : Agents.NOT_JOINED;
            agents.generalTrust[i] = clamp01(p.initialTrust + p.initialSpread * (2 * rng.nextDouble() - 1));
            agents.activity[i] = clamp01(p.initialActivity + p.initialSpread * (2 * rng.nextDouble() - 1));
            for (int k = 0; k < d; k++) {
                agents.tacit[i * d + k] = 2 * p.initialTacit * rng.nextDouble();
                agents.explicit[i * d + k] = 2 * p.initialExplicit * rng.nextDouble();
                agents.relevance[i * d + k] = 1 - p.relevanceSpread * rng.nextDouble();
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
        MultiplexNetwork network = MultiplexNetwork.fromGraph(g, virtualLayers, 1 << MultiplexNetwork.PHYSICAL, 0, 0f);
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
                if (!p.physicalLayer) {
                    mask = virtualBit; // the same acquaintance, met only in a virtual room
                } else if (!p.virtualRooms) {
                    mask = 1 << MultiplexNetwork.PHYSICAL; // the same acquaintance, met only face to face
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

        // contact strategies and standings in each room's hierarchy: their own stream, so the rest of the world is unchanged
        MersenneTwisterFast traits = Streams.rng(runKey, "traits");
        agents.setRooms(network.layerCount());
        for (int i = 0; i < n; i++) {
            agents.contact[i] = traits.nextDouble() < p.initialSellerShare ? Agents.SELLER : Agents.STALKER;
            for (int r = 0; r < agents.rooms; r++) {
                agents.roomStanding[i * agents.rooms + r] = traits.nextDouble();
            }
        }

        int[] joinRank = new int[n];
        int joined = 0;
        if (p.initialMembers < 0) {
            for (int i = 0; i < n; i++) {
                joinRank[i] = ++joined;
            }
        } else if (p.initialMembers > 0) {
            for (int s : seeds(agents, network, Math.min(p.initialMembers, n))) {
                agents.status[s] = Agents.MEMBER;
                joinRank[s] = ++joined;
            }
        }
        double[] thresholds = new double[n];
        double[] drawn = new double[n];
        thresholdDistribution(p).fill(drawn, Streams.child(runKey, "thresholds"));
        for (int i = 0; i < n; i++) {
            thresholds[i] = drawn[sourceId[i]]; // an explicit list is given in the source's order
        }
        int[] fileIds = generator.sourceIds(); // ids of an edge list that are not 0..n-1
        if (fileIds != null) {
            int[] ids = new int[n];
            for (int i = 0; i < n; i++) {
                ids[i] = fileIds[sourceId[i]];
            }
            sourceId = ids;
        }
        return new World(agents, network, sourceId, agentsPlaced, joinRank, joined, thresholds);
    }

    /** The first members: the founder (best-connected agent) and contacts of it, or random agents. */
    private int[] seeds(Agents agents, MultiplexNetwork network, int k) {
        long key = Streams.child(runKey, "seeding");
        if (params.seeding == SeedingRule.RANDOM) {
            return Seeding.randomNodes(agents.size(), k, key);
        }
        int founder = Seeding.highestDegree(network);
        int[] followers = Seeding.followersAmongContacts(network, founder, k - 1, key);
        int[] out = new int[1 + followers.length];
        out[0] = founder;
        System.arraycopy(followers, 0, out, 1, followers.length);
        return out;
    }

    private static ThresholdDistribution thresholdDistribution(Params p) {
        boolean fractional = p.thresholdType == ThresholdKind.FRACTIONAL;
        if (!p.thresholdList.isBlank()) {
            String[] parts = p.thresholdList.split(",");
            double[] v = new double[parts.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = Double.parseDouble(parts[i].trim());
            }
            return ThresholdDistribution.list(v, fractional);
        }
        return switch (p.thresholdDistribution) {
            case FIXED -> ThresholdDistribution.fixed(p.thresholdMean, fractional);
            // clipped at 0, and at 1 when fractional, as thresholdDistribution's documentation says
            case UNIFORM -> ThresholdDistribution.uniform(Math.max(0, p.thresholdMean - p.thresholdSpread),
                    fractional ? Math.min(1, p.thresholdMean + p.thresholdSpread) : p.thresholdMean + p.thresholdSpread, fractional);
            case NORMAL -> ThresholdDistribution.normal(p.thresholdMean, p.thresholdSpread, fractional);
        };
    }

    static double clamp01(double v) {
        return v < 0 ? 0 : (v > 1 ? 1 : v);
    }
}
