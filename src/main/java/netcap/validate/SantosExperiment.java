package netcap.validate;

import ec.util.MersenneTwisterFast;
import netcap.game.CostVariant;
import netcap.game.PublicGoodsGame;
import netcap.game.UpdateRule;
import netcap.generate.Generators;
import netcap.random.Streams;
import netcap.stats.ConfidenceInterval;
import netcap.world.Adjacency;
import netcap.world.Graph;
import netcap.world.NodeAttributes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Replicated runs of the public goods game of Santos, Santos &amp; Pacheco (2008) on
 * Barabási-Albert (m = 2) and random regular (d = 4) graphs, both of mean degree z = 4, over a
 * grid of normalized synergies {@code eta = r / (z + 1)}. Each run draws its own graph, starts
 * with exactly half of the nodes cooperating (chosen at random), runs synchronous
 * pairwise-comparison imitation ({@link UpdateRule#PAIRWISE_COMPARISON}, no mutation) for a
 * transient and then averages the fraction of cooperators over a window of generations. A run
 * that reaches all-cooperate or all-defect stops there (both are absorbing without mutation), its
 * average being 1 or 0.
 *
 * <p>A run's key is {@code seed/"santos2008"/variant/graph/"eta=<eta>"/run}, built from values,
 * not grid positions, so a cell gives the same numbers in any grid and for any thread count.
 * Streams: {@code key/"graph"} (the graph), {@code key/"init"} (initial strategies) and the
 * counter-based key {@code key/"imitation"} for the updates.
 */
public final class SantosExperiment {
    /** Nominal mean degree of both graph types. */
    public static final double Z = 4;

    /** The two graph types of the comparison. */
    public enum Network {
        BARABASI_ALBERT("barabasiAlbert", "m", "Barabási–Albert (m = 2)"),
        RANDOM_REGULAR("randomRegular", "d", "random regular (d = 4)");

        final String generator;
        final String param;
        final String label;

        Network(String generator, String param, String label) {
            this.generator = generator;
            this.param = param;
            this.label = label;
        }

        /** A human-readable name. */
        public String label() {
            return label;
        }

        /** A random graph of this type on n nodes with mean degree 4. */
        public Graph generate(int n, MersenneTwisterFast rng) {
            int value = this == BARABASI_ALBERT ? 2 : 4;
            return Generators.create(generator, Map.of("n", n, param, value)).generate(new NodeAttributes(n, 1), rng);
        }
    }

    /** Sizes of a sweep: nodes, transient and averaging generations, runs per cell. */
    public record Setup(int nodes, int transientGenerations, int window, int runs, CostVariant variant) {
        public Setup {
            if (nodes < 6 || transientGenerations < 0 || window < 1 || runs < 2) {
                throw new IllegalArgumentException("bad setup " + nodes + " " + transientGenerations + " " + window + " " + runs);
            }
        }
    }

    /** One (network, eta) cell: per run, the mean fraction of cooperators over the window. */
    public record Cell(Network network, double eta, double[] cooperators, int absorbedAllC, int absorbedAllD) {
        /** Mean and 95% Student-t interval over runs. */
        public ConfidenceInterval ci() {
            return ConfidenceInterval.of(cooperators, 0.95);
        }
    }

    private SantosExperiment() {
    }

    /** The key of one run. */
    public static long runKey(long seed, CostVariant variant, Network network, double eta, int run) {
        long k = Streams.child(seed, "santos2008");
        k = Streams.child(k, variant.name());
        k = Streams.child(k, network.name());
        k = Streams.child(k, "eta=" + eta);
        return Streams.child(k, run);
    }

    /**
     * Sweeps every network and eta; the result is indexed {@code [network][eta]}.
     */
    public static Cell[][] sweep(Network[] networks, double[] etas, Setup setup, long seed, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        int runs = setup.runs();
        double[][][] coop = new double[networks.length][etas.length][runs];
        int[][][] absorbed = new int[networks.length][etas.length][runs];
        List<Runnable> tasks = new ArrayList<>();
        for (int a = 0; a < networks.length; a++) {
            for (int b = 0; b < etas.length; b++) {
                for (int run = 0; run < runs; run++) {
                    int fa = a;
                    int fb = b;
                    int fr = run;
                    tasks.add(() -> {
                        long key = runKey(seed, setup.variant(), networks[fa], etas[fb], fr);
                        Graph g = networks[fa].generate(setup.nodes(), Streams.rng(key, "graph"));
                        Result res = run(g, etas[fb] * (Z + 1), setup, key);
                        coop[fa][fb][fr] = res.cooperators();
                        absorbed[fa][fb][fr] = res.absorbed();
                    });
                }
            }
        }
        MarchExperiment.runAll(tasks, threads);
        Cell[][] out = new Cell[networks.length][etas.length];
        for (int a = 0; a < networks.length; a++) {
            for (int b = 0; b < etas.length; b++) {
                int allC = 0;
                int allD = 0;
                for (int x : absorbed[a][b]) {
                    allC += x == 1 ? 1 : 0;
                    allD += x == -1 ? 1 : 0;
                }
                out[a][b] = new Cell(networks[a], etas[b], coop[a][b], allC, allD);
            }
        }
        return out;
    }

    /**
     * One run's outcome: mean fraction of cooperators over the window, and whether it ended
     * absorbed in all-cooperate (1), all-defect (-1) or neither (0).
     */
    public record Result(double cooperators, int absorbed) {
    }

    /** One run on {@code g} with multiplication factor {@code r} and cost 1. */
    public static Result run(Adjacency g, double r, Setup setup, long key) {
        int n = g.nodes();
        byte[] strategy = new byte[n];
        byte[] next = new byte[n];
        double[] contribution = new double[n];
        double[] payoff = new double[n];
        // exactly half cooperators, at random: a random permutation's first n/2 entries
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        MersenneTwisterFast rng = Streams.rng(key, "init");
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        java.util.Arrays.fill(strategy, PublicGoodsGame.FREE_RIDER);
        for (int i = 0; i < n / 2; i++) {
            strategy[perm[i]] = PublicGoodsGame.CONTRIBUTOR;
        }
        long imitation = Streams.child(key, "imitation");
        PublicGoodsGame game = new PublicGoodsGame(n);
        int total = setup.transientGenerations() + setup.window();
        double sum = 0;
        for (int t = 0; t < total; t++) {
            int cooperators = 0;
            for (int i = 0; i < n; i++) {
                boolean c = strategy[i] == PublicGoodsGame.CONTRIBUTOR;
                contribution[i] = c ? 1.0 : 0.0;
                cooperators += c ? 1 : 0;
            }
            if (cooperators == 0 || cooperators == n) {
                // absorbing: the rest of the window has this fraction
                int remaining = Math.min(setup.window(), total - t);
                sum += remaining * (cooperators == n ? 1.0 : 0.0);
                return new Result(sum / setup.window(), cooperators == n ? 1 : -1);
            }
            if (t >= setup.transientGenerations()) {
                sum += cooperators / (double) n;
            }
            game.payoffs(g, null, contribution, r, 1.0, setup.variant(), payoff);
            PublicGoodsGame.imitate(g, null, payoff, strategy, next, UpdateRule.PAIRWISE_COMPARISON, 0, 0, 2,
                    setup.variant(), r, 1.0, imitation, t);
            byte[] tmp = strategy;
            strategy = next;
            next = tmp;
        }
        return new Result(sum / setup.window(), 0);
    }
}
