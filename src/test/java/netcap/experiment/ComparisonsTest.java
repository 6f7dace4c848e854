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
}
