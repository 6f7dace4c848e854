package netcap.stats;

import ec.util.MersenneTwisterFast;
import netcap.design.Factor;
import netcap.design.MorrisDesign;
import netcap.random.Streams;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bootstrap intervals of Morris statistics, the Sobol reliability rule and the inert rule. */
class SensitivityIntervalsTest {
    private static final List<Factor> FACTORS = List.of(Factor.continuous("a", 0, 1), Factor.continuous("b", 0, 1),
            Factor.continuous("c", 0, 1));

    /** y = a^2 + 4 a c + 0.5 b plus noise: every statistic varies over trajectories. */
    private static double[] outputs(MorrisDesign d, MersenneTwisterFast noise) {
        double[][] x = d.values();
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i][0] * x[i][0] + 4 * x[i][0] * x[i][2] + 0.5 * x[i][1] + 0.1 * noise.nextGaussian();
        }
        return y;
    }

    private static MorrisEffects effects(int trajectories) {
        MorrisDesign d = MorrisDesign.create(FACTORS, trajectories, 4, Streams.rng(7, "design"));
        return MorrisEffects.estimate(d, outputs(d, Streams.rng(7, "noise")), Streams.rng(7, "bootstrap"));
    }

    @Test
    void morrisIntervalsContainTheEstimatesAndShrinkWithMoreTrajectories() {
        MorrisEffects small = effects(10);
        MorrisEffects large = effects(160);
        for (String f : List.of("a", "b", "c")) {
            for (MorrisEffects m : List.of(small, large)) {
                MorrisEffects.Effect e = m.get(f);
                assertTrue(e.muStarLow() <= e.muStar() && e.muStar() <= e.muStarHigh(), f + " mu* " + e);
                assertTrue(e.muLow() <= e.mu() && e.mu() <= e.muHigh(), f + " mu " + e);
                assertTrue(e.sigmaLow() <= e.sigma() && e.sigma() <= e.sigmaHigh(), f + " sigma " + e);
                assertTrue(e.muStarHigh() > e.muStarLow(), f + " a noisy output gives intervals of positive width");
            }
            double wSmall = small.get(f).muStarHigh() - small.get(f).muStarLow();
            double wLarge = large.get(f).muStarHigh() - large.get(f).muStarLow();
            // the width of a bootstrap interval falls like 1/sqrt(r): 16 times the trajectories, about a quarter
            assertTrue(wLarge < 0.6 * wSmall, f + ": width " + wLarge + " with 160 trajectories vs " + wSmall + " with 10");
        }
    }

    @Test
    void morrisBootstrapIsDeterministicAndKeepsThePointEstimates() {
        MorrisDesign d = MorrisDesign.create(FACTORS, 12, 4, Streams.rng(3, "design"));
        double[] y = outputs(d, Streams.rng(3, "noise"));
        MorrisEffects plain = MorrisEffects.estimate(d, y);
        MorrisEffects one = MorrisEffects.estimate(d, y, Streams.rng(3, "bootstrap"));
        MorrisEffects two = MorrisEffects.estimate(d, y, Streams.rng(3, "bootstrap"));
        assertEquals(one, two, "the same generator gives the same intervals");
        for (int i = 0; i < 3; i++) {
            assertEquals(plain.effects().get(i).muStar(), one.effects().get(i).muStar());
            assertEquals(plain.effects().get(i).sigma(), one.effects().get(i).sigma());
            assertTrue(Double.isNaN(plain.effects().get(i).muStarLow()), "no bootstrap, no interval");
        }
        assertThrows(IllegalArgumentException.class, () -> MorrisEffects.estimate(d, y, 10, 0.95, null));
        assertThrows(IllegalArgumentException.class, () -> MorrisEffects.estimate(d, y, -1, 0.95, Streams.rng(1)));
        assertThrows(IllegalArgumentException.class, () -> MorrisEffects.estimate(d, y, 10, 1.0, Streams.rng(1)));
    }

    private static SobolIndices.Index index(String name, double s1, double st, double half) {
        return new SobolIndices.Index(name, s1, s1 - half, s1 + half, st, st - half, st + half);
    }

    @Test
    void sobolIndicesAreReliableOnlyWithEnoughSamplesSaneValuesAndNarrowIntervals() {
        List<SobolIndices.Index> good = List.of(index("a", 0.5, 0.6, 0.05), index("b", -0.05, 0.02, 0.2));
        assertNull(SobolIndices.unreliableReason(64, good));
        assertNull(SobolIndices.unreliableReason(1024, good));
        String small = SobolIndices.unreliableReason(8, good);
        assertNotNull(small);
        assertTrue(small.startsWith("N = 8 is too small for these indices: "), small);
        assertTrue(small.contains("N < 64"), small);
        String outside = SobolIndices.unreliableReason(128, List.of(index("a", -8.3, 0.6, 0.05)));
        assertNotNull(outside);
        assertTrue(outside.contains("S1 of a is -8.30"), outside);
        assertNotNull(SobolIndices.unreliableReason(128, List.of(index("a", 0.5, 1.11, 0.05))), "ST above 1.1");
        String wide = SobolIndices.unreliableReason(128, List.of(index("a", 0.5, 0.5, 0.21)));
        assertNotNull(wide);
        assertTrue(wide.contains("half-width 0.21"), wide);
        assertNotNull(SobolIndices.unreliableReason(128, List.of(index("a", Double.NaN, Double.NaN, 0.0))),
                "undefined indices (a constant output) are not a result");
        List<SobolIndices.Index> many = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            many.add(index("f" + i, 3, 3, 1));
        }
        assertTrue(SobolIndices.unreliableReason(8, many).endsWith("more"), "long lists are cut");
    }

    @Test
    void aFactorIsInertWhenItsIntervalOverlapsTheDummys() {
        assertEquals(Boolean.TRUE, Inert.isInert(0.0, 0.1, 0.05, 0.2));
        assertEquals(Boolean.TRUE, Inert.isInert(0.1, 0.3, 0.0, 0.1), "touching intervals overlap");
        assertEquals(Boolean.TRUE, Inert.isInert(0.0, 1.0, 0.4, 0.5), "containing the dummy's interval");
        assertEquals(Boolean.FALSE, Inert.isInert(0.3, 0.5, 0.0, 0.29));
        assertEquals(Boolean.TRUE, Inert.isInert(-0.5, -0.1, 0.0, 0.29), "below the dummy's interval");
        assertEquals(Boolean.TRUE, Inert.isInert(0, 0, 0.1, 0.29), "exactly zero, below the noise");
        assertNull(Inert.isInert(Double.NaN, 0.5, 0.0, 0.2));
        assertNull(Inert.isInert(0.1, 0.5, 0.0, Double.NaN));
    }

    @Test
    void aStrongFactorStandsAboveTheDummyAndAnIgnoredOneIsInert() {
        List<Factor> fs = List.of(Factor.continuous("strong", 0, 1), Factor.continuous("ignored", 0, 1),
                Factor.continuous("dummy", 0, 1));
        MorrisDesign d = MorrisDesign.create(fs, 40, 4, Streams.rng(11, "design"));
        double[][] x = d.values();
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            // the noise is a function of the dummy's value, as the run key is: the same dummy value gives the same noise
            y[i] = 5 * x[i][0] + 0.3 * Streams.rng(Streams.child(5, "dummy=" + x[i][2])).nextGaussian();
        }
        MorrisEffects m = MorrisEffects.estimate(d, y, Streams.rng(11, "bootstrap"));
        MorrisEffects.Effect dummy = m.get("dummy");
        assertTrue(dummy.muStar() > 0, "the dummy's index measures the noise");
        MorrisEffects.Effect strong = m.get("strong");
        MorrisEffects.Effect ignored = m.get("ignored");
        assertFalse(Inert.isInert(strong.muStarLow(), strong.muStarHigh(), dummy.muStarLow(), dummy.muStarHigh()));
        assertEquals(0.0, ignored.muStar(), 1e-12, "with shared noise an ignored factor has exactly zero effect");
        assertTrue(Inert.isInert(ignored.muStarLow(), ignored.muStarHigh(), dummy.muStarLow(), dummy.muStarHigh()),
                "an exactly zero interval lies below the dummy's");
    }
}
