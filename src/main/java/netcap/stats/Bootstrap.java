package netcap.stats;

import ec.util.MersenneTwisterFast;
import netcap.random.Streams;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

/**
 * Percentile bootstrap confidence intervals (Efron &amp; Tibshirani, "An Introduction to the
 * Bootstrap", Chapman &amp; Hall, 1993, ch. 13): the statistic is recomputed on {@code resamples}
 * samples drawn with replacement from the data, and the interval is the type-7 quantiles
 * {@code (1 - level)/2} and {@code 1 - (1 - level)/2} of those replicates (see {@link Quantiles}).
 *
 * <p>Deterministic: the resamples come from a Mersenne Twister seeded from a 64-bit key through
 * {@link Streams#rng(long)}, so the same data and key give the same interval. Replicates that are
 * {@code NaN} are dropped before the quantiles. Fewer than 2 values give an interval of
 * {@code NaN} limits (the resamples would all equal the sample).
 */
public final class Bootstrap {
    /** The number of resamples netcap uses unless told otherwise. */
    public static final int RESAMPLES = 2000;

    private Bootstrap() {
    }

    /** The percentile interval of {@code statistic} over one sample. */
    public static Interval percentile(double[] x, ToDoubleFunction<double[]> statistic, int resamples, double level, long key) {
        check(resamples, level);
        double estimate = x.length == 0 ? Double.NaN : statistic.applyAsDouble(x);
        if (x.length < 2) {
            return new Interval(estimate, Double.NaN, Double.NaN);
        }
        MersenneTwisterFast rng = Streams.rng(key);
        double[] reps = new double[resamples];
        double[] s = new double[x.length];
        for (int b = 0; b < resamples; b++) {
            draw(x, s, rng);
            reps[b] = statistic.applyAsDouble(s);
        }
        return limits(estimate, reps, level);
    }

    /** The percentile bootstrap interval of the median, with {@link #RESAMPLES} resamples at 95%. */
    public static Interval median(double[] x, long key) {
        return percentile(x, Quantiles::median, RESAMPLES, 0.95, key);
    }

    /** A statistic of two samples. */
    public interface TwoSampleStatistic {
        /** The statistic of samples {@code a} and {@code b}. */
        double of(double[] a, double[] b);
    }

    /**
     * The percentile interval of a two-sample statistic, each sample resampled independently
     * (both from the same stream, {@code a} first).
     */
    public static Interval percentile(double[] a, double[] b, TwoSampleStatistic statistic, int resamples, double level, long key) {
        check(resamples, level);
        double estimate = a.length == 0 || b.length == 0 ? Double.NaN : statistic.of(a, b);
        if (a.length < 2 || b.length < 2) {
            return new Interval(estimate, Double.NaN, Double.NaN);
        }
        MersenneTwisterFast rng = Streams.rng(key);
        double[] reps = new double[resamples];
        double[] sa = new double[a.length];
        double[] sb = new double[b.length];
        for (int r = 0; r < resamples; r++) {
            draw(a, sa, rng);
            draw(b, sb, rng);
            reps[r] = statistic.of(sa, sb);
        }
        return limits(estimate, reps, level);
    }

    private static void draw(double[] from, double[] into, MersenneTwisterFast rng) {
        for (int i = 0; i < into.length; i++) {
            into[i] = from[rng.nextInt(from.length)];
        }
    }

    private static Interval limits(double estimate, double[] reps, double level) {
        double[] finite = Arrays.stream(reps).filter(v -> !Double.isNaN(v)).sorted().toArray();
        double alpha = (1.0 - level) / 2.0;
        return new Interval(estimate, Quantiles.sorted(finite, alpha), Quantiles.sorted(finite, 1.0 - alpha));
    }

    private static void check(int resamples, double level) {
        if (resamples < 1) {
            throw new IllegalArgumentException("bootstrap needs at least 1 resample, got " + resamples);
        }
        if (!(level > 0.0 && level < 1.0)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
        }
    }
}
