package netcap.chart;

import netcap.spec.SpecException;
import netcap.spec.SpecNode;
import netcap.spec.SpecReader;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.statistics.BoxAndWhiskerCategoryDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartsTest {
    @TempDir
    static Path tmp;
    static RunData sweep;
    static RunData sobol;
    static RunData morris;

    @BeforeAll
    static void record() throws Exception {
        sweep = RunData.read(RunFixtures.run(tmp, "sweep", RunFixtures.SWEEP));
        sobol = RunData.read(RunFixtures.run(tmp, "sobol", RunFixtures.SOBOL));
        // a Morris run folder: the Sobol folder with a hand-written Morris sensitivity.csv
        Path m = tmp.resolve("morris");
        Files.createDirectories(m);
        for (String f : List.of("timeseries.csv", "aggregate.csv", "manifest.json", "spec.yaml")) {
            Files.copy(tmp.resolve("sobol").resolve(f), m.resolve(f));
        }
        Files.writeString(m.resolve("sensitivity.csv"), """
                method,output,factor,S1,S1Low,S1High,ST,STLow,STHigh,muStar,mu,sigma
                morris,totalKnowledgeFinal,trustGain,,,,,,,112.7,112.7,82.5
                morris,totalKnowledgeFinal,forgetting,,,,,,,1351.6,-1351.6,246.4
                morris,membersFinal,trustGain,,,,,,,0,0,0
                morris,membersFinal,forgetting,,,,,,,0,0,0
                """);
        morris = RunData.read(m);
    }

    /** Draws the charts of one {@code charts:} entry (YAML) and checks PNG, SVG and the expected texts. */
    static List<ChartMaker.Made> draw(RunData d, String entryYaml, int expectedCharts, String... texts) throws Exception {
        SpecNode root = SpecReader.parse("spec.yaml", "charts:\n  - " + entryYaml + "\n");
        List<ChartSpec> specs = ChartSpec.parse(root.entries().get("charts"), ChartSpec.Context.of(d));
        List<ChartMaker.Made> made = new ChartMaker(d).makeAll(specs).charts();
        assertEquals(expectedCharts, made.size(), entryYaml);
        for (ChartMaker.Made m : made) {
            checkPng(ChartFiles.png(m.chart(), ChartFiles.WIDTH, ChartFiles.HEIGHT, 1.0), 1200, 750);
            String svg = ChartFiles.svg(m.chart(), ChartFiles.WIDTH, ChartFiles.HEIGHT);
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            // never fetch the SVG DTD from the network
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
            assertEquals("svg", doc.getDocumentElement().getLocalName() == null ? doc.getDocumentElement().getTagName()
                    : doc.getDocumentElement().getLocalName());
            assertEquals("0 0 1200 750", doc.getDocumentElement().getAttribute("viewBox"), m.file());
            assertEquals(svg, ChartFiles.svg(m.chart(), ChartFiles.WIDTH, ChartFiles.HEIGHT), m.file() + ": same chart, same SVG");
            String text = doc.getDocumentElement().getTextContent();
            for (String t : texts) {
                assertTrue(text.contains(t), m.file() + ": SVG lacks '" + t + "'");
            }
        }
        return made;
    }

    /** The PNG has the size asked for and is not blank: many colours and a fair share of non-white pixels. */
    static void checkPng(byte[] png, int w, int h) throws Exception {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(img);
        assertEquals(w, img.getWidth());
        assertEquals(h, img.getHeight());
        Set<Integer> colours = new HashSet<>();
        long nonWhite = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) {
                    nonWhite++;
                }
            }
        }
        assertTrue(colours.size() > 30, "only " + colours.size() + " colours");
        assertTrue(nonWhite > 0.03 * w * h, "nearly blank: " + nonWhite + " non-white pixels");
    }

    @Test
    void growthPerPointWithBandsAndAbsentColumnsSkipped() throws Exception {
        List<ChartMaker.Made> made = draw(sweep, "{type: growth}", 4, "members", "active members", "left per step");
        assertEquals("growth-p0", made.get(0).file());
        // a run that recorded only some metrics: the growth chart draws those and notes the rest
        RunData few = RunData.read(RunFixtures.run(tmp, "few", RunFixtures.SINGLE + "metrics: [members, active, totalKnowledge]\n"));
        ChartMaker.Result r = new ChartMaker(few).makeAll(List.of(ChartSpec.defaults(few).get(0)));
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("'joined'")), r.notes().toString());
        assertEquals(1, r.charts().size());
        draw(sweep, "{type: growth, point: 2, metrics: [members, joined], title: My growth}", 1, "My growth", "members");
    }

    @Test
    void timeseriesByKey() throws Exception {
        draw(sweep, "{type: timeseries, metrics: [totalKnowledge], by: initialFreeRiderShare}", 1,
                "initialFreeRiderShare = 0.1", "initialFreeRiderShare = 0.5", "total knowledge (ku)");
    }

    @Test
    void freeRidersOnTwoAxes() throws Exception {
        draw(sweep, "{type: freeRiders, point: 0}", 1, "free riders (left axis)", "total knowledge (right axis)", "share of members");
    }

    @Test
    void freeRiderEffectWithErrorBars() throws Exception {
        draw(sweep, "{type: freeRiderEffect, by: attentionBudget}", 1, "attentionBudget = 4", "attentionBudget = 16", "free riders, final");
        draw(sweep, "{type: freeRiderEffect, y: membersFinal}", 1, "members, final");
    }

    @Test
    void distributionShowsEveryRunPerGroup() throws Exception {
        // 4 points x 3 replications: grouped by a swept key, each box holds the 6 runs with that value
        draw(sweep, "{type: distribution, y: totalKnowledgeFinal, by: attentionBudget}", 1,
                "4 (n = 6)", "16 (n = 6)", "12 runs", "attentionBudget");
        // without by: one box per design point
        List<ChartMaker.Made> made = draw(sweep, "{type: distribution, y: membersFinal}", 1, "12 runs", "members, final");
        assertEquals("distribution-membersFinal", made.get(0).file());
        java.util.Map<Integer, double[]> v = sweep.runValues("membersFinal");
        assertEquals(4, v.size());
        assertEquals(3, v.get(0).length);
        assertTrue(sweep.runValues("noSuchStatistic").isEmpty());
    }

    @Test
    void seciStacked() throws Exception {
        draw(sweep, "{type: seci}", 1, "socialization", "externalization", "combination", "internalization", "ku/step");
    }

    @Test
    void tieLevelsStacked() throws Exception {
        draw(sweep, "{type: tieLevels}", 1, "stranger", "acquaintance", "contact", "friend", "close friend");
    }

    @Test
    void trustHistograms() throws Exception {
        draw(sweep, "{type: trust}", 1, "step 0", "step 5", "step 10", "generalized trust");
        draw(sweep, "{type: trust, steps: [10], point: 1}", 1, "step 10");
        // no agents.csv: skipped with a note, not an error
        ChartMaker.Result r = new ChartMaker(sobol).makeAll(List.of(ChartSpec.defaults(sweep).stream()
                .filter(s -> s.type().equals("trust")).findFirst().orElseThrow()));
        assertTrue(r.charts().isEmpty());
        assertTrue(r.notes().get(0).contains("no agents.csv"));
    }

    @Test
    void degreeLogLogWithExponent() throws Exception {
        draw(sweep, "{type: degree, kmin: 3}", 1, "observed p(k)", "α =", "k ≥ 3");
    }

    @Test
    void heatmap() throws Exception {
        List<ChartMaker.Made> made = draw(sweep, "{type: heatmap, x: initialFreeRiderShare, y: attentionBudget, metric: totalKnowledgeFinal}",
                1, "initialFreeRiderShare", "attentionBudget", "total knowledge, final (ku)");
        assertEquals("heatmap-totalKnowledgeFinal-initialFreeRiderShare-attentionBudget", made.get(0).file());
    }

    @Test
    void sobolBars() throws Exception {
        draw(sobol, "{type: sensitivity, output: totalKnowledgeFinal}", 1, "first-order S1", "total ST", "trustGain", "forgetting");
    }

    @Test
    void morrisScatterSkipsConstantOutputs() throws Exception {
        draw(morris, "{type: sensitivity}", 1, "μ*", "trustGain", "forgetting");
    }

    /** The sweep folder with a hand-made agents.csv: three members of point 0 and two of point 1 at step 10. */
    static RunData handMadeLevels() throws Exception {
        Path f = tmp.resolve("levels");
        if (!Files.isDirectory(f)) {
            Files.createDirectories(f);
            for (String n : List.of("timeseries.csv", "aggregate.csv", "manifest.json", "spec.yaml")) {
                Files.copy(tmp.resolve("sweep").resolve(n), f.resolve(n));
            }
            Files.writeString(f.resolve("agents.csv"), """
                    run,point,replicate,step,agent,status,tieLevel0,tieLevel1,tieLevel2,tieLevel3,tieLevel4
                    0,0,0,5,0,member,9,9,9,9,9
                    0,0,0,10,0,member,0,1,2,3,4
                    0,0,0,10,1,member,2,1,0,3,8
                    0,0,0,10,2,nonMember,,,,,
                    1,0,1,10,0,member,4,4,1,0,0
                    3,1,0,10,0,member,1,1,1,1,1
                    3,1,0,10,1,member,3,3,3,3,3
                    """);
        }
        return RunData.read(f);
    }

    @Test
    void agentLevelsBoxesHoldTheMembersTiesPerLevel() throws Exception {
        RunData d = handMadeLevels();
        List<ChartMaker.Made> made = draw(d, "{type: agentLevels, point: 0}", 1, "stranger", "acquaintance", "contact",
                "friend", "close friend", "ties per member", "step 10: 3 members of 3 runs", "mean");
        assertEquals("agent-levels-p0", made.get(0).file());
        BoxAndWhiskerCategoryDataset ds = (BoxAndWhiskerCategoryDataset) ((CategoryPlot) made.get(0).chart().getPlot()).getDataset();
        assertEquals(1, ds.getRowCount());
        assertEquals(List.of("stranger", "acquaintance", "contact", "friend", "close friend"), ds.getColumnKeys());
        double[] means = {2, 2, 1, 2, 4};
        double[] medians = {2, 1, 1, 3, 4};
        for (int l = 0; l < 5; l++) {
            assertEquals(means[l], ds.getMeanValue(0, l).doubleValue(), 1e-12, "mean at level " + l);
            assertEquals(medians[l], ds.getMedianValue(0, l).doubleValue(), 1e-12, "median at level " + l);
        }
        // without a point: one series per point with members (points 2 and 3 have none here)
        ChartMaker.LevelBoxes b = ChartMaker.levelBoxes(d.agents(), 10,
                new java.util.LinkedHashMap<>(java.util.Map.of("point 1", q -> q == 1)));
        assertEquals(java.util.Map.of("point 1", 2), b.members());
        for (int l = 0; l < 5; l++) {
            assertEquals(2, b.data().getMeanValue(0, l).doubleValue(), 1e-12);
            assertEquals(2, b.data().getMedianValue(0, l).doubleValue(), 1e-12);
        }
        made = draw(d, "{type: agentLevels}", 1, "initialFreeRiderShare = 0.1, attentionBudget = 4 (3 members, 3 runs)",
                "(2 members, 3 runs)", "pooled per point");
        BoxAndWhiskerCategoryDataset all = (BoxAndWhiskerCategoryDataset) ((CategoryPlot) made.get(0).chart().getPlot()).getDataset();
        assertEquals(8, all.getMaxRegularValue(0, 4).doubleValue(), 1e-12); // within 1.5 IQR of the quartiles 0 and 8
        assertTrue(all.getOutliers(0, 4).isEmpty());
        assertEquals(2, ((CategoryPlot) made.get(0).chart().getPlot()).getDataset().getRowCount());
        // another step, and a step not written: a note, no chart
        made = draw(d, "{type: agentLevels, step: 5, point: 0}", 1, "step 5: 1 member of 3 runs");
        assertEquals(9, ((BoxAndWhiskerCategoryDataset) ((CategoryPlot) made.get(0).chart().getPlot()).getDataset())
                .getMeanValue(0, 4).doubleValue(), 1e-12);
        ChartMaker.Result r = levelsOf(d, "{type: agentLevels, step: 7}");
        assertTrue(r.charts().isEmpty());
        assertTrue(r.notes().get(0).contains("no step 7"), r.notes().toString());
        // the recorded sweep: agents.csv as the model writes it
        draw(sweep, "{type: agentLevels}", 1, "close friend", "runs)");
    }

    @Test
    void agentLevelsWithoutAgentsCsvIsANote() {
        ChartMaker.Result r = levelsOf(sobol, "{type: agentLevels}");
        assertTrue(r.charts().isEmpty());
        assertEquals(1, r.notes().size());
        assertTrue(r.notes().get(0).contains("no agents.csv"), r.notes().toString());
    }

    private static ChartMaker.Result levelsOf(RunData d, String entryYaml) {
        SpecNode root = SpecReader.parse("spec.yaml", "charts:\n  - " + entryYaml + "\n");
        return new ChartMaker(d).makeAll(ChartSpec.parse(root.entries().get("charts"), ChartSpec.Context.of(d)));
    }

    @Test
    void everyChartTypeIsDocumented() throws Exception {
        String charts = Files.readString(Path.of("docs/charts.md"));
        String chartsKey = Files.readAllLines(Path.of("docs/experiments.md")).stream()
                .filter(l -> l.startsWith("| `charts` |")).findFirst().orElseThrow();
        for (String t : ChartSpec.TYPES.keySet()) {
            assertTrue(charts.contains("| `" + t + "` |"), "docs/charts.md lacks a row for " + t);
            assertTrue(java.util.regex.Pattern.compile("\\b" + t + "\\b").matcher(chartsKey).find(),
                    "the charts key in docs/experiments.md does not name " + t);
        }
    }

    @Test
    void defaultsDependOnTheFolder() {
        List<String> sw = ChartSpec.defaults(sweep).stream().map(ChartSpec::type).toList();
        assertTrue(sw.containsAll(List.of("growth", "timeseries", "freeRiders", "freeRiderEffect", "seci", "tieLevels", "trust", "degree", "heatmap")), sw.toString());
        assertFalse(sw.contains("sensitivity"));
        List<String> so = ChartSpec.defaults(sobol).stream().map(ChartSpec::type).toList();
        assertTrue(so.contains("sensitivity"));
        assertFalse(so.contains("heatmap"), "a Sobol design is no grid");
        assertFalse(so.contains("trust"), "no agents.csv");
    }

    // ------------------------------------------------------------------ bad charts specs

    static String error(String chartsYaml) {
        SpecNode root = SpecReader.parse("exp.yaml", "name: x\ncharts:\n" + chartsYaml);
        SpecException e = assertThrows(SpecException.class,
                () -> ChartSpec.parse(root.entries().get("charts"), ChartSpec.Context.of(sweep)));
        return e.getMessage();
    }

    @Test
    void badChartsSpecsGiveFileLineKeyAndMessage() {
        assertEquals("exp.yaml:2: charts: must be a list of charts, e.g. [{type: growth}, {type: heatmap, x: KEY, y: KEY, metric: METRIC}], was \"growth\"",
                SpecReader.parse("exp.yaml", "name: x\ncharts: growth\n").entries().get("charts") == null ? "" : error0("charts: growth\n"));
        assertTrue(error("  - {type: grwoth}\n").startsWith("exp.yaml:3: charts[0].type: unknown chart type 'grwoth'; did you mean 'growth'?"));
        assertTrue(error("  - {title: x}\n").startsWith("exp.yaml:3: charts[0]: a chart needs a 'type'"));
        assertTrue(error("  - type: growth\n    metrcs: [members]\n").startsWith("exp.yaml:4: charts[0].metrcs: unknown key for a growth chart; did you mean 'metrics'?"));
        assertTrue(error("  - {type: growth, zzz: 1}\n").startsWith("exp.yaml:3: charts[0].zzz: unknown key for a growth chart. Known keys: "),
                "the list of known keys is set apart from the message");
        assertTrue(error("  - {type: growth, metrics: [membrs]}\n").startsWith("exp.yaml:3: charts[0].metrics[0]: unknown metric 'membrs'; did you mean 'members'?"));
        assertTrue(error("  - {type: heatmap, x: initialFreeRiderShare}\n").startsWith("exp.yaml:3: charts[0]: a heatmap needs 'y'"));
        assertTrue(error("  - {type: heatmap, x: initialFreeRiderShare, y: trustGain}\n").startsWith("exp.yaml:3: charts[0].y: 'trustGain' is not a swept key of this experiment"));
        assertTrue(error("  - {type: heatmap, x: initialFreeRiderShare, y: attentionBudget, metric: totalKnowledgeFinl}\n")
                .startsWith("exp.yaml:3: charts[0].metric: unknown statistic 'totalKnowledgeFinl'; did you mean 'totalKnowledgeFinal'?"));
        assertTrue(error("  - {type: growth, point: 9}\n").startsWith("exp.yaml:3: charts[0].point: must be an integer in [0, 3], was 9"));
        assertTrue(error("  - {type: trust, steps: []}\n").startsWith("exp.yaml:3: charts[0].steps: must be a non-empty list of steps"));
        assertTrue(error("  - {type: timeseries}\n").startsWith("exp.yaml:3: charts[0]: a timeseries chart needs 'metrics'"));
        assertTrue(error("  - {type: growth, file: a}\n  - {type: seci, file: a}\n").startsWith("exp.yaml:4: charts[1].file: another chart already writes 'a'"));
        assertTrue(error("  - {type: growth, file: 'a/b'}\n").startsWith("exp.yaml:3: charts[0].file: must use only letters"));
        assertTrue(error("  - {type: agentLevels, steps: [10]}\n").startsWith("exp.yaml:3: charts[0].steps: unknown key for a agentLevels chart; did you mean 'step'?"));
        assertTrue(error("  - {type: degree, kmin: 0}\n").startsWith("exp.yaml:3: charts[0].kmin: must be an integer in [1, 1000000], was 0"));
        assertTrue(error("  - growth\n").startsWith("exp.yaml:3: charts[0]: a chart is a map with a 'type'"));
    }

    private static String error0(String line) {
        SpecNode root = SpecReader.parse("exp.yaml", "name: x\n" + line);
        return assertThrows(SpecException.class, () -> ChartSpec.parse(root.entries().get("charts"), ChartSpec.Context.of(sweep))).getMessage();
    }

    @Test
    void bareMetricMeansFinalAndPlannedMetricsAreAccepted() {
        SpecNode root = SpecReader.parse("exp.yaml", "charts:\n  - {type: heatmap, x: initialFreeRiderShare, y: attentionBudget, metric: meanTrust}\n"
                + "  - {type: growth, metrics: [members, joined, adoptionShare]}\n");
        List<ChartSpec> s = ChartSpec.parse(root.entries().get("charts"), ChartSpec.Context.of(sweep));
        assertEquals("meanTrustFinal", s.get(0).metric());
        assertEquals(List.of("members", "joined", "adoptionShare"), s.get(1).metrics());
    }
}
