package netcap.validate;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hand-computed single steps of the March mechanisms on tiny cases, and determinism. */
class MarchModelTest {
    /** A model with m dimensions and n individuals whose state the test then overwrites. */
    private static MarchModel model(int m, int n, double p1, double p2, MarchRules rules) {
        return new MarchModel(42, m, n, p1, p2, rules, 1000);
    }

    private static void set(MarchModel mm, double[] reality, double[] code, double[]... beliefs) {
        System.arraycopy(reality, 0, mm.reality, 0, mm.m);
        System.arraycopy(code, 0, mm.agents.explicit, MarchModel.CODE * mm.m, mm.m);
        for (int i = 0; i < beliefs.length; i++) {
            System.arraycopy(beliefs[i], 0, mm.agents.tacit, (i + 1) * mm.m, mm.m);
        }
    }

    private static double[] beliefs(MarchModel mm, int i) {
        return Arrays.copyOfRange(mm.agents.tacit, i * mm.m, (i + 1) * mm.m);
    }

    private static double[] code(MarchModel mm) {
        return Arrays.copyOfRange(mm.agents.explicit, MarchModel.CODE * mm.m, (MarchModel.CODE + 1) * mm.m);
    }

    @Test
    void initialStateIsMarchs() {
        MarchModel mm = new MarchModel(7, 0.1, 0.9, MarchRules.PAPER);
        assertEquals(30, mm.m);
        assertEquals(50, mm.n);
        assertEquals(51, mm.agents.size());
        for (int d = 0; d < mm.m; d++) {
            assertEquals(0.0, mm.code(d));
            assertTrue(mm.reality[d] == 1 || mm.reality[d] == -1);
        }
        int[] counts = new int[3];
        for (int i = 1; i <= mm.n; i++) {
            for (int d = 0; d < mm.m; d++) {
                counts[(int) mm.belief(i, d) + 1]++;
            }
        }
        for (int c : counts) {
            assertTrue(c > 400 && c < 600, Arrays.toString(counts)); // 1500 draws, 1/3 each
        }
    }

    @Test
    void socializationWithP1OneCopiesNonZeroCode() {
        MarchModel mm = model(3, 2, 1.0, 0.5, MarchRules.PAPER);
        set(mm, new double[] {1, 1, 1}, new double[] {1, 0, -1}, new double[] {-1, 1, 0}, new double[] {0, -1, -1});
        new MarchInternalization().apply(mm);
        assertArrayEquals(new double[] {1, 1, -1}, beliefs(mm, 1));
        assertArrayEquals(new double[] {1, -1, -1}, beliefs(mm, 2));
        assertArrayEquals(new double[] {1, 0, -1}, code(mm), "the code is not changed by socialization");
    }

    @Test
    void socializationWithP1ZeroChangesNothing() {
        MarchModel mm = model(3, 2, 0.0, 0.5, MarchRules.PAPER);
        set(mm, new double[] {1, 1, 1}, new double[] {1, 0, -1}, new double[] {-1, 1, 0}, new double[] {0, -1, -1});
        for (int t = 0; t < 100; t++) {
            new MarchInternalization().apply(mm);
        }
        assertArrayEquals(new double[] {-1, 1, 0}, beliefs(mm, 1));
        assertArrayEquals(new double[] {0, -1, -1}, beliefs(mm, 2));
    }

    @Test
    void gradualSocializationMovesOneStep() {
        MarchModel mm = model(3, 2, 1.0, 0.5, MarchRules.CHRISTENSEN);
        set(mm, new double[] {1, 1, 1}, new double[] {1, 0, -1}, new double[] {-1, 1, 0}, new double[] {0, -1, -1});
        new MarchInternalization().apply(mm);
        assertArrayEquals(new double[] {0, 1, -1}, beliefs(mm, 1), "-1 against a code of +1 moves to 0; 0 adopts -1");
        assertArrayEquals(new double[] {1, -1, -1}, beliefs(mm, 2));
    }

    @Test
    void codeAdoptsTheBeliefsOfItsOnlySuperiorWithP2One() {
        MarchModel mm = model(3, 2, 0.5, 1.0, MarchRules.PAPER);
        // code knowledge 0; individual 1 knows 2 of 3 (superior), individual 2 knows 0 (not)
        set(mm, new double[] {1, 1, 1}, new double[] {0, 0, 0}, new double[] {1, 1, -1}, new double[] {-1, -1, -1});
        new MarchExternalization().apply(mm);
        assertEquals(1, mm.superiorSize);
        assertArrayEquals(new int[] {1, 1, 0}, mm.plus);
        assertArrayEquals(new int[] {0, 0, 1}, mm.minus);
        new MarchCombination().apply(mm);
        assertArrayEquals(new double[] {1, 1, -1}, code(mm), "the code adopts even the superior individual's error");
        assertArrayEquals(new double[] {-1, -1, -1}, beliefs(mm, 2), "individuals are not changed by code learning");
    }

    @Test
    void codeLearnsNothingWithP2ZeroOrWithoutSuperiors() {
        MarchModel mm = model(3, 2, 0.5, 0.0, MarchRules.PAPER);
        set(mm, new double[] {1, 1, 1}, new double[] {0, 0, 0}, new double[] {1, 1, -1}, new double[] {-1, -1, -1});
        new MarchExternalization().apply(mm);
        new MarchCombination().apply(mm);
        assertArrayEquals(new double[] {0, 0, 0}, code(mm));

        MarchModel nobody = model(3, 2, 0.5, 1.0, MarchRules.PAPER);
        // code knows 2; individual 1 knows 2 (not more), individual 2 knows 0
        set(nobody, new double[] {1, 1, 1}, new double[] {1, 1, 0}, new double[] {1, 0, 1}, new double[] {-1, -1, -1});
        new MarchExternalization().apply(nobody);
        assertEquals(0, nobody.superiorSize);
        new MarchCombination().apply(nobody);
        assertArrayEquals(new double[] {1, 1, 0}, code(nobody));
    }

    /** Four superiors: dimension 0 has three +1 and one -1 (k = 2), dimension 1 is a 2-2 tie. */
    private static MarchModel fourSuperiors(double p2, MarchRules rules, double[] code) {
        MarchModel mm = model(2, 4, 0.5, p2, rules);
        set(mm, new double[] {1, 1}, code,
                new double[] {1, 1}, new double[] {1, -1}, new double[] {1, -1}, new double[] {-1, 1});
        return mm;
    }

    @Test
    void kIsTheMajorityMargin() {
        MarchModel mm = fourSuperiors(0.5, MarchRules.PAPER, new double[] {0, 0});
        new MarchExternalization().apply(mm);
        assertEquals(4, mm.superiorSize);
        assertEquals(1, mm.dominant(0));
        assertEquals(2, mm.k(0));
        assertEquals(0, mm.dominant(1), "a tie has no dominant belief");

        // footnote 1 word for word: against a code of 0 all four non-zero beliefs differ, none agree
        MarchModel lit = fourSuperiors(0.5, MarchRules.LITERAL_K, new double[] {0, 0});
        new MarchExternalization().apply(lit);
        assertEquals(4, lit.k(0));
        // against a code of -1: three differ (+1), one agrees (-1): k = 3 - 1 = 2
        MarchModel lit2 = fourSuperiors(0.5, MarchRules.LITERAL_K, new double[] {-1, 0});
        set(lit2, new double[] {1, 1}, new double[] {-1, 0},
                new double[] {1, 1}, new double[] {1, 1}, new double[] {1, 1}, new double[] {-1, 1});
        new MarchExternalization().apply(lit2); // code knows 0 of 2, everybody knows at least 1
        assertEquals(4, lit2.superiorSize);
        assertEquals(2, lit2.k(0));
    }

    @Test
    void codeChangesWithProbabilityOneMinusOneMinusP2ToTheK() {
        // k = 2, p2 = 0.5: P(change) = 1 - 0.5^2 = 0.75; the tied dimension never changes
        MarchModel mm = fourSuperiors(0.5, MarchRules.PAPER, new double[] {0, 0});
        int trials = 20_000;
        int changed = 0;
        for (int t = 0; t < trials; t++) {
            mm.agents.explicit[0] = 0;
            new MarchExternalization().apply(mm);
            new MarchCombination().apply(mm);
            if (mm.code(0) == 1) {
                changed++;
            }
            assertEquals(0.0, mm.code(1));
        }
        double f = changed / (double) trials;
        assertEquals(0.75, f, 0.015, "observed " + f); // 5 standard errors

        MarchModel lit = fourSuperiors(0.5, MarchRules.LITERAL_K, new double[] {0, 0});
        changed = 0;
        for (int t = 0; t < trials; t++) {
            lit.agents.explicit[0] = 0;
            new MarchExternalization().apply(lit);
            new MarchCombination().apply(lit);
            changed += lit.code(0) == 1 ? 1 : 0;
        }
        assertEquals(1 - Math.pow(0.5, 4), changed / (double) trials, 0.01);
    }

    @Test
    void codeAgainstTheMajorityFlipsOrWithGradualRulesMovesToZero() {
        MarchModel mm = fourSuperiors(1.0, MarchRules.PAPER, new double[] {-1, 0});
        new MarchExternalization().apply(mm);
        new MarchCombination().apply(mm);
        assertArrayEquals(new double[] {1, 0}, code(mm));

        MarchModel g = fourSuperiors(1.0, MarchRules.BASIC, new double[] {-1, 0});
        new MarchExternalization().apply(g);
        new MarchCombination().apply(g);
        assertArrayEquals(new double[] {0, 0}, code(g));
    }

    @Test
    void runsStopAtAnAbsorbingEquilibrium() {
        for (MarchRules rules : MarchRules.PRESETS) {
            MarchModel mm = new MarchModel(3, 0.3, 0.5, rules);
            int periods = mm.runToEquilibrium();
            assertTrue(periods > 0 && periods < mm.maxPeriods, rules.name() + ": " + periods);
            assertTrue(mm.atEquilibrium());
            for (int i = 1; i <= mm.n; i++) {
                for (int d = 0; d < mm.m; d++) {
                    if (mm.code(d) != 0) {
                        assertEquals(mm.code(d), mm.belief(i, d), rules.name());
                    }
                }
            }
            // nothing can change any more
            double[] before = mm.agents.explicit.clone();
            double[] tacit = mm.agents.tacit.clone();
            mm.start();
            for (int t = 0; t < 50; t++) {
                mm.schedule.step(mm);
            }
            assertArrayEquals(before, mm.agents.explicit, rules.name());
            assertArrayEquals(tacit, mm.agents.tacit, rules.name());
        }
    }

    @Test
    void sameSeedSameRunAndOtherSeedOtherRun() {
        MarchModel a = new MarchModel(11, 0.1, 0.9, MarchRules.CHRISTENSEN);
        MarchModel b = new MarchModel(11, 0.1, 0.9, MarchRules.CHRISTENSEN);
        MarchModel c = new MarchModel(12, 0.1, 0.9, MarchRules.CHRISTENSEN);
        assertEquals(a.runToEquilibrium(), b.runToEquilibrium());
        c.runToEquilibrium();
        assertArrayEquals(a.agents.explicit, b.agents.explicit);
        assertArrayEquals(a.agents.tacit, b.agents.tacit);
        assertArrayEquals(a.reality, b.reality);
        assertFalse(Arrays.equals(a.reality, c.reality) && Arrays.equals(a.agents.tacit, c.agents.tacit));
    }

    @Test
    void sweepDoesNotDependOnThreadsOrGrid() {
        double[] p1 = {0.1, 0.9};
        MarchExperiment.Cell[][] one = MarchExperiment.sweep(p1, new double[] {0.5, 0.9}, 6, MarchRules.PAPER, 5, 1);
        MarchExperiment.Cell[][] two = MarchExperiment.sweep(p1, new double[] {0.5, 0.9}, 6, MarchRules.PAPER, 5, 2);
        MarchExperiment.Cell[][] sub = MarchExperiment.sweep(new double[] {0.9}, new double[] {0.9}, 6, MarchRules.PAPER, 5, 2);
        for (int b = 0; b < 2; b++) {
            for (int a = 0; a < 2; a++) {
                assertArrayEquals(one[b][a].knowledge(), two[b][a].knowledge());
                assertArrayEquals(one[b][a].periods(), two[b][a].periods());
            }
        }
        assertArrayEquals(one[1][1].knowledge(), sub[0][0].knowledge(), "a cell's runs do not depend on the grid");
    }
}
