package netcap.chart;

import netcap.stats.BassCurveFit;
import org.apache.commons.math3.random.MersenneTwister;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes calibration folders in the formats of {@code netcap calibrate} (estimates.csv, posterior.csv,
 * generations.csv, calibration.csv, fit.csv, spec.yaml) with made-up but plausible numbers: an ABC-SMC fit of
 * innovation and imitation to a Bass life cycle plus a moment, and a CMA-ES fit. The folders in
 * src/test/resources/calibration-folders/ were written by {@link #main}.
 */
public final class CalibrationFixtures {
    private CalibrationFixtures() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "src/test/resources/calibration-folders");
        abc(root.resolve("abc"));
        cmaes(root.resolve("cmaes"));
    }

    static String n(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    static final String SPEC = """
            name: calibrate-bass
            seed: 1969
            steps: 16
            network: {generator: erdosRenyiGnp, n: 2000, p: 0.005}
            params: {joinRule: bass, initialMembers: 0}
            calibrate:
              method: %s
              replications: 4
              parameters:
                innovation: {min: 0.0001, max: 0.05}
                imitation: {min: 0.01, max: 1.0}
              truth: {innovation: 0.015, imitation: 0.65}
              targets:
                - series: ../data/adoption/ibm-installations.csv
                  time: period
                  column: generation1
                  metric: joined
                  scale: total
                  error: 0.01
                - moment: {metric: members, step: 16, value: 1800, error: 50}
            """;

    /** An ABC-SMC folder: 200 correlated particles around (0.015, 0.65), 5 generations. */
    public static void abc(Path dir) throws IOException {
        Files.createDirectories(dir);
        MersenneTwister rng = new MersenneTwister(19);
        int np = 200;
        double[] inn = new double[np];
        double[] imi = new double[np];
        double[] w = new double[np];
        double[] d = new double[np];
        StringBuilder post = new StringBuilder("particle,innovation,imitation,weight,distance\n");
        double sw = 0;
        for (int i = 0; i < np; i++) {
            double z1 = rng.nextGaussian();
            double z2 = -0.7 * z1 + Math.sqrt(1 - 0.49) * rng.nextGaussian();
            inn[i] = 0.0155 + 0.0018 * z1;
            imi[i] = 0.645 + 0.045 * z2;
            w[i] = 0.3 + rng.nextDouble();
            d[i] = 0.4 + 0.8 * rng.nextDouble();
            sw += w[i];
        }
        for (int i = 0; i < np; i++) {
            w[i] /= sw;
            post.append(i).append(',').append(n(inn[i])).append(',').append(n(imi[i])).append(',').append(n(w[i])).append(',')
                    .append(n(d[i])).append('\n');
        }
        Files.writeString(dir.resolve("posterior.csv"), post);
        double mi = 0;
        double mq = 0;
        for (int i = 0; i < np; i++) {
            mi += w[i] * inn[i];
            mq += w[i] * imi[i];
        }
        Files.writeString(dir.resolve("estimates.csv"), "parameter,estimate,median,low,high,method,true\n"
                + "innovation," + n(mi) + "," + n(wq(inn, w, 0.5)) + "," + n(wq(inn, w, 0.025)) + "," + n(wq(inn, w, 0.975)) + ",abc-smc,0.015\n"
                + "imitation," + n(mq) + "," + n(wq(imi, w, 0.5)) + "," + n(wq(imi, w, 0.025)) + "," + n(wq(imi, w, 0.975)) + ",abc-smc,0.65\n");
        Files.writeString(dir.resolve("generations.csv"), "generation,tolerance,simulations,accepted,acceptanceRate,ess\n"
                + "0,inf,200,200,1,200\n1,21.7,412,200,0.4854368932038835,171.3\n2,6.42,901,200,0.22197558268590456,160.2\n"
                + "3,2.31,1874,200,0.10672358591248667,152.8\n4,1.12,3620,200,0.055248618784530384,149.5\n");
        StringBuilder cal = new StringBuilder("generation,candidate,innovation,imitation,distance,accepted,weight\n");
        for (int i = 0; i < 5; i++) {
            cal.append("4,").append(i).append(',').append(n(inn[i])).append(',').append(n(imi[i])).append(',').append(n(d[i]))
                    .append(i % 2 == 0 ? ",true," + n(w[i]) : ",false,").append('\n');
        }
        Files.writeString(dir.resolve("calibration.csv"), cal);
        fit(dir, mi, mq, rng, true);
        Files.writeString(dir.resolve("spec.yaml"), String.format(Locale.ROOT, SPEC, "abc-smc"));
    }

    /** A CMA-ES folder: estimates with profile intervals, no posterior. */
    public static void cmaes(Path dir) throws IOException {
        Files.createDirectories(dir);
        MersenneTwister rng = new MersenneTwister(7);
        Files.writeString(dir.resolve("estimates.csv"), "parameter,estimate,median,low,high,method,true\n"
                + "innovation,0.0149,0.0151,0.0121,0.0183,cmaes,\nimitation,0.662,0.659,0.601,0.718,cmaes,\n");
        Files.writeString(dir.resolve("calibration.csv"), "generation,candidate,innovation,imitation,distance,accepted,weight\n"
                + "0,0,0.02,0.5,3.1,false,\n0,1,0.0149,0.662,0.71,true,\n");
        fit(dir, 0.0149, 0.662, rng, false);
        Files.writeString(dir.resolve("spec.yaml"), String.format(Locale.ROOT, SPEC, "cmaes").replace("  truth: {innovation: 0.015, imitation: 0.65}\n", ""));
    }

    /** fit.csv: the IBM generation-1 shape (periods 1..16) and a members moment. */
    static void fit(Path dir, double p, double q, MersenneTwister rng, boolean abc) throws IOException {
        double[] ibm = {190, 560, 1000, 1680, 2542, 2640, 2350, 1820, 1170, 750, 455, 303, 203, 170, 49, 29};
        double tot = 0;
        for (double v : ibm) {
            tot += v;
        }
        double[] model = BassCurveFit.sales(1, p, q, 16);
        double mt = 0;
        for (double v : model) {
            mt += v;
        }
        StringBuilder f = new StringBuilder("target,time,observed,fitted,low,high\n");
        for (int t = 0; t < 16; t++) {
            double fitted = model[t] / mt * (1 + 0.02 * rng.nextGaussian());
            double half = (abc ? 0.012 : 0.006) * Math.sqrt(model[t] / mt * 10) + 0.002;
            f.append("generation1,").append(t + 1).append(',').append(n(ibm[t] / tot)).append(',').append(n(fitted)).append(',')
                    .append(n(Math.max(0, fitted - half))).append(',').append(n(fitted + half)).append('\n');
        }
        f.append("members-step16,16,1800,1764.5,1702,1829\n");
        Files.writeString(dir.resolve("fit.csv"), f);
    }

    /** The weighted quantile: the smallest value whose cumulative weight reaches {@code prob}. */
    static double wq(double[] v, double[] w, double prob) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            idx.add(i);
        }
        idx.sort((a, b) -> Double.compare(v[a], v[b]));
        double c = 0;
        for (int i : idx) {
            c += w[i];
            if (c >= prob) {
                return v[i];
            }
        }
        return v[idx.get(idx.size() - 1)];
    }
}
