package netcap.report;

import netcap.chart.ChartMaker;
import netcap.chart.Format;
import netcap.chart.Labels;
import netcap.chart.RunData;
import netcap.chart.SurvivalData;
import org.apache.commons.csv.CSVRecord;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "Comparisons" section of report.html, from comparisons.csv: one subsection per comparison
 * {@code A vs B} with a table of its statistics (difference of means with its 95% interval, the
 * test and whether the runs were paired by seed, p, Holm-adjusted p, the rank test's p, Cohen's d
 * and Cliff's delta with their intervals; for a {@code regime:NAME} row the two shares, Newcombe's
 * interval of their difference and Fisher's exact p) and, for each compared summary statistic,
 * a distribution chart of the two points (a box per point, every run a dot), drawn whether or
 * not the spec's {@code charts} list names one: {@code charts/compare-STATISTIC.png} for a single
 * comparison, {@code charts/compare-STATISTIC-A-vs-B.png} when there are several. An
 * interaction contrast {@code (A - B) - (C - D)} has its table but no chart.
 */
final class ComparisonSection {
    /** The prefix of a two-proportion row's statistic. */
    static final String REGIME = "regime:";

    /** One row of comparisons.csv. */
    record Row(String comparison, String a, String b, String statistic, int nA, int nB, boolean paired, double meanA,
               double meanB, double diff, double diffLow, double diffHigh, double p, double pRank, double cohenD,
               double cohenDLow, double cohenDHigh, double cliff, double cliffLow, double cliffHigh, double pHolm) {
        boolean proportion() {
            return statistic.startsWith(REGIME);
        }

        /** Whether the row is an interaction contrast {@code (A - B) - (C - D)}, which has no distribution chart. */
        boolean interaction() {
            return comparison.equals("(" + a + ") - (" + b + ")");
        }
    }

    /** A comparison chart: the comparison and statistic it shows, and the chart. */
    record Chart(String comparison, String statistic, ChartMaker.Made made) {
    }

    private ComparisonSection() {
    }

    /** The rows of the folder's comparisons.csv, in order; empty without the file. */
    static List<Row> rows(Path dir) {
        Path f = dir.resolve("comparisons.csv");
        List<Row> out = new ArrayList<>();
        if (!Files.isRegularFile(f)) {
            return out;
        }
        for (CSVRecord r : SurvivalData.records(f)) {
            out.add(new Row(r.get("comparison"), r.get("a"), r.get("b"), r.get("statistic"), Integer.parseInt(r.get("nA")),
                    Integer.parseInt(r.get("nB")), Boolean.parseBoolean(r.get("paired")), num(r, "meanA"), num(r, "meanB"),
                    num(r, "diff"), num(r, "diffLow"), num(r, "diffHigh"), num(r, "p"), num(r, "pMannWhitney"), num(r, "cohenD"),
                    num(r, "cohenDLow"), num(r, "cohenDHigh"), num(r, "cliffDelta"), num(r, "cliffLow"), num(r, "cliffHigh"),
                    num(r, "pHolm")));
        }
        return out;
    }

    /** The rows grouped by comparison, in the order of the file. */
    static Map<String, List<Row>> byComparison(List<Row> rows) {
        Map<String, List<Row>> out = new LinkedHashMap<>();
        for (Row r : rows) {
            out.computeIfAbsent(r.comparison(), k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    /**
     * The distribution charts of the comparisons: one per comparison and summary statistic (not
     * for {@code regime:} rows), skipped with a note in {@code maker} when a point cannot be
     * found or has no values.
     */
    static List<Chart> charts(RunData d, ChartMaker maker, List<Row> rows) {
        Map<String, List<Row>> by = byComparison(rows);
        List<Chart> out = new ArrayList<>();
        for (Map.Entry<String, List<Row>> e : by.entrySet()) {
            for (Row r : e.getValue()) {
                if (r.proportion() || r.interaction()) {
                    continue;
                }
                String file = file(r, by.size() > 1);
                Integer a = pointOf(d, r.a());
                Integer b = pointOf(d, r.b());
                if (a == null || b == null || a.equals(b)) {
                    maker.note(file + ": cannot tell which design points '" + r.a() + "' and '" + r.b() + "' are; chart skipped");
                    continue;
                }
                Map<Integer, String> points = new LinkedHashMap<>();
                points.put(a, "A: " + r.a());
                points.put(b, "B: " + r.b());
                String title = capitalize(Labels.statisticName(r.statistic())) + ": " + r.a() + " vs " + r.b();
                String detail = (r.paired() ? "paired by seed" : "independent runs") + "; mean A − B = " + Format.sig4(r.diff())
                        + ", 95% CI " + interval(r.diffLow(), r.diffHigh()) + ", Holm p = " + Format.sig4(r.pHolm());
                ChartMaker.Made m = maker.comparison(file, title, r.statistic(), detail, points, r.paired());
                if (m != null) {
                    out.add(new Chart(r.comparison(), r.statistic(), m));
                }
            }
        }
        return out;
    }

    /** The chart's base name: compare-STATISTIC, with -A-vs-B when the file holds several comparisons. */
    static String file(Row r, boolean several) {
        String f = "compare-" + r.statistic() + (several ? "-" + r.a() + "-vs-" + r.b() : "");
        return f.replaceAll("[^A-Za-z0-9_-]+", "_");
    }

    /**
     * The design point a comparison's label names: the point whose scenario is the label, or,
     * for a label {@code key=value key=value}, the one point with those values (keys that are not
     * columns of the run's tables, such as the values a scenario sets, are not compared); null
     * when none or several match.
     */
    static Integer pointOf(RunData d, String label) {
        List<Integer> match = new ArrayList<>();
        boolean pairs = label.contains("=");
        for (Map.Entry<Integer, Map<String, String>> e : d.points.entrySet()) {
            Map<String, String> v = e.getValue();
            if (!pairs) {
                if (label.equals(v.get("scenario"))) {
                    match.add(e.getKey());
                }
                continue;
            }
            boolean all = true;
            int compared = 0;
            for (String part : label.split(" ")) {
                int eq = part.indexOf('=');
                String key = eq > 0 ? part.substring(0, eq) : part;
                if (eq > 0 && !v.containsKey(key)) {
                    continue; // a value a scenario sets, not a column of the run's tables
                }
                all &= eq > 0 && same(v.get(key), part.substring(eq + 1));
                compared++;
            }
            if (all && compared > 0) {
                match.add(e.getKey());
            }
        }
        return match.size() == 1 ? match.get(0) : null;
    }

    private static boolean same(String value, String wanted) {
        if (value == null) {
            return false;
        }
        if (value.equals(wanted)) {
            return true;
        }
        try {
            return Double.parseDouble(value) == Double.parseDouble(wanted);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Appends the section (nothing without comparisons.csv). */
    static void append(StringBuilder h, RunData d, List<Row> rows, Map<Chart, byte[]> charts) {
        if (rows.isEmpty()) {
            return;
        }
        h.append("<section id=\"comparisons\"><h2>Comparisons</h2>\n");
        h.append("<p>Each comparison sets the runs of point A against those of point B (comparisons.csv). "
                + "<b>A − B</b>: difference of the means with its 95% interval. The runs are <b>paired</b> when both points "
                + "ran the same seeds replicate by replicate (common random numbers): then the paired t-test and the Wilcoxon "
                + "signed-rank test, otherwise Welch's t-test and the Mann-Whitney U test. <b>Holm p</b> adjusts p over every "
                + "row of the file. Cohen's d (pooled standard deviation) and Cliff's delta (P(A &gt; B) − P(A &lt; B)) "
                + "with 95% intervals measure the size of the difference. A <code>regime:NAME</code> row compares the shares "
                + "of runs in the regime: Newcombe's interval of their difference and Fisher's exact p. "
                + "See docs/statistics.md.</p>\n");
        int i = 0;
        for (Map.Entry<String, List<Row>> e : byComparison(rows).entrySet()) {
            List<Row> rs = e.getValue();
            Row first = rs.get(0);
            h.append("<h3 id=\"comparison-").append(i++).append("\">").append(Reports.esc(e.getKey())).append("</h3>\n");
            h.append("<p>A = ").append(Reports.esc(point(d, first.a()))).append("; B = ").append(Reports.esc(point(d, first.b())))
                    .append(".</p>\n");
            table(h, rs);
            for (Map.Entry<Chart, byte[]> c : charts.entrySet()) {
                if (c.getKey().comparison().equals(e.getKey())) {
                    Reports.figure(h, c.getKey().made(), c.getValue());
                }
            }
        }
        h.append("</section>\n");
    }

    private static void table(StringBuilder h, List<Row> rs) {
        h.append("<div class=\"wide\"><table class=\"num\">\n<thead><tr><th>statistic</th><th>runs<br><span class=\"u\">A / B</span></th>"
                + "<th>mean A</th><th>mean B</th><th>A − B<br><span class=\"u\">95% interval</span></th><th>tests</th><th>p</th>"
                + "<th>Holm p</th><th>rank test p</th><th>Cohen's d<br><span class=\"u\">95% interval</span></th>"
                + "<th>Cliff's delta<br><span class=\"u\">95% interval</span></th></tr></thead>\n<tbody>\n");
        for (Row r : rs) {
            String name = r.proportion() ? "share of runs in regime " + r.statistic().substring(REGIME.length())
                    : Labels.statisticName(r.statistic());
            String tests = r.proportion() ? "Fisher exact" : r.paired() ? "paired t, Wilcoxon (paired by seed)" : "Welch t, Mann-Whitney";
            h.append("<tr><th title=\"").append(Reports.esc(r.statistic())).append("\">").append(Reports.esc(name)).append("</th><td>")
                    .append(r.nA()).append(" / ").append(r.nB()).append("</td><td>").append(value(r.meanA())).append("</td><td>")
                    .append(value(r.meanB())).append("</td><td>").append(withInterval(r.diff(), r.diffLow(), r.diffHigh()))
                    .append("</td><td class=\"l\">").append(tests).append("</td><td>").append(value(r.p())).append("</td><td>")
                    .append(value(r.pHolm())).append("</td><td>").append(value(r.pRank())).append("</td><td>")
                    .append(withInterval(r.cohenD(), r.cohenDLow(), r.cohenDHigh())).append("</td><td>")
                    .append(withInterval(r.cliff(), r.cliffLow(), r.cliffHigh())).append("</td></tr>\n");
        }
        h.append("</tbody></table></div>\n");
    }

    /** An estimate with its interval below it, as in the Results table. */
    private static String withInterval(double v, double lo, double hi) {
        return Double.isNaN(v) ? "–" : value(v) + "<br><span class=\"ci\">" + interval(lo, hi) + "</span>";
    }

    /** A label with the point it names, e.g. "strong-ties (point 0)". */
    private static String point(RunData d, String label) {
        Integer p = pointOf(d, label);
        return p == null ? label : label + " (point " + p + ")";
    }


    private static String value(double v) {
        return Format.sig4(v);
    }

    private static String interval(double lo, double hi) {
        return Double.isNaN(lo) || Double.isNaN(hi) ? "–" : "[" + Format.sig4(lo) + ", " + Format.sig4(hi) + "]";
    }

    private static double num(CSVRecord r, String column) {
        return r.isMapped(column) ? SurvivalData.num(r.get(column)) : Double.NaN;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
