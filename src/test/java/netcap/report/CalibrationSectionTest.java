package netcap.report;

import netcap.InputException;
import netcap.chart.RunFixtures;
import netcap.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CalibrationSectionTest {
    static final Path FIXTURES = Path.of("src/test/resources/calibration-folders");

    @TempDir
    Path tmp;

    /** A calibration folder: the fixture's CSV files and a small fitted run in fitted/. */
    Path folder(String fixture) throws IOException {
        Path dir = tmp.resolve(fixture);
        Files.createDirectories(dir);
        try (Stream<Path> s = Files.list(FIXTURES.resolve(fixture))) {
            for (Path f : s.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Path fitted = RunFixtures.run(tmp, "fitted-run", RunFixtures.SINGLE);
        Files.move(fitted, dir.resolve("fitted"));
        return dir;
    }

    static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void anAbcFolderGetsTheSectionWithEstimatesGenerationsFitAndCharts() throws IOException {
        Path dir = folder("abc");
        Reports.Written w = Reports.write(dir);
        assertEquals(dir.resolve("report.html"), w.report());
        String html = Files.readString(w.report());
        assertTrue(html.contains("<a href=\"#calibration\">Calibration</a>"), "in the navigation");
        assertTrue(html.contains("<section id=\"calibration\"><h2>Calibration</h2>"));
        assertTrue(html.contains("ABC-SMC"));
        assertTrue(html.contains("Candidates simulated: 5 (calibration.csv)"));
        // estimates: prior, estimate, interval, true value and whether the interval covers it
        String est = html.substring(html.indexOf("id=\"calibration-estimates\""), html.indexOf("id=\"calibration-generations\""));
        assertTrue(est.contains("<th>innovation</th><td>[0.0001, 0.05]</td>"), est);
        assertTrue(est.contains("<th>true value</th><th>covered</th>"));
        assertEquals(2, count(est, "<td>yes</td>"), est);
        String gens = html.substring(html.indexOf("id=\"calibration-generations\""), html.indexOf("id=\"calibration-fit\""));
        assertEquals(5, count(gens, "</td></tr>"), "one row per generation");
        assertTrue(gens.contains("<td>∞</td>"), "the first generation's tolerance");
        assertTrue(html.contains("<tr><th>generation1</th><td>16</td>"), "the fit table counts the rows of each target");
        assertTrue(html.contains("<tr><th>members-step16</th><td>1</td>"));
        for (String c : new String[]{"posterior-marginals", "posterior-pairs", "fit-generation1", "fit-members-step16", "tolerance"}) {
            assertTrue(html.contains("id=\"chart-" + c + "\""), c);
            assertTrue(Files.size(dir.resolve("charts/" + c + ".png")) > 5_000, c);
            assertTrue(Files.exists(dir.resolve("charts/" + c + ".svg")), c);
            assertTrue(w.charts().contains(dir.resolve("charts/" + c + ".png")), c);
        }
        // and the fitted model's runs: its growth chart and results table
        assertTrue(Files.exists(dir.resolve("charts/growth.png")), "the fitted runs' charts");
        assertTrue(html.contains("id=\"aggregate\""));
        assertTrue(html.indexOf("id=\"calibration\"") < html.indexOf("id=\"charts\""), "the section comes before the fitted runs' charts");
    }

    @Test
    void aCmaesFolderGetsTheEstimatesChartAndNoGenerations() throws IOException {
        Path dir = folder("cmaes");
        String html = Files.readString(Reports.write(dir).report());
        assertTrue(html.contains("CMA-ES"));
        assertTrue(html.contains("id=\"chart-estimates\""));
        assertFalse(html.contains("id=\"calibration-generations\""));
        assertFalse(html.contains("id=\"chart-posterior-marginals\""));
        assertFalse(html.contains("<th>true value</th>"), "no true values, no column");
        assertTrue(html.contains("profile interval"));
    }

    @Test
    void netcapChartRedrawsACalibrationFolder() throws IOException {
        Path dir = folder("abc");
        CliRun r = CliRun.of("chart", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(dir.resolve("charts/posterior-pairs.png")));
        assertTrue(Files.readString(dir.resolve("report.html")).contains("id=\"calibration\""));
    }

    @Test
    void aReportOfAnOrdinaryRunHasNoCalibrationSection() throws IOException {
        Path run = RunFixtures.run(tmp, "plain", RunFixtures.SINGLE);
        String html = Files.readString(Reports.write(run).report());
        assertFalse(html.contains("calibration"));
    }

    @Test
    void aBrokenCalibrationFileStopsTheReportBeforeAnythingIsWritten() throws IOException {
        Path dir = folder("abc");
        Files.writeString(dir.resolve("generations.csv"), "generation,tolerance\n0,1\n");
        InputException e = assertThrows(InputException.class, () -> Reports.write(dir));
        assertTrue(e.getMessage().contains("generations.csv: no column 'simulations'"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("report.html")));
        assertFalse(Files.exists(dir.resolve("charts")));
        CliRun r = CliRun.of("chart", dir.toString());
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
