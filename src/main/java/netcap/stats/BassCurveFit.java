package netcap.stats;

import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.util.Pair;

/**
 * A direct least-squares fit of the closed-form Bass (1969) diffusion curve to a sales series,
 * the reference against which netcap's agent-based calibration of the Bass joining rule is
 * compared (docs/calibration.md).
 *
 * <p>Bass, F.M. (1969), "A new product growth for model consumer durables", <i>Management
 * Science</i> 15:215–227. The cumulative share of adopters at time t is
 * <pre>
 *   F(t) = (1 − e^{−(p+q)t}) / (1 + (q/p) e^{−(p+q)t})
 * </pre>
 * and the sales of period t (t = 1..T, the period (t−1, t]) are s_t = m [F(t) − F(t−1)], with m
 * the market size, p the coefficient of innovation and q the coefficient of imitation.
 *
 * <p>{@link #fit} estimates m, p and q by nonlinear least squares (commons-math3's
 * {@link LevenbergMarquardtOptimizer}) on the sales; {@link #fitShape} estimates p and q from the
 * shape of the series only: data and model each divided by their own total over the T periods
 * (the model's total is F(T)), the same comparison as netcap's {@code scale: total}. Starting
 * values: the ordinary least-squares regression of Bass (1969), s_t = a + b Y_{t−1} + c Y_{t−1}²
 * with Y the cumulative sales (m, p, q from a, b, c), and a grid of (p, q) with the best m for
 * each; the optimizer starts from the best few and the fit with the least residual sum of squares
 * is kept. Standard errors come from the Jacobian at the optimum: cov = σ² (JᵀJ)⁻¹ with
 * σ² = RSS / (T − k), k the number of fitted parameters.
 */
public final class BassCurveFit {
    /** p and q must stay positive: the optimizer's steps are kept at or above this. */
    private static final double MIN_COEF = 1e-9;

    /**
     * The result of a fit.
     *
     * @param m        market size (1 for a shape fit)
     * @param p        coefficient of innovation
     * @param q        coefficient of imitation
     * @param mSe      standard error of m (NaN for a shape fit, where m is not fitted)
     * @param pSe      standard error of p
     * @param qSe      standard error of q
     * @param rss      residual sum of squares (in the units of the fitted values)
     * @param r2       coefficient of determination, 1 − RSS / total sum of squares about the mean
     * @param fitted   the fitted values, one per period
     * @param shape    whether this is a shape fit (values divided by their total)
     * @param iterations the optimizer's iterations of the kept fit
     */
    public record Fit(double m, double p, double q, double mSe, double pSe, double qSe, double rss, double r2,
                      double[] fitted, boolean shape, int iterations) {
        /** The period of peak sales of the continuous curve, ln(q/p) / (p + q). */
        public double peakTime() {
            return Math.log(q / p) / (p + q);
        }
    }

    private BassCurveFit() {
    }

    /** The cumulative share of adopters F(t) of the closed form. */
    public static double cumulative(double p, double q, double t) {
        double e = Math.exp(-(p + q) * t);
        return (1 - e) / (1 + (q / p) * e);
    }

    /** The sales of periods 1..T: m [F(t) − F(t−1)]. */
    public static double[] sales(double m, double p, double q, int periods) {
        double[] s = new double[periods];
        double prev = 0;
        for (int t = 1; t <= periods; t++) {
            double f = cumulative(p, q, t);
            s[t - 1] = m * (f - prev);
            prev = f;
        }
        return s;
    }

    /**
     * Fits m, p and q to the sales of periods 1..T.
     *
     * @throws IllegalArgumentException with fewer than 4 periods, a non-finite or negative value,
     *                                  or a series without sales
     */
    public static Fit fit(double[] sales) {
        check(sales);
        return best(sales, false);
    }

    /**
     * Fits p and q to the shape of the series: the sales divided by their total against
     * [F(t) − F(t−1)] / F(T) (each series divided by its own total over the T periods).
     */
    public static Fit fitShape(double[] sales) {
        check(sales);
        double total = 0;
        for (double v : sales) {
            total += v;
        }
        double[] share = new double[sales.length];
        for (int i = 0; i < sales.length; i++) {
            share[i] = sales[i] / total;
        }
        return best(share, true);
    }

    private static void check(double[] s) {
        if (s.length < 4) {
            throw new IllegalArgumentException("a Bass fit needs at least 4 periods, got " + s.length);
        }
        double total = 0;
        for (int i = 0; i < s.length; i++) {
            if (!Double.isFinite(s[i]) || s[i] < 0) {
                throw new IllegalArgumentException("sales must be finite and >= 0; period " + (i + 1) + " is " + s[i]);
            }
            total += s[i];
        }
        if (total <= 0) {
            throw new IllegalArgumentException("the series has no sales");
        }
    }

    // ------------------------------------------------------------------ starting values and fits

    private static Fit best(double[] y, boolean shape) {
        int n = y.length;
        double total = 0;
        for (double v : y) {
            total += v;
        }
        // starting points: the grid's best few (with the best m for each) and the OLS regression's
        double[] ps = {0.0005, 0.001, 0.003, 0.01, 0.02, 0.05, 0.1, 0.2};
        double[] qs = {0.02, 0.05, 0.1, 0.2, 0.35, 0.5, 0.75, 1.0, 1.5};
        int keep = 3;
        double[][] starts = new double[keep + 1][];
        double[] startRss = new double[keep];
        java.util.Arrays.fill(startRss, Double.POSITIVE_INFINITY);
        for (double p : ps) {
            for (double q : qs) {
                double[] f = curve(1, p, q, n, shape);
                double m = shape ? 1 : bestM(y, f);
                double rss = 0;
                for (int i = 0; i < n; i++) {
                    double r = y[i] - m * f[i];
                    rss += r * r;
                }
                for (int k = 0; k < keep; k++) { // insert in order
                    if (rss < startRss[k]) {
                        for (int j = keep - 1; j > k; j--) {
                            startRss[j] = startRss[j - 1];
                            starts[j] = starts[j - 1];
                        }
                        startRss[k] = rss;
                        starts[k] = new double[]{m, p, q};
                        break;
                    }
                }
            }
        }
        starts[keep] = ols(y, total);
        Fit bestFit = null;
        for (double[] s : starts) {
            if (s == null) {
                continue;
            }
            Fit f = optimise(y, shape, s);
            if (f != null && (bestFit == null || f.rss() < bestFit.rss())) {
                bestFit = f;
            }
        }
        if (bestFit == null) {
            throw new IllegalArgumentException("the Bass curve could not be fitted to the series");
        }
        return bestFit;
    }

    /** The m that minimises sum (y − m f)², at least the data's total. */
    private static double bestM(double[] y, double[] f) {
        double a = 0;
        double b = 0;
        for (int i = 0; i < y.length; i++) {
            a += y[i] * f[i];
            b += f[i] * f[i];
        }
        return b > 0 ? a / b : 1;
    }

    /**
     * Bass's (1969) discrete regression s_t = a + b Y_{t−1} + c Y_{t−1}²; m is the positive root
     * of a + b Y + c Y² = 0, p = a / m, q = −c m. Null when the coefficients give no valid
     * (m &gt; 0, p &gt; 0, q &gt; 0).
     */
    static double[] ols(double[] s, double total) {
        int n = s.length;
        double[][] x = new double[n][3];
        double cum = 0;
        for (int t = 0; t < n; t++) {
            x[t][0] = 1;
            x[t][1] = cum / total; // scaled for conditioning
            x[t][2] = (cum / total) * (cum / total);
            cum += s[t];
        }
        try {
            RealMatrix xm = new Array2DRowRealMatrix(x, false);
            RealMatrix xtx = xm.transpose().multiply(xm);
            RealVector xty = xm.transpose().operate(new ArrayRealVector(s, false));
            RealVector beta = new org.apache.commons.math3.linear.LUDecomposition(xtx).getSolver().solve(xty);
            double a = beta.getEntry(0);
            double b = beta.getEntry(1) / total;
            double c = beta.getEntry(2) / (total * total);
            if (c >= 0) {
                return null;
            }
            double disc = b * b - 4 * a * c;
            if (disc < 0) {
                return null;
            }
            double m = (-b - Math.sqrt(disc)) / (2 * c);
            double p = a / m;
            double q = -c * m;
            if (!(m > 0 && p > 0 && q > 0) || !Double.isFinite(m + p + q)) {
                return null;
            }
            return new double[]{m, p, q};
        } catch (SingularMatrixException e) {
            return null;
        }
    }

    /** The model values: m [F(t) − F(t−1)], or for a shape, [F(t) − F(t−1)] / F(T). */
    private static double[] curve(double m, double p, double q, int n, boolean shape) {
        double[] f = sales(m, p, q, n);
        if (shape) {
            double fT = cumulative(p, q, n);
            for (int i = 0; i < n; i++) {
                f[i] /= fT;
            }
        }
        return f;
    }

    private static Fit optimise(double[] y, boolean shape, double[] start) {
        int n = y.length;
        int k = shape ? 2 : 3;
        MultivariateJacobianFunction model = point -> {
            double[] v = point.toArray();
            double m = shape ? 1 : v[0];
            double p = v[shape ? 0 : 1];
            double q = v[shape ? 1 : 2];
            double[] val = curve(m, p, q, n, shape);
            // derivatives by central differences of the closed form (relative steps)
            RealMatrix jac = new Array2DRowRealMatrix(n, k);
            int col = 0;
            if (!shape) {
                double[] unit = curve(1, p, q, n, false);
                for (int i = 0; i < n; i++) {
                    jac.setEntry(i, col, unit[i]);
                }
                col++;
            }
            double hp = Math.max(p * 1e-6, 1e-12);
            double hq = Math.max(q * 1e-6, 1e-12);
            double[] pPlus = curve(m, p + hp, q, n, shape);
            double[] pMinus = curve(m, Math.max(p - hp, MIN_COEF / 2), q, n, shape);
            double dp = p + hp - Math.max(p - hp, MIN_COEF / 2);
            double[] qPlus = curve(m, p, q + hq, n, shape);
            double[] qMinus = curve(m, p, Math.max(q - hq, 0), n, shape);
            double dq = q + hq - Math.max(q - hq, 0);
            for (int i = 0; i < n; i++) {
                jac.setEntry(i, col, (pPlus[i] - pMinus[i]) / dp);
                jac.setEntry(i, col + 1, (qPlus[i] - qMinus[i]) / dq);
            }
            return new Pair<>(new ArrayRealVector(val, false), jac);
        };
        double[] start0 = shape ? new double[]{start[1], start[2]} : start.clone();
        LeastSquaresProblem problem = new LeastSquaresBuilder()
                .start(start0)
                .model(model)
                .target(y)
                .parameterValidator(v -> {
                    RealVector c = v.copy();
                    for (int i = 0; i < c.getDimension(); i++) {
                        if (!(c.getEntry(i) >= MIN_COEF)) {
                            c.setEntry(i, MIN_COEF);
                        }
                    }
                    return c;
                })
                .maxEvaluations(20_000)
                .maxIterations(20_000)
                .build();
        LeastSquaresOptimizer.Optimum opt;
        try {
            opt = new LevenbergMarquardtOptimizer().withCostRelativeTolerance(1e-14).withParameterRelativeTolerance(1e-14)
                    .optimize(problem);
        } catch (RuntimeException e) { // too many evaluations, a singular step: this start fails
            return null;
        }
        double[] v = opt.getPoint().toArray();
        double m = shape ? 1 : v[0];
        double p = v[shape ? 0 : 1];
        double q = v[shape ? 1 : 2];
        double[] fitted = curve(m, p, q, n, shape);
        double rss = 0;
        double mean = 0;
        for (double yi : y) {
            mean += yi / n;
        }
        double tss = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] - fitted[i];
            rss += r * r;
            tss += (y[i] - mean) * (y[i] - mean);
        }
        if (!Double.isFinite(rss)) {
            return null;
        }
        double sigma2 = n > k ? rss / (n - k) : Double.NaN;
        double[] se = new double[k];
        try {
            RealMatrix cov = opt.getCovariances(1e-15).scalarMultiply(sigma2);
            for (int i = 0; i < k; i++) {
                se[i] = Math.sqrt(cov.getEntry(i, i));
            }
        } catch (SingularMatrixException e) {
            java.util.Arrays.fill(se, Double.NaN);
        }
        double mSe = shape ? Double.NaN : se[0];
        double pSe = se[shape ? 0 : 1];
        double qSe = se[shape ? 1 : 2];
        return new Fit(m, p, q, mSe, pSe, qSe, rss, tss > 0 ? 1 - rss / tss : Double.NaN, fitted, shape, opt.getIterations());
    }
}
