package netcap.validate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

/**
 * Prints Cowan &amp; Jonard's (2004) result as Markdown tables (steady-state mean knowledge with
 * 95% CI, variance and coefficient of variation across agents, per rewiring probability p and
 * absorptive capacity alpha) and optionally renders the mean knowledge against p as a PNG.
 *
 * <pre>
 *   java -cp target/netcap-0.1.0-all.jar netcap.validate.CowanJonardReport [--runs 50] [--seed 1]
 *        [--threads 2] [--n 500] [--png docs/img/cowan2004.png]
 * </pre>
 */
public final class CowanJonardReport {
    /** Rewiring probabilities of the figure. */
    public static final double[] P = {0, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1};
    /** Absorptive capacities of the figure. */
    public static final double[] ALPHA = {0.2, 0.5, 0.9};

    private CowanJonardReport() {
    }

    /** The Markdown table of a sweep indexed {@code [alpha][p]}: mean knowledge ± 95% CI per alpha. */
    public static String table(CowanJonardExperiment.Cell[][] cells) {
        return table(cells, "", c -> String.format(Locale.ROOT, "%.3f ± %.3f", c.ci().mean(), c.ci().halfWidth()));
    }

    /** The Markdown table of the dispersion across agents: variance / coefficient of variation per alpha. */
    public static String dispersionTable(CowanJonardExperiment.Cell[][] cells) {
        return table(cells, ": variance / CV", c -> String.format(Locale.ROOT, "%.4f / %.4f", c.meanVariance(), c.meanCv()));
    }

    /** A table with one row per p and one column per alpha (headed "alpha = a" + {@code suffix}). */
    private static String table(CowanJonardExperiment.Cell[][] cells, String suffix,
                                Function<CowanJonardExperiment.Cell, String> value) {
        StringBuilder b = new StringBuilder("| p |");
        for (CowanJonardExperiment.Cell[] row : cells) {
            b.append(String.format(Locale.ROOT, " alpha = %.1f%s |", row[0].alpha(), suffix));
        }
        b.append("\n|---|").append("---|".repeat(cells.length)).append('\n');
        for (int a = 0; a < cells[0].length; a++) {
            b.append("| ").append(fmtP(cells[0][a].p())).append(" |");
            for (CowanJonardExperiment.Cell[] row : cells) {
                b.append(' ').append(value.apply(row[a])).append(" |");
            }
            b.append('\n');
        }
        return b.toString();
    }

    static String fmtP(double p) {
        return new java.math.BigDecimal(Double.toString(p)).stripTrailingZeros().toPlainString();
    }

    public static void main(String[] args) throws IOException {
        int runs = 50;
        long seed = 1;
        int n = CowanJonardExperiment.N;
        int threads = Runtime.getRuntime().availableProcessors();
        Path png = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--n" -> n = Integer.parseInt(args[++i]);
                case "--png" -> png = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
            }
        }
        long t0 = System.nanoTime();
        CowanJonardExperiment.Cell[][] cells = CowanJonardExperiment.sweep(ALPHA, P, n, runs, seed, threads);
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "## N=%d n=%d K=%d runs=%d seed=%d (%.1f s)%n%n", n,
                CowanJonardExperiment.DEGREE, CowanJonardExperiment.K, runs, seed, secs);
        System.out.println("steady-state mean knowledge, mean ± 95% CI over runs:");
        System.out.print(table(cells));
        System.out.println();
        System.out.println("dispersion across agents (of each agent's mean knowledge), mean over runs:");
        System.out.print(dispersionTable(cells));
        System.out.println();
        System.out.println("mean periods to the steady state (censored runs):");
        for (CowanJonardExperiment.Cell[] row : cells) {
            System.out.println(PeriodCell.row(String.format(Locale.ROOT, "alpha=%.1f", row[0].alpha()), row));
        }
        System.out.println();
        if (png != null) {
            CowanJonardChart.render(cells, n, runs, png);
            System.out.println("wrote " + png);
        }
    }
}
