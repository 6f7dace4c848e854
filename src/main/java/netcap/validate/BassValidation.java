package netcap.validate;

import netcap.growth.AdoptionMeasures;
import netcap.growth.Bass;
import netcap.growth.Replicates;
import netcap.random.Streams;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Bass (1969): the agent-based Bass model, well mixed, reproduces its mean-field dynamics and the
 * closed-form diffusion curve.
 *
 * <p>N = {@value #N} agents, p = {@value #P}, q = {@value #Q}, {@value #REPS} replications, no
 * initial adopters, run with {@link Bass#wellMixedStep} (the exact binomial count of new
 * adopters, distributionally identical to {@value #N} per-agent draws).
 * <ol>
 *   <li><b>Discrete time</b> (dt = 1, {@value #STEPS_DISCRETE} steps): the mean share of adopters
 *       stays within {@value #TOL_MEAN_FIELD} at every step of the exact mean-field recursion of
 *       the synchronous model, F(t+1) = F(t) + (p + q F(t) N/(N-1)) (1 - F(t)) (a non-adopter
 *       sees A/(N-1) = F N/(N-1) adopted among the others).</li>
 *   <li><b>Continuous time</b> (dt = {@value #DT}, t = steps x dt in [0, {@value #T_END}]): the
 *       mean curve stays within {@value #TOL_CLOSED_FORM} of Bass's closed form
 *       F(t) = (1 - e^(-(p+q)t)) / (1 + (q/p) e^(-(p+q)t)), and the peak of the adoption rate of
 *       the mean curve is within {@value #TOL_PEAK} of ln(q/p)/(p+q) = 6.19.</li>
 * </ol>
 *
 * <p>Peak estimate: the rate of the mean curve smoothed over a centred window of
 * {@value #SMOOTH_HALF_WIDTH} time units on each side, (F(t+h) - F(t-h))/(2h) (unbiased for the
 * peak because the Bass rate curve is symmetric about its peak: it is proportional to
 * sech^2((p+q)(t - t*)/2)), then the vertex of a least-squares parabola through the smoothed rate
 * within +-1 time unit of its maximum.
 */
public final class BassValidation implements Validation {
    public static final int N = 10_000;
    public static final double P = 0.03;
    public static final double Q = 0.38;
    public static final int REPS = 200;
    public static final int STEPS_DISCRETE = 30;
    public static final double DT = 0.01;
    public static final double T_END = 20;
    public static final double TOL_MEAN_FIELD = 0.004;
    public static final double TOL_CLOSED_FORM = 0.01;
    public static final double TOL_PEAK = 0.1;
    public static final double SMOOTH_HALF_WIDTH = 0.5;

    @Override
    public String name() {
        return "bass";
    }

    @Override
    public String target() {
        return "Bass (1969), p=0.03 q=0.38, N=10^4: mean-field within 0.004, closed form within 0.01, peak at 6.19±0.1";
    }

    /** The simulated and theoretical curves. */
    public record Curves(double[] meanDiscrete, double[] meanFieldDiscrete, double[] meanFieldLargeN,
            double[] meanContinuous, double[] eulerContinuous, double[] closedForm, double[] smoothedRate,
            double peakTime, double eulerPeakTime) {
        /** Number of steps of the continuous-time runs. */
        public int fineSteps() {
            return meanContinuous.length - 1;
        }
    }

    /** Runs both experiments. */
    public static Curves simulate(long seed, int threads) {
        long root = Streams.child(seed, "bass1969");
        long keyDiscrete = Streams.child(root, "dt=1");
        long keyFine = Streams.child(root, "dt=0.01");
        int fine = (int) Math.round(T_END / DT);
        double[] meanDiscrete = mean(Replicates.run(REPS, threads,
                r -> Bass.wellMixedRun(N, 0, P, Q, 1.0, STEPS_DISCRETE, Streams.child(keyDiscrete, r))));
        double[] meanFine = mean(Replicates.run(REPS, threads,
                r -> Bass.wellMixedRun(N, 0, P, Q, DT, fine, Streams.child(keyFine, r))));
        double[] mfDiscrete = Bass.meanField(N, P, Q, 1.0, STEPS_DISCRETE, 0);
        double[] mfLargeN = Bass.meanField(Integer.MAX_VALUE, P, Q, 1.0, STEPS_DISCRETE, 0);
        double[] euler = Bass.meanField(N, P, Q, DT, fine, 0);
        double[] closed = new double[fine + 1];
        for (int k = 0; k <= fine; k++) {
            closed[k] = Bass.closedForm(P, Q, k * DT);
        }
        double[] rate = smoothedRate(meanFine, DT, SMOOTH_HALF_WIDTH);
        return new Curves(meanDiscrete, mfDiscrete, mfLargeN, meanFine, euler, closed, rate,
                peakTime(rate, DT), peakTime(smoothedRate(euler, DT, SMOOTH_HALF_WIDTH), DT));
    }

    @Override
    public Outcome run(long seed, int threads) {
        Curves c = simulate(seed, threads);
        double devMf = maxAbsDiff(c.meanDiscrete(), c.meanFieldDiscrete());
        double devMfLarge = maxAbsDiff(c.meanDiscrete(), c.meanFieldLargeN());
        double devClosed = maxAbsDiff(c.meanContinuous(), c.closedForm());
        double devEuler = maxAbsDiff(c.meanContinuous(), c.eulerContinuous());
        double eulerVsClosed = maxAbsDiff(c.eulerContinuous(), c.closedForm());
        double theory = Bass.peakTime(P, Q);
        boolean okMf = devMf <= TOL_MEAN_FIELD;
        boolean okClosed = devClosed <= TOL_CLOSED_FORM;
        boolean okPeak = Math.abs(c.peakTime() - theory) <= TOL_PEAK;
        String result = String.format(Locale.ROOT,
                "max deviation from mean field %.4f (dt=1), from closed form %.4f; rate peak at t = %.3f (dt=0.01)",
                devMf, devClosed, c.peakTime());
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("n", N);
        d.put("p", P);
        d.put("q", Q);
        d.put("replications", REPS);
        d.put("sampler", "exact binomial count per step (Bass.wellMixedStep)");
        d.put("dt1_steps", STEPS_DISCRETE);
        d.put("dt1_max_dev_mean_field_finite_n", devMf);
        d.put("dt1_max_dev_mean_field_large_n", devMfLarge);
        d.put("dt1_max_dev_between_mean_fields", maxAbsDiff(c.meanFieldDiscrete(), c.meanFieldLargeN()));
        d.put("dt1_takeoff_step_10pct", AdoptionMeasures.takeoffStep(c.meanDiscrete()));
        d.put("dt1_peak_rate_step", AdoptionMeasures.peakRateStep(c.meanDiscrete()));
        d.put("dt1_mean_field_peak_rate_step", AdoptionMeasures.peakRateStep(c.meanFieldDiscrete()));
        d.put("dt", DT);
        d.put("t_end", T_END);
        d.put("dt001_max_dev_closed_form", devClosed);
        d.put("dt001_max_dev_euler_recursion", devEuler);
        d.put("euler_recursion_vs_closed_form", eulerVsClosed);
        d.put("peak_time_theory", theory);
        d.put("peak_time_simulated", c.peakTime());
        d.put("peak_time_euler_recursion", c.eulerPeakTime());
        d.put("takeoff_time_10pct", AdoptionMeasures.takeoffStep(c.meanContinuous()) * DT);
        d.put("mean_field_within_0.004", okMf);
        d.put("closed_form_within_0.01", okClosed);
        d.put("peak_within_0.1", okPeak);
        return new Outcome(result, okMf && okClosed && okPeak, d);
    }

    /** Element-wise mean of equally long curves. */
    static double[] mean(List<double[]> curves) {
        double[] m = new double[curves.get(0).length];
        for (double[] c : curves) {
            for (int k = 0; k < m.length; k++) {
                m[k] += c[k];
            }
        }
        for (int k = 0; k < m.length; k++) {
            m[k] /= curves.size();
        }
        return m;
    }

    static double maxAbsDiff(double[] a, double[] b) {
        double m = 0;
        for (int k = 0; k < a.length; k++) {
            m = Math.max(m, Math.abs(a[k] - b[k]));
        }
        return m;
    }

    /**
     * The centred-difference rate (F(t+h) - F(t-h))/(2h) at each grid point, h = halfWidth
     * rounded to whole steps; NaN within h of either end.
     */
    static double[] smoothedRate(double[] f, double dt, double halfWidth) {
        int h = Math.max(1, (int) Math.round(halfWidth / dt));
        double[] r = new double[f.length];
        java.util.Arrays.fill(r, Double.NaN);
        for (int k = h; k + h < f.length; k++) {
            r[k] = (f[k + h] - f[k - h]) / (2 * h * dt);
        }
        return r;
    }

    /** Vertex of a least-squares parabola through {@code rate} within 1 time unit of its maximum. */
    static double peakTime(double[] rate, double dt) {
        int best = -1;
        for (int k = 0; k < rate.length; k++) {
            if (!Double.isNaN(rate[k]) && (best < 0 || rate[k] > rate[best])) {
                best = k;
            }
        }
        int w = (int) Math.round(1.0 / dt);
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, y0 = 0, y1 = 0, y2 = 0;
        for (int k = best - w; k <= best + w; k++) {
            if (k < 0 || k >= rate.length || Double.isNaN(rate[k])) {
                continue;
            }
            double x = (k - best) * dt;
            double y = rate[k];
            s0 += 1;
            s1 += x;
            s2 += x * x;
            s3 += x * x * x;
            s4 += x * x * x * x;
            y0 += y;
            y1 += x * y;
            y2 += x * x * y;
        }
        // normal equations for y = c0 + c1 x + c2 x^2 (Cramer's rule)
        double det = det3(s0, s1, s2, s1, s2, s3, s2, s3, s4);
        double c1 = det3(s0, y0, s2, s1, y1, s3, s2, y2, s4) / det;
        double c2 = det3(s0, s1, y0, s1, s2, y1, s2, s3, y2) / det;
        double vertex = c2 < 0 ? -c1 / (2 * c2) : 0;
        return (best + vertex / dt) * dt;
    }

    private static double det3(double a, double b, double c, double d, double e, double f, double g, double h, double i) {
        return a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
    }

    /**
     * Renders the chart: {@code java -cp netcap-all.jar netcap.validate.BassValidation
     * [--seed 1] [--threads 2] [--png docs/img/bass1969.png]}.
     */
    public static void main(String[] args) throws IOException {
        long seed = 1;
        int threads = Runtime.getRuntime().availableProcessors();
        Path png = Path.of("docs/img/bass1969.png");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--png" -> png = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
            }
        }
        Outcome o = new BassValidation().run(seed, threads);
        System.out.println(o.result() + (o.pass() ? "  pass" : "  FAIL"));
        for (Map.Entry<String, Object> e : o.details().entrySet()) {
            System.out.println("  " + e.getKey() + " = " + e.getValue());
        }
        GrowthCharts.bass(simulate(seed, threads), png);
        System.out.println("wrote " + png);
    }
}
