package netcap.validate;

import netcap.random.Streams;
import netcap.stats.ConfidenceInterval;
import netcap.stats.Summary;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Replicated runs of {@link MarchModel} over a grid of (p1, p2), run in parallel. Each run's key
 * is {@code seed/"march1991"/"p1=<p1>"/"p2=<p2>"/run}, derived from the parameter values rather
 * than their positions in the grid, so a cell gives the same numbers in any grid and for any
 * number of threads.
 */
public final class MarchExperiment {
    /** March's sizes. */
    public static final int M = 30;
    public static final int N = 50;
    /** Cap on periods per run. */
    public static final int MAX_PERIODS = 10_000;

    /**
     * One (p1, p2) cell, per run: the code's equilibrium knowledge (proportion of dimensions
     * matching reality), its score ({@code sum(code * reality) / m}) and the periods run.
     */
    public record Cell(double p1, double p2, double[] knowledge, double[] score, int[] periods, int censored)
            implements PeriodCell {
        /** Mean and 95% Student-t interval of the equilibrium knowledge. */
        public ConfidenceInterval ci() {
            return ConfidenceInterval.of(knowledge, 0.95);
        }

        /** Mean of the knowledge values. */
        public double mean() {
            return Summary.of(knowledge).mean();
        }
    }

    private MarchExperiment() {
    }

    /** The key of one run. */
    public static long runKey(long seed, double p1, double p2, int run) {
        long k = Streams.child(seed, "march1991");
        k = Streams.child(k, "p1=" + p1);
        k = Streams.child(k, "p2=" + p2);
        return Streams.child(k, run);
    }

    /**
     * Runs {@code runs} replicates of every (p1, p2) pair; the result is indexed
     * {@code [p2 index][p1 index]}.
     */
    public static Cell[][] sweep(double[] p1s, double[] p2s, int runs, MarchRules rules, long seed, int threads) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be >= 1, was " + runs);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        int cells = p1s.length * p2s.length;
        double[][] knowledge = new double[cells][runs];
        double[][] score = new double[cells][runs];
        int[][] periods = new int[cells][runs];
        List<Runnable> tasks = new ArrayList<>();
        for (int b = 0; b < p2s.length; b++) {
            for (int a = 0; a < p1s.length; a++) {
                int cell = b * p1s.length + a;
                double p1 = p1s[a];
                double p2 = p2s[b];
                for (int r = 0; r < runs; r++) {
                    int run = r;
                    tasks.add(() -> {
                        MarchModel model = new MarchModel(runKey(seed, p1, p2, run), M, N, p1, p2, rules, MAX_PERIODS);
                        periods[cell][run] = model.runToEquilibrium();
                        knowledge[cell][run] = model.codeKnowledge();
                        score[cell][run] = model.codeScore();
                    });
                }
            }
        }
        runAll(tasks, threads);
        Cell[][] out = new Cell[p2s.length][p1s.length];
        for (int b = 0; b < p2s.length; b++) {
            for (int a = 0; a < p1s.length; a++) {
                int cell = b * p1s.length + a;
                int censored = 0;
                for (int p : periods[cell]) {
                    if (p >= MAX_PERIODS) {
                        censored++;
                    }
                }
                out[b][a] = new Cell(p1s[a], p2s[b], knowledge[cell], score[cell], periods[cell], censored);
            }
        }
        return out;
    }

    /** Runs independent tasks (each writing only its own slots) on {@code threads} threads. */
    static void runAll(List<Runnable> tasks, int threads) {
        if (threads == 1) {
            tasks.forEach(Runnable::run);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "netcap-validate");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Runnable t : tasks) {
                futures.add(pool.submit(t));
            }
            for (Future<?> f : futures) {
                netcap.util.Tasks.await(f);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
