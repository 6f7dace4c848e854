package netcap.stats;

import netcap.design.MorrisDesign;

import java.util.ArrayList;
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
     */
    public record Effect(String name, double mu, double muStar, double sigma) {
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

    /** mu, mu* and sigma per factor from outputs {@code y} on {@code design}. */
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
