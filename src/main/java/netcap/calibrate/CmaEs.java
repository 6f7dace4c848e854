package netcap.calibrate;

import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Simulated moments by CMA-ES (commons-math3 {@link CMAESOptimizer}; Hansen 2006) on the
 * parameters scaled to [0, 1] (bounds), minimising the distance with common random numbers (every
 * candidate is simulated with the same replicate run keys, so the objective is a deterministic
 * function of the parameters). Candidates are evaluated one after another, in the optimizer's
 * order; iteration = evaluation / population size.
 *
 * <p>The interval of each parameter is a profile interval: the range of that parameter over the
 * evaluated points whose squared distance is within {@code 3.84 / rows} of the best one's
 * ({@code rows}: the number of compared target rows), the likelihood-ratio threshold of a 95%
 * interval for a squared distance that is a mean of squared standardised residuals per target.
 * Its median is the median of the parameter over those points. It is a likelihood-free
 * approximation (it uses the points CMA-ES happened to evaluate), not a bootstrap.
 */
public final class CmaEs {
    /** Evaluates one candidate (in the original parameter units). */
    public interface Evaluator {
        double distance(int evaluation, double[] theta);
    }

    /** One evaluation. */
    public record Evaluation(int iteration, int candidate, double[] theta, double distance) {
    }

    /** The best point, its distance, every evaluation, and the per-parameter interval. */
    public record Result(double[] best, double bestDistance, List<Evaluation> evaluations, double[] median, double[] low, double[] high) {
    }

    private final double[] min;
    private final double[] max;
    private final int evaluations;
    private final double sigma;

    public CmaEs(double[] min, double[] max, int evaluations, double sigma) {
        this.min = min.clone();
        this.max = max.clone();
        this.evaluations = evaluations;
        this.sigma = sigma;
    }

    /** The population size of the optimizer: 4 + floor(3 ln d), Hansen's default. */
    public int populationSize() {
        return 4 + (int) Math.floor(3 * Math.log(min.length));
    }

    /** Runs the optimizer with randomness from {@code seed}; {@code rows}: the number of compared target rows. */
    public Result run(long seed, int rows, Evaluator evaluator) {
        int d = min.length;
        int lambda = populationSize();
        List<Evaluation> evals = new ArrayList<>();
        CMAESOptimizer opt = new CMAESOptimizer(Integer.MAX_VALUE, 0, true, 0, 0,
                new MersenneTwister(new int[] {(int) seed, (int) (seed >>> 32), 0x636d6165 /* "cmae" */}), false, null);
        double[] start = new double[d];
        double[] lo = new double[d];
        double[] hi = new double[d];
        double[] sig = new double[d];
        Arrays.fill(start, 0.5);
        Arrays.fill(hi, 1);
        Arrays.fill(sig, sigma);
        ObjectiveFunction f = new ObjectiveFunction(x -> {
            double[] theta = new double[d];
            for (int j = 0; j < d; j++) {
                double u = Math.min(1, Math.max(0, x[j]));
                theta[j] = min[j] + u * (max[j] - min[j]);
            }
            int k = evals.size();
            double dist = evaluator.distance(k, theta);
            evals.add(new Evaluation(k / lambda, k % lambda, theta, dist));
            return dist;
        });
        try {
            opt.optimize(new MaxEval(evaluations), f, GoalType.MINIMIZE, new InitialGuess(start), new SimpleBounds(lo, hi),
                    new CMAESOptimizer.Sigma(sig), new CMAESOptimizer.PopulationSize(lambda));
        } catch (TooManyEvaluationsException e) {
            // the budget is spent: the best evaluation so far is the estimate
        }
        Evaluation best = evals.get(0);
        for (Evaluation e : evals) {
            if (e.distance() < best.distance()) {
                best = e;
            }
        }
        double threshold = best.distance() * best.distance() + 3.84 / rows;
        double[] median = new double[d];
        double[] low = new double[d];
        double[] high = new double[d];
        for (int j = 0; j < d; j++) {
            List<Double> in = new ArrayList<>();
            for (Evaluation e : evals) {
                if (e.distance() * e.distance() <= threshold) {
                    in.add(e.theta()[j]);
                }
            }
            double[] v = in.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            low[j] = v[0];
            high[j] = v[v.length - 1];
            median[j] = AbcSmc.quantile(v, 0.5);
        }
        return new Result(best.theta(), best.distance(), evals, median, low, high);
    }
}
