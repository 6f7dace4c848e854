package netcap.growth;

import netcap.generate.Generators;
import netcap.generate.NetworkGenerator;
import netcap.random.CounterRandom;
import netcap.random.Streams;
import netcap.world.Graph;
import netcap.world.NodeAttributes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Watts (2002), Figs. 1-2: global cascades from a single seed on Erdős–Rényi random graphs, as a
 * function of the mean degree z and a uniform fractional threshold phi.
 *
 * <p>Watts, D. J. (2002). A simple model of global cascades on random networks. <i>PNAS</i>
 * 99(9):5766-5771.
 *
 * <p>For each z, {@code runs} networks G(n, z/(n-1)) are drawn ({@code Generators.create("erdosRenyiGnp",
 * ...)}); in each, one node chosen uniformly at random is activated and the threshold cascade
 * ({@link Threshold#cascade}, fractional, everyone's threshold phi) runs to its end. The same
 * network and seed node serve every phi (common random numbers, so differences between the phi
 * curves are not sampling noise of the networks). A cascade is global when it occupies more than
 * {@code cutoff} x n nodes ({@link AdoptionMeasures#isGlobal}). Reported per (z, phi): the
 * frequency of global cascades, their mean size (share of n, over global cascades only, as in
 * Watts' Fig. 2) and the mean size over all runs.
 *
 * <p>Run key of network r at grid index i: {@code seed/"watts2002"/i/r}; the network uses the
 * stream {@code key/"graph"}, the seed node {@code CounterRandom.uniform(key, 0, 0, SALT)}. Results
 * do not depend on the thread count.
 *
 * <p>The computation only: the command line, the CSV and the chart of the study are
 * {@code netcap.validate.WattsCascadesStudy}.
 */
public final class WattsCascades {
    /** Thresholds of the sweep. */
    public static final double[] PHI = {0.12, 0.18, 0.24};
    /** Salt of the seed-node draw. */
    static final int SALT = 0x57617474; // "Watt"

    private WattsCascades() {
    }

    /**
     * One grid point.
     *
     * @param globalCascades     runs with a cascade of more than cutoff x n nodes
     * @param globalHalfPercent  runs with a cascade of more than 0.5% of n (cut-off sensitivity)
     * @param frequency          globalCascades / runs
     * @param meanGlobalSize     mean final share over the global cascades (NaN if none)
     * @param meanSize           mean final share over all runs
     * @param meanSteps          mean number of synchronous steps of the global cascades (NaN if none)
     */
    public record Point(double z, double phi, int runs, int globalCascades, int globalHalfPercent, double frequency,
            double meanGlobalSize, double meanSize, double meanSteps) {
    }

    /** A sweep: its settings and points (ordered by z, then phi). */
    public record Result(int n, double[] z, double[] phi, int runs, double cutoff, List<Point> points) {
    }

    /** The default z grid: 0.5, 1.0, ..., 16.0. */
    public static double[] defaultZ() {
        double[] z = new double[32];
        for (int i = 0; i < z.length; i++) {
            z[i] = 0.5 * (i + 1);
        }
        return z;
    }

    /** Runs the sweep. */
    public static Result sweep(int n, double[] z, double[] phi, int runs, double cutoff, long seed, int threads) {
        if (n < 2 || runs < 1) {
            throw new IllegalArgumentException("need n >= 2 and runs >= 1, got n = " + n + ", runs = " + runs);
        }
        long root = Streams.child(seed, "watts2002");
        // result[i*runs + r][f] = final adopters, [phi.length + f] = steps
        List<int[]> out = Replicates.run(z.length * runs, threads, job -> {
            int i = job / runs;
            int r = job % runs;
            long key = Streams.child(Streams.child(root, i), r);
            NetworkGenerator gen = Generators.create("erdosRenyiGnp", Map.of("n", n, "p", z[i] / (n - 1.0)));
            Graph g = gen.generate(new NodeAttributes(n, 1), Streams.rng(key, "graph"));
            int seedNode = (int) (CounterRandom.uniform(key, 0, 0, SALT) * n);
            byte[] adopted = new byte[n];
            double[] threshold = new double[n];
            Threshold.Workspace ws = new Threshold.Workspace(n);
            int[] res = new int[2 * phi.length];
            for (int f = 0; f < phi.length; f++) {
                Arrays.fill(adopted, (byte) 0);
                adopted[seedNode] = 1;
                Arrays.fill(threshold, phi[f]);
                Threshold.Cascade c = ws.cascade(g, n, adopted, threshold, true, Integer.MAX_VALUE);
                res[f] = c.adopters();
                res[phi.length + f] = c.steps();
            }
            return res;
        });
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < z.length; i++) {
            for (int f = 0; f < phi.length; f++) {
                int global = 0;
                int half = 0;
                double sumGlobal = 0;
                double sumAll = 0;
                double sumSteps = 0;
                for (int r = 0; r < runs; r++) {
                    int[] res = out.get(i * runs + r);
                    int a = res[f];
                    sumAll += a / (double) n;
                    if (AdoptionMeasures.isGlobal(a, n, cutoff)) {
                        global++;
                        sumGlobal += a / (double) n;
                        sumSteps += res[phi.length + f];
                    }
                    if (AdoptionMeasures.isGlobal(a, n, 0.005)) {
                        half++;
                    }
                }
                points.add(new Point(z[i], phi[f], runs, global, half, global / (double) runs,
                        global > 0 ? sumGlobal / global : Double.NaN, sumAll / runs,
                        global > 0 ? sumSteps / global : Double.NaN));
            }
        }
        return new Result(n, z.clone(), phi.clone(), runs, cutoff, List.copyOf(points));
    }

    /**
     * Watts' cascade condition for Erdős–Rényi graphs (Poisson degrees p_k) with a uniform
     * threshold phi: global cascades are possible where
     * sum_k k(k-1) rho_k p_k &gt; z, with rho_k = 1 for k &lt;= K = floor(1/phi) (a node of degree
     * k is "vulnerable": one active neighbour suffices) and 0 otherwise. Returns the edges of the
     * window in (0, zMax] found by scanning z in steps of 0.01 and bisection, in increasing order
     * (an empty array if the condition never holds).
     */
    public static double[] analyticalWindow(double phi, double zMax) {
        List<Double> edges = new ArrayList<>();
        double prevZ = 1e-6;
        double prev = cascadeCondition(phi, prevZ);
        for (double zz = 0.01; zz <= zMax + 1e-9; zz += 0.01) {
            double v = cascadeCondition(phi, zz);
            if (Math.signum(v) != Math.signum(prev) && v != 0) {
                double lo = prevZ;
                double hi = zz;
                for (int it = 0; it < 60; it++) {
                    double mid = 0.5 * (lo + hi);
                    if (Math.signum(cascadeCondition(phi, mid)) == Math.signum(prev)) {
                        lo = mid;
                    } else {
                        hi = mid;
                    }
                }
                edges.add(0.5 * (lo + hi));
            }
            prev = v;
            prevZ = zz;
        }
        double[] e = new double[edges.size()];
        for (int i = 0; i < e.length; i++) {
            e[i] = edges.get(i);
        }
        return e;
    }

    /** sum_{k=2}^{K} k(k-1) p_k(z) - z for Poisson p_k; positive inside the cascade window. */
    static double cascadeCondition(double phi, double z) {
        int kMax = (int) Math.floor(1 / phi + 1e-12);
        double pk = Math.exp(-z); // p_0
        double sum = 0;
        for (int k = 1; k <= kMax; k++) {
            pk *= z / k;
            sum += k * (k - 1.0) * pk;
        }
        return sum - z;
    }
}
