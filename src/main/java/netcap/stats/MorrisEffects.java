package netcap.stats;

import ec.util.MersenneTwisterFast;
import netcap.design.MorrisDesign;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Morris elementary effects and their summary statistics mu, mu* and sigma (Morris, "Factorial
 * sampling plans for preliminary computational experiments", Technometrics 33(2):161-174, 1991;
 * mu* from Campolongo, Cariboni &amp; Saltelli, "An effective screening design for sensitivity
 * analysis of large models", Environ. Model. Softw. 22:1509-1518, 2007).
 *
 * <p>In trajectory {@code t}, the step that moves factor {@code i} by {@code d * delta}
 * ({@code d = +-1}) gives the elementary effect
 * {@code EE_i^t = (y(after) - y(before)) / (d * delta)}, i.e. the finite-difference slope in
 * the factor's increasing direction. Effects are per unit of the <em>normalised</em> range
 * {@code [0, 1]}; divide by {@code max - min} for effects per native unit of a continuous
 * factor. Over the {@code r} trajectories:
 *
 * <ul>
 *   <li>{@code mu = mean(EE)}, signed mean (Morris 1991);
 *   <li>{@code mu* = mean(|EE|)}, mean absolute effect, which cannot cancel for non-monotonic
 *       effects (Campolongo et al. 2007);
 *   <li>{@code sigma = sd(EE)}, sample standard deviation (denominator {@code r - 1}; NaN for
 *       {@code r = 1}), large for non-linear effects or interactions.
 * </ul>
 *
 * <p><b>Bootstrap.</b> {@link #estimate(MorrisDesign, double[], int, double, MersenneTwisterFast)}
 * adds percentile intervals (Efron &amp; Tibshirani 1993, ch. 13) for mu, mu* and sigma: each of
 * the {@code resamples} bootstrap samples draws {@code r} trajectories with replacement (with the
 * given generator, so the intervals are reproducible) and recomputes the three statistics from
 * their elementary effects; the bounds are the {@code (1 - level)/2} and {@code (1 + level)/2}
 * quantiles (R type 7) of the resampled values. Trajectories, not single effects, are resampled
 * because the effects of one trajectory share its base point. With one trajectory, or without
 * a bootstrap, the bounds are NaN.
 *
 * @param effects one entry per factor, in factor order
 */
public record MorrisEffects(List<Effect> effects) {

    /**
     * Morris statistics of one factor.
     *
     * @param name   factor name
     * @param mu     mean elementary effect
     * @param muStar mean absolute elementary effect
     * @param sigma  standard deviation of the elementary effects
     * @param muLow  lower bootstrap bound of mu (NaN without a bootstrap), and so on
     */
    public record Effect(String name, double mu, double muStar, double sigma, double muLow, double muHigh,
                         double muStarLow, double muStarHigh, double sigmaLow, double sigmaHigh) {
        /** Statistics without intervals. */
        public Effect(String name, double mu, double muStar, double sigma) {
            this(name, mu, muStar, sigma, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
    }

    public MorrisEffects {
        effects = List.copyOf(effects);
    }

    /** The entry for the named factor. */
    public Effect get(String name) {
        for (Effect e : effects) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException("no Morris effect for factor '" + name + "'");
    }

    /**
     * The elementary effects {@code ee[i][t]} of factor {@code i} in trajectory {@code t}.
     *
     * @param y model outputs, one per design point in design order
     * @throws IllegalArgumentException if {@code y} does not match the design
     */
    public static double[][] elementaryEffects(MorrisDesign design, double[] y) {
        if (y == null || y.length != design.size()) {
            throw new IllegalArgumentException("expected " + design.size() + " outputs for the Morris design, got "
                    + (y == null ? "null" : y.length));
        }
        int k = design.dimension();
        int r = design.trajectories();
        double delta = design.delta();
        double[][] ee = new double[k][r];
        for (int t = 0; t < r; t++) {
            for (int s = 1; s <= k; s++) {
                int i = design.changedFactor(t, s);
                double dy = y[design.index(t, s)] - y[design.index(t, s - 1)];
                ee[i][t] = dy / (design.direction(t, s) * delta);
            }
        }
        return ee;
    }

    /** mu, mu* and sigma per factor from outputs {@code y} on {@code design}, with 1000-resample 95% bootstrap intervals. */
    public static MorrisEffects estimate(MorrisDesign design, double[] y, MersenneTwisterFast rng) {
        return estimate(design, y, SobolIndices.DEFAULT_RESAMPLES, 0.95, rng);
    }

    /**
     * mu, mu* and sigma per factor with percentile bootstrap intervals over trajectories.
     *
     * @param resamples bootstrap resamples ({@code >= 0}; 0 gives NaN bounds)
     * @param level     confidence level in (0, 1)
     * @param rng       generator for the bootstrap (may be null when {@code resamples == 0})
     */
    public static MorrisEffects estimate(MorrisDesign design, double[] y, int resamples, double level, MersenneTwisterFast rng) {
        SobolIndices.checkBootstrap(resamples, level, rng);
        MorrisEffects point = estimate(design, y);
        double[][] ee = elementaryEffects(design, y);
        int k = ee.length;
        int r = design.trajectories();
        if (resamples == 0 || r < 2) {
            return point;
        }
        double[][][] boot = new double[k][3][resamples]; // mu, mu*, sigma
        int[] rows = new int[r];
        double[] e = new double[r];
        double[] abs = new double[r];
        for (int b = 0; b < resamples; b++) {
            for (int t = 0; t < r; t++) {
                rows[t] = rng.nextInt(r);
            }
            for (int i = 0; i < k; i++) {
                for (int t = 0; t < r; t++) {
                    e[t] = ee[i][rows[t]];
                    abs[t] = Math.abs(e[t]);
                }
                Summary s = Summary.of(e);
                boot[i][0][b] = s.mean();
                boot[i][1][b] = Summary.of(abs).mean();
                boot[i][2][b] = s.sd();
            }
        }
        double lo = (1.0 - level) / 2.0;
        double hi = 1.0 - lo;
        List<Effect> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            double[] q = new double[6];
            for (int j = 0; j < 3; j++) {
                Arrays.sort(boot[i][j]);
                q[2 * j] = SobolIndices.quantileSorted(boot[i][j], lo);
                q[2 * j + 1] = SobolIndices.quantileSorted(boot[i][j], hi);
            }
            Effect p = point.effects().get(i);
            out.add(new Effect(p.name(), p.mu(), p.muStar(), p.sigma(), q[0], q[1], q[2], q[3], q[4], q[5]));
        }
        return new MorrisEffects(out);
    }

    /**
     * The lower bound of the percentile bootstrap interval of mu*(factor) - mu*(dummy), resampling
     * trajectories: the two absolute effects of one trajectory are paired (both are measured at
     * that trajectory's points), so the noise they share cancels. A factor whose bound is 0 or
     * below cannot be told apart from run-to-run noise. NaN with fewer than two trajectories.
     *
     * @param factor index of the factor, in design order
     * @param dummy  index of the dummy factor
     */
    public static double excessOverDummyLow(MorrisDesign design, double[] y, int factor, int dummy, int resamples, double level,
                                            MersenneTwisterFast rng) {
        SobolIndices.checkBootstrap(resamples, level, rng);
        double[][] ee = elementaryEffects(design, y);
        int r = design.trajectories();
        if (resamples == 0 || r < 2) {
            return Double.NaN;
        }
        double[] d = new double[r];
        for (int t = 0; t < r; t++) {
            d[t] = Math.abs(ee[factor][t]) - Math.abs(ee[dummy][t]);
        }
        double[] boot = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            double sum = 0;
            for (int t = 0; t < r; t++) {
                sum += d[rng.nextInt(r)];
            }
            boot[b] = sum / r;
        }
        Arrays.sort(boot);
        return SobolIndices.quantileSorted(boot, (1.0 - level) / 2.0);
    }

    /** mu, mu* and sigma per factor from outputs {@code y} on {@code design}, without intervals. */
    public static MorrisEffects estimate(MorrisDesign design, double[] y) {
        double[][] ee = elementaryEffects(design, y);
        int k = ee.length;
        List<Effect> out = new ArrayList<>(k);
        double[] abs = new double[design.trajectories()];
        for (int i = 0; i < k; i++) {
            double[] e = ee[i];
            for (int t = 0; t < e.length; t++) {
                abs[t] = Math.abs(e[t]);
            }
            Summary s = Summary.of(e);
            Summary a = Summary.of(abs);
            out.add(new Effect(design.factors().get(i).name(), s.mean(), a.mean(), s.sd()));
        }
        return new MorrisEffects(out);
    }
}
