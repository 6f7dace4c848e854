package netcap.experiment;

import netcap.spec.Regressions;
import netcap.spec.Spec;
import netcap.spec.SpecException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The spec's {@code regressions}: the per-run least-squares fits of regressions.csv against an
 * independent computation, the across-run inference of regression-summary.csv against a hand
 * computation from regressions.csv, byte-identical tables whatever the threads and after a
 * resume, and the spec's checks.
 */
class RegressionsTest {
    @TempDir
    static Path tmp;

    private static final String SPEC = """
            name: regressions
            seed: 7
            steps: 5
            replications: 3
            network: {generator: wattsStrogatz, n: 60, k: 6, p: 0.1}
            output: {agentsEvery: 5}
            regressions:
              - {y: tacit, x: [memberDegree, clustering]}
              - {y: revenue, x: [effectiveSize, clustering, memberDegree]}
            """;

    /** The run folder of {@link #SPEC} with one thread. */
    private static Path one;

    @BeforeAll
    static void run() throws IOException {
        Path spec = tmp.resolve("regressions.yaml");
        Files.writeString(spec, SPEC);
        one = tmp.resolve("one");
        Experiment.load(spec).threads(1).charts(false).out(one).run();
    }

    private static List<CSVRecord> read(Path f) throws IOException {
        try (Reader r = Files.newBufferedReader(f)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
    }

    private static double num(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    @Test
    void olsRecoversAnExactLinearRelation() {
        double[][] x = {{1, 0}, {2, 1}, {3, 5}, {4, 2}, {5, 3}, {0, 4}, {7, 1}};
        double[] y = new double[x.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = 1.5 + 2 * x[i][0] - 3 * x[i][1];
        }
        RegressionTables.Fit f = RegressionTables.fit(y, x, 2);
        assertTrue(f.fitted());
        assertEquals(7, f.n());
        assertArrayEquals(new double[] {1.5, 2, -3}, f.coefficients(), 1e-9);
        assertEquals(1.0, f.r2(), 1e-12);
        // an x constant over the observations is collinear with the intercept: no fit
        double[][] constant = {{1, 2}, {2, 2}, {3, 2}, {4, 2}, {5, 2}};
        assertFalse(RegressionTables.fit(new double[] {1, 3, 2, 5, 4}, constant, 2).fitted());
        // fewer than k + 2 observations: no fit, n recorded
        RegressionTables.Fit few = RegressionTables.fit(new double[] {1, 2, 3}, new double[][] {{1, 0}, {0, 1}, {1, 1}}, 2);
        assertFalse(few.fitted());
        assertEquals(3, few.n());
    }

    /**
     * Least squares of y on x1, x2 with an intercept by the normal equations of the centred data,
     * {@code [Sxx] b = Sxy} solved by Cramer's rule; returns {intercept, b1, b2, r2}.
     */
    private static double[] ols2(List<double[]> rows) {
        int n = rows.size();
        double my = 0, m1 = 0, m2 = 0;
        for (double[] r : rows) {
            my += r[0] / n;
            m1 += r[1] / n;
            m2 += r[2] / n;
        }
        double s11 = 0, s12 = 0, s22 = 0, s1y = 0, s2y = 0, syy = 0;
        for (double[] r : rows) {
            double y = r[0] - my, a = r[1] - m1, b = r[2] - m2;
            s11 += a * a;
            s12 += a * b;
            s22 += b * b;
            s1y += a * y;
            s2y += b * y;
            syy += y * y;
        }
        double det = s11 * s22 - s12 * s12;
        double b1 = (s1y * s22 - s12 * s2y) / det;
        double b2 = (s11 * s2y - s12 * s1y) / det;
        double b0 = my - b1 * m1 - b2 * m2;
        double sse = 0;
        for (double[] r : rows) {
            double e = r[0] - b0 - b1 * r[1] - b2 * r[2];
            sse += e * e;
        }
        return new double[] {b0, b1, b2, 1 - sse / syy};
    }

    @Test
    void regressionsCsvEqualsTheNormalEquationsOfEachRun() throws IOException {
        List<CSVRecord> agents = read(one.resolve("agents.csv"));
        List<CSVRecord> fits = read(one.resolve("regressions.csv"));
        assertEquals(RegressionTables.HEADER, List.of(Files.readAllLines(one.resolve("regressions.csv")).get(0).split(",")));
        assertEquals(3 * 3 + 3 * 4, fits.size(), "3 runs x 3 terms, 3 runs x 4 terms");
        for (int run = 0; run < 3; run++) {
            List<double[]> rows = new ArrayList<>();
            for (CSVRecord a : agents) {
                if (Integer.parseInt(a.get("run")) == run && a.get("step").equals("5") && a.get("status").equals("member")
                        && !a.get("memberDegree").isEmpty() && !a.get("clustering").isEmpty()) {
                    rows.add(new double[] {num(a.get("tacit")), num(a.get("memberDegree")), num(a.get("clustering"))});
                }
            }
            double[] expected = ols2(rows);
            List<String> terms = List.of("intercept", "memberDegree", "clustering");
            for (CSVRecord f : fits) {
                if (f.get("model").equals("tacit~memberDegree+clustering") && f.get("run").equals(Integer.toString(run))) {
                    int t = terms.indexOf(f.get("term"));
                    assertEquals(expected[t], num(f.get("coefficient")), 1e-9 * (1 + Math.abs(expected[t])), f.toString());
                    assertTrue(num(f.get("standardError")) > 0, f.toString());
                    assertEquals(rows.size(), Integer.parseInt(f.get("n")));
                    assertEquals(expected[3], num(f.get("r2")), 1e-9);
                    assertEquals("0", f.get("point"));
                    assertEquals(Integer.toString(run), f.get("replicate"));
                }
            }
        }
    }

    @Test
    void summaryIsTheTIntervalOverRunsOfEachCoefficient() throws IOException {
        List<CSVRecord> fits = read(one.resolve("regressions.csv"));
        List<CSVRecord> summary = read(one.resolve("regression-summary.csv"));
        assertEquals(3 + 4, summary.size(), "one row per model, point and term");
        TDistribution t2 = new TDistribution(2);
        for (CSVRecord s : summary) {
            double[] b = fits.stream().filter(f -> f.get("model").equals(s.get("model")) && f.get("term").equals(s.get("term")))
                    .mapToDouble(f -> num(f.get("coefficient"))).toArray();
            double[] r2 = fits.stream().filter(f -> f.get("model").equals(s.get("model")) && f.get("term").equals("intercept"))
                    .mapToDouble(f -> num(f.get("r2"))).toArray();
            assertEquals(3, b.length);
            assertEquals("3", s.get("runs"));
            double mean = (b[0] + b[1] + b[2]) / 3;
            double sd = Math.sqrt(((b[0] - mean) * (b[0] - mean) + (b[1] - mean) * (b[1] - mean) + (b[2] - mean) * (b[2] - mean)) / 2);
            double half = t2.inverseCumulativeProbability(0.975) * sd / Math.sqrt(3);
            double tol = 1e-9 * (1 + Math.abs(mean) + sd);
            assertEquals(mean, num(s.get("mean")), tol, s.toString());
            assertEquals(sd, num(s.get("sd")), tol, s.toString());
            assertEquals(mean - half, num(s.get("ciLow")), tol, s.toString());
            assertEquals(mean + half, num(s.get("ciHigh")), tol, s.toString());
            double t = mean / (sd / Math.sqrt(3));
            assertEquals(t, num(s.get("t")), 1e-9 * (1 + Math.abs(t)), s.toString());
            assertEquals(2 * t2.cumulativeProbability(-Math.abs(t)), num(s.get("p")), 1e-9, s.toString());
            assertEquals(Arrays.stream(r2).average().orElseThrow(), num(s.get("meanR2")), 1e-12, s.toString());
        }
    }

    @Test
    void tablesAreByteIdenticalWhateverTheThreadsAndAfterAResume() throws IOException {
        Path spec = tmp.resolve("regressions.yaml");
        Path two = tmp.resolve("two");
        Experiment.load(spec).threads(2).charts(false).out(two).run();
        for (String f : List.of("regressions.csv", "regression-summary.csv")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f);
        }
        // lose the last run and the tables, then resume
        Files.delete(two.resolve("parts").resolve("p000000-r000002.summary.csv"));
        Files.delete(two.resolve("regressions.csv"));
        Files.delete(two.resolve("regression-summary.csv"));
        Runner.Result r = Experiment.load(spec).threads(2).charts(false).out(two).resume(true).run();
        assertEquals(1, r.ranNow());
        for (String f : List.of("regressions.csv", "regression-summary.csv")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f);
        }
    }

    @Test
    void theReportShowsTheSummary() throws IOException {
        Path out = tmp.resolve("report");
        String html = Files.readString(netcap.report.Reports.write(one, out).report());
        assertTrue(html.contains("<section id=\"regressions\"><h2>Regressions</h2>"), "the section");
        assertTrue(html.contains("<a href=\"#regressions\">"), "the link");
        assertTrue(html.contains("tacit~memberDegree+clustering") && html.contains("revenue~effectiveSize+clustering+memberDegree"));
    }

    @Test
    void modelColumnsAreTheNumericColumnsOfAgentsCsv() {
        List<String> layers = List.of("online", "forum");
        List<String> header = new ArrayList<>(List.of(ModelRun.agentsHeader(layers).strip().split(",")));
        header.removeAll(List.of("run", "point", "replicate", "seed", "step", "agent", "sourceId", "status", "strategy", "contact"));
        assertEquals(header, Regressions.columns(layers));
    }

    @Test
    void theDefaultStepIsTheLastAgentsStep() {
        Spec s = Spec.parse("r.yaml", """
                steps: 12
                output: {agentsEvery: 5}
                regressions:
                  - {y: revenue, x: [constraint, memberDegree]}
                  - {y: revenue, x: effectiveSize, step: 5}
                """, null, List.of());
        assertEquals(10, s.regressions.get(0).step());
        assertEquals("revenue~constraint+memberDegree", s.regressions.get(0).name());
        assertEquals(5, s.regressions.get(1).step());
        assertEquals(List.of("effectiveSize"), s.regressions.get(1).x());
    }

    @Test
    void badModelsAreClearErrors() {
        String base = "steps: 10\noutput: {agentsEvery: 5}\nregressions:\n";
        SpecException e = assertThrows(SpecException.class, () -> Spec.parse("r.yaml",
                base + "  - {y: revenue, x: [revenue]}\n", null, List.of()));
        assertTrue(e.getMessage().contains("cannot also explain itself"), e.getMessage());
        e = assertThrows(SpecException.class, () -> Spec.parse("r.yaml",
                base + "  - {x: [clustering]}\n", null, List.of()));
        assertTrue(e.getMessage().contains("needs y"), e.getMessage());
        e = assertThrows(SpecException.class, () -> Spec.parse("r.yaml",
                base + "  - {y: revenue, x: [clustering], z: 1}\n", null, List.of()));
        assertTrue(e.getMessage().contains("unknown key"), e.getMessage());
        e = assertThrows(SpecException.class, () -> Spec.parse("r.yaml",
                base + "  - {y: revenue, x: [clustering]}\n  - {y: revenue, x: [clustering]}\n", null, List.of()));
        assertTrue(e.getMessage().contains("listed twice"), e.getMessage());
        e = assertThrows(SpecException.class, () -> Spec.parse("r.yaml",
                base + "  - {y: revenue, x: [clustering], step: 15}\n", null, List.of()));
        assertTrue(e.getMessage().contains("regressions[0].step"), e.getMessage());
    }
}
