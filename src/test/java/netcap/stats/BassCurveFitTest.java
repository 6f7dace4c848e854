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
        System.out.printf(java.util.Locale.ROOT, "IBM generation 1, m p q: m = %.1f (se %.1f), p = %.5f (se %.5f), q = %.4f (se %.4f), RSS = %.1f, R2 = %.4f, peak %.2f%n",
                f.m(), f.mSe(), f.p(), f.pSe(), f.q(), f.qSe(), f.rss(), f.r2(), f.peakTime());
        System.out.printf(java.util.Locale.ROOT, "IBM generation 1, shape: p = %.5f (se %.5f), q = %.4f (se %.4f), RSS = %.3g, R2 = %.4f%n",
                shape.p(), shape.pSe(), shape.q(), shape.qSe(), shape.rss(), shape.r2());
        double[] s16 = java.util.Arrays.copyOf(s, 16);
        BassCurveFit.Fit shape16 = BassCurveFit.fitShape(s16);
        System.out.printf(java.util.Locale.ROOT, "IBM generation 1, shape of periods 1-16: p = %.5f (se %.5f), q = %.4f (se %.4f), R2 = %.4f%n",
                shape16.p(), shape16.pSe(), shape16.q(), shape16.qSe(), shape16.r2());
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
