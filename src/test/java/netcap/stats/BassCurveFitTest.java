package netcap.stats;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BassCurveFitTest {
    static final Path IBM = Path.of("data/adoption/ibm-installations.csv");

    @Test
    void recoversMarketSizeAndCoefficientsFromANoiseFreeSeries() {
        double[] s = BassCurveFit.sales(10_000, 0.02, 0.4, 20);
        BassCurveFit.Fit f = BassCurveFit.fit(s);
        // no noise: the least-squares optimum is the truth, up to the optimizer's tolerance
        assertEquals(10_000, f.m(), 10_000 * 1e-6);
        assertEquals(0.02, f.p(), 0.02 * 1e-6);
        assertEquals(0.4, f.q(), 0.4 * 1e-6);
        assertTrue(f.rss() < 1e-6, "rss " + f.rss());
        assertEquals(1.0, f.r2(), 1e-12);
    }

    @Test
    void recoversCoefficientsFromANoiseFreeShape() {
        double[] s = BassCurveFit.sales(5_000, 0.005, 0.7, 16);
        BassCurveFit.Fit f = BassCurveFit.fitShape(s);
        assertTrue(f.shape());
        assertEquals(1.0, f.m());
        assertTrue(Double.isNaN(f.mSe()));
        assertEquals(0.005, f.p(), 0.005 * 1e-5);
        assertEquals(0.7, f.q(), 0.7 * 1e-5);
    }

    @Test
    void recoversCoefficientsFromANoisySeriesWithinTheirStandardErrors() {
        // 5% multiplicative normal noise on each period's sales, 24 periods: the estimates must lie within 15%
        // of the truth (the noise moves p most: it rests on the first periods' small sales) and the truth
        // within 3 standard errors of the estimate, for each of 10 noisy series
        MersenneTwister rng = new MersenneTwister(1969);
        double[] clean = BassCurveFit.sales(10_000, 0.02, 0.4, 24);
        int withinSe = 0;
        for (int rep = 0; rep < 10; rep++) {
            double[] s = new double[clean.length];
            for (int i = 0; i < s.length; i++) {
                s[i] = clean[i] * (1 + 0.05 * rng.nextGaussian());
            }
            BassCurveFit.Fit f = BassCurveFit.fit(s);
            assertEquals(10_000, f.m(), 10_000 * 0.05, "m, series " + rep);
            assertEquals(0.02, f.p(), 0.02 * 0.15, "p, series " + rep);
            assertEquals(0.4, f.q(), 0.4 * 0.15, "q, series " + rep);
            assertTrue(f.r2() > 0.99, "R2 " + f.r2());
            if (Math.abs(f.p() - 0.02) < 3 * f.pSe() && Math.abs(f.q() - 0.4) < 3 * f.qSe() && Math.abs(f.m() - 10_000) < 3 * f.mSe()) {
                withinSe++;
            }
        }
        assertTrue(withinSe >= 9, "truth within 3 standard errors in " + withinSe + " of 10 series");
    }

    @Test
    void fitsTheFirstIbmGeneration() throws IOException {
        double[] s = column(IBM, "generation1");
        BassCurveFit.Fit f = BassCurveFit.fit(s);
        BassCurveFit.Fit shape = BassCurveFit.fitShape(s);
        double[] s16 = java.util.Arrays.copyOf(s, 16);
        BassCurveFit.Fit shape16 = BassCurveFit.fitShape(s16);
        for (BassCurveFit.Fit x : List.of(f, shape, shape16)) {
            assertTrue(x.r2() > 0.9, "R2 " + x.r2());
            assertTrue(x.p() > 0 && x.q() > 0, "p " + x.p() + ", q " + x.q());
            assertTrue(x.q() > x.p(), "imitation dominates a life cycle with an interior peak");
            assertTrue(x.pSe() > 0 && x.qSe() > 0);
        }
        double total = 0;
        for (double v : s) {
            total += v;
        }
        assertTrue(f.m() > 0.95 * total && f.m() < 1.1 * total, "the life cycle is complete: m near the total " + total);
        assertEquals(6, f.peakTime(), 1.0, "the sales peak in period 6");
    }

    @Test
    void docsCalibrationQuotesTheseFits() throws IOException {
        double[] s = column(IBM, "generation1");
        String doc = Files.readString(Path.of("docs/calibration.md"));
        BassCurveFit.Fit f = BassCurveFit.fit(s);
        BassCurveFit.Fit shape = BassCurveFit.fitShape(s);
        BassCurveFit.Fit shape16 = BassCurveFit.fitShape(java.util.Arrays.copyOf(s, 16));
        java.util.Locale l = java.util.Locale.ROOT;
        for (String quoted : List.of(
                String.format(l, "%,.0f (s.e. %.0f)", f.m(), f.mSe()).replace(",", " "),
                String.format(l, "%.5f (s.e. %.5f)", f.p(), f.pSe()), String.format(l, "%.4f (s.e. %.4f)", f.q(), f.qSe()),
                String.format(l, "%.4f |", f.r2()),
                String.format(l, "%.5f (s.e. %.5f)", shape.p(), shape.pSe()), String.format(l, "%.4f (s.e. %.4f)", shape.q(), shape.qSe()),
                String.format(l, "**%.5f (s.e. %.5f)**", shape16.p(), shape16.pSe()),
                String.format(l, "**%.4f (s.e. %.4f)**", shape16.q(), shape16.qSe()))) {
            assertTrue(doc.contains(quoted), "docs/calibration.md does not quote " + quoted);
        }
    }

    /**
     * The discretisation table of docs/calibration.md: the discrete mean-field recursion with k steps per period,
     * F(s+1) = F(s) + (1 - F(s)) (p/k + (q/k) F(s)), fitted by least squares to the shape of IBM generation 1
     * (periods 1-16), gives per-period p and q whose ratios to the closed form's are those the docs quote (to 0.01).
     */
    @Test
    void theDiscretisationRatiosOfTheDocsHold() throws IOException {
        double[] y = java.util.Arrays.copyOf(column(IBM, "generation1"), 16);
        double total = java.util.Arrays.stream(y).sum();
        for (int i = 0; i < y.length; i++) {
            y[i] /= total;
        }
        BassCurveFit.Fit closed = BassCurveFit.fitShape(java.util.Arrays.copyOf(column(IBM, "generation1"), 16));
        double[][] expected = {{1, 2.12, 0.91}, {2, 1.53, 0.96}, {4, 1.25, 0.98}, {8, 1.12, 0.99}};
        for (double[] row : expected) {
            int k = (int) row[0];
            double[] best = {closed.p(), closed.q()};
            double bestRss = rss(y, best[0], best[1], k);
            double sp = closed.p();
            double sq = closed.q() / 4;
            for (int round = 0; round < 60; round++) { // pattern search: halve the steps when no neighbour is better
                boolean moved = false;
                for (double[] d : new double[][]{{sp, 0}, {-sp, 0}, {0, sq}, {0, -sq}}) {
                    double p = best[0] + d[0];
                    double q = best[1] + d[1];
                    if (p <= 0 || q <= 0) {
                        continue;
                    }
                    double r = rss(y, p, q, k);
                    if (r < bestRss) {
                        bestRss = r;
                        best = new double[]{p, q};
                        moved = true;
                    }
                }
                if (!moved) {
                    sp /= 2;
                    sq /= 2;
                }
            }
            assertEquals(row[1], best[0] / closed.p(), 0.01, "p ratio, k = " + k);
            assertEquals(row[2], best[1] / closed.q(), 0.01, "q ratio, k = " + k);
            String quoted = String.format(java.util.Locale.ROOT, "| %d | %.4f | %.3f | %.2f | %.2f |", k, best[0], best[1], row[1], row[2]);
            assertTrue(Files.readString(Path.of("docs/calibration.md")).contains(quoted), "docs/calibration.md lacks the row " + quoted);
        }
    }

    private static double rss(double[] y, double p, double q, int k) {
        double[] s = new double[y.length];
        double f = 0;
        double sum = 0;
        for (int t = 0; t < y.length; t++) {
            for (int j = 0; j < k; j++) {
                double x = (1 - f) * Math.min(1, p / k + q / k * f);
                s[t] += x;
                f += x;
            }
            sum += s[t];
        }
        double r = 0;
        for (int t = 0; t < y.length; t++) {
            r += (s[t] / sum - y[t]) * (s[t] / sum - y[t]);
        }
        return r;
    }

    @Test
    void refusesSeriesItCannotFit() {
        assertThrows(IllegalArgumentException.class, () -> BassCurveFit.fit(new double[]{1, 2, 3}));
        assertThrows(IllegalArgumentException.class, () -> BassCurveFit.fit(new double[]{1, 2, Double.NaN, 4}));
        assertThrows(IllegalArgumentException.class, () -> BassCurveFit.fit(new double[]{1, -2, 3, 4}));
        assertThrows(IllegalArgumentException.class, () -> BassCurveFit.fitShape(new double[]{0, 0, 0, 0}));
    }

    @Test
    void theOlsStartRecoversTheCoefficientsOfAClosedFormSeriesRoughly() {
        double[] s = BassCurveFit.sales(10_000, 0.02, 0.4, 20);
        double[] start = BassCurveFit.ols(s, java.util.Arrays.stream(s).sum());
        // the discrete regression is a time-discretisation of the closed form: close, not exact
        assertEquals(10_000, start[0], 10_000 * 0.1);
        assertEquals(0.02, start[1], 0.02 * 0.5);
        assertEquals(0.4, start[2], 0.4 * 0.25);
    }

    static double[] column(Path f, String col) throws IOException {
        try (Reader r = Files.newBufferedReader(f)) {
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
            double[] v = new double[rows.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = Double.parseDouble(rows.get(i).get(col));
            }
            return v;
        }
    }
}
