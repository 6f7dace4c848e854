package netcap.calibrate;

import java.util.List;

/**
 * One calibration target: the rows compared (observed values and where the model's value comes
 * from), how the model's and the data's values are scaled, and the error or weight of a residual.
 *
 * @param label    the target's name in fit.csv and the chart names
 * @param kind     series, moment or network
 * @param metric   the model's metric column (series, moment), or the statistic (network)
 * @param times    the data's time of each row (series), the step (moment), or the last step (network)
 * @param observed the observed value of each row, unscaled
 * @param steps    for each row, the model steps it combines (series: stepsPerTime steps; moment: one; network: the last)
 * @param combine  sum, mean or last
 * @param scale    none, total or agents
 * @param error    the observation error (1 when a weight is given)
 * @param weight   the weight (1 when an error is given)
 */
public record Target(String label, String kind, String metric, double[] times, double[] observed, int[][] steps,
                     String combine, String scale, double error, double weight) implements java.io.Serializable {
    /** Statistics of the end state a network target may name. */
    public static final List<String> STATISTICS = List.of("meanDegree", "clustering", "levelShare0", "levelShare1", "levelShare2",
            "levelShare3", "levelShare4", "largestComponentShare");

    /** The number of compared rows. */
    public int rows() {
        return observed.length;
    }

    /** Values divided by their sum when the scale is total (all 0 when the sum is 0); otherwise unchanged. */
    double[] scaleTotal(double[] v) {
        if (!scale.equals("total")) {
            return v.clone();
        }
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = sum == 0 ? 0 : v[i] / sum;
        }
        return out;
    }

    /** The observed values in the compared (scaled) units. */
    public double[] observedScaled() {
        return scaleTotal(observed);
    }

    /**
     * The discrepancy of model values (already divided by the number of agents when the scale is
     * agents; {@link #scaleTotal} is applied here): the mean over the rows of the squared residual
     * (model - observed) / error, times the weight.
     */
    double discrepancy(double[] model) {
        double[] m = scaleTotal(model);
        double[] o = observedScaled();
        double sum = 0;
        for (int k = 0; k < m.length; k++) {
            double r = (m[k] - o[k]) / error;
            sum += r * r * weight;
        }
        return sum / m.length;
    }
}
