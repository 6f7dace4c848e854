package netcap.stats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every statistic against values computed independently, with scipy 1.17.1 / numpy (the call is
 * given with each number) or by hand.
 */
class TwoSampleStatisticsTest {
    private static final double[] A = {3.1, 4.2, 2.8, 5.0, 4.4, 3.9, 4.1, 2.5};
    private static final double[] B = {2.0, 3.5, 2.9, 3.1, 1.8, 2.6, 3.0};
    private static final double[] X = {3.1, 4.2, 2.8, 5.0, 4.4, 3.9, 4.1};

    @Test
    void quantilesAreType7() {
        // numpy.quantile(A, [0, 0.1, 0.25, 0.5, 0.75, 1]) = [2.5, 2.71, 3.025, 4.0, 4.25, 5.0]
        double[] p = {0, 0.1, 0.25, 0.5, 0.75, 1};
        double[] expected = {2.5, 2.71, 3.025, 4.0, 4.25, 5.0};
        for (int i = 0; i < p.length; i++) {
            assertEquals(expected[i], Quantiles.of(A, p[i]), 1e-12, "p = " + p[i]);
        }
        assertEquals(4.0, Quantiles.median(A), 1e-12);
        assertEquals(3.1, A[0], 0.0); // input not sorted in place
        assertTrue(Double.isNaN(Quantiles.median(new double[0])));
        assertEquals(7.0, Quantiles.median(new double[] {7.0}), 0.0);
        assertThrows(IllegalArgumentException.class, () -> Quantiles.of(A, 1.5));
    }

    @Test
    void welchAgainstScipy() {
        // r = scipy.stats.ttest_ind(A, B, equal_var=False); r.confidence_interval(0.95)
        TwoSample.TTest t = TwoSample.welch(A, B, 0.95);
        assertEquals(2.7428364714319127, t.t(), 1e-10);
        assertEquals(0.01725574345276261, t.p(), 1e-10);
        assertEquals(12.520042836948518, t.df(), 1e-9);
        assertEquals(0.21974324459012318, t.low(), 1e-9);
        assertEquals(1.8802567554098775, t.high(), 1e-9);
        assertTrue(Double.isNaN(TwoSample.welch(new double[] {1}, B, 0.95).p()));
    }

    @Test
    void pairedAgainstScipy() {
        // r = scipy.stats.ttest_rel(X, B); r.confidence_interval(0.95)
        double[] b = java.util.Arrays.copyOf(B, 7);
        TwoSample.TTest t = TwoSample.paired(X, b, 0.95);
        assertEquals(3.7896127834573936, t.t(), 1e-10);
        assertEquals(0.009077501003673723, t.p(), 1e-10);
        assertEquals(6.0, t.df(), 0.0);
        assertEquals(0.435296189034454, t.low(), 1e-9);
        assertEquals(2.0218466681084037, t.high(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> TwoSample.paired(A, B, 0.95));
        // identical pairs: no spread of differences, no test
        assertTrue(Double.isNaN(TwoSample.paired(X, X, 0.95).p()));
    }

    @Test
    void oneSampleByHand() {
        // [1, 2, 3, 4, 5]: mean 3, sd sqrt(2.5), t = 3 / sqrt(0.5) on 4 df; for 4 df the t cdf is
        // 1/2 + 3/4 (x - x^3/3) with x = t / sqrt(t^2 + 4), so p = 0.013235599563682587
        TwoSample.TTest t = TwoSample.oneSample(new double[] {1, 2, 3, 4, 5}, 0.95);
        assertEquals(3.0, t.diff(), 1e-15);
        assertEquals(3 / Math.sqrt(0.5), t.t(), 1e-12);
        assertEquals(4.0, t.df(), 0.0);
        assertEquals(0.013235599563682587, t.p(), 1e-10);
        double h = 2.7764451051977987 * Math.sqrt(0.5); // scipy.stats.t.ppf(0.975, 4)
        assertEquals(3 - h, t.low(), 1e-9);
        assertEquals(3 + h, t.high(), 1e-9);
    }

    @Test
    void mannWhitneyAgainstScipy() {
        // scipy.stats.mannwhitneyu(A, B, method='asymptotic').pvalue
        assertEquals(0.04893854964336552, TwoSample.mannWhitney(A, B), 1e-12);
        assertEquals(0.04893854964336552, TwoSample.mannWhitney(B, A), 1e-12);
        // with ties: scipy.stats.mannwhitneyu([1,2,2,3,3,3,4,5], [2,3,3,4,4,6,7], method='asymptotic').pvalue
        assertEquals(0.17211476477155463,
                TwoSample.mannWhitney(new double[] {1, 2, 2, 3, 3, 3, 4, 5}, new double[] {2, 3, 3, 4, 4, 6, 7}), 1e-12);
    }

    @Test
    void wilcoxonAgainstScipy() {
        // scipy.stats.wilcoxon(X, B[:7], method='approx').pvalue
        assertEquals(0.027991815485665747, TwoSample.wilcoxon(X, java.util.Arrays.copyOf(B, 7)), 1e-12);
        // ties and zero differences: scipy.stats.wilcoxon([1.5,2.0,3.5,4.0,2.5,3.0,6.0,1.0,2.2],
        //     [1.0,2.5,2.5,3.0,2.5,3.0,4.0,1.5,1.2], method='approx').pvalue
        assertEquals(0.08808151166219029, TwoSample.wilcoxon(
                new double[] {1.5, 2.0, 3.5, 4.0, 2.5, 3.0, 6.0, 1.0, 2.2},
                new double[] {1.0, 2.5, 2.5, 3.0, 2.5, 3.0, 4.0, 1.5, 1.2}), 1e-12);
        assertTrue(Double.isNaN(TwoSample.wilcoxon(X, X)));
    }

    @Test
    void cohenDByHand() {
        // numpy: sp = sqrt(((nA-1) var(A, ddof=1) + (nB-1) var(B, ddof=1)) / (nA+nB-2)); d = (mean A - mean B) / sp;
        // se = sqrt((nA+nB)/(nA nB) + d^2/(2(nA+nB))); d -+ scipy.stats.norm.ppf(0.975) se
        Interval d = TwoSample.cohenD(A, B, 0.95);
        assertEquals(1.3860904186933718, d.estimate(), 1e-12);
        assertEquals(0.25694243002858497, d.low(), 1e-9);
        assertEquals(2.515238407358159, d.high(), 1e-9);
        assertTrue(Double.isNaN(TwoSample.cohenD(new double[] {1, 1}, new double[] {1, 1}, 0.95).estimate()));
    }

    @Test
    void cliffDeltaByHandAndBootstrapInterval() {
        // numpy.mean(numpy.sign(A[:, None] - B[None, :])) = 0.625
        assertEquals(0.625, TwoSample.cliffDelta(A, B), 1e-15);
        assertEquals(-0.625, TwoSample.cliffDelta(B, A), 1e-15);
        assertEquals(1.0, TwoSample.cliffDelta(new double[] {5, 6}, new double[] {1, 2}), 0.0);
        Interval i = TwoSample.cliffDelta(A, B, 0.95, 42L);
        assertEquals(0.625, i.estimate(), 1e-15);
        assertTrue(i.low() < 0.625 && 0.625 < i.high() && i.low() >= -1 && i.high() <= 1, i.toString());
        assertEquals(i, TwoSample.cliffDelta(A, B, 0.95, 42L)); // same key, same interval
    }

    @Test
    void bootstrapIsDeterministicAndCoversTheMedian() {
        Interval m = Bootstrap.median(A, 7L);
        assertEquals(4.0, m.estimate(), 0.0);
        assertEquals(m, Bootstrap.median(A, 7L));
        // a bootstrap median of 8 values can only be a value or the midpoint of two: within [min, max]
        assertTrue(m.low() >= 2.5 && m.low() <= 4.0 && m.high() >= 4.0 && m.high() <= 5.0, m.toString());
        // the mean's percentile interval approaches the normal interval with the plug-in standard error
        // mean -+ 1.959964 sd(ddof=0)/sqrt(n) (numpy: 3.1902509580126956, 4.309749041987304)
        Interval mean = Bootstrap.percentile(A, v -> Summary.of(v).mean(), 20_000, 0.95, 1L);
        assertEquals(3.1902509580126956, mean.low(), 0.03);
        assertEquals(4.309749041987304, mean.high(), 0.03);
        assertNotEquals(mean, Bootstrap.percentile(A, v -> Summary.of(v).mean(), 20_000, 0.95, 2L)); // another key, other resamples
        assertTrue(Double.isNaN(Bootstrap.median(new double[] {3}, 1L).low()));
    }

    @Test
    void holmByHand() {
        // sorted 0.005, 0.01, 0.03, 0.04 times 4, 3, 2, 1 = 0.02, 0.03, 0.06, 0.04; running max 0.02, 0.03, 0.06, 0.06
        double[] adj = Holm.adjust(new double[] {0.01, 0.04, 0.03, 0.005, Double.NaN});
        assertArrayEquals(new double[] {0.03, 0.06, 0.06, 0.02, Double.NaN}, adj, 1e-15);
        assertArrayEquals(new double[] {1.0, 1.0}, Holm.adjust(new double[] {0.7, 0.9}), 0.0);
    }

    @Test
    void fisherExactAgainstScipy() {
        // scipy.stats.fisher_exact([[7, 3], [2, 8]]).pvalue
        assertEquals(0.06977851869492736, Proportions.fisherExact(7, 10, 2, 10), 1e-12);
        // scipy.stats.fisher_exact([[10, 0], [5, 5]]).pvalue
        assertEquals(0.032507739938080496, Proportions.fisherExact(10, 10, 5, 10), 1e-12);
        // scipy.stats.fisher_exact([[56, 14], [48, 32]]).pvalue
        assertEquals(0.012521129749209154, Proportions.fisherExact(56, 70, 48, 80), 1e-12);
        assertEquals(1.0, Proportions.fisherExact(3, 10, 3, 10), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Proportions.fisherExact(11, 10, 3, 10));
    }

    @Test
    void newcombeAgainstThePaper() {
        // Newcombe (1998), Table II, example (a) 56/70 - 48/80, method 10: 0.0524 to 0.3339
        Interval i = Proportions.newcombe(56, 70, 48, 80, 0.95);
        assertEquals(0.2, i.estimate(), 1e-12);
        assertEquals(0.0524, i.low(), 5e-5);
        assertEquals(0.3339, i.high(), 5e-5);
        // the same by hand with numpy (Wilson limits, then the hybrid formula): 0.052431472402364815, 0.3338726540369059
        assertEquals(0.052431472402364815, i.low(), 1e-10);
        assertEquals(0.3338726540369059, i.high(), 1e-10);
        Proportions.Comparison c = Proportions.compare(56, 70, 48, 80, 0.95);
        assertEquals(0.012521129749209154, c.p(), 1e-12);
        assertEquals(i.low(), c.low(), 0.0);
        // all-or-nothing shares keep limits within [-1, 1]
        Interval e = Proportions.newcombe(10, 10, 0, 10, 0.95);
        assertTrue(e.low() > 0 && e.high() <= 1.0, e.toString());
    }

    @Test
    void shapeAgainstScipy() {
        // scipy.stats.skew(A, bias=False), scipy.stats.kurtosis(A, bias=False)
        assertEquals(-0.212968071656598, Shape.skewness(A), 1e-12);
        assertEquals(-1.1323556612498356, Shape.excessKurtosis(A), 1e-12);
        // (g^2 + 1) / (k + 3 (n-1)^2 / ((n-2)(n-3))) with the two values above, n = 8
        assertEquals(0.2774559659980815, Shape.bimodality(A), 1e-12);
        assertTrue(Double.isNaN(Shape.bimodality(new double[] {1, 2, 3})));
        assertTrue(Double.isNaN(Shape.bimodality(new double[] {2, 2, 2, 2, 2})));
        // two clusters: well above 5/9
        assertTrue(Shape.bimodality(new double[] {0, 0, 0, 0, 0, 10, 10, 10, 10, 10}) > 5.0 / 9.0);
    }

    @Test
    void aggregateDropsMissingValues() {
        double[] withGaps = {3.1, Double.NaN, 4.2, 2.8, 5.0, 4.4, 3.9, Double.NaN, 4.1, 2.5};
        Aggregate g = Aggregate.of(withGaps, 9L);
        assertEquals(8, g.n());
        // numpy: A.mean(), A.std(ddof=1); scipy.stats.t.interval(0.95, 7, loc=A.mean(), scale=A.std(ddof=1)/sqrt(8))
        assertEquals(3.75, g.mean(), 1e-12);
        assertEquals(0.8635475005547094, g.sd(), 1e-12);
        assertEquals(3.028056222715218, g.ciLow(), 1e-9);
        assertEquals(4.471943777284782, g.ciHigh(), 1e-9);
        // numpy.quantile(A, [0.25, 0.5, 0.75]) = [3.025, 4.0, 4.25]
        assertEquals(3.025, g.q25(), 1e-12);
        assertEquals(4.0, g.median(), 1e-12);
        assertEquals(4.25, g.q75(), 1e-12);
        assertEquals(2.5, g.min(), 0.0);
        assertEquals(5.0, g.max(), 0.0);
        assertEquals(Bootstrap.median(A, 9L).low(), g.medianLow(), 0.0);
        assertEquals(0.2774559659980815, g.bimodality(), 1e-12);
        assertEquals(Aggregate.COLUMNS.size(), g.values().length + 1);
        Aggregate none = Aggregate.of(new double[] {Double.NaN, Double.NaN}, 1L);
        assertEquals(0, none.n());
        assertTrue(Double.isNaN(none.mean()) && Double.isNaN(none.median()) && Double.isNaN(none.medianLow()));
    }
}
