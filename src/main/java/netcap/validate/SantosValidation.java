package netcap.validate;

import netcap.game.CostVariant;
import netcap.stats.ConfidenceInterval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Santos, Santos &amp; Pacheco (2008), Nature 454:213-216, Fig. 1 (fixed cost per game): on
 * scale-free graphs cooperation in the public goods game appears at a lower normalized synergy
 * {@code eta = r / (z + 1)} than on regular graphs of the same mean degree. Runs
 * {@link SantosExperiment} on Barabási-Albert (m = 2) and random regular (d = 4) graphs, z = 4,
 * fixed cost per game, synchronous pairwise comparison, half cooperators at the start.
 *
 * <p>Pass criterion: each curve's threshold {@code eta*} (the eta at which the mean fraction of
 * cooperators first reaches {@value #THRESHOLD}, interpolated linearly between grid points)
 * exists for the Barabási-Albert graphs and is lower than on the regular graphs (a regular curve
 * that never reaches the threshold in the grid counts as a higher eta*).
 */
public final class SantosValidation implements Validation {
    /** Sizes: N = 1000 as in the paper; see docs/validation.md for the shorter runs. */
    public static final SantosExperiment.Setup SETUP = new SantosExperiment.Setup(1000, 3000, 1000, 16, CostVariant.PER_GAME);
    /** The eta grid of the check. */
    static final double[] ETA = {0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.2};
    /** Fraction of cooperators that counts as "cooperation survives". */
    public static final double THRESHOLD = 0.5;

    private final SantosExperiment.Setup setup;
    private final double[] etas;

    /** The published comparison at {@link #SETUP}. */
    public SantosValidation() {
        this(SETUP, ETA);
    }

    /** The comparison with other sizes or another eta grid (for tests). */
    public SantosValidation(SantosExperiment.Setup setup, double[] etas) {
        this.setup = setup;
        this.etas = etas.clone();
    }

    @Override
    public String name() {
        return "santos2008";
    }

    @Override
    public String target() {
        return "Santos et al. (2008) Fig. 1, cost per game, z=4: cooperation at lower eta on scale-free than regular graphs";
    }

    /**
     * The eta at which the mean fraction of cooperators first reaches {@code threshold} along the
     * row, interpolated linearly from the previous grid point; the first eta if it starts there;
     * {@code NaN} if it never does.
     */
    public static double crossing(SantosExperiment.Cell[] row, double threshold) {
        for (int i = 0; i < row.length; i++) {
            double m = row[i].ci().mean();
            if (m >= threshold) {
                if (i == 0) {
                    return row[0].eta();
                }
                double m0 = row[i - 1].ci().mean();
                double e0 = row[i - 1].eta();
                return e0 + (threshold - m0) / (m - m0) * (row[i].eta() - e0);
            }
        }
        return Double.NaN;
    }

    @Override
    public Outcome run(long seed, int threads) {
        SantosExperiment.Network[] nets = {SantosExperiment.Network.BARABASI_ALBERT, SantosExperiment.Network.RANDOM_REGULAR};
        SantosExperiment.Cell[][] cells = SantosExperiment.sweep(nets, etas, setup, seed, threads);
        double ba = crossing(cells[0], THRESHOLD);
        double reg = crossing(cells[1], THRESHOLD);
        boolean pass = !Double.isNaN(ba) && (Double.isNaN(reg) || ba < reg);
        String result = String.format(Locale.ROOT, "eta*(%.1f coop): BA %s < regular %s", THRESHOLD, fmt(ba), fmt(reg))
                .replace(" < ", pass ? " < " : " vs ");
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("variant", setup.variant().name());
        details.put("nodes", setup.nodes());
        details.put("mean_degree", SantosExperiment.Z);
        details.put("transient_generations", setup.transientGenerations());
        details.put("window_generations", setup.window());
        details.put("runs_per_point", setup.runs());
        details.put("threshold", THRESHOLD);
        details.put("eta_star_barabasi_albert", Double.isNaN(ba) ? null : ba);
        details.put("eta_star_random_regular", Double.isNaN(reg) ? null : reg);
        for (SantosExperiment.Cell[] row : cells) {
            List<Map<String, Object>> points = new ArrayList<>();
            for (SantosExperiment.Cell c : row) {
                ConfidenceInterval ci = c.ci();
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("eta", c.eta());
                p.put("r", c.eta() * (SantosExperiment.Z + 1));
                p.put("cooperators", ci.mean());
                p.put("ci95_low", ci.lower());
                p.put("ci95_high", ci.upper());
                p.put("runs_all_cooperate", c.absorbedAllC());
                p.put("runs_all_defect", c.absorbedAllD());
                points.add(p);
            }
            details.put(row[0].network().name().toLowerCase(Locale.ROOT), points);
        }
        return new Outcome(result, pass, details);
    }

    private String fmt(double eta) {
        return Double.isNaN(eta) ? "none (> " + etas[etas.length - 1] + ")" : String.format(Locale.ROOT, "%.3f", eta);
    }
}
