package netcap.calibrate;

import ec.util.MersenneTwisterFast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * ABC-SMC: approximate Bayesian computation by sequential Monte Carlo, as the adaptive population
 * Monte Carlo of Beaumont, Cornuet, Marin &amp; Robert (2009, Biometrika 96: 983-990), with the
 * sequence of tolerances of Toni et al. (2009, J. R. Soc. Interface 6: 187-202) chosen adaptively
 * (Del Moral et al. 2012): the tolerance of generation g+1 is the {@code quantile} of generation
 * g's accepted distances.
 *
 * <ul>
 *   <li>Generation 0 draws {@code particles} candidates from the uniform prior and accepts them all
 *       (tolerance +infinity), with equal weights.</li>
 *   <li>Generation g &gt;= 1 draws a particle of generation g-1 by weight and perturbs it with a
 *       Gaussian kernel whose variance is twice the weighted empirical variance of generation g-1,
 *       parameter by parameter (a diagonal covariance: the parameters are perturbed independently);
 *       a draw outside the prior is drawn again, without a simulation. A candidate is accepted when
 *       its distance is at most the tolerance. Accepted particle i gets the weight
 *       prior(theta_i) / sum_j w_j K(theta_i | theta_j), normalised to sum 1 (the prior is uniform,
 *       so it is constant inside the ranges).</li>
 *   <li>It stops after {@code generations} generations, or after a generation whose acceptance
 *       rate fell below {@code minAcceptance}. A generation that reaches
 *       {@code ceil(particles / minAcceptance)} simulations before it has {@code particles}
 *       accepted ends there unfinished: the posterior is then the last finished generation.</li>
 * </ul>
 *
 * <p>Deterministic whatever the number of threads: candidates are drawn from one random stream in
 * batches of {@code particles}, sequentially; the {@link Evaluator} evaluates a batch (in parallel
 * if it likes); acceptance then goes through the batch in candidate order until {@code particles}
 * are accepted (the rest of the batch is simulated but not accepted). Generic over the evaluator,
 * so it can be tested on a problem with a known posterior.
 */
public final class AbcSmc {
    /** Evaluates a batch of candidates: the distance of each, in order. */
    public interface Evaluator {
        double[] distances(int generation, int batch, List<double[]> thetas);
    }

    /** Told after each evaluated batch. */
    public interface Listener {
        void batch(int generation, double tolerance, int simulations, int accepted);
    }

    /** One simulated candidate; {@code weight} is NaN unless it is a particle of a finished generation. */
    public record Candidate(int generation, int index, double[] theta, double distance, boolean accepted, double weight) {
    }

    /** A generation's tolerance, simulations, accepted particles, effective sample size (NaN if unfinished). */
    public record Generation(int generation, double tolerance, int simulations, int accepted, double ess) {
        public double acceptanceRate() {
            return simulations == 0 ? 0 : (double) accepted / simulations;
        }
    }

    /** The final population (particles, normalised weights, distances), every candidate and every generation. */
    public record Result(double[][] particles, double[] weights, double[] distances, List<Candidate> candidates, List<Generation> generations) {
    }

    private final double[] min;
    private final double[] max;
    private final int particles;
    private final int generations;
    private final double quantile;
    private final double minAcceptance;

    public AbcSmc(double[] min, double[] max, int particles, int generations, double quantile, double minAcceptance) {
        this.min = min.clone();
        this.max = max.clone();
        this.particles = particles;
        this.generations = generations;
        this.quantile = quantile;
        this.minAcceptance = minAcceptance;
    }

    /** Runs the generations with candidates drawn from {@code rng}. */
    public Result run(MersenneTwisterFast rng, Evaluator evaluator, Listener listener) {
        int d = min.length;
        List<Candidate> all = new ArrayList<>();
        List<Generation> gens = new ArrayList<>();

        // generation 0: the prior
        List<double[]> thetas = new ArrayList<>();
        for (int i = 0; i < particles; i++) {
            double[] th = new double[d];
            for (int j = 0; j < d; j++) {
                th[j] = min[j] + (max[j] - min[j]) * rng.nextDouble();
            }
            thetas.add(th);
        }
        double[] dist = evaluator.distances(0, 0, thetas);
        double[][] pop = thetas.toArray(new double[0][]);
        double[] w = new double[particles];
        Arrays.fill(w, 1.0 / particles);
        double[] popDist = dist.clone();
        for (int i = 0; i < particles; i++) {
            all.add(new Candidate(0, i, pop[i], dist[i], true, w[i]));
        }
        gens.add(new Generation(0, Double.POSITIVE_INFINITY, particles, particles, ess(w)));
        listener.batch(0, Double.POSITIVE_INFINITY, particles, particles);
        int cap = (int) Math.min(Integer.MAX_VALUE, Math.ceil(particles / minAcceptance));

        for (int g = 1; g < generations; g++) {
            double tol = quantile(popDist, quantile);
            double[] sd = new double[d];
            for (int j = 0; j < d; j++) {
                double mean = 0;
                for (int i = 0; i < pop.length; i++) {
                    mean += w[i] * pop[i][j];
                }
                double var = 0;
                for (int i = 0; i < pop.length; i++) {
                    var += w[i] * (pop[i][j] - mean) * (pop[i][j] - mean);
                }
                sd[j] = Math.sqrt(2 * var);
                if (!(sd[j] > 0)) {
                    sd[j] = 1e-9 * (max[j] - min[j]); // a collapsed population: a tiny kernel keeps the weights defined
                }
            }
            double[] cum = cumulative(w);
            List<double[]> acc = new ArrayList<>();
            List<Double> accDist = new ArrayList<>();
            List<Integer> accIndex = new ArrayList<>();
            int simulations = 0;
            int batch = 0;
            while (acc.size() < particles && simulations < cap) {
                List<double[]> cand = new ArrayList<>();
                int n = Math.min(particles, cap - simulations);
                for (int i = 0; i < n; i++) {
                    cand.add(perturb(rng, pop, cum, sd));
                }
                double[] dd = evaluator.distances(g, batch++, cand);
                for (int i = 0; i < n; i++) {
                    boolean ok = acc.size() < particles && dd[i] <= tol;
                    if (ok) {
                        acc.add(cand.get(i));
                        accDist.add(dd[i]);
                        accIndex.add(all.size());
                    }
                    all.add(new Candidate(g, simulations + i, cand.get(i), dd[i], ok, Double.NaN));
                }
                simulations += n;
                listener.batch(g, tol, simulations, acc.size());
            }
            if (acc.size() < particles) {
                gens.add(new Generation(g, tol, simulations, acc.size(), Double.NaN));
                break;
            }
            double[][] next = acc.toArray(new double[0][]);
            double[] nw = new double[particles];
            double total = 0;
            for (int i = 0; i < particles; i++) {
                double s = 0;
                for (int k = 0; k < pop.length; k++) {
                    double logK = 0;
                    for (int j = 0; j < d; j++) {
                        double z = (next[i][j] - pop[k][j]) / sd[j];
                        logK += -0.5 * z * z;
                    }
                    s += w[k] * Math.exp(logK);
                }
                nw[i] = s > 0 ? 1 / s : 0;
                total += nw[i];
            }
            for (int i = 0; i < particles; i++) {
                nw[i] = total > 0 ? nw[i] / total : 1.0 / particles;
            }
            for (int i = 0; i < particles; i++) {
                Candidate c = all.get(accIndex.get(i));
                all.set(accIndex.get(i), new Candidate(c.generation(), c.index(), c.theta(), c.distance(), true, nw[i]));
            }
            pop = next;
            w = nw;
            popDist = accDist.stream().mapToDouble(Double::doubleValue).toArray();
            Generation gen = new Generation(g, tol, simulations, particles, ess(w));
            gens.add(gen);
            if (gen.acceptanceRate() < minAcceptance) {
                break;
            }
        }
        return new Result(pop, w, popDist, all, gens);
    }

    private double[] perturb(MersenneTwisterFast rng, double[][] pop, double[] cum, double[] sd) {
        int d = min.length;
        while (true) {
            double u = rng.nextDouble();
            int k = Arrays.binarySearch(cum, u);
            k = k >= 0 ? Math.min(k + 1, cum.length - 1) : Math.min(-k - 1, cum.length - 1);
            double[] th = new double[d];
            boolean inside = true;
            for (int j = 0; j < d; j++) {
                th[j] = pop[k][j] + sd[j] * rng.nextGaussian();
                inside &= th[j] >= min[j] && th[j] <= max[j];
            }
            if (inside) {
                return th;
            }
        }
    }

    private static double[] cumulative(double[] w) {
        double[] c = new double[w.length];
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            s += w[i];
            c[i] = s;
        }
        for (int i = 0; i < w.length; i++) {
            c[i] /= s;
        }
        return c;
    }

    /** The effective sample size 1 / sum w^2 of normalised weights. */
    static double ess(double[] w) {
        double s = 0;
        for (double x : w) {
            s += x * x;
        }
        return 1 / s;
    }

    /** The q-quantile of values (linear interpolation between order statistics, as R's type 7). */
    static double quantile(double[] v, double q) {
        double[] s = v.clone();
        Arrays.sort(s);
        double h = (s.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, s.length - 1);
        return s[lo] + (h - lo) * (s[hi] - s[lo]);
    }

    /**
     * The weighted q-quantile: the smallest value whose cumulative normalised weight (in sorted
     * order) reaches q.
     */
    public static double weightedQuantile(double[] v, double[] w, double q) {
        Integer[] idx = new Integer[v.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> Double.compare(v[a], v[b]));
        double total = 0;
        for (double x : w) {
            total += x;
        }
        double c = 0;
        for (Integer i : idx) {
            c += w[i] / total;
            if (c >= q - 1e-12) {
                return v[i];
            }
        }
        return v[idx[idx.length - 1]];
    }
}
