package netcap.chart;

import netcap.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CalibrationChartsTest {
    static final Path FIXTURES = Path.of("src/test/resources/calibration-folders");

    /** A copy of a fixture folder in {@code tmp}. */
    static Path copy(String name, Path tmp) throws IOException {
        Path to = tmp.resolve(name);
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(FIXTURES.resolve(name))) {
            for (Path f : s.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anAbcFolderGetsMarginalsPairsOneFitPerTargetAndTheTolerance(@TempDir Path tmp) throws IOException {
        Path dir = copy("abc", tmp);
        List<Path> written = CalibrationCharts.write(dir);
        assertEquals(List.of("fit-generation1.png", "fit-generation1.svg", "fit-members-step16.png", "fit-members-step16.svg",
                "posterior-marginals.png", "posterior-marginals.svg", "posterior-pairs.png", "posterior-pairs.svg",
                "tolerance.png", "tolerance.svg"), names(dir.resolve("charts")));
        assertEquals(10, written.size());
        for (Path p : written) {
            assertTrue(Files.size(p) > 5_000, p + " is nearly empty");
        }
        String svg = Files.readString(dir.resolve("charts/posterior-marginals.svg"));
        assertTrue(svg.contains("innovation (prior range)") && svg.contains("imitation (zoom on the posterior)"), "axis labels");
        assertTrue(svg.contains("dashed black: true value"), "the true values are drawn when estimates.csv gives them");
        assertTrue(Files.readString(dir.resolve("charts/posterior-pairs.svg")).contains("r = -0.7"), "the weighted correlation");
    }

    @Test
    void theChartsAreTheSameBytesEachTime(@TempDir Path tmp) throws IOException {
        Path a = copy("abc", tmp.resolve("a"));
        Path b = copy("abc", tmp.resolve("b"));
        CalibrationCharts.write(a);
        CalibrationCharts.write(b);
        for (String f : names(a.resolve("charts"))) {
            assertArrayEquals(Files.readAllBytes(a.resolve("charts").resolve(f)), Files.readAllBytes(b.resolve("charts").resolve(f)), f);
        }
    }

    @Test
    void aCmaesFolderGetsTheEstimatesAndTheFitsButNoPosteriorCharts(@TempDir Path tmp) throws IOException {
        Path dir = copy("cmaes", tmp);
        CalibrationCharts.write(dir);
        assertEquals(List.of("estimates.png", "estimates.svg", "fit-generation1.png", "fit-generation1.svg", "fit-members-step16.png",
                "fit-members-step16.svg"), names(dir.resolve("charts")));
        assertTrue(Files.readString(dir.resolve("charts/fit-generation1.svg")).contains("replications at the estimate"));
    }

    @Test
    void readsTheFilesInTheFixedFormats() {
        Path abc = FIXTURES.resolve("abc");
        CalibrationCharts.Posterior p = CalibrationCharts.posterior(abc);
        assertEquals(List.of("innovation", "imitation"), p.parameters());
        assertEquals(200, p.size());
        assertEquals(1.0, java.util.Arrays.stream(p.weights()).sum(), 1e-12);
        List<CalibrationCharts.Estimate> est = CalibrationCharts.estimates(abc);
        assertEquals("innovation", est.get(0).parameter());
        assertEquals(0.015, est.get(0).truth());
        assertEquals("abc-smc", est.get(0).method());
        List<CalibrationCharts.Generation> g = CalibrationCharts.generations(abc);
        assertEquals(5, g.size());
        assertEquals(Double.POSITIVE_INFINITY, g.get(0).tolerance());
        assertEquals(17, CalibrationCharts.fit(abc).size());
        assertEquals(new CalibrationCharts.Prior(0.0001, 0.05), CalibrationCharts.priors(abc).get("innovation"));
        Path cma = FIXTURES.resolve("cmaes");
        assertNull(CalibrationCharts.posterior(cma));
        assertTrue(CalibrationCharts.generations(cma).isEmpty());
        assertTrue(Double.isNaN(CalibrationCharts.estimates(cma).get(0).truth()), "an empty 'true' cell is no true value");
    }

    @Test
    void aTargetNameBecomesASafeFileName() {
        assertEquals("fit-generation1", CalibrationCharts.fitFile("generation1"));
        assertEquals("fit-network_meanDegree", CalibrationCharts.fitFile("network:meanDegree"));
        assertEquals("fit-_x", CalibrationCharts.fitFile("/../x"));
        assertFalse(CalibrationCharts.fitFile("../a b/c").contains("/"));
    }

    @Test
    void theWeightedCorrelationOfALineIsOne() {
        double[] x = {1, 2, 3, 4};
        assertEquals(1.0, CalibrationCharts.weightedCorrelation(x, new double[]{2, 4, 6, 8}, new double[]{0.1, 0.2, 0.3, 0.4}), 1e-12);
        assertEquals(-1.0, CalibrationCharts.weightedCorrelation(x, new double[]{8, 6, 4, 2}, new double[]{1, 1, 1, 1}), 1e-12);
        assertTrue(Double.isNaN(CalibrationCharts.weightedCorrelation(x, new double[]{1, 1, 1, 1}, new double[]{1, 1, 1, 1})));
    }

    // ------------------------------------------------------------------ bad folders: one line, the file, what is wrong

    static String refused(Path dir) {
        InputException e = assertThrows(InputException.class, () -> CalibrationCharts.write(dir));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertFalse(Files.exists(dir.resolve("charts")), "nothing written");
        return e.getMessage();
    }

    @Test
    void aFolderWithoutEstimatesIsNotACalibrationFolder(@TempDir Path tmp) throws IOException {
        Path dir = copy("abc", tmp);
        Files.delete(dir.resolve("estimates.csv"));
        assertTrue(refused(dir).contains("not a calibration folder (no estimates.csv"));
        assertTrue(refused(tmp.resolve("nowhere")).contains("no such folder"));
    }

    @Test
    void aMissingFitIsRefused(@TempDir Path tmp) throws IOException {
        Path dir = copy("abc", tmp);
        Files.delete(dir.resolve("fit.csv"));
        assertTrue(refused(dir).contains("fit.csv: missing"));
    }

    @Test
    void aNonNumericCellIsRefusedWithItsLineAndColumn(@TempDir Path tmp) throws IOException {
        Path dir = copy("abc", tmp);
        Path f = dir.resolve("posterior.csv");
        List<String> lines = Files.readAllLines(f);
        lines.set(3, lines.get(3).replaceFirst(",[^,]+,", ",abc,"));
        Files.write(f, lines);
        String m = refused(dir);
        assertTrue(m.contains("posterior.csv:4: column 'innovation': 'abc' is not a number"), m);
    }

    @Test
    void aMissingColumnIsRefusedWithTheExpectedHeader(@TempDir Path tmp) throws IOException {
        Path dir = copy("cmaes", tmp);
        Path f = dir.resolve("fit.csv");
        Files.writeString(f, Files.readString(f).replaceFirst("observed", "seen"));
        String m = refused(dir);
        assertTrue(m.contains("fit.csv: no column 'observed' (expected the columns target,time,observed,fitted,low,high)"), m);
    }

    @Test
    void aRaggedRowOrNegativeWeightsAreRefused(@TempDir Path tmp) throws IOException {
        Path dir = copy("abc", tmp.resolve("a"));
        Files.writeString(dir.resolve("generations.csv"), "generation,tolerance,simulations,accepted,acceptanceRate,ess\n0,1,2\n");
        assertTrue(refused(dir).contains("generations.csv:2: 3 cells, the header has 6"));
        Path dir2 = copy("abc", tmp.resolve("b"));
        Path f = dir2.resolve("posterior.csv");
        List<String> lines = Files.readAllLines(f);
        String[] cells = lines.get(1).split(",");
        cells[3] = "-0.5";
        lines.set(1, String.join(",", cells));
        Files.write(f, lines);
        assertTrue(refused(dir2).contains("posterior.csv:2: column 'weight': -0.5 is negative"));
    }

    @Test
    void anEmptyEstimatesFileIsRefused(@TempDir Path tmp) throws IOException {
        Path dir = copy("cmaes", tmp);
        Files.writeString(dir.resolve("estimates.csv"), "parameter,estimate,median,low,high,method,true\n");
        assertTrue(refused(dir).contains("estimates.csv: no rows"));
    }
}
