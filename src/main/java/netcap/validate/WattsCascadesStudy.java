package netcap.validate;

import netcap.growth.AdoptionMeasures;
import netcap.growth.WattsCascades;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The Watts (2002) cascade study from the command line: runs {@link WattsCascades#sweep}, prints
 * the cascade frequencies next to the analytical window, and writes the CSV and the chart
 * ({@link GrowthCharts#watts}).
 *
 * <pre>
 *   java -cp target/netcap-0.1.0-all.jar netcap.validate.WattsCascadesStudy [--n 10000] [--runs 1000]
 *        [--seed 1] [--threads 2] [--csv docs/data/watts2002.csv] [--png docs/img/watts2002.png]
 * </pre>
 */
public final class WattsCascadesStudy {
    private WattsCascadesStudy() {
    }

    /** Writes the points as CSV. */
    public static void writeCsv(WattsCascades.Result result, Path csv) throws IOException {
        Path parent = csv.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("n,z,phi,runs,global_cascades,frequency,mean_global_size,mean_size,mean_steps_global,"
                    + "frequency_cutoff_0.005\n");
            for (WattsCascades.Point p : result.points()) {
                w.write(String.format(Locale.ROOT, "%d,%s,%s,%d,%d,%s,%s,%s,%s,%s%n", result.n(), num(p.z()), num(p.phi()),
                        p.runs(), p.globalCascades(), num(p.frequency()), num(p.meanGlobalSize()), num(p.meanSize()),
                        num(p.meanSteps()), num(p.globalHalfPercent() / (double) p.runs())));
            }
        }
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6g", v).replaceAll("(\\.\\d*?)0+$", "$1")
                .replaceAll("\\.$", "");
    }

    /** Runs the sweep and writes its CSV and chart (options: see the class comment). */
    public static void main(String[] args) throws IOException {
        int n = 10_000;
        int runs = 1000;
        long seed = 1;
        int threads = Runtime.getRuntime().availableProcessors();
        double cutoff = AdoptionMeasures.GLOBAL_CASCADE_SHARE;
        Path csv = Path.of("docs/data/watts2002.csv");
        Path png = Path.of("docs/img/watts2002.png");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--n" -> n = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--cutoff" -> cutoff = Double.parseDouble(args[++i]);
                case "--csv" -> csv = Path.of(args[++i]);
                case "--png" -> png = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option '" + args[i]
                        + "'; known: --n --runs --seed --threads --cutoff --csv --png");
            }
        }
        long t0 = System.nanoTime();
        WattsCascades.Result r = WattsCascades.sweep(n, WattsCascades.defaultZ(), WattsCascades.PHI, runs, cutoff, seed, threads);
        System.out.printf(Locale.ROOT, "swept %d points x %d runs in %.1f s%n", r.points().size(), runs,
                (System.nanoTime() - t0) / 1e9);
        for (double phi : WattsCascades.PHI) {
            System.out.printf(Locale.ROOT, "phi = %.2f, analytical window %s%n", phi,
                    Arrays.toString(WattsCascades.analyticalWindow(phi, 16)));
            for (WattsCascades.Point p : r.points()) {
                if (p.phi() == phi) {
                    System.out.printf(Locale.ROOT, "  z = %5.1f  freq = %.2f  (0.5%%: %.2f)  size|global = %.3f  steps = %.1f%n",
                            p.z(), p.frequency(), p.globalHalfPercent() / (double) p.runs(), p.meanGlobalSize(),
                            p.meanSteps());
                }
            }
        }
        writeCsv(r, csv);
        GrowthCharts.watts(r, png);
        System.out.println("wrote " + csv + " and " + png);
    }
}
