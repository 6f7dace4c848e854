package netcap.experiment;

import netcap.stats.Holm;
import netcap.stats.Proportions;
import netcap.stats.TwoSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComparisonsTest {
    @TempDir
    Path tmp;

    private static final String SPEC = """
            name: compared
            seed: 5
            steps: 12
            replications: 4
            network: {generator: wattsStrogatz, n: 80, k: 4, p: 0.1}
            sweep:
              trustGain: [0.02, 0.1, 0.3]
            comparisons:
              statistics: [totalKnowledge, membersMean]
              reference: {trustGain: 0.02}
            """;

    /** totalKnowledgeFinal of each run of the 3-point, 4-replicate spec, {@code [point][replicate]}, from summary.csv. */
    private static double[][] finalKnowledge(Path out) throws IOException {
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        int col = List.of(summary.get(0).split(",")).indexOf("totalKnowledgeFinal");
        double[][] v = new double[3][4];
        for (String s : summary.subList(1, summary.size())) {
            String[] c = s.split(",", -1);
            v[Integer.parseInt(c[1])][Integer.parseInt(c[2])] = Double.parseDouble(c[col]);
        }
        return v;
    }

    @Test
    void specComparisonsArePairedUnderCommonRandomNumbers() throws IOException {
        Path spec = tmp.resolve("c.yaml");
        Files.writeString(spec, SPEC);
        Path out = tmp.resolve("crn");
        Experiment.load(spec).threads(1).charts(false).out(out).run();
        String[] row = Files.readAllLines(out.resolve("comparisons.csv")).get(1).split(",", -1);
        assertEquals("true", row[6], "common random numbers (the default): replicate r of every point has the same seed");
        double[][] v = finalKnowledge(out);
        TwoSample.TTest t = TwoSample.paired(v[1], v[0], 0.95);
        assertEquals(Csv.num(t.p()), row[14], "the paired t-test");
        assertEquals(Csv.num(TwoSample.wilcoxon(v[1], v[0])), row[15], "the Wilcoxon signed-rank test");
    }

    @Test
    void specComparisonsAreWrittenAfterTheAggregate() throws IOException {
        Path spec = tmp.resolve("c.yaml");
        Files.writeString(spec, SPEC);
        Path out = tmp.resolve("out");
        Experiment.load(spec).set("commonRandomNumbers", false).threads(1).charts(false).out(out).run();
        List<String> lines = Files.readAllLines(out.resolve("comparisons.csv"));
        assertEquals(String.join(",", ComparisonTable.HEADER), lines.get(0));
        assertEquals(1 + 2 * 2, lines.size(), "2 points against the reference x 2 statistics");
        String[] row = lines.get(1).split(",", -1);
        assertEquals("trustGain=0.1 vs trustGain=0.02", row[0]);
        assertEquals("totalKnowledgeFinal", row[3]);
        assertEquals("4", row[4]);
        assertEquals("false", row[6], "each point has its own seeds: not paired");
        // the Welch test of the summary values of points 1 and 0
        double[][] v = finalKnowledge(out);
        TwoSample.TTest t = TwoSample.welch(v[1], v[0], 0.95);
        assertEquals(Csv.num(t.p()), row[14]);
        assertEquals(Csv.num(t.diff()), row[9]);
        assertEquals(Csv.num(TwoSample.mannWhitney(v[1], v[0])), row[15]);
        List<String> agg = Files.readAllLines(out.resolve("aggregate.csv"));
        assertEquals("point,trustGain,statistic,n,mean,sd,ciLow,ciHigh,median,q25,q75,min,max,medianLow,medianHigh,bimodality", agg.get(0));
    }

    @Test
    void regimeSharesAreComparedToo() throws IOException {
        Path spec = tmp.resolve("r.yaml");
        Files.writeString(spec, SPEC + """
                regimes:
                  grown: "totalKnowledgeFinal > 1.2 * totalKnowledgeMean"
                """);
        Path out = tmp.resolve("regimes");
        Experiment.load(spec).threads(1).charts(false).out(out).run();
        List<String> lines = Files.readAllLines(out.resolve("comparisons.csv"));
        assertEquals(1 + 2 * 3, lines.size(), "2 points against the reference x (2 statistics + 1 regime)");
        java.util.Map<String, String> share = new java.util.HashMap<>();
        for (String l : Files.readAllLines(out.resolve("regimes.csv")).subList(1, 4)) {
            String[] c = l.split(",", -1);
            share.put(c[1], c[5]);
        }
        String[] row = lines.get(3).split(",", -1);
        assertEquals("regime:grown", row[3]);
        assertEquals(share.get("0.1"), row[7], "meanA is the share of point A in the regime, as regimes.csv says");
        assertEquals(share.get("0.02"), row[8]);
        assertEquals(Csv.num(Double.parseDouble(row[7]) - Double.parseDouble(row[8])), row[9]);
    }

    @Test
    void pairedOnlyWhenTheSeedsMatchReplicateByReplicate() {
        double[] a = {5.1, 6.0, Double.NaN, 7.2, 6.6};
        double[] b = {4.0, 5.5, 3.0, 6.1, 6.2};
        long[] seeds = {11, 12, 13, 14, 15};
        ComparisonTable table = new ComparisonTable();
        ComparisonTable.Row paired = table.add("x", "A", "B", "s", a, seeds, b, seeds.clone(), 1L);
        assertTrue(paired.paired());
        assertEquals(4, paired.nA(), "the pair with a missing value is dropped");
        assertEquals(4, paired.nB());
        double[] pa = {5.1, 6.0, 7.2, 6.6};
        double[] pb = {4.0, 5.5, 6.1, 6.2};
        assertEquals(TwoSample.paired(pa, pb, 0.95).p(), paired.numbers()[7], 0.0);
        assertEquals(TwoSample.wilcoxon(pa, pb), paired.numbers()[8], 0.0);

        ComparisonTable.Row unpaired = table.add("y", "A", "B", "s", a, seeds, b, new long[] {11, 12, 13, 14, 99}, 1L);
        assertFalse(unpaired.paired());
        assertEquals(4, unpaired.nA());
        assertEquals(5, unpaired.nB());
        assertEquals(TwoSample.welch(pa, b, 0.95).p(), unpaired.numbers()[7], 0.0);
        assertEquals(TwoSample.mannWhitney(pa, b), unpaired.numbers()[8], 0.0);

        ComparisonTable.Row shares = table.addProportions("z", "A", "B", "regime:boom", 7, 10, 2, 10);
        assertEquals(Proportions.fisherExact(7, 10, 2, 10), shares.numbers()[7], 0.0);
        assertEquals(0.5, shares.numbers()[2], 1e-15);

        List<String> lines = table.lines();
        assertEquals(4, lines.size());
        double[] holm = Holm.adjust(new double[] {paired.numbers()[7], unpaired.numbers()[7], shares.numbers()[7]});
        List<String> pHolm = new ArrayList<>();
        for (String l : lines.subList(1, 4)) {
            String[] c = l.strip().split(",", -1);
            pHolm.add(c[c.length - 1]);
        }
        assertEquals(List.of(Csv.num(holm[0]), Csv.num(holm[1]), Csv.num(holm[2])), pHolm);
    }

    @Test
    void pointsAreNamedByScenarioOrBySettings() {
        String spec = """
                name: named
                steps: 3
                replications: 2
                network: {generator: wattsStrogatz, n: 30, k: 4, p: 0.1}
                sweep:
                  trustGain: [0.02, 0.1]
                scenarios:
                  strong: {attentionBudget: 10}
                  weak: {attentionBudget: 2}
                comparisons:
                  statistics: [members, totalKnowledgeMean]
                  pairs: [[{scenario: strong, trustGain: 0.1}, {scenario: weak, trustGain: 0.1}]]
                """;
        netcap.spec.Comparisons c = netcap.spec.Spec.parse("named.yaml", spec, tmp, List.of()).comparisons;
        assertEquals(List.of("membersFinal", "totalKnowledgeMean"), c.statistics());
        assertEquals(1, c.pairs().size());
        assertEquals(1, c.pairs().get(0).a(), "strong x trustGain 0.1 is the second point");
        assertEquals(3, c.pairs().get(0).b());
        assertEquals("scenario=strong trustGain=0.1", c.pairs().get(0).labelA());
        String ambiguous = spec.replace("[[{scenario: strong, trustGain: 0.1}, {scenario: weak, trustGain: 0.1}]]", "[[strong, weak]]");
        netcap.spec.SpecException e = org.junit.jupiter.api.Assertions.assertThrows(netcap.spec.SpecException.class,
                () -> netcap.spec.Spec.parse("named.yaml", ambiguous, tmp, List.of()));
        assertTrue(e.getMessage().contains("comparisons.pairs[0][0]: strong matches 2 points; add varied keys to name one"), e.getMessage());
        assertTrue(netcap.spec.Spec.parse("named.yaml", spec.substring(0, spec.indexOf("comparisons:")), tmp, List.of()).comparisons == null);
    }

    private static final String SPEC_2X2 = """
            name: interacting
            seed: 9
            steps: 10
            replications: 4
            network: {generator: wattsStrogatz, n: 60, k: 4, p: 0.1}
            sweep:
              trustGain: [0.02, 0.3]
              attentionBudget: [2, 10]
            comparisons:
              statistics: [totalKnowledge]
              pairs: [[{trustGain: 0.3, attentionBudget: 10}, {trustGain: 0.02, attentionBudget: 10}]]
              interactions:
                - [{trustGain: 0.3, attentionBudget: 10}, {trustGain: 0.02, attentionBudget: 10},
                   {trustGain: 0.3, attentionBudget: 2}, {trustGain: 0.02, attentionBudget: 2}]
            """;

    /** totalKnowledgeFinal of each run of the 2x2 spec by "trustGain/attentionBudget", in replicate order. */
    private static java.util.Map<String, double[]> finalKnowledgeByCell(Path out) throws IOException {
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        List<String> head = List.of(summary.get(0).split(","));
        java.util.Map<String, double[]> v = new java.util.HashMap<>();
        for (String s : summary.subList(1, summary.size())) {
            String[] c = s.split(",", -1);
            String cell = c[head.indexOf("trustGain")] + "/" + c[head.indexOf("attentionBudget")];
            v.computeIfAbsent(cell, k -> new double[4])[Integer.parseInt(c[2])] = Double.parseDouble(c[head.indexOf("totalKnowledgeFinal")]);
        }
        return v;
    }

    @Test
    void interactionContrastsOfA2x2DesignArePairedUnderCommonRandomNumbers() throws IOException {
        Path spec = tmp.resolve("i.yaml");
        Files.writeString(spec, SPEC_2X2);
        for (boolean crn : new boolean[] {true, false}) {
            Path out = tmp.resolve("inter-" + crn);
            Experiment.load(spec).set("commonRandomNumbers", crn).threads(1).charts(false).out(out).run();
            List<String> lines = Files.readAllLines(out.resolve("comparisons.csv"));
            assertEquals(String.join(",", ComparisonTable.HEADER), lines.get(0));
            assertEquals(3, lines.size(), "one pair and one interaction, one statistic");
            String[] pair = lines.get(1).split(",", -1);
            String[] row = lines.get(2).split(",", -1);
            String a = "trustGain=0.3 attentionBudget=10";
            String b = "trustGain=0.02 attentionBudget=10";
            String c = "trustGain=0.3 attentionBudget=2";
            String d = "trustGain=0.02 attentionBudget=2";
            assertEquals("(" + a + " - " + b + ") - (" + c + " - " + d + ")", row[0]);
            assertEquals(a + " - " + b, row[1]);
            assertEquals(c + " - " + d, row[2]);
            assertEquals("totalKnowledgeFinal", row[3]);
            assertEquals(Boolean.toString(crn), row[6]);
            java.util.Map<String, double[]> v = finalKnowledgeByCell(out);
            double[] va = v.get("0.3/10");
            double[] vb = v.get("0.02/10");
            double[] vc = v.get("0.3/2");
            double[] vd = v.get("0.02/2");
            netcap.stats.TwoSample.TTest t = crn ? netcap.stats.Interaction.paired(va, vb, vc, vd, 0.95)
                    : netcap.stats.Interaction.independent(va, vb, vc, vd, 0.95);
            assertEquals(Csv.num(t.diff()), row[9], "the contrast");
            assertEquals(Csv.num(t.low()), row[10]);
            assertEquals(Csv.num(t.p()), row[14]);
            assertEquals(Double.parseDouble(pair[9]), Double.parseDouble(row[7]), 1e-9, "meanA of the interaction is the difference A - B of the pair");
            assertEquals(crn ? "4" : "8", row[4], crn ? "4 replicate contrasts" : "the runs of A and B");
            if (crn) {
                double[] dr = netcap.stats.Interaction.contrasts(va, vb, vc, vd);
                assertEquals(Csv.num(TwoSample.wilcoxon(dr, new double[4])), row[15]);
            } else {
                assertEquals("", row[15], "no rank test of four independent samples");
            }
            assertEquals("", row[19], "no Cliff's delta for a contrast");
            double[] holm = Holm.adjust(new double[] {Double.parseDouble(pair[14]), Double.parseDouble(row[14])});
            assertEquals(Csv.num(holm[1]), row[22], "Holm over the pair and the interaction together");
        }
    }

    @Test
    void interactionDropsAReplicateMissingAnyOfItsFourValues() {
        long[] seeds = {1, 2, 3, 4};
        double[][] v = {{5.0, 6.0, 7.5, 6.5}, {4.0, Double.NaN, 5.0, 4.5}, {3.0, 3.5, 4.0, 3.0}, {2.5, 3.0, 3.0, 2.0}};
        ComparisonTable table = new ComparisonTable();
        ComparisonTable.Row r = table.addInteraction("(A - B) - (C - D)", "A - B", "C - D", "s", v,
                new long[][] {seeds, seeds.clone(), seeds.clone(), seeds.clone()});
        assertTrue(r.paired());
        assertEquals(3, r.nA());
        // by hand: replicates 0, 2, 3: contrasts (1 - 0.5, 2.5 - 1, 2 - 1) = (0.5, 1.5, 1); mean 1; A - B = (1 + 2.5 + 2)/3
        assertEquals(1.0, r.numbers()[2], 1e-12);
        assertEquals(5.5 / 3, r.numbers()[0], 1e-12);
        assertEquals(2.5 / 3, r.numbers()[1], 1e-12);
        // sd of (0.5, 1.5, 1) is 0.5: t = 1 / (0.5 / sqrt 3), d_z = 2
        assertEquals(2 * Math.sqrt(3), r.numbers()[5], 1e-12);
        assertEquals(2.0, r.numbers()[9], 1e-12);

        ComparisonTable.Row u = table.addInteraction("x", "A - B", "C - D", "s", v,
                new long[][] {seeds, seeds, seeds, {1, 2, 3, 5}});
        assertFalse(u.paired());
        assertEquals(7, u.nA(), "4 runs of A and the 3 of B with a value");
        assertEquals(8, u.nB());
        assertEquals(6.25 - 4.5, u.numbers()[0], 1e-12);
        assertTrue(Double.isNaN(u.numbers()[8]));
    }

    @Test
    void interactionsAloneAreEnough() {
        String spec = SPEC_2X2.replace("  pairs: [[{trustGain: 0.3, attentionBudget: 10}, {trustGain: 0.02, attentionBudget: 10}]]\n", "");
        netcap.spec.Comparisons c = netcap.spec.Spec.parse("i.yaml", spec, tmp, List.of()).comparisons;
        assertTrue(c.pairs().isEmpty());
        assertEquals(1, c.interactions().size());
        assertEquals(4, new java.util.HashSet<>(c.interactions().get(0).points()).size());
        assertEquals("trustGain=0.3 attentionBudget=10 - trustGain=0.02 attentionBudget=10", c.interactions().get(0).first());
    }
}
