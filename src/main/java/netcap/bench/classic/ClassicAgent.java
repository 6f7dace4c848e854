package netcap.bench.classic;

import netcap.random.CounterRandom;
import sim.engine.Steppable;
import sim.field.network.Edge;
import sim.util.Bag;

/**
 * One agent of the classic MASON version: an object with its own fields and arrays, its ties as
 * {@link Edge}s of a {@link sim.field.network.Network} with {@link Tie} info, stepped by MASON's
 * {@link sim.engine.Schedule} once per phase and step.
 *
 * <p>The netcap mechanisms are two-phase (every agent reads the old state of its neighbours, then
 * every agent updates its own), so an agent is scheduled at seven orderings per step, the usual
 * MASON idiom for synchronous updates; within an ordering MASON shuffles the agents, which does
 * not change the result:
 * <ol>
 *   <li>{@link #PREPARE}: clear the step's scratch values, activation, socialization over the
 *       physical ties into {@link #tacitNext} (reads the neighbours' old tacit knowledge);</li>
 *   <li>{@link #PUBLISH}: commit tacit knowledge, externalization (tacit converted into
 *       explicit);</li>
 *   <li>{@link #RELAY}: posts phase one: per hop and domain the best level that reaches the agent
 *       over its virtual ties, from which neighbour and over which tie, and the second best from
 *       another neighbour (reads the neighbours' explicit knowledge and what they relayed in the
 *       previous step), into the {@code ...Next} buffers; the virtual room cost;</li>
 *   <li>{@link #UPTAKE}: posts phase two: commit what reached the agent, uptake of the gap to the
 *       best level in reach;</li>
 *   <li>{@link #GATHER}: combination phase one: the material in reach, the sources' shares and
 *       the diversity kappa (reads the neighbours' explicit knowledge after uptake);</li>
 *   <li>{@link #LEARN}: combination phase two (new explicit knowledge), internalization
 *       (explicit converted into tacit), forgetting;</li>
 *   <li>{@link #TRUST}: trust update from the values exchanged over each tie.</li>
 * </ol>
 */
public final class ClassicAgent {
    public static final int PREPARE = 0;
    public static final int PUBLISH = 1;
    public static final int RELAY = 2;
    public static final int UPTAKE = 3;
    public static final int GATHER = 4;
    public static final int LEARN = 5;
    public static final int TRUST = 6;
    public static final int PHASES = 7;

    public final int id;
    public boolean member = true;
    public boolean active;
    public double activity;
    public double propensity;
    public double generalTrust;
    /** Standing in [0,1) used by reciprocity (0.5 while reputation is not modelled). */
    public double standing = 0.5;
    /** Contribution to the public good this step (0: the contribution mechanism is not part of this model). */
    public double contribution;
    public double[] tacit;
    public double[] tacitNext;
    public double[] explicit;
    public double[] interest;
    /** Relevance of each domain to the agent. */
    public double[] relevance;
    /**
     * What reached the agent, {@code [hop * D + domain]}: the best perceived level, the neighbour
     * it came from (null when nothing reached it), the tie it came over and the agent that first
     * published it, and the second best level from another neighbour with its publisher; the
     * {@code ...Next} arrays are the buffers being filled.
     */
    public double[] best;
    public double[] second;
    public ClassicAgent[] bestFrom;
    public Tie[] bestTie;
    public ClassicAgent[] bestOrigin;
    public ClassicAgent[] secondOrigin;
    double[] bestNext;
    double[] secondNext;
    ClassicAgent[] bestFromNext;
    Tie[] bestTieNext;
    ClassicAgent[] bestOriginNext;
    ClassicAgent[] secondOriginNext;
    /** The explicit knowledge in reach (the material of combination): per domain, each distinct publisher's best level, summed. */
    public double[] material;
    public double kappa;
    public double[] hopUptake;
    public double flowSocialization;
    /** Tacit knowledge created by working together face to face in the last step. */
    public double flowSocializationCreated;
    public double flowExternalization;
    public double flowUptake;
    public double flowCombination;
    public double flowInternalization;
    public double effort;

    /** The phase steppables, scheduled at orderings 0..PHASES-1. */
    final Steppable[] phases = new Steppable[PHASES];

    ClassicAgent(int id, int domains, int hops, int interestDims) {
        this.id = id;
        tacit = new double[domains];
        tacitNext = new double[domains];
        explicit = new double[domains];
        interest = new double[interestDims];
        relevance = new double[domains];
        best = new double[hops * domains];
        second = new double[hops * domains];
        bestFrom = new ClassicAgent[hops * domains];
        bestTie = new Tie[hops * domains];
        bestNext = new double[hops * domains];
        secondNext = new double[hops * domains];
        bestFromNext = new ClassicAgent[hops * domains];
        bestTieNext = new Tie[hops * domains];
        bestOrigin = new ClassicAgent[hops * domains];
        secondOrigin = new ClassicAgent[hops * domains];
        bestOriginNext = new ClassicAgent[hops * domains];
        secondOriginNext = new ClassicAgent[hops * domains];
        material = new double[domains];
        hopUptake = new double[hops];
        for (int p = 0; p < PHASES; p++) {
            final int phase = p;
            phases[p] = (Steppable) state -> step((ClassicModel) state, phase);
        }
    }

    /** Runs one phase of this agent's step. */
    void step(ClassicModel m, int phase) {
        switch (phase) {
            case PREPARE -> prepare(m);
            case PUBLISH -> publish(m);
            case RELAY -> relay(m);
            case UPTAKE -> uptake(m);
            case GATHER -> gather(m);
            case LEARN -> learn(m);
            default -> trust(m);
        }
    }

    private double attention(int degree, ClassicModel m) {
        double b = m.params.attentionBudget;
        double att = b <= 0 || degree <= b ? 1.0 : b / degree;
        return att * (m.params.reciprocity ? 1 + m.params.reciprocityStrength * (2 * standing - 1) : 1.0);
    }

    private static boolean physical(Tie tie) {
        return (tie.layers & 1) != 0;
    }

    private void prepare(ClassicModel m) {
        Bag out = m.network.getEdgesOut(this);
        Object[] edges = out.objs;
        int deg = out.numObjs;
        for (int x = 0; x < deg; x++) {
            ((Tie) ((Edge) edges[x]).info).received = 0;
        }
        java.util.Arrays.fill(hopUptake, 0);
        flowSocialization = 0;
        flowSocializationCreated = 0;
        flowExternalization = 0;
        flowUptake = 0;
        flowCombination = 0;
        flowInternalization = 0;
        effort = 0;
        contribution = 0;
        // activation
        active = member;
        if (member && m.activation) {
            active = activity >= m.params.inactiveThreshold
                    && CounterRandom.uniform(m.activationKey, m.schedule.getSteps(), id, 0) < activity;
        }
        // socialization, into tacitNext: face to face only
        if (!m.socialization) {
            return;
        }
        int d = tacit.length;
        if (!active) {
            System.arraycopy(tacit, 0, tacitNext, 0, d);
            return;
        }
        double[] add = m.scratchAdd;
        double[] maxGap = m.scratchGap;
        java.util.Arrays.fill(add, 0);
        java.util.Arrays.fill(maxGap, 0);
        double[] shared = new double[d];
        double rate = m.params.socializationRate;
        double att = attention(deg, m);
        boolean meets = false;
        for (int x = 0; x < deg; x++) {
            Edge e = (Edge) edges[x];
            Tie tie = (Tie) e.info;
            if (!physical(tie)) {
                continue;
            }
            tie.together = 0;
            ClassicAgent j = (ClassicAgent) e.to();
            if (!j.member) {
                continue;
            }
            meets = true;
            if (m.params.relationshipLevels && tie.level < m.params.tacitMinLevel) {
                continue; // not close enough to pass on know-how
            }
            double weight = att * tie.trust * j.activity;
            if (weight <= 0) {
                continue;
            }
            double w = rate * weight;
            double together = m.params.socializationCreationRate * weight;
            double got = 0;
            for (int q = 0; q < d; q++) {
                // the teacher's tacit surplus, but not beyond what it knows in all
                double gap = Math.min(j.tacit[q] - tacit[q], j.tacit[q] + j.explicit[q] - tacit[q] - explicit[q]);
                if (gap > 0) {
                    add[q] += w * gap;
                    got += w * gap;
                    if (gap > maxGap[q]) {
                        maxGap[q] = gap;
                    }
                }
                double c = together * Math.min(j.tacit[q], tacit[q]);
                shared[q] += c;
                tie.together += c;
            }
            tie.together = (float) tie.together;
            tie.received += got;
        }
        double flow = 0;
        double offered = 0;
        double created = 0;
        double frontier = m.params.knowledgeFrontier;
        for (int q = 0; q < d; q++) {
            double g = Math.min(add[q], maxGap[q]);
            double known = tacit[q] + explicit[q] + g;
            double c = Math.min(Math.max(0, frontier - known), shared[q] * Math.max(0, 1 - known / frontier));
            tacitNext[q] = tacit[q] + g + c;
            flow += g;
            offered += add[q];
            created += c;
        }
        if (offered > flow) {
            // each teacher is credited its share of what the learner could take
            for (int x = 0; x < deg; x++) {
                Tie tie = (Tie) ((Edge) edges[x]).info;
                if (physical(tie)) {
                    tie.received = (float) tie.received * (float) (flow / offered);
                }
            }
        }
        flowSocialization = flow;
        flowSocializationCreated = created;
        if (meets) {
            effort += m.params.physicalRoomCost;
        }
        double sharedSum = 0;
        for (int q = 0; q < d; q++) {
            sharedSum += shared[q];
        }
        if (created > 0 && sharedSum > 0) {
            // each partner's tie is credited its share of what was created together
            for (int x = 0; x < deg; x++) {
                Tie tie = (Tie) ((Edge) edges[x]).info;
                if (physical(tie) && tie.together > 0) {
                    tie.received = (float) tie.received + (float) (created * tie.together / sharedSum);
                }
            }
        }
    }

    private void publish(ClassicModel m) {
        if (m.socialization) {
            double[] t = tacit;
            tacit = tacitNext;
            tacitNext = t;
        }
        // externalization: a conversion of tacit into explicit knowledge
        double p = propensity;
        if (!m.externalization || !active || p <= 0) {
            return;
        }
        double rate = m.params.externalizationRate;
        double flow = 0;
        for (int q = 0; q < tacit.length; q++) {
            double x = rate * p * tacit[q];
            tacit[q] -= x;
            explicit[q] += x;
            flow += x;
        }
        flowExternalization = flow;
        effort += m.params.externalizationCost * flow;
    }

    /** Posts phase one: what reaches this agent over its virtual ties, into the next buffers. */
    private void relay(ClassicModel m) {
        if (!m.posts) {
            return;
        }
        java.util.Arrays.fill(bestNext, 0);
        java.util.Arrays.fill(secondNext, 0);
        java.util.Arrays.fill(bestFromNext, null);
        java.util.Arrays.fill(bestTieNext, null);
        java.util.Arrays.fill(bestOriginNext, null);
        java.util.Arrays.fill(secondOriginNext, null);
        if (!member) {
            return;
        }
        int d = explicit.length;
        int relayed = bestNext.length - d; // slots of hops 1..H, fed by the neighbours' hops 0..H-1
        double delta = m.params.distanceDecay;
        int virtual = m.virtualMask;
        int rooms = 0;
        Bag out = m.network.getEdgesOut(this);
        for (int x = 0; x < out.numObjs; x++) {
            Edge e = (Edge) out.objs[x];
            Tie tie = (Tie) e.info;
            int inRooms = tie.layers & virtual;
            if (inRooms == 0) {
                continue; // met only face to face: no posts
            }
            ClassicAgent j = (ClassicAgent) e.to();
            if (!j.member) {
                continue;
            }
            rooms |= inRooms;
            if (j.propensity <= 0) {
                continue; // a free rider neither publishes nor relays
            }
            for (int q = 0; q < d; q++) {
                offer(q, j.explicit[q], j, tie, j);
            }
            for (int s = 0; s < relayed; s++) {
                // never back over the tie it came by: j relays its second best when its best came from here
                boolean back = j.bestFrom[s] == this;
                double level = back ? j.second[s] : j.best[s];
                ClassicAgent publisher = back ? j.secondOrigin[s] : j.bestOrigin[s];
                if (publisher == this) {
                    continue; // this agent's own post, come back round a cycle
                }
                offer(d + s, delta * level, j, tie, publisher);
            }
        }
        if (active) {
            effort += m.params.virtualRoomCost * Integer.bitCount(rooms);
        }
    }

    private void offer(int slot, double level, ClassicAgent j, Tie tie, ClassicAgent publisher) {
        level = (float) level; // the engine keeps levels as floats
        if (level <= 0) {
            return;
        }
        if (level > bestNext[slot]) {
            secondNext[slot] = bestNext[slot];
            secondOriginNext[slot] = bestOriginNext[slot];
            bestNext[slot] = level;
            bestFromNext[slot] = j;
            bestTieNext[slot] = tie;
            bestOriginNext[slot] = publisher;
        } else if (level > secondNext[slot]) {
            secondNext[slot] = level;
            secondOriginNext[slot] = publisher;
        }
    }

    /** Posts phase two: commit what reached the agent, take up the gap to the best level in reach. */
    private void uptake(ClassicModel m) {
        if (!m.posts) {
            return;
        }
        double[] b = best;
        best = bestNext;
        bestNext = b;
        b = second;
        second = secondNext;
        secondNext = b;
        ClassicAgent[] f = bestFrom;
        bestFrom = bestFromNext;
        bestFromNext = f;
        Tie[] t = bestTie;
        bestTie = bestTieNext;
        bestTieNext = t;
        f = bestOrigin;
        bestOrigin = bestOriginNext;
        bestOriginNext = f;
        f = secondOrigin;
        secondOrigin = secondOriginNext;
        secondOriginNext = f;
        if (!active) {
            return;
        }
        double rate = m.params.explicitUptake * attention(m.network.getEdgesOut(this).numObjs, m);
        if (rate <= 0) {
            return;
        }
        int d = explicit.length;
        int hops = hopUptake.length;
        double tacitSum = tacitSum();
        double up = 0;
        for (int q = 0; q < d; q++) {
            int at = -1;
            double target = 0;
            for (int h = 0; h < hops; h++) {
                if (best[h * d + q] > target) {
                    target = best[h * d + q];
                    at = h;
                }
            }
            double gap = target - (tacit[q] + explicit[q]);
            if (gap <= 0) {
                continue;
            }
            Tie via = bestTie[at * d + q];
            double g = Math.min(rate * via.trust * relevance[q] * capacity(m, q, tacitSum), 1) * gap; // never past the post
            explicit[q] += g;
            up += g;
            hopUptake[at] += g;
            via.received += g;
        }
        flowUptake = up;
    }

    private double tacitSum() {
        double sum = 0;
        for (double t : tacit) {
            sum += t;
        }
        return sum;
    }

    /** Absorptive capacity in domain q: b / (b + half), b the related tacit knowledge. */
    private double capacity(ClassicModel m, int q, double tacitSum) {
        int d = tacit.length;
        double own = tacit[q];
        double b = d == 1 ? own : own + m.params.relatedness * (tacitSum - own) / (d - 1);
        return b <= 0 ? 0 : b / (b + m.params.absorptionHalf);
    }

    /** Combination phase one: the material in reach, the sources' shares and kappa. */
    private void gather(ClassicModel m) {
        if (!m.combination) {
            return;
        }
        int d = explicit.length;
        int hops = hopUptake.length;
        kappa = 0;
        if (!member) {
            java.util.Arrays.fill(material, 0);
            return;
        }
        int dims = interest.length;
        double simNorm = Math.sqrt(dims);
        int virtual = m.virtualMask;
        Bag out = m.network.getEdgesOut(this);
        Object[] edges = out.objs;
        int deg = out.numObjs;
        double msum = 0;
        double simsum = 0;
        for (int x = 0; x < deg; x++) {
            Edge e = (Edge) edges[x];
            Tie tie = (Tie) e.info;
            ClassicAgent j = (ClassicAgent) e.to();
            tie.share = 0;
            if ((tie.layers & virtual) == 0 || !j.member || j.propensity <= 0) {
                continue; // no posts over a face-to-face tie, from a non-member or from a free rider
            }
            double amount = 0;
            for (int q = 0; q < d; q++) {
                amount += j.explicit[q];
            }
            double mj = tie.trust * amount;
            tie.share = mj;
            msum += mj;
            double dist = 0;
            for (int z = 0; z < dims; z++) {
                double diff = interest[z] - j.interest[z];
                dist += diff * diff;
            }
            simsum += mj * (1 - Math.sqrt(dist) / simNorm);
        }
        for (int q = 0; q < d; q++) {
            // the best level at each distance, one publisher per distance
            double sum = 0;
            for (int h = 0; h < hops; h++) {
                ClassicAgent publisher = bestOrigin[h * d + q];
                if (publisher == null || bestAtNearerHop(publisher, h, q, d)) {
                    continue;
                }
                if (h > 0 && isRoomContact(publisher, edges, deg, virtual)) {
                    continue; // its post is in direct reach already
                }
                sum += best[h * d + q];
            }
            material[q] = sum;
        }
        if (msum > 0) {
            double sumsq = 0;
            for (int x = 0; x < deg; x++) {
                Tie tie = (Tie) ((Edge) edges[x]).info;
                double sh = tie.share / msum;
                tie.share = sh;
                sumsq += sh * sh;
            }
            double neff = 1 / sumsq;
            double budget = m.params.attentionBudget;
            if (budget > 0 && neff > Math.max(1, budget)) {
                neff = Math.max(1, budget);
            }
            double sourceDiv = 1 - 1 / neff;
            double tot = 0;
            double sq = 0;
            for (int q = 0; q < d; q++) {
                tot += material[q];
            }
            for (int q = 0; q < d; q++) {
                double f = material[q] / tot;
                sq += f * f;
            }
            double domainDiv = d == 1 ? 1 : tot > 0 ? (1 - sq) / (1 - 1.0 / d) : 0;
            kappa = Math.max(0, domainDiv) * sourceDiv * (simsum / msum);
        }
    }

    /** Whether {@code publisher} had the best level of domain q at a hop nearer than h. */
    private boolean bestAtNearerHop(ClassicAgent publisher, int h, int q, int d) {
        for (int g = 0; g < h; g++) {
            if (bestOrigin[g * d + q] == publisher) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code other} is tied to this agent in a virtual room. */
    private static boolean isRoomContact(ClassicAgent other, Object[] edges, int deg, int virtual) {
        for (int x = 0; x < deg; x++) {
            Edge e = (Edge) edges[x];
            if (e.to() == other && (((Tie) e.info).layers & virtual) != 0) {
                return true;
            }
        }
        return false;
    }

    private void learn(ClassicModel m) {
        int d = explicit.length;
        // combination phase two: new explicit knowledge from the material in reach
        if (active && m.combination && kappa > 0) {
            double comb = m.params.combinationRate;
            double frontier = m.params.knowledgeFrontier;
            double tacitSum = tacitSum();
            double created = 0;
            for (int q = 0; q < d; q++) {
                double known = tacit[q] + explicit[q];
                double room = Math.max(0, 1 - known / frontier);
                double c = Math.min(frontier - known, comb * kappa * relevance[q] * capacity(m, q, tacitSum) * material[q] * room);
                if (c <= 0) {
                    continue;
                }
                explicit[q] += c;
                created += c;
            }
            flowCombination = created;
            if (created > 0) {
                Bag out = m.network.getEdgesOut(this);
                for (int x = 0; x < out.numObjs; x++) {
                    Tie tie = (Tie) ((Edge) out.objs[x]).info;
                    tie.received += created * tie.share;
                }
            }
        }
        // internalization: a conversion of explicit into tacit knowledge
        if (active && m.internalization) {
            double w = m.params.internalizationRate;
            double flow = 0;
            for (int q = 0; q < d; q++) {
                double y = w * explicit[q];
                explicit[q] -= y;
                tacit[q] += y;
                flow += y;
            }
            flowInternalization = flow;
        }
        // forgetting
        double f = m.params.forgetting;
        if (member && m.forgetting && f != 0) {
            for (int q = 0; q < d; q++) {
                tacit[q] -= f * tacit[q];
                explicit[q] -= f * explicit[q];
            }
        }
    }

    private void trust(ClassicModel m) {
        if (!member || !m.trust) {
            return;
        }
        netcap.model.Params p = m.params;
        double theta = p.exchangeThreshold;
        int virtual = m.virtualMask;
        double plainGain = Math.min(1, p.trustGain);
        double bonusGain = Math.min(1, p.trustGain * (1 + p.multiplexTrustBonus));
        double virtualGain = plainGain * p.virtualTrustFactor;
        Bag out = m.network.getEdgesOut(this);
        Object[] edges = out.objs;
        double bar = theta * effort / Math.max(1, out.numObjs); // the share of its effort each tie must repay
        int contacts = 0;
        int good = 0;
        for (int x = 0; x < out.numObjs; x++) {
            Edge e = (Edge) edges[x];
            Tie tie = (Tie) e.info;
            ClassicAgent j = (ClassicAgent) e.to();
            if (!j.member) {
                continue;
            }
            float in = (float) tie.received; // the engine keeps the value received per tie as a float
            boolean got = in > 0 && in >= bar;
            boolean flowed = in > 0 || (float) tie.reverse.received > 0;
            boolean met = active && j.active;
            if (got) {
                // face to face and in a room: offline confirmation; only in rooms: weaker trust
                double g = !physical(tie) ? virtualGain : (tie.layers & virtual) != 0 ? bonusGain : plainGain;
                tie.trust += g * (1 - tie.trust);
                if (tie.exchanges < 127) {
                    tie.exchanges++;
                }
                contacts++;
                good++;
            } else if (!flowed && met) {
                tie.trust -= p.trustLoss * tie.trust; // an empty contact; teaching (a one-way flow) costs nothing
                contacts++;
            }
            // exclusion reacts to contributions to the public good, a mechanism this model leaves out
            if (tie.trust < 0) {
                tie.trust = 0;
            } else if (tie.trust > 1) {
                tie.trust = 1;
            }
            if (flowed) {
                tie.idle = 0;
            } else if (tie.idle < 127) {
                tie.idle++;
            }
        }
        if (contacts > 0) {
            generalTrust += p.generalTrustRate * ((double) good / contacts - generalTrust);
        }
    }
}
