package netcap.validate;

import netcap.stats.ConfidenceInterval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints March's (1991) Figure 1 as a Markdown table (mean and 95% CI of the code's equilibrium
 * knowledge per p1 for p2 = 0.1, 0.5, 0.9) for the paper's and the program's rules (or the
 * given preset), and optionally renders them as a PNG with one panel per rule set.
 *
 * <pre>
 *   java -cp target/netcap-0.1.0-all.jar netcap.validate.MarchReport [--runs 80] [--seed 1]
 *        [--threads 2] [--rules paper|sequential|literal-k|basic|christensen] [--png docs/img/march1991.png]
 * </pre>
 */
public final class MarchReport {
    /** p1 values of the figure. */
    public static final double[] P1 = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
    /** p2 values of the figure. */
    public static final double[] P2 = {0.1, 0.5, 0.9};

    private MarchReport() {
    }

    /** The Markdown table of a sweep indexed {@code [p2][p1]}. */
    public static String table(MarchExperiment.Cell[][] cells) {
        return table(cells, false);
    }

    /** The Markdown table of the knowledge, or with {@code score} of the score, of a sweep indexed {@code [p2][p1]}. */
    public static String table(MarchExperiment.Cell[][] cells, boolean score) {
        StringBuilder b = new StringBuilder("| p1 |");
        for (MarchExperiment.Cell[] row : cells) {
            b.append(String.format(Locale.ROOT, " p2 = %.1f |", row[0].p2()));
        }
        b.append("\n|---|");
        for (int i = 0; i < cells.length; i++) {
            b.append("---|");
        }
        b.append('\n');
        for (int a = 0; a < cells[0].length; a++) {
            b.append(String.format(Locale.ROOT, "| %.1f |", cells[0][a].p1()));
            for (MarchExperiment.Cell[] row : cells) {
                ConfidenceInterval ci = score ? ConfidenceInterval.of(row[a].score(), 0.95) : row[a].ci();
                b.append(String.format(Locale.ROOT, " %.3f ± %.3f |", ci.mean(), ci.halfWidth()));
            }
            b.append('\n');
        }
        return b.toString();
    }

    public static void main(String[] args) throws IOException {
        int runs = 80;
        long seed = 1;
        int threads = Runtime.getRuntime().availableProcessors();
        MarchRules rules = null;
        Path png = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--png" -> png = Path.of(args[++i]);
                case "--rules" -> {
                    String r = args[++i];
                    rules = MarchRules.PRESETS.stream().filter(x -> x.name().equals(r)).findFirst()
                            .orElseThrow(() -> new IllegalArgumentException("unknown rules '" + r + "'"));
                }
                default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
            }
        }
        List<MarchRules> all = rules == null ? List.of(MarchRules.PAPER, MarchRules.CHRISTENSEN) : List.of(rules);
        List<MarchChart.Panel> panels = new ArrayList<>();
        for (MarchRules r : all) {
            MarchExperiment.Cell[][] cells = report(r, runs, seed, threads);
            panels.add(new MarchChart.Panel(r == MarchRules.PAPER ? "Rules as in the paper's text"
                    : r == MarchRules.CHRISTENSEN ? "Rules of March's program (Christensen 2015)" : "Rules: " + r.name(), cells));
        }
        if (png != null) {
            MarchChart.render(panels, runs, png);
            System.out.println("wrote " + png);
        }
    }

    private static MarchExperiment.Cell[][] report(MarchRules rules, int runs, long seed, int threads) {
        long t0 = System.nanoTime();
        MarchExperiment.Cell[][] cells = MarchExperiment.sweep(P1, P2, runs, rules, seed, threads);
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "## rules=%s runs=%d seed=%d (%.1f s)%n%n", rules.name(), runs, seed, secs);
        System.out.println("equilibrium knowledge of the code (proportion of dimensions right), mean ± 95% CI:");
        System.out.print(table(cells));
        System.out.println();
        System.out.println("equilibrium score of the code (sum(code * reality) / m), mean ± 95% CI:");
        System.out.print(table(cells, true));
        System.out.println();
        System.out.println("mean periods to equilibrium (censored runs):");
        for (MarchExperiment.Cell[] row : cells) {
            System.out.println(PeriodCell.row(String.format(Locale.ROOT, "p2=%.1f", row[0].p2()), row));
        }
        System.out.println();
        return cells;
    }
}
