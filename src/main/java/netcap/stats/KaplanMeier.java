package netcap.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Kaplan-Meier estimate of a survival curve from right-censored times (Kaplan and Meier,
 * "Nonparametric estimation from incomplete observations", JASA 53:457-481, 1958), with
 * Greenwood's variance and a pointwise confidence interval, and the median survival time with
 * the Brookmeyer-Crowley interval read off the pointwise interval (Brookmeyer and Crowley, "A
 * confidence interval for the median survival time", Biometrics 38:29-41, 1982).
 *
 * <p>At each distinct time t with {@code n} at risk and {@code d} events,
 * {@code S(t) = prod (1 - d/n)} and Greenwood's variance is
 * {@code Var S(t) = S(t)^2 sum d / (n (n - d))}. The interval is, by default, the log(-log)
 * transformed one ({@link Interval#LOG_LOG}, R survival's {@code conf.type = "log-log"}):
 * {@code S^exp(+-z se/log S)} with {@code se^2 = sum d/(n(n-d))}; it always lies in [0, 1].
 * {@link Interval#LOG} is R survival's default, {@code S exp(+-z se)}, capped at 1. Events
 * come before censorings at the same time (a run censored at t was at risk at t).
 *
 * <p>The median is the smallest time with {@code S <= 0.5} (the midpoint to the next event time
 * when S equals 0.5 exactly, as R does); its bounds are the same read-off of the lower and upper
 * curves. Each is NaN when the curve never comes down to 0.5 (not reached).
 */
public final class KaplanMeier {
    /** The transformation of the pointwise interval. */
    public enum Interval {
        /** {@code S exp(+-z se)}, capped at 1: R survival's default {@code conf.type = "log"}. */
        LOG,
        /** {@code S^exp(+-z se / log S)}: R survival's {@code conf.type = "log-log"}. */
        LOG_LOG
    }

    /**
     * One distinct time of the curve (an event time, a censoring time or both).
     *
     * @param time     the time
     * @param atRisk   subjects still at risk just before the time
     * @param events   events at the time
     * @param censored subjects censored at the time
     * @param survival S(time), just after the time
     * @param variance Greenwood's variance of S(time)
     * @param lower    lower bound of the pointwise interval
     * @param upper    upper bound of the pointwise interval
     */
    public record Step(double time, int atRisk, int events, int censored, double survival, double variance,
                       double lower, double upper) {
    }

    private final List<Step> steps;
    private final int subjects;
    private final int events;
    private final double level;
    private final double median;
    private final double medianLower;
    private final double medianUpper;

    private KaplanMeier(List<Step> steps, int subjects, int events, double level) {
        this.steps = List.copyOf(steps);
        this.subjects = subjects;
        this.events = events;
        this.level = level;
        this.median = crossing(Step::survival);
        this.medianLower = crossing(Step::lower);
        this.medianUpper = crossing(Step::upper);
    }

    /** The curve with a 95% log(-log) interval. */
    public static KaplanMeier estimate(double[] times, boolean[] event) {
        return estimate(times, event, 0.95, Interval.LOG_LOG);
    }

    /**
     * The curve of {@code times}, where {@code event[i]} says whether subject i had the event at
     * {@code times[i]} (true) or was censored then (false).
     */
    public static KaplanMeier estimate(double[] times, boolean[] event, double level, Interval interval) {
        if (times.length != event.length) {
            throw new IllegalArgumentException("times and event flags differ in length: " + times.length + " vs " + event.length);
        }
        for (double t : times) {
            if (!Double.isFinite(t)) {
                throw new IllegalArgumentException("times must be finite, got " + t);
            }
        }
        double z = Wilson.normalQuantile(level);
        Integer[] order = new Integer[times.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(times[a], times[b]));
        List<Step> steps = new ArrayList<>();
        int atRisk = times.length;
        int totalEvents = 0;
        double s = 1.0;
        double greenwood = 0.0;
        int i = 0;
        while (i < order.length) {
            double t = times[order[i]];
            int d = 0;
            int c = 0;
            while (i < order.length && times[order[i]] == t) {
                if (event[order[i]]) {
                    d++;
                } else {
                    c++;
                }
                i++;
            }
            if (d > 0) {
                s *= 1.0 - (double) d / atRisk;
                greenwood += d == atRisk ? Double.POSITIVE_INFINITY : (double) d / ((double) atRisk * (atRisk - d));
            }
            double lo;
            double hi;
            if (greenwood == 0.0) {
                lo = s;
                hi = s;
            } else if (s == 0.0 || Double.isInfinite(greenwood)) {
                lo = 0.0;
                hi = s == 0.0 ? 0.0 : 1.0;
            } else if (interval == Interval.LOG) {
                double se = Math.sqrt(greenwood);
                lo = s * Math.exp(-z * se);
                hi = Math.min(1.0, s * Math.exp(z * se));
            } else {
                double w = z * Math.sqrt(greenwood) / Math.log(s);
                lo = Math.pow(s, Math.exp(-w));
                hi = Math.pow(s, Math.exp(w));
            }
            steps.add(new Step(t, atRisk, d, c, s, s * s * greenwood, lo, hi));
            atRisk -= d + c;
            totalEvents += d;
        }
        return new KaplanMeier(steps, times.length, totalEvents, level);
    }

    private interface Curve {
        double at(Step s);
    }

    /** The smallest time at which the curve is at or below 0.5 (see the class comment); NaN if never. */
    private double crossing(Curve curve) {
        for (int k = 0; k < steps.size(); k++) {
            double v = curve.at(steps.get(k));
            if (v < 0.5 - 1e-12) {
                return steps.get(k).time();
            }
            if (v <= 0.5 + 1e-12) {
                for (int j = k + 1; j < steps.size(); j++) {
                    if (curve.at(steps.get(j)) < v - 1e-12) {
                        return (steps.get(k).time() + steps.get(j).time()) / 2.0;
                    }
                }
                return steps.get(k).time();
            }
        }
        return Double.NaN;
    }

    /** The distinct times in increasing order. */
    public List<Step> steps() {
        return steps;
    }

    /** The number of subjects. */
    public int subjects() {
        return subjects;
    }

    /** The number of events. */
    public int events() {
        return events;
    }

    /** The number of censored subjects. */
    public int censored() {
        return subjects - events;
    }

    /** The confidence level of the intervals. */
    public double level() {
        return level;
    }

    /** S(t): 1 before the first event time. */
    public double survival(double t) {
        double s = 1.0;
        for (Step st : steps) {
            if (st.time() > t) {
                break;
            }
            s = st.survival();
        }
        return s;
    }

    /** The median survival time; NaN when the curve stays above 0.5. */
    public double median() {
        return median;
    }

    /** The lower bound of the median (where the lower curve comes down to 0.5); NaN when it does not. */
    public double medianLower() {
        return medianLower;
    }

    /** The upper bound of the median (where the upper curve comes down to 0.5); NaN when it does not (unbounded). */
    public double medianUpper() {
        return medianUpper;
    }
}
