package netcap.stats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The interaction contrast (A - B) - (C - D) against values computed independently with scipy
 * 1.17.1 / numpy 2.4 (the call is given with each number) or by hand.
 */
class InteractionTest {
    // paired: replicate r of the four points shares its seed
    private static final double[] A = {5.2, 6.1, 4.8, 7.0, 5.9, 6.4};
    private static final double[] B = {4.0, 4.9, 4.1, 5.2, 4.4, 5.0};
    private static final double[] C = {3.9, 4.4, 3.1, 5.1, 4.0, 4.3};
    private static final double[] D = {3.5, 3.9, 3.3, 4.2, 3.6, 3.8};
    // independent, unequal sizes
    private static final double[] A2 = {5.2, 6.1, 4.8, 7.0, 5.9};
    private static final double[] B2 = {4.0, 4.9, 4.1, 5.2, 4.4, 5.0, 4.6};
    private static final double[] C2 = {3.9, 4.4, 3.1, 5.1};
    private static final double[] D2 = {3.5, 3.9, 3.3, 4.2, 3.6, 3.8};

    @Test
    void pairedContrastIsTheOneSampleTestOfTheReplicateContrasts() {
        // by hand: d = (A - B) - (C - D) = [0.8, 0.7, 0.9, 0.9, 1.1, 0.9], mean 0.88333
        assertArrayEquals(new double[] {0.8, 0.7, 0.9, 0.9, 1.1, 0.9}, Interaction.contrasts(A, B, C, D), 1e-12);
        // r = scipy.stats.ttest_1samp(d, 0); r.confidence_interval(0.95)
        TwoSample.TTest t = Interaction.paired(A, B, C, D, 0.95);
        assertEquals(0.8833333333333333, t.diff(), 1e-12);
        assertEquals(16.278820596099667, t.t(), 1e-9);
        assertEquals(5.0, t.df(), 0.0);
        assertEquals(1.5951022600342144e-05, t.p(), 1e-12);
        assertEquals(0.7438465315669456, t.low(), 1e-10);
        assertEquals(1.022820135099721, t.high(), 1e-10);
        // scipy.stats.wilcoxon(d, method='approx').pvalue
        double[] d = Interaction.contrasts(A, B, C, D);
        assertEquals(0.027281171477617997, TwoSample.wilcoxon(d, new double[d.length]), 1e-12);
        // dz = d.mean() / d.std(ddof=1); dz -+ norm.ppf(0.975) * sqrt(1/6 + dz**2/12)
        Interval dz = Interaction.cohenDz(d, 0.95);
        assertEquals(6.645800679125612, dz.estimate(), 1e-9);
        assertEquals(2.801461237722715, dz.low(), 1e-9);
        assertEquals(10.490140120528508, dz.high(), 1e-9);
    }

    @Test
    void independentContrastHasWelchSatterthwaiteDegreesOfFreedom() {
        // v_i = var(x_i, ddof=1)/n_i; se = sqrt(sum v); df = sum(v)^2 / sum(v_i^2/(n_i - 1));
        // t = diff/se; p = 2 t.sf(|t|, df); diff -+ t.ppf(0.975, df) se
        TwoSample.TTest t = Interaction.independent(A2, B2, C2, D2, 0.95);
        assertEquals(0.7916666666666661, t.diff(), 1e-12);
        assertEquals(1.3028375738519784, t.t(), 1e-10);
        assertEquals(8.552430696711248, t.df(), 1e-10);
        assertEquals(0.22661409214018147, t.p(), 1e-10);
        assertEquals(-0.5939727785935145, t.low(), 1e-10);
        assertEquals(2.1773061119268466, t.high(), 1e-10);
        // sp^2 = sum (n_i - 1) var_i / (N - 4); d = diff/sp; d -+ 1.96 sqrt(sum 1/n_i + d^2/(2N))
        Interval d = Interaction.cohenD(A2, B2, C2, D2, 0.95);
        assertEquals(1.2884193901177479, d.estimate(), 1e-10);
        assertEquals(-0.46161185057008614, d.low(), 1e-10);
        assertEquals(3.038450630805582, d.high(), 1e-10);
    }

    @Test
    void withTwoEmptyGroupsTheContrastIsWelchsTest() {
        // C = D = {0, 0}: no mean, no spread, and df reduces to Welch's for A against B
        double[] zero = {0.0, 0.0};
        TwoSample.TTest i = Interaction.independent(A2, B2, zero, zero, 0.95);
        TwoSample.TTest w = TwoSample.welch(A2, B2, 0.95);
        assertEquals(w.diff(), i.diff(), 1e-12);
        assertEquals(w.df(), i.df(), 1e-9);
        assertEquals(w.p(), i.p(), 1e-12);
        assertEquals(w.high(), i.high(), 1e-12);
    }

    @Test
    void degenerateDataGiveNaN() {
        double[] one = {1.0};
        assertTrue(Double.isNaN(Interaction.independent(A2, B2, C2, one, 0.95).p()));
        assertTrue(Double.isNaN(Interaction.paired(one, one, one, one, 0.95).p()));
        assertEquals(Interval.NONE, Interaction.cohenD(A2, B2, C2, one, 0.95));
        // every contrast equal: no spread
        double[] same = {1.0, 2.0, 3.0};
        double[] shifted = {2.0, 3.0, 4.0};
        assertTrue(Double.isNaN(Interaction.paired(shifted, same, same, same, 0.95).p()));
        assertEquals(Interval.NONE, Interaction.cohenDz(Interaction.contrasts(shifted, same, same, same), 0.95));
        assertThrows(IllegalArgumentException.class, () -> Interaction.contrasts(A, B, C, A2));
    }
}
