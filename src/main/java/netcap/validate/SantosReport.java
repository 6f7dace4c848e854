package netcap.validate;

import netcap.game.CostVariant;
import netcap.stats.ConfidenceInterval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Prints the Santos, Santos &amp; Pacheco (2008) comparison as a Markdown table (mean and 95% CI
 * of the fraction of cooperators per eta on Barabási-Albert and random regular graphs) with the
 * eta at which each curve crosses the threshold, and optionally renders it as a PNG.
 *
 * <pre>
 *   java -cp target/netcap-0.1.0-all.jar netcap.validate.SantosReport [--nodes 1000]
 *        [--transient 5000] [--window 1000] [--runs 20] [--seed 1] [--threads 2]
 *        [--variant PER_GAME|PER_INDIVIDUAL] [--png docs/img/santos2008.png]
 * </pre>
 *
 * Defaults: N = 1000 and cost per game as in {@link SantosValidation}, with longer runs (5000
 * transient and 1000 averaged generations), 20 runs per point and the finer eta grid {@link #ETA}.
 */
public final class SantosReport {
    /** The eta grid of the report (finer than the validation's). */
    public static final double[] ETA = {0.2, 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 1.0, 1.1, 1.2};

    private SantosReport() {
    }

    /** The Markdown table of a sweep indexed {@code [network][eta]}. */
    public static String table(SantosExperiment.Cell[][] cells) {
        StringBuilder b = new StringBuilder("| eta | r |");
        for (SantosExperiment.Cell[] row : cells) {
            b.append(' ').append(row[0].network().label()).append(" |");
        }
        b.append("\n|---|---|");
        for (int i = 0; i < cells.length; i++) {
            b.append("---|");
        }
        b.append('\n');
        for (int e = 0; e < cells[0].length; e++) {
            double eta = cells[0][e].eta();
            b.append(String.format(Locale.ROOT, "| %.2f | %.2f |", eta, eta * (SantosExperiment.Z + 1)));
            for (SantosExperiment.Cell[] row : cells) {
                ConfidenceInterval ci = row[e].ci();
                b.append(String.format(Locale.ROOT, " %.3f ± %.3f |", ci.mean(), ci.halfWidth()));
            }
            b.append('\n');
        }
        return b.toString();
    }

    public static void main(String[] args) throws IOException {
        SantosExperiment.Setup d = SantosValidation.SETUP;
        int nodes = d.nodes();
        int transientGenerations = 5000;
        int window = 1000;
        int runs = 20;
        CostVariant variant = d.variant();
        long seed = 1;
        int threads = Runtime.getRuntime().availableProcessors();
        Path png = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--nodes" -> nodes = Integer.parseInt(args[++i]);
                case "--transient" -> transientGenerations = Integer.parseInt(args[++i]);
                case "--window" -> window = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--variant" -> variant = CostVariant.valueOf(args[++i]);
                case "--png" -> png = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
            }
        }
        SantosExperiment.Setup setup = new SantosExperiment.Setup(nodes, transientGenerations, window, runs, variant);
        long t0 = System.nanoTime();
        SantosExperiment.Cell[][] cells = SantosExperiment.sweep(SantosExperiment.Network.values(), ETA, setup, seed, threads);
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "## %s, N=%d, transient=%d, window=%d, runs=%d, seed=%d (%.1f s)%n%n",
                variant, nodes, transientGenerations, window, runs, seed, secs);
        System.out.println("fraction of cooperators, mean ± 95% CI over runs:");
        System.out.print(table(cells));
        System.out.println();
        for (SantosExperiment.Cell[] row : cells) {
            int allC = 0;
            int allD = 0;
            for (SantosExperiment.Cell c : row) {
                allC += c.absorbedAllC();
                allD += c.absorbedAllD();
            }
            System.out.printf(Locale.ROOT, "%s: eta(%.2f) = %.3f; runs ending all-C %d, all-D %d of %d%n",
                    row[0].network().label(), SantosValidation.THRESHOLD,
                    SantosValidation.crossing(row, SantosValidation.THRESHOLD), allC, allD, row.length * runs);
        }
        if (png != null) {
            SantosChart.render(cells, setup, png);
            System.out.println("wrote " + png);
        }
    }
}
