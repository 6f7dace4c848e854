package netcap.stats;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kaplan-Meier on the leukaemia remission data of Freireich et al. (Blood 21:699-716, 1963), as
 * analysed by Gehan (Biometrika 52:203-223, 1965) and tabulated in Kleinbaum and Klein, "Survival
 * Analysis: A Self-Learning Text" (3rd ed., 2012, ch. 2): weeks in remission of 21 patients on
 * 6-MP (+ = censored) and of 21 on placebo (no censoring). The expected values are those of R's
 * survival package, {@code summary(survfit(Surv(time, status) ~ 1, conf.type = ...))} and
 * {@code print(survfit(...))} for the medians (placebo: median 8, 95% CI 4 to 12; 6-MP: median
 * 23, 95% CI 16 to NA with the default log interval), to the printed precision.
 */
class KaplanMeierTest {
    /** 6-MP: 6 6 6 6+ 7 9+ 10 10+ 11+ 13 16 17+ 19+ 20+ 22 23 25+ 32+ 32+ 34+ 35+. */
    static final double[] MP_TIME = {6, 6, 6, 6, 7, 9, 10, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 32, 34, 35};
    static final boolean[] MP_EVENT = {true, true, true, false, true, false, true, false, false, true, true,
        false, false, false, true, true, false, false, false, false, false};
    /** Placebo: 1 1 2 2 3 4 4 5 5 8 8 8 8 11 11 12 12 15 17 22 23, all relapses. */
    static final double[] PLACEBO = {1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23};

    @Test
    void sixMpCurveGreenwoodAndLogLogInterval() {
        KaplanMeier km = KaplanMeier.estimate(MP_TIME, MP_EVENT);
        // event times: time, n.risk, n.event, survival, std.err, lower 95% CI, upper 95% CI (log-log)
        double[][] r = {
            {6, 21, 3, 0.857, 0.0764, 0.620, 0.952},
            {7, 17, 1, 0.807, 0.0869, 0.563, 0.923},
            {10, 15, 1, 0.753, 0.0963, 0.503, 0.889},
            {13, 12, 1, 0.690, 0.1068, 0.432, 0.849},
            {16, 11, 1, 0.627, 0.1141, 0.368, 0.805},
            {22, 7, 1, 0.538, 0.1282, 0.268, 0.747},
            {23, 6, 1, 0.448, 0.1346, 0.188, 0.680}};
        List<KaplanMeier.Step> events = km.steps().stream().filter(s -> s.events() > 0).toList();
        assertEquals(r.length, events.size());
        for (int i = 0; i < r.length; i++) {
            KaplanMeier.Step s = events.get(i);
            assertEquals(r[i][0], s.time());
            assertEquals((int) r[i][1], s.atRisk(), "at risk at " + s.time());
            assertEquals((int) r[i][2], s.events());
            assertEquals(r[i][3], s.survival(), 0.0005, "S at " + s.time());
            assertEquals(r[i][4], Math.sqrt(s.variance()), 0.00005, "std.err at " + s.time());
            assertEquals(r[i][5], s.lower(), 0.0005, "lower at " + s.time());
            assertEquals(r[i][6], s.upper(), 0.0005, "upper at " + s.time());
        }
        assertEquals(21, km.subjects());
        assertEquals(9, km.events());
        assertEquals(12, km.censored());
        // censorings are rows too: 6 has 3 events and 1 censored; 35 is censored only
        KaplanMeier.Step first = km.steps().get(0);
        assertEquals(1, first.censored());
        KaplanMeier.Step last = km.steps().get(km.steps().size() - 1);
        assertEquals(35.0, last.time());
        assertEquals(1, last.atRisk());
        assertEquals(0.448, last.survival(), 0.0005);
        assertEquals(23.0, km.median());
        assertEquals(13.0, km.medianLower());
        assertTrue(Double.isNaN(km.medianUpper()), "upper curve never reaches 0.5");
        assertEquals(1.0, km.survival(5.9));
        assertEquals(0.7529, km.survival(12), 0.0001);
    }

    @Test
    void sixMpLogIntervalAsRsDefault() {
        KaplanMeier km = KaplanMeier.estimate(MP_TIME, MP_EVENT, 0.95, KaplanMeier.Interval.LOG);
        List<KaplanMeier.Step> events = km.steps().stream().filter(s -> s.events() > 0).toList();
        double[][] r = {{0.720, 1.000}, {0.653, 0.996}, {0.586, 0.968}, {0.510, 0.935}, {0.439, 0.896},
            {0.337, 0.858}, {0.249, 0.807}};
        for (int i = 0; i < r.length; i++) {
            assertEquals(r[i][0], events.get(i).lower(), 0.0005);
            assertEquals(r[i][1], events.get(i).upper(), 0.0005);
        }
        assertEquals(23.0, km.median());
        assertEquals(16.0, km.medianLower());
        assertTrue(Double.isNaN(km.medianUpper()));
    }

    @Test
    void placeboWithoutCensoring() {
        boolean[] all = new boolean[PLACEBO.length];
        java.util.Arrays.fill(all, true);
        KaplanMeier km = KaplanMeier.estimate(PLACEBO, all, 0.95, KaplanMeier.Interval.LOG);
        assertEquals(8.0, km.median());
        assertEquals(4.0, km.medianLower());
        assertEquals(12.0, km.medianUpper());
        // without censoring S is the empirical survival function: 8 of 21 beyond week 8
        assertEquals(8.0 / 21, km.survival(8), 1e-12);
        assertEquals(0.0, km.survival(23));
        KaplanMeier.Step last = km.steps().get(km.steps().size() - 1);
        assertEquals(0.0, last.lower());
        assertEquals(0.0, last.upper());
    }

    @Test
    void medianAtExactlyOneHalfIsTheMidpoint() {
        // S = 0.5 after time 2, next event at 4: R reports the median as 3
        KaplanMeier km = KaplanMeier.estimate(new double[]{1, 2, 4, 5}, new boolean[]{true, true, true, true});
        assertEquals(3.0, km.median());
    }

    @Test
    void noEventsLeaveTheCurveAtOne() {
        KaplanMeier km = KaplanMeier.estimate(new double[]{10, 10, 10}, new boolean[]{false, false, false});
        assertEquals(1, km.steps().size());
        assertEquals(1.0, km.steps().get(0).survival());
        assertTrue(Double.isNaN(km.median()));
        assertThrows(IllegalArgumentException.class, () -> KaplanMeier.estimate(new double[]{1}, new boolean[]{}));
        assertThrows(IllegalArgumentException.class, () -> KaplanMeier.estimate(new double[]{Double.NaN}, new boolean[]{true}));
    }
}
