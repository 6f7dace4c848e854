package netcap.report;

import netcap.chart.ChartFiles;
import netcap.chart.ChartMaker;
import netcap.chart.ChartSpec;
import netcap.chart.Format;
import netcap.chart.Labels;
import netcap.chart.RunData;
import netcap.io.AtomicFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Charts and the HTML report of a run folder: {@code charts/*.png}, {@code charts/*.svg} and a
 * self-contained {@code report.html} (inline CSS, charts embedded as base64 PNG, no network
 * access) with the spec, a manifest summary, every chart, the final-value statistics of
 * aggregate.csv, the comparisons of comparisons.csv with a distribution chart per compared
 * statistic ({@link ComparisonSection}), the regimes, the regressions of regression-summary.csv
 * ({@link RegressionSection}) and sensitivity.csv. For a calibration folder (one with estimates.csv,
 * written by {@code netcap calibrate}) it adds the "Calibration" section and its charts
 * ({@link CalibrationSection}) and shows the fitted model's runs of {@code fitted/}.
 */
public final class Reports {
    /** Statistics shown per point in the report's table when the run has several points. */
    public static final List<String> KEY_STATISTICS = List.of("membersFinal", "activeFinal", "totalKnowledgeFinal",
            "meanTrustFinal", "freeRiderShareFinal", "knowledgeGiniFinal", "meanDegreeFinal");
    /** Most rows of a report table; the rest are in the CSV files. */
    public static final int MAX_ROWS = 200;

    /** What was written. */
    public record Written(Path report, List<Path> charts, List<String> notes) {
    }

    private Reports() {
    }

    /**
     * Draws the charts of a run folder into {@code runDir/charts/} and writes
     * {@code runDir/report.html}. The charts are those of the spec's {@code charts} key (spec.yaml
     * in the folder), or the defaults for what the folder holds.
     *
     * @throws netcap.InputException when the folder is not a run folder or its charts spec is bad
     */
    public static Written write(Path runDir) {
        return write(runDir, runDir);
    }

    /** As {@link #write(Path)}, writing {@code outDir/charts/} and {@code outDir/report.html}. */
    public static Written write(Path runDir, Path outDir) {
        CalibrationSection.Data calibration = CalibrationSection.read(runDir); // a calibration folder: its section, its fitted runs
        RunData d = RunData.read(CalibrationSection.runFolder(runDir));
        List<ChartSpec> specs = chartSpecs(d);
        ChartMaker maker = new ChartMaker(d);
        ChartMaker.Result drawn = maker.makeAll(specs);
        List<ComparisonSection.Row> comparisons = ComparisonSection.rows(runDir);
        List<ComparisonSection.Chart> compareCharts = ComparisonSection.charts(d, maker, comparisons);
        ChartMaker.Result r = new ChartMaker.Result(drawn.charts(), maker.notes());
        Path chartsDir = outDir.resolve("charts");
        try {
            Files.createDirectories(chartsDir);
        } catch (IOException e) {
            throw new netcap.InputException(chartsDir + ": cannot create the folder: " + e.getMessage());
        }
        List<Path> files = new ArrayList<>();
        Map<ChartMaker.Made, byte[]> pngs = new LinkedHashMap<>();
        for (ChartMaker.Made m : r.charts()) {
            byte[] png = ChartFiles.write(m.chart(), chartsDir, m.file(), ChartFiles.WIDTH, ChartFiles.HEIGHT, 1.0);
            pngs.put(m, png);
            files.add(chartsDir.resolve(m.file() + ".png"));
            files.add(chartsDir.resolve(m.file() + ".svg"));
        }
        Map<ComparisonSection.Chart, byte[]> comparePngs = new LinkedHashMap<>();
        for (ComparisonSection.Chart c : compareCharts) {
            ChartMaker.Made m = c.made();
            comparePngs.put(c, ChartFiles.write(m.chart(), chartsDir, m.file(), ChartFiles.WIDTH, ChartFiles.HEIGHT, 1.0));
            files.add(chartsDir.resolve(m.file() + ".png"));
            files.add(chartsDir.resolve(m.file() + ".svg"));
        }
        String calibrationHtml = CalibrationSection.html(calibration,
                calibration == null ? Map.of() : CalibrationSection.write(calibration, chartsDir, files));
        removeStale(chartsDir, files);
        String html = html(d, pngs, r.notes(), comparisons, comparePngs, calibrationHtml);
        Path report = outDir.resolve("report.html");
        AtomicFiles.write(report, o -> o.write(html.getBytes(StandardCharsets.UTF_8)));
        return new Written(report, files, r.notes());
    }

    /** Deletes PNG and SVG files left in charts/ by an earlier call that this one did not write. */
    private static void removeStale(Path chartsDir, List<Path> written) {
        try (var list = Files.list(chartsDir)) {
            for (Path p : list.toList()) {
                String f = p.getFileName().toString();
                if ((f.endsWith(".png") || f.endsWith(".svg")) && !written.contains(p)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The charts a run folder asks for: its spec's {@code charts} entries, or the defaults. */
    public static List<ChartSpec> chartSpecs(RunData d) {
        if (d.spec != null && d.spec.entries().containsKey("charts")) {
            return ChartSpec.parse(d.spec.entries().get("charts"), ChartSpec.Context.of(d));
        }
        return ChartSpec.defaults(d);
    }

    // ------------------------------------------------------------------ HTML

    static String html(RunData d, Map<ChartMaker.Made, byte[]> charts, List<String> notes, List<ComparisonSection.Row> comparisons,
                       Map<ComparisonSection.Chart, byte[]> comparisonCharts, String calibration) {
        Map<String, Object> m = d.manifest;
        String name = str(m.get("name"), d.dir.getFileName() == null ? "run" : d.dir.getFileName().toString());
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>netcap report: ").append(esc(name)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<header><h1>").append(esc(name)).append("</h1>\n");
        String desc = str(m.get("description"), "");
        if (!desc.isBlank()) {
            h.append("<p class=\"desc\">").append(esc(desc.trim())).append("</p>\n");
        }
        h.append("</header>\n<nav><a href=\"#run\">Run</a>").append(calibration.isEmpty() ? "" : " · <a href=\"#calibration\">Calibration</a>")
                .append(" · <a href=\"#charts\">Charts</a> · <a href=\"#aggregate\">Results</a>");
        if (d.sensitivity != null) {
            h.append(" · <a href=\"#sensitivity\">Sensitivity</a>");
        }
        if (!comparisons.isEmpty()) {
            h.append(" · <a href=\"#comparisons\">Comparisons</a>");
        }
        if (RegimeSection.present(d)) {
            h.append(" · <a href=\"#regimes\">Regimes</a>");
        }
        if (RegressionSection.present(d)) {
            h.append(" · <a href=\"#regressions\">Regressions</a>");
        }
        h.append(" · <a href=\"#spec\">Spec</a></nav>\n");

        // run summary
        h.append("<section id=\"run\"><h2>Run</h2>\n<table class=\"kv\">\n");
        kv(h, "netcap version", str(m.get("netcapVersion"), "unknown"));
        kv(h, "git commit", str(m.get("gitCommit"), "unknown"));
        kv(h, "master seed", str(m.get("masterSeed"), "unknown"));
        kv(h, "design points", String.valueOf(d.pointCount()) + (d.varying.isEmpty() ? "" : " (varying: " + String.join(", ", d.varying) + ")"));
        kv(h, "runs", String.valueOf(d.runCount()));
        kv(h, "replications per point", replications(m.get("replications")));
        kv(h, "steps per run", str(m.get("steps"), "unknown"));
        Object wall = m.get("wallSeconds");
        kv(h, "wall time", wall instanceof Number n ? Format.sig4(n.doubleValue()) + " s" : "unknown");
        kv(h, "started", str(m.get("started"), "unknown"));
        kv(h, "finished", str(m.get("finished"), "unknown"));
        kv(h, "Java", str(m.get("javaVersion"), "") + " " + str(m.get("javaVendor"), ""));
        kv(h, "folder", folderName(d.dir)); // the name only: a report does not reveal where it was made
        h.append("</table>\n</section>\n");
        h.append(calibration);

        // charts
        h.append("<section id=\"charts\"><h2>Charts</h2>\n");
        if (charts.isEmpty()) {
            h.append("<p>No charts: the run folder holds no data they could show.</p>\n");
        }
        for (Map.Entry<ChartMaker.Made, byte[]> e : charts.entrySet()) {
            figure(h, e.getKey(), e.getValue());
        }
        if (!notes.isEmpty()) {
            h.append("<details class=\"notes\"><summary>").append(notes.size()).append(notes.size() == 1 ? " note" : " notes")
                    .append(" on charts or series left out</summary>\n<ul>\n");
            for (String n : notes) {
                h.append("<li>").append(esc(n)).append("</li>\n");
            }
            h.append("</ul></details>\n");
        }
        h.append("</section>\n");

        aggregateTable(h, d);
        ComparisonSection.append(h, d, comparisons, comparisonCharts);
        RegimeSection.append(h, d);
        RegressionSection.append(h, d);
        if (d.sensitivity != null) {
            sensitivityTable(h, d);
        }

        h.append("<section id=\"spec\"><h2>Spec</h2>\n");
        if (d.specText != null) {
            h.append("<pre>").append(esc(withoutPaths(d.specText))).append("</pre>\n");
        } else {
            h.append("<p>The folder has no spec.yaml.</p>\n");
        }
        h.append("</section>\n<footer>Written by netcap ").append(esc(str(m.get("netcapVersion"), "")))
                .append(" (<code>netcap chart</code>). Numbers: 4 significant digits; intervals: 95% Student-t over replications.</footer>\n");
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    /** Appends a chart as a figure with its embedded PNG and its file names. */
    static void figure(StringBuilder h, ChartMaker.Made c, byte[] png) {
        h.append("<figure id=\"chart-").append(esc(c.file())).append("\">\n<img alt=\"").append(esc(c.title()))
                .append("\" width=\"").append(ChartFiles.WIDTH).append("\" height=\"").append(ChartFiles.HEIGHT)
                .append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png)).append("\">\n")
                .append("<figcaption>").append(esc(c.title())).append(" — <code>charts/").append(esc(c.file()))
                .append(".png</code>, <code>.svg</code></figcaption>\n</figure>\n");
    }

    private static void aggregateTable(StringBuilder h, RunData d) {
        h.append("<section id=\"aggregate\"><h2>Results</h2>\n");
        if (d.aggregate.isEmpty()) {
            h.append("<p>No aggregate.csv.</p>\n</section>\n");
            return;
        }
        if (d.pointCount() <= 1) {
            h.append("<p>Final values (last step) over ").append(d.runCount())
                    .append(" replications: mean, standard deviation and 95% confidence interval of the mean.</p>\n");
            h.append("<table class=\"num\">\n<thead><tr><th>statistic</th><th>unit</th><th>n</th><th>mean</th><th>sd</th><th>95% CI</th></tr></thead>\n<tbody>\n");
            for (RunData.AggRow r : d.aggregate) {
                if (!r.statistic().endsWith("Final")) {
                    continue;
                }
                String metric = Labels.metricOf(r.statistic());
                h.append("<tr><th title=\"").append(esc(r.statistic())).append("\">").append(esc(Labels.label(metric)))
                        .append("</th><td class=\"u\">").append(esc(Labels.unit(metric))).append("</td><td>").append(r.n())
                        .append("</td><td>").append(Format.sig4(r.mean())).append("</td><td>").append(Format.sig4(r.sd()))
                        .append("</td><td>").append(ci(r)).append("</td></tr>\n");
            }
            h.append("</tbody></table>\n</section>\n");
            return;
        }
        List<String> stats = new ArrayList<>();
        for (String s : KEY_STATISTICS) {
            if (d.hasStatistic(s)) {
                stats.add(s);
            }
        }
        h.append("<p>Final values (last step) per design point: mean over replications, with the 95% confidence interval below. "
                + "Every statistic of every point is in aggregate.csv.</p>\n");
        h.append("<div class=\"wide\"><table class=\"num\">\n<thead><tr><th>point</th>");
        for (String k : d.varying) {
            h.append("<th>").append(esc(k)).append("</th>");
        }
        h.append("<th>n</th>");
        for (String s : stats) {
            String metric = Labels.metricOf(s);
            h.append("<th title=\"").append(esc(s)).append("\">").append(esc(Labels.label(metric)));
            if (!Labels.unit(metric).isEmpty()) {
                h.append("<br><span class=\"u\">").append(esc(Labels.unit(metric))).append("</span>");
            }
            h.append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        Map<Integer, Map<String, RunData.AggRow>> byPoint = new LinkedHashMap<>();
        for (RunData.AggRow r : d.aggregate) {
            byPoint.computeIfAbsent(r.point(), k -> new LinkedHashMap<>()).put(r.statistic(), r);
        }
        int rows = 0;
        for (Map.Entry<Integer, Map<String, RunData.AggRow>> e : byPoint.entrySet()) {
            if (rows++ == MAX_ROWS) {
                h.append("<tr><td colspan=\"").append(3 + d.varying.size() + stats.size()).append("\">… ")
                        .append(byPoint.size() - MAX_ROWS).append(" more points in aggregate.csv</td></tr>\n");
                break;
            }
            Map<String, RunData.AggRow> st = e.getValue();
            RunData.AggRow any = st.values().iterator().next();
            h.append("<tr><th>").append(e.getKey()).append("</th>");
            for (String k : d.varying) {
                String v = any.values().getOrDefault(k, "");
                h.append("<td>").append(esc(num(v))).append("</td>");
            }
            h.append("<td>").append(any.n()).append("</td>");
            for (String s : stats) {
                RunData.AggRow r = st.get(s);
                if (r == null) {
                    h.append("<td>–</td>");
                } else {
                    h.append("<td>").append(Format.sig4(r.mean())).append("<br><span class=\"ci\">").append(ci(r)).append("</span></td>");
                }
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table></div>\n</section>\n");
    }

    private static void sensitivityTable(StringBuilder h, RunData d) {
        h.append("<section id=\"sensitivity\"><h2>Sensitivity</h2>\n");
        boolean morris = d.sensitivity.stream().anyMatch(r -> r.method().equals("morris"));
        boolean sobol = d.sensitivity.stream().anyMatch(r -> r.method().equals("sobol"));
        h.append("<p>").append(sobol ? "Sobol first-order (S1) and total (ST) indices with bootstrap 95% intervals. " : "")
                .append(morris ? "Morris elementary effects: μ* (mean absolute effect), μ (mean effect), σ (their standard deviation). " : "")
                .append("Empty cells: the output did not vary.</p>\n");
        h.append("<table class=\"num\">\n<thead><tr><th>output</th><th>factor</th>");
        if (sobol) {
            h.append("<th>S1</th><th>S1 95% interval</th><th>ST</th><th>ST 95% interval</th>");
        }
        if (morris) {
            h.append("<th>μ*</th><th>μ</th><th>σ</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (RunData.SensRow r : d.sensitivity) {
            h.append("<tr><th>").append(esc(r.output())).append("</th><td class=\"l\">").append(esc(r.factor())).append("</td>");
            if (sobol) {
                h.append("<td>").append(Format.sig4(r.s1())).append("</td><td>").append(interval(r.s1Low(), r.s1High()))
                        .append("</td><td>").append(Format.sig4(r.st())).append("</td><td>").append(interval(r.stLow(), r.stHigh())).append("</td>");
            }
            if (morris) {
                h.append("<td>").append(Format.sig4(r.muStar())).append("</td><td>").append(Format.sig4(r.mu()))
                        .append("</td><td>").append(Format.sig4(r.sigma())).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n</section>\n");
    }

    private static String ci(RunData.AggRow r) {
        return interval(r.ciLow(), r.ciHigh());
    }

    private static String interval(double lo, double hi) {
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            return "–";
        }
        return "[" + Format.sig4(lo) + ", " + Format.sig4(hi) + "]";
    }

    private static String num(String v) {
        try {
            double x = Double.parseDouble(v);
            return v.length() > 8 ? Format.sig4(x) : v;
        } catch (NumberFormatException e) {
            return v;
        }
    }

    private static String replications(Object o) {
        if (o instanceof List<?> l && !l.isEmpty()) {
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            for (Object x : l) {
                if (x instanceof Number n) {
                    min = Math.min(min, n.longValue());
                    max = Math.max(max, n.longValue());
                }
            }
            if (min == Long.MAX_VALUE) {
                return l.toString();
            }
            return min == max ? String.valueOf(min) : min + " to " + max;
        }
        return str(o, "unknown");
    }

    private static void kv(StringBuilder h, String k, String v) {
        h.append("<tr><th>").append(esc(k)).append("</th><td>").append(esc(v)).append("</td></tr>\n");
    }

    private static String str(Object o, String dflt) {
        return o == null ? dflt : o.toString();
    }

    /** HTML-escapes text (&amp;, &lt;, &gt;, quotes). */
    public static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static final String CSS = """
            :root { --fg: #222; --muted: #666; --line: #ddd; --accent: #0072B2; }
            * { box-sizing: border-box; }
            body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color: var(--fg); background: #fff;
                   max-width: 1240px; margin: 0 auto; padding: 24px 20px 48px; line-height: 1.45; font-size: 15px; }
            h1 { font-size: 28px; margin: 0 0 6px; }
            h2 { font-size: 21px; margin: 32px 0 12px; padding-bottom: 4px; border-bottom: 2px solid var(--accent); }
            h3 { font-size: 17px; margin: 24px 0 8px; }
            .desc { color: var(--muted); margin: 0 0 10px; max-width: 60em; }
            nav { font-size: 14px; margin: 8px 0 0; }
            nav a { color: var(--accent); text-decoration: none; }
            figure { margin: 0 0 28px; }
            figure img { display: block; width: 100%; height: auto; border: 1px solid var(--line); }
            figcaption { font-size: 13px; color: var(--muted); margin-top: 4px; }
            table { border-collapse: collapse; font-size: 13.5px; margin: 8px 0; }
            th, td { border-bottom: 1px solid var(--line); padding: 4px 10px; vertical-align: top; }
            thead th { border-bottom: 2px solid #999; text-align: right; font-weight: 600; vertical-align: bottom; }
            thead th:first-child, tbody th { text-align: left; font-weight: 600; }
            table.num td { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            table.num td.l, table.num td.u { text-align: left; }
            table.kv th { text-align: left; padding-right: 24px; color: var(--muted); font-weight: normal; }
            .u, .ci { color: var(--muted); font-size: 12px; font-weight: normal; }
            .wide { overflow-x: auto; }
            pre { background: #f6f6f6; border: 1px solid var(--line); padding: 12px; font-size: 13px; overflow-x: auto;
                  white-space: pre-wrap; word-break: break-word; }
            details.notes { font-size: 13px; color: var(--muted); }
            footer { margin-top: 36px; font-size: 12px; color: var(--muted); border-top: 1px solid var(--line); padding-top: 8px; }
            @media print {
              body { max-width: none; padding: 0; font-size: 11pt; }
              nav { display: none; }
              h2 { break-after: avoid; page-break-after: avoid; }
              figure { break-inside: avoid; page-break-inside: avoid; }
              figure img { border: none; max-height: 23cm; width: auto; max-width: 100%; }
              tr { break-inside: avoid; page-break-inside: avoid; }
              .wide { overflow: visible; }
              details.notes { display: block; }
              a { color: inherit; text-decoration: none; }
            }
            """;

    /** A run folder's name, without the path to it. */
    static String folderName(Path dir) {
        Path n = dir.toAbsolutePath().normalize().getFileName();
        return n == null ? dir.toString() : n.toString();
    }

    /** spec.yaml's text with the spec file it came from named without its folder. */
    static String withoutPaths(String specText) {
        StringBuilder b = new StringBuilder();
        for (String line : specText.split("\n", -1)) {
            if (line.startsWith("# spec file: ")) {
                String f = line.substring("# spec file: ".length());
                int slash = Math.max(f.lastIndexOf('/'), f.lastIndexOf('\\'));
                line = "# spec file: " + f.substring(slash + 1);
            }
            b.append(line).append('\n');
        }
        return b.substring(0, b.length() - 1);
    }
}
