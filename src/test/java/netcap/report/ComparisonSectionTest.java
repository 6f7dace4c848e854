package netcap.report;

import netcap.chart.RunData;
import netcap.chart.RunFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComparisonSectionTest {
    @TempDir
    Path tmp;

    static final String SCENARIOS = """
            name: report-compare
            seed: 21
            steps: 8
            replications: 4
            network: {generator: wattsStrogatz, n: 60, k: 6, p: 0.1}
            scenarios:
              strong: {initialLevelMin: 3, initialLevelMax: 4, initialTieTrust: 0.7}
              weak: {initialLevelMin: 0, initialLevelMax: 1, initialTieTrust: 0.3}
            comparisons:
              statistics: [totalKnowledgeFinal, meanTieTrustMean]
              pairs: [[strong, weak]]
            regimes:
              trusting: "meanTieTrustMean > 0.5"
            charts:
              - {type: growth}
            """;

    @Test
    void aRunWithComparisonsHasTheSectionItsTableAndAChartPerStatistic() throws Exception {
        Path run = RunFixtures.run(tmp, "cmp", SCENARIOS);
        String html = Files.readString(run.resolve("report.html"));
        assertTrue(html.contains("<section id=\"comparisons\"><h2>Comparisons</h2>"));
        assertTrue(html.contains("href=\"#comparisons\""));
        assertTrue(html.contains("<h3 id=\"comparison-0\">strong vs weak</h3>"));
        assertTrue(html.contains("A = strong (point 0); B = weak (point 1)."));
        assertTrue(html.contains("paired t, Wilcoxon (paired by seed)"), "common random numbers pair the runs");
        assertTrue(html.contains("Holm p") && html.contains("Cohen's d") && html.contains("Cliff's delta"));
        assertTrue(html.contains("title=\"totalKnowledgeFinal\">total knowledge, final</th><td>4 / 4</td>"), html);
        for (String stat : List.of("totalKnowledgeFinal", "meanTieTrustMean")) {
            assertTrue(Files.size(run.resolve("charts/compare-" + stat + ".png")) > 1000, stat);
            assertTrue(Files.exists(run.resolve("charts/compare-" + stat + ".svg")), stat);
            assertTrue(html.contains("<code>charts/compare-" + stat + ".png</code>"), stat);
        }
        // the charts are drawn though the spec's charts list names only growth, and sit in the section
        int section = html.indexOf("id=\"comparisons\"");
        int end = html.indexOf("</section>", section);
        assertEquals(2L, ReportsTest.count(html.substring(section, end), "src=\"data:image/png;base64,"));
        assertTrue(html.indexOf("chart-compare-totalKnowledgeFinal") > section);
        // the difference in the table is the one in comparisons.csv
        String row = Files.readAllLines(run.resolve("comparisons.csv")).get(1);
        double diff = Double.parseDouble(row.split(",")[9]);
        assertTrue(html.contains("<td>" + netcap.chart.Format.sig4(diff) + "<br>"), "difference " + diff);
    }

    @Test
    void pairedRunsAreJoinedByLinesOnlyWhenPaired() throws Exception {
        Path run = RunFixtures.run(tmp, "cmp", SCENARIOS);
        RunData d = RunData.read(run);
        java.util.Map<Integer, String> points = new java.util.LinkedHashMap<>();
        points.put(0, "A: strong");
        points.put(1, "B: weak");
        netcap.chart.ChartMaker maker = new netcap.chart.ChartMaker(d);
        var paired = maker.comparison("f", "t", "totalKnowledgeFinal", null, points, true);
        var plot = (org.jfree.chart.plot.CategoryPlot) paired.chart().getPlot();
        assertEquals(4, plot.getDataset(1).getRowCount(), "a line per replicate");
        assertEquals(2, plot.getDataset(1).getColumnCount());
        assertEquals(2, plot.getDataset(2).getColumnCount(), "the dots of both points");
        assertTrue(subtitles(paired.chart()).contains("runs; grey lines join runs with the same seed"), subtitles(paired.chart()));
        var unpaired = maker.comparison("f", "t", "totalKnowledgeFinal", null, points, false);
        assertNull(((org.jfree.chart.plot.CategoryPlot) unpaired.chart().getPlot()).getDataset(1));
        assertFalse(subtitles(unpaired.chart()).contains("grey lines"));
        assertNull(maker.comparison("g", "t", "membersFinal", null, java.util.Map.of(5, "none"), true), "no such point");
        assertTrue(maker.notes().stream().anyMatch(n -> n.startsWith("g: summary.csv has no membersFinal")));
    }

    @Test
    void regimeShareRowsAreShownAsShares() throws Exception {
        Path run = RunFixtures.run(tmp, "cmp", SCENARIOS);
        Files.writeString(run.resolve("comparisons.csv"),
                "strong vs weak,strong,weak,regime:trusting,4,4,false,1,0,1,0.35,1,,,0.02857,,,,,,,,0.05714\n",
                java.nio.file.StandardOpenOption.APPEND);
        String html = Files.readString(Reports.write(run).report());
        assertTrue(html.contains("share of runs in regime trusting</th><td>4 / 4</td><td>1</td><td>0</td>"
                + "<td>1<br><span class=\"ci\">[0.35, 1]</span></td><td class=\"l\">Fisher exact</td><td>0.02857</td><td>0.05714</td>"
                + "<td>–</td><td>–</td><td>–</td></tr>"), html);
        assertFalse(Files.exists(run.resolve("charts/compare-regime_trusting.png")), "a share has no distribution chart");
    }

    @Test
    void aRunWithoutComparisonsHasNoSectionAndNoComparisonCharts() throws Exception {
        Path run = RunFixtures.run(tmp, "single", RunFixtures.SINGLE);
        String html = Files.readString(run.resolve("report.html"));
        assertFalse(html.contains("id=\"comparisons\""));
        assertFalse(html.contains("#comparisons"));
        try (var files = Files.list(run.resolve("charts"))) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith("compare-")));
        }
    }

    @Test
    void labelsNameTheirPointByScenarioOrByKeyValues() throws IOException {
        Path run = RunFixtures.run(tmp, "sweep", RunFixtures.SWEEP);
        RunData d = RunData.read(run);
        assertEquals(3, ComparisonSection.pointOf(d, "initialFreeRiderShare=0.5 attentionBudget=16"));
        assertEquals(0, ComparisonSection.pointOf(d, "attentionBudget=4.0 initialFreeRiderShare=0.1"));
        assertNull(ComparisonSection.pointOf(d, "initialFreeRiderShare=0.5"), "two points match");
        assertNull(ComparisonSection.pointOf(d, "strong"), "no scenarios");
        assertEquals(1, ComparisonSection.pointOf(d, "initialFreeRiderShare=0.1 attentionBudget=16 trustGain=0.2"),
                "a key that is not a column (a value a scenario sets) is not compared");
        assertNull(ComparisonSection.pointOf(d, "trustGain=0.2"), "nothing compared");
        ComparisonSection.Row r = new ComparisonSection.Row("x", "initialFreeRiderShare=0.5", "weak ties", "membersFinal", 1, 1, false,
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertEquals("compare-membersFinal", ComparisonSection.file(r, false));
        assertEquals("compare-membersFinal-initialFreeRiderShare_0_5-vs-weak_ties", ComparisonSection.file(r, true));
    }

    private static String subtitles(org.jfree.chart.JFreeChart c) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < c.getSubtitleCount(); i++) {
            if (c.getSubtitle(i) instanceof org.jfree.chart.title.TextTitle t) {
                b.append(t.getText()).append('\n');
            }
        }
        return b.toString();
    }
}
