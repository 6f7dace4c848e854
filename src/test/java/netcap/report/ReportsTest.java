package netcap.report;

import netcap.cli.CliRun;

import netcap.chart.RunFixtures;
import netcap.cli.ChartCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportsTest {
    @TempDir
    Path tmp;

    @Test
    void reportHasEveryChartTheTablesAndTheEscapedSpec() throws Exception {
        Path run = RunFixtures.run(tmp, "sweep", RunFixtures.SWEEP);
        Reports.Written w = Reports.write(run);
        String html = Files.readString(w.report());
        long pngs = Files.list(run.resolve("charts")).filter(p -> p.toString().endsWith(".png")).count();
        long svgs = Files.list(run.resolve("charts")).filter(p -> p.toString().endsWith(".svg")).count();
        assertTrue(pngs >= 12, "charts: " + pngs);
        assertEquals(pngs, svgs);
        assertEquals(pngs * 2, w.charts().size());
        assertEquals(pngs, count(html, "src=\"data:image/png;base64,"));
        for (Path p : w.charts()) {
            String f = p.getFileName().toString();
            if (f.endsWith(".png")) {
                assertTrue(html.contains("charts/" + f), f);
            }
        }
        assertTrue(html.contains("id=\"aggregate\""));
        assertTrue(html.contains("total knowledge"));
        assertTrue(html.contains("initialFreeRiderShare</th>"));
        assertTrue(html.contains("&lt;b&gt;escaped&lt;/b&gt; &amp; more"), "spec and description escaped");
        assertFalse(html.contains("<b>escaped</b>"));
        assertTrue(html.contains("@media print"));
        assertFalse(html.contains("http://") || html.contains("https://"), "no network access");
        assertTrue(html.contains("master seed"));
    }

    @Test
    void singlePointReportAndSensitivityTable() throws Exception {
        Path single = RunFixtures.run(tmp, "single", RunFixtures.SINGLE);
        String html = Files.readString(Reports.write(single).report());
        assertTrue(html.contains("<th>statistic</th>"));
        assertTrue(html.contains("title=\"totalKnowledgeFinal\""));
        assertTrue(Files.exists(single.resolve("charts/growth.png")));
        assertTrue(Files.exists(single.resolve("charts/degree.svg")));

        Path sobol = RunFixtures.run(tmp, "sobol", RunFixtures.SOBOL);
        ChartCommand.renderAll(sobol);
        String s = Files.readString(sobol.resolve("report.html"));
        assertTrue(s.contains("id=\"sensitivity\""));
        assertTrue(s.contains("<th>S1 95% interval</th>"));
        assertTrue(Files.exists(sobol.resolve("charts/sensitivity-totalKnowledgeFinal.png")));
    }

    @Test
    void chartsKeyOfTheSpecChoosesTheCharts() throws Exception {
        Path run = RunFixtures.run(tmp, "custom", RunFixtures.SINGLE + """
                charts:
                  - {type: growth, title: "Members over time", metrics: [members, joined]}
                  - {type: seci, file: flows}
                """);
        Reports.write(run);
        try (var files = Files.list(run.resolve("charts"))) {
            assertEquals(4, files.count());
        }
        assertTrue(Files.readString(run.resolve("charts/growth.svg")).contains("Members over time"));
        assertTrue(Files.exists(run.resolve("charts/flows.png")));
    }

    @Test
    void commandLineWritesToOutAndRejectsBadFolders() throws Exception {
        Path run = RunFixtures.run(tmp, "single", RunFixtures.SINGLE);
        Path out = tmp.resolve("elsewhere");
        assertEquals(0, exec("chart", run.toString(), "--out", out.toString()).code());
        assertTrue(Files.exists(out.resolve("report.html")));
        assertTrue(Files.exists(out.resolve("charts/growth.png")));

        CliRun r = exec("chart", tmp.resolve("nope").toString());
        assertEquals(2, r.code());
        assertEquals("netcap: error: " + tmp.resolve("nope") + ": no such folder", r.err().trim());
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        r = exec("chart", empty.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("not a run folder (no timeseries.csv"), r.err());
        Files.delete(run.resolve("timeseries.csv"));
        r = exec("chart", run.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("timeseries.csv is missing"), r.err());
        assertThrows(netcap.InputException.class, () -> ChartCommand.renderAll(run));
    }

    @Test
    void badChartsKeyIsAnInputError() throws Exception {
        // a bad charts entry stops the run before anything is computed or written
        netcap.spec.SpecException early = org.junit.jupiter.api.Assertions.assertThrows(netcap.spec.SpecException.class,
                () -> RunFixtures.run(tmp, "bad", RunFixtures.SINGLE + "charts:\n  - {type: heatmap, x: trustGain, y: forgetting}\n"));
        assertTrue(early.getMessage().contains("bad.yaml:8: charts[0].x: 'trustGain' is not a swept key of this experiment (nothing is swept)"),
                early.getMessage());
        // and netcap chart reports a bad charts entry in a run folder's spec.yaml on one line, exit 2
        Path run = RunFixtures.run(tmp, "good", RunFixtures.SINGLE);
        java.nio.file.Files.writeString(run.resolve("spec.yaml"), RunFixtures.SINGLE + "charts:\n  - {type: heatmap, x: trustGain, y: forgetting}\n");
        CliRun r = exec("chart", run.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("spec.yaml:8: charts[0].x: 'trustGain' is not a swept key of this experiment (nothing is swept)"), r.err());
    }

    private static CliRun exec(String... args) {
        return CliRun.of(args);
    }

    static long count(String s, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(s);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
