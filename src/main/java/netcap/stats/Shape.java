package netcap.stats;

/**
 * Shape of a sample: bias-corrected skewness and excess kurtosis as SAS and scipy's
 * {@code skew(x, bias=False)}, {@code kurtosis(x, bias=False)} define them (Joanes &amp; Gill,
 * "Comparing measures of sample skewness and kurtosis", The Statistician 47(1):183-189, 1998,
 * G1 and G2), and Sarle's bimodality coefficient
 * {@code b = (G1^2 + 1) / (G2 + 3 (n - 1)^2 / ((n - 2)(n - 3)))} (SAS Institute, SAS/STAT
 * User's Guide, PROC CLUSTER; Pfister et al., "Good things peak in pairs: a note on the
 * bimodality coefficient", Front. Psychol. 4:700, 2013). {@code b} is 1/3 for a normal sample in
 * the limit and 5/9 for a uniform one; values above 5/9 suggest a bimodal (or very skewed)
 * distribution. All three are {@code NaN} when {@code n < 4} (G1 needs 3) or the values are
 * all equal.
 */
public final class Shape {
    private Shape() {
    }

    /** The bias-corrected sample skewness G1 ({@code NaN} for {@code n < 3} or zero spread). */
    public static double skewness(double[] x) {
        int n = x.length;
        double[] m = centralMoments(x, 3);
        if (m == null) {
            return Double.NaN;
        }
        double g1 = m[3] / Math.pow(m[2], 1.5);
        return g1 * Math.sqrt(n * (n - 1.0)) / (n - 2.0);
    }

    /** The bias-corrected sample excess kurtosis G2 ({@code NaN} for {@code n < 4} or zero spread). */
    public static double excessKurtosis(double[] x) {
        int n = x.length;
        double[] m = centralMoments(x, 4);
        if (m == null) {
            return Double.NaN;
        }
        double g2 = m[4] / (m[2] * m[2]) - 3.0;
        return ((n + 1.0) * g2 + 6.0) * (n - 1.0) / ((n - 2.0) * (n - 3.0));
    }

    /** Sarle's bimodality coefficient ({@code NaN} for {@code n < 4} or zero spread). */
    public static double bimodality(double[] x) {
        int n = x.length;
        double g = skewness(x);
        double k = excessKurtosis(x);
        if (Double.isNaN(g) || Double.isNaN(k)) {
            return Double.NaN;
        }
        return (g * g + 1.0) / (k + 3.0 * (n - 1.0) * (n - 1.0) / ((n - 2.0) * (n - 3.0)));
    }

    /**
     * The biased central moments m2, m3, m4 (denominator n), at indices 2..4; null for fewer than
     * {@code minN} values or zero spread.
     */
    private static double[] centralMoments(double[] x, int minN) {
        if (x.length < minN) {
            return null;
        }
        double mean = Summary.of(x).mean();
        double m2 = 0.0;
        double m3 = 0.0;
        double m4 = 0.0;
        for (double v : x) {
            double d = v - mean;
            double d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
            m4 += d2 * d2;
        }
        int n = x.length;
        return m2 > 0.0 ? new double[] {0.0, 0.0, m2 / n, m3 / n, m4 / n} : null;
    }
}
