package netcap.validate;

import netcap.random.Streams;
import netcap.stats.ConfidenceInterval;
import netcap.stats.Summary;

import java.util.ArrayList;
import java.util.List;

/**
 * Replicated runs of {@link CowanJonardModel} over a grid of (alpha, p), run in parallel. Each
 * run's key is {@code seed/"cowan2004"/"alpha=<alpha>"/"p=<p>"/run}, derived from the parameter
 * values rather than their positions in the grid, so a cell gives the same numbers in any grid
 * and for any number of threads.
 */
public final class CowanJonardExperiment {
    /** Agents. */
    public static final int N = 500;
    /** Ties per agent before rewiring. */
    public static final int DEGREE = 10;
    /** Knowledge categories. */
    public static final int K = 10;
    /** Cap on periods (of N steps) per run. */
    public static final int MAX_PERIODS = 100_000;

    /**
     * One (alpha, p) cell, per run: the steady-state mean knowledge, the variance and the
     * coefficient of variation across agents of each agent's mean knowledge, and the periods run.
     */
    public record Cell(double alpha, double p, double[] knowledge, double[] variance, double[] cv,
                       int[] periods, int censored) implements PeriodCell {
        /** Mean and 95% Student-t interval of the steady-state mean knowledge. */
        public ConfidenceInterval ci() {
            return ConfidenceInterval.of(knowledge, 0.95);
        }

        /** Mean over runs of the variance across agents. */
        public double meanVariance() {
            return Summary.of(variance).mean();
        }

        /** Mean over runs of the coefficient of variation across agents. */
        public double meanCv() {
            return Summary.of(cv).mean();
        }
    }

    private CowanJonardExperiment() {
    }

    /** The key of one run. */
    public static long runKey(long seed, double alpha, double p, int run) {
        long key = Streams.child(seed, "cowan2004");
        key = Streams.child(key, "alpha=" + alpha);
        key = Streams.child(key, "p=" + p);
        return Streams.child(key, run);
    }

    /**
     * Runs {@code runs} replicates of every (alpha, p) pair with N agents; the result is indexed
     * {@code [alpha index][p index]}.
     */
    public static Cell[][] sweep(double[] alphas, double[] ps, int n, int runs, long seed, int threads) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be >= 1, was " + runs);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        int cells = alphas.length * ps.length;
        double[][] knowledge = new double[cells][runs];
        double[][] variance = new double[cells][runs];
        double[][] cv = new double[cells][runs];
        int[][] periods = new int[cells][runs];
        List<Runnable> tasks = new ArrayList<>();
        for (int b = 0; b < alphas.length; b++) {
            for (int a = 0; a < ps.length; a++) {
                int cell = b * ps.length + a;
                double alpha = alphas[b];
                double p = ps[a];
                for (int r = 0; r < runs; r++) {
                    int run = r;
                    tasks.add(() -> {
                        CowanJonardModel m = new CowanJonardModel(runKey(seed, alpha, p, run), n, DEGREE, p, K, alpha);
                        periods[cell][run] = m.runToSteadyState(MAX_PERIODS);
                        knowledge[cell][run] = m.meanKnowledge();
                        Summary agents = Summary.of(m.agentKnowledge());
                        variance[cell][run] = agents.variance();
                        cv[cell][run] = agents.sd() / agents.mean();
                    });
                }
            }
        }
        MarchExperiment.runAll(tasks, threads);
        Cell[][] out = new Cell[alphas.length][ps.length];
        for (int b = 0; b < alphas.length; b++) {
            for (int a = 0; a < ps.length; a++) {
                int cell = b * ps.length + a;
                int censored = 0;
                for (int t : periods[cell]) {
                    if (t >= MAX_PERIODS) {
                        censored++;
                    }
                }
                out[b][a] = new Cell(alphas[b], ps[a], knowledge[cell], variance[cell], cv[cell], periods[cell], censored);
            }
        }
        return out;
    }
}
