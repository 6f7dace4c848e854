package netcap.bench.classic;

import netcap.random.CounterRandom;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.field.network.Edge;
import sim.util.Bag;

/**
 * One agent of the classic MASON version: an object with its own fields and arrays, its ties as
 * {@link Edge}s of a {@link sim.field.network.Network} with {@link Tie} info, stepped by MASON's
 * {@link sim.engine.Schedule} once per phase and step.
 *
 * <p>The netcap mechanisms are two-phase (every agent reads the old state of its neighbours, then
 * every agent updates its own), so an agent is scheduled at five orderings per step, the usual
 * MASON idiom for synchronous updates; within an ordering MASON shuffles the agents, which does
 * not change the result:
 * <ol>
 *   <li>{@link #PREPARE}: clear the step's scratch values, activation, socialization into
 *       {@link #tacitNext} (reads the neighbours' old tacit knowledge);</li>
 *   <li>{@link #PUBLISH}: commit tacit knowledge, externalization (own explicit knowledge and
 *       posts);</li>
 *   <li>{@link #GATHER}: combination phase one: what reaches the agent within the horizon, the
 *       explicit knowledge its neighbours show, its diversity and its sources' shares;</li>
 *   <li>{@link #LEARN}: combination phase two (uptake, new knowledge), internalization,
 *       forgetting;</li>
 *   <li>{@link #TRUST}: trust update from the values exchanged over each tie.</li>
 * </ol>
 */
public final class ClassicAgent {
    public static final int PREPARE = 0;
    public static final int PUBLISH = 1;
    public static final int GATHER = 2;
    public static final int LEARN = 3;
    public static final int TRUST = 4;
    public static final int PHASES = 5;

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
    /** Posts published in the previous step, and being published in this one. */
    public double[] posts;
    public double[] postsNext;
    /** What reaches the agent by distance, {@code [hop * D + domain]}, and the buffer for the next field. */
    public double[] field;
    public double[] fieldNext;
    /** Trust-weighted average of the explicit knowledge the neighbours show. */
    public double[] stock;
    public double kappa;
    public double[] hopUptake;
    public double flowSocialization;
    public double flowExternalization;
    public double flowUptake;
    public double flowCombination;
    public double flowInternalization;
    public double effort;

    /** The five phase steppables, scheduled at orderings 0..4. */
    final Steppable[] phases = new Steppable[PHASES];

    ClassicAgent(int id, int domains, int hops, int interestDims) {
        this.id = id;
        tacit = new double[domains];
        tacitNext = new double[domains];
        explicit = new double[domains];
        interest = new double[interestDims];
        posts = new double[domains];
        postsNext = new double[domains];
        field = new double[hops * domains];
        fieldNext = new double[hops * domains];
        stock = new double[domains];
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

    private void prepare(ClassicModel m) {
        Bag out = m.network.getEdgesOut(this);
        Object[] edges = out.objs;
        int deg = out.numObjs;
        for (int x = 0; x < deg; x++) {
            ((Tie) ((Edge) edges[x]).info).received = 0;
        }
        double[] t = posts;
        posts = postsNext;
        postsNext = t;
        java.util.Arrays.fill(postsNext, 0);
        java.util.Arrays.fill(hopUptake, 0);
        flowSocialization = 0;
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
        // socialization, into tacitNext
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
        double rate = m.params.socializationRate;
        int minLevel = 5; // socialization needs a physical tie
        double att = attention(deg, m);
        for (int x = 0; x < deg; x++) {
            Edge e = (Edge) edges[x];
            Tie tie = (Tie) e.info;
            ClassicAgent j = (ClassicAgent) e.to();
            if (!j.member || ((tie.layers & 1) == 0 && tie.level < minLevel)) {
                continue;
            }
            double w = rate * att * tie.trust * j.activity;
            if (w <= 0) {
                continue;
            }
            double got = 0;
            for (int q = 0; q < d; q++) {
                double gap = j.tacit[q] - tacit[q];
                if (gap > 0) {
                    add[q] += w * gap;
                    got += w * gap;
                    if (gap > maxGap[q]) {
                        maxGap[q] = gap;
                    }
                }
            }
            tie.received += got;
        }
        double flow = 0;
        for (int q = 0; q < d; q++) {
            double g = Math.min(add[q], maxGap[q]);
            tacitNext[q] = tacit[q] + g;
            flow += g;
        }
        flowSocialization = flow;
    }

    private void publish(ClassicModel m) {
        if (m.socialization) {
            double[] t = tacit;
            tacit = tacitNext;
            tacitNext = t;
        }
        // externalization
        double p = propensity;
        if (!m.externalization || !active || p <= 0) {
            return;
        }
        double rate = m.params.externalizationRate;
        double flow = 0;
        for (int q = 0; q < tacit.length; q++) {
            double gap = tacit[q] - explicit[q];
            if (gap > 0) {
                double x = rate * p * gap;
                explicit[q] += x;
                postsNext[q] += x;
                flow += x;
            }
        }
        flowExternalization = flow;
        effort += m.params.externalizationCost * flow;
    }

    private void gather(ClassicModel m) {
        if (!m.combination) {
            return;
        }
        int d = explicit.length;
        int hops = hopUptake.length;
        kappa = 0;
        if (!member) {
            java.util.Arrays.fill(fieldNext, 0);
            java.util.Arrays.fill(stock, 0);
            return;
        }
        double[] acc = m.scratchAcc;
        double[] st = m.scratchStock;
        java.util.Arrays.fill(acc, 0);
        java.util.Arrays.fill(st, 0);
        int dims = interest.length;
        double simNorm = Math.sqrt(dims);
        Bag out = m.network.getEdgesOut(this);
        Object[] edges = out.objs;
        int deg = out.numObjs;
        double wsum = 0;
        double msum = 0;
        double simsum = 0;
        for (int x = 0; x < deg; x++) {
            Edge e = (Edge) edges[x];
            Tie tie = (Tie) e.info;
            ClassicAgent j = (ClassicAgent) e.to();
            tie.share = 0;
            if (!j.member) {
                continue;
            }
            double t = tie.trust;
            wsum += t;
            for (int q = 0; q < d; q++) {
                acc[q] += t * j.posts[q];
            }
            double w = t * j.propensity;
            if (w <= 0) {
                continue;
            }
            for (int h = 1; h < hops; h++) {
                for (int q = 0; q < d; q++) {
                    acc[h * d + q] += w * j.field[(h - 1) * d + q];
                }
            }
            double amount = 0;
            for (int q = 0; q < d; q++) {
                st[q] += w * j.explicit[q];
                amount += j.explicit[q];
            }
            double mj = w * amount;
            tie.share = mj;
            msum += mj;
            double dist = 0;
            for (int z = 0; z < dims; z++) {
                double diff = interest[z] - j.interest[z];
                dist += diff * diff;
            }
            simsum += mj * (1 - Math.sqrt(dist) / simNorm);
        }
        double att = attention(deg, m);
        double delta = m.params.distanceDecay;
        for (int h = 0; h < hops; h++) {
            double scale = h == 0 ? att : att * delta;
            for (int q = 0; q < d; q++) {
                fieldNext[h * d + q] = scale * acc[h * d + q];
            }
        }
        for (int q = 0; q < d; q++) {
            stock[q] = wsum > 0 ? st[q] / wsum : 0;
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
                tot += st[q];
            }
            for (int q = 0; q < d; q++) {
                double f = st[q] / tot;
                sq += f * f;
            }
            double domainDiv = d == 1 ? 1 : tot > 0 ? (1 - sq) / (1 - 1.0 / d) : 0;
            kappa = Math.max(0, domainDiv) * sourceDiv * (simsum / msum);
        }
    }

    private void learn(ClassicModel m) {
        if (m.combination) {
            double[] f = field;
            field = fieldNext;
            fieldNext = f;
        }
        int d = explicit.length;
        if (active && m.combination) {
            int hops = hopUptake.length;
            double uptake = m.params.explicitUptake;
            double comb = m.params.combinationRate;
            double frontier = m.params.knowledgeFrontier;
            double act = activity;
            double hop0 = 0;
            double up = 0;
            double created = 0;
            for (int q = 0; q < d; q++) {
                double own = explicit[q];
                double room = Math.max(0, 1 - own / frontier);
                double dq = 0;
                for (int h = 0; h < hops; h++) {
                    double g = uptake * act * room * field[h * d + q];
                    dq += g;
                    hopUptake[h] += g;
                    if (h == 0) {
                        hop0 += g;
                    }
                }
                double c = comb * act * kappa * stock[q] * room;
                explicit[q] = own + dq + c;
                postsNext[q] += propensity * c;
                up += dq;
                created += c;
            }
            flowUptake = up;
            flowCombination = created;
            if (hop0 > 0 || created > 0) {
                Bag out = m.network.getEdgesOut(this);
                Object[] edges = out.objs;
                for (int x = 0; x < out.numObjs; x++) {
                    Tie tie = (Tie) ((Edge) edges[x]).info;
                    tie.received += (hop0 + created) * tie.share;
                }
            }
        }
        // internalization
        if (active && m.internalization) {
            double w = m.params.internalizationRate * activity;
            double flow = 0;
            for (int q = 0; q < d; q++) {
                double gap = explicit[q] - tacit[q];
                if (gap > 0) {
                    tacit[q] += w * gap;
                    flow += w * gap;
                }
            }
            flowInternalization = flow;
        }
        // forgetting
        double keep = 1 - m.params.forgetting;
        if (member && m.forgetting && keep != 1) {
            for (int q = 0; q < d; q++) {
                tacit[q] *= keep;
                explicit[q] *= keep;
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
        Bag out = m.network.getEdgesOut(this);
        Object[] edges = out.objs;
        int contacts = 0;
        int good = 0;
        for (int x = 0; x < out.numObjs; x++) {
            Edge e = (Edge) edges[x];
            Tie tie = (Tie) e.info;
            ClassicAgent j = (ClassicAgent) e.to();
            if (!j.member) {
                continue;
            }
            boolean got = tie.received >= theta && tie.received > 0;
            boolean gave = tie.reverse.received >= theta && tie.reverse.received > 0;
            if (got) {
                double g = p.trustGain;
                if ((tie.layers & 1) != 0 && (tie.layers & virtual) != 0) {
                    g *= 1 + p.multiplexTrustBonus;
                }
                g = Math.min(1, g);
                tie.trust += g * (1 - tie.trust);
                if (tie.exchanges < 127) {
                    tie.exchanges++;
                }
                contacts++;
                good++;
            } else if (gave) {
                tie.trust -= p.trustLoss * tie.trust;
                contacts++;
            }
            // exclusion reacts to contributions to the public good, a mechanism this model leaves out
            if (tie.trust < 0) {
                tie.trust = 0;
            } else if (tie.trust > 1) {
                tie.trust = 1;
            }
            if (got || gave) {
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
