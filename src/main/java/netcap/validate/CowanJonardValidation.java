package netcap.validate;

import netcap.stats.ConfidenceInterval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Cowan &amp; Jonard (2004): with knowledge bartered along the ties of a Watts–Strogatz network,
 * steady-state average knowledge is highest in the small world. Runs {@link CowanJonardModel}
 * with N = 500, n = 10, K = 10 and high absorptive capacity alpha = {@value #ALPHA} at
 * p in {0, 0.01, 0.02, 0.05, 0.1, 1}, {@value #RUNS} runs each.
 *
 * <p>Pass criterion (docs/validation.md): for at least {@value #REQUIRED} of the four small-world
 * values p in {0.01, 0.02, 0.05, 0.1}, the lower bound of the 95% confidence interval of the mean
 * knowledge exceeds the upper bounds of the intervals at p = 0 and at p = 1, and no run reaches
 * the period cap.
 */
public final class CowanJonardValidation implements Validation {
    /** Runs per p value. */
    public static final int RUNS = 20;
    /** Absorptive capacity checked. */
    public static final double ALPHA = 0.9;
    /** Rewiring probabilities: the regular lattice, four small-world values, the random network. */
    static final double[] P = {0, 0.01, 0.02, 0.05, 0.1, 1};
    /** Small-world values that must beat both extremes. */
    public static final int REQUIRED = 2;

    private final int n;
    private final int runs;

    /** The published setup: N = 500 agents, {@value #RUNS} runs per p. */
    public CowanJonardValidation() {
        this(CowanJonardExperiment.N, RUNS);
    }

    /** A smaller or larger check (tests): {@code n} agents, {@code runs} runs per p. */
    public CowanJonardValidation(int n, int runs) {
        this.n = n;
        this.runs = runs;
    }

    @Override
    public String name() {
        return "cowan2004";
    }

    @Override
    public String target() {
        return "Cowan & Jonard (2004): mean knowledge highest at small-world p, above p=0 and p=1 (alpha=0.9)";
    }

    @Override
    public Outcome run(long seed, int threads) {
        CowanJonardExperiment.Cell[] cells = CowanJonardExperiment.sweep(new double[] {ALPHA}, P, n, runs, seed, threads)[0];
        ConfidenceInterval regular = cells[0].ci();
        ConfidenceInterval random = cells[P.length - 1].ci();
        int above = 0;
        int censored = 0;
        List<Map<String, Object>> points = new ArrayList<>();
        for (CowanJonardExperiment.Cell c : cells) {
            ConfidenceInterval ci = c.ci();
            boolean smallWorld = c.p() > 0 && c.p() < 1;
            boolean beats = smallWorld && ci.lower() > regular.upper() && ci.lower() > random.upper();
            if (beats) {
                above++;
            }
            censored += c.censored();
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("p", c.p());
            p.put("mean", ci.mean());
            p.put("ci95_low", ci.lower());
            p.put("ci95_high", ci.upper());
            p.put("variance_across_agents", c.meanVariance());
            p.put("cv_across_agents", c.meanCv());
            p.put("mean_periods", c.meanPeriods());
            p.put("censored_runs", c.censored());
            if (smallWorld) {
                p.put("above_both_extremes", beats);
            }
            points.add(p);
        }
        boolean pass = above >= REQUIRED && censored == 0;
        int best = 0;
        for (int i = 1; i < cells.length; i++) {
            if (cells[i].ci().mean() > cells[best].ci().mean()) {
                best = i;
            }
        }
        String result = String.format(Locale.ROOT,
                "%d/4 small-world p above both; best p=%s %.3f±%.3f vs p=0 %.3f±%.3f, p=1 %.3f±%.3f",
                above, CowanJonardReport.fmtP(cells[best].p()), cells[best].ci().mean(), cells[best].ci().halfWidth(),
                regular.mean(), regular.halfWidth(), random.mean(), random.halfWidth());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("n_agents", n);
        details.put("ties_per_agent", CowanJonardExperiment.DEGREE);
        details.put("categories", CowanJonardExperiment.K);
        details.put("alpha", ALPHA);
        details.put("runs", runs);
        details.put("tau", CowanJonardModel.TAU);
        details.put("points", points);
        details.put("small_world_values_above_both_extremes", above);
        details.put("censored_runs", censored);
        return new Outcome(result, pass, details);
    }
}
