package netcap.report;

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
 * The "Regimes" section of report.html: per point the share of each regime with its Wilson 95%
 * interval and the means of the key statistics within and outside it (regimes.csv,
 * regime-aggregate.csv), the median time to each event (events.csv), and flags where a mean
 * over all runs hides two kinds of run: a regime's share between 10% and 90% with at least 10
 * runs, or a statistic whose bimodality coefficient in aggregate.csv (when the column exists)
 * exceeds 5/9, the value of a uniform distribution.
 */
final class RegimeSection {
    /** Shares strictly inside (LOW, 1 - LOW) with at least MIN_RUNS runs flag a split. */
    static final double LOW = 0.10;
    /** The fewest runs for a share to flag a split. */
    static final int MIN_RUNS = 10;
    /** Bimodality coefficients above this (5/9, a uniform distribution's) flag a statistic. */
    static final double BIMODALITY = 5.0 / 9.0;

    private RegimeSection() {
    }

    /** Whether the folder has anything for the section. */
    static boolean present(RunData d) {
        return Files.isRegularFile(d.dir.resolve("regimes.csv")) || Files.isRegularFile(d.dir.resolve("events.csv"))
                || !bimodal(d.dir).isEmpty();
    }

    /** Whether a regime's share flags a split: between 10% and 90% with at least 10 runs. */
    static boolean splits(int count, int runs) {
        double share = (double) count / runs;
        return runs >= MIN_RUNS && share > LOW && share < 1 - LOW;
    }

    /** Appends the section (nothing when {@link #present} is false). */
    static void append(StringBuilder h, RunData d) {
        if (!present(d)) {
            return;
        }
        h.append("<section id=\"regimes\"><h2>Regimes</h2>\n");
        h.append("<p>Runs of an agent-based model often end in one of two regimes (a network takes off or it does not); "
                + "a mean over all runs then describes neither. Shares with Wilson 95% intervals; means within and outside "
                + "each regime (regime-aggregate.csv); time to events by Kaplan-Meier, runs without the event censored at "
                + "the last step (survival.csv, events.csv). <b>bimodal</b>: a regime holds between 10% and 90% of at least "
                + "10 runs, or a statistic's bimodality coefficient exceeds 5/9.</p>\n");
        regimes(h, d);
        events(h, d);
        List<String> flagged = bimodal(d.dir);
        if (!flagged.isEmpty()) {
            h.append("<p>Bimodal statistics (aggregate.csv bimodality &gt; 5/9):</p>\n<ul>\n");
            for (String f : flagged) {
                h.append("<li>").append(Reports.esc(f)).append("</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("</section>\n");
    }

    private static void regimes(StringBuilder h, RunData d) {
        Path f = d.dir.resolve("regimes.csv");
        if (!Files.isRegularFile(f)) {
            return;
        }
        List<String> stats = new ArrayList<>();
        for (String s : Reports.KEY_STATISTICS) {
            if (d.hasStatistic(s)) {
                stats.add(s);
            }
        }
        // point, regime, inRegime, statistic -> mean
        Map<String, Double> means = new LinkedHashMap<>();
        Path ra = d.dir.resolve("regime-aggregate.csv");
        if (Files.isRegularFile(ra)) {
            for (CSVRecord r : records(ra)) {
                if (stats.contains(r.get("statistic"))) {
                    means.put(r.get("point") + "/" + r.get("regime") + "/" + r.get("inRegime") + "/" + r.get("statistic"),
                            num(r.get("mean")));
                }
            }
        }
        h.append("<div class=\"wide\"><table class=\"num\">\n<thead><tr><th>point</th>");
        for (String k : d.varying) {
            h.append("<th>").append(Reports.esc(k)).append("</th>");
        }
        h.append("<th>regime</th><th>runs</th><th>share</th><th>95% interval</th>");
        for (String s : stats) {
            h.append("<th title=\"").append(Reports.esc(s)).append("\">").append(Reports.esc(Labels.label(Labels.metricOf(s))))
                    .append("<br><span class=\"u\">in / outside</span></th>");
        }
        h.append("<th></th></tr></thead>\n<tbody>\n");
        int rows = 0;
        List<CSVRecord> recs = records(f);
        for (CSVRecord r : recs) {
            if (rows++ == Reports.MAX_ROWS) {
                h.append("<tr><td colspan=\"").append(6 + d.varying.size() + stats.size()).append("\">… ")
                        .append(recs.size() - Reports.MAX_ROWS).append(" more rows in regimes.csv</td></tr>\n");
                break;
            }
            int runs = Integer.parseInt(r.get("runs"));
            int count = Integer.parseInt(r.get("count"));
            h.append("<tr><th>").append(Reports.esc(r.get("point"))).append("</th>");
            for (String k : d.varying) {
                h.append("<td>").append(Reports.esc(r.isMapped(k) ? r.get(k) : "")).append("</td>");
            }
            h.append("<td class=\"l\">").append(Reports.esc(r.get("regime"))).append("</td><td>").append(runs)
                    .append("</td><td>").append(count).append(" (").append(Format.sig4(num(r.get("share")))).append(")</td><td>")
                    .append(interval(num(r.get("shareLow")), num(r.get("shareHigh")))).append("</td>");
            for (String s : stats) {
                String key = r.get("point") + "/" + r.get("regime") + "/";
                h.append("<td>").append(value(means.get(key + "true/" + s))).append(" / ")
                        .append(value(means.get(key + "false/" + s))).append("</td>");
            }
            h.append("<td>").append(runs > 0 && splits(count, runs) ? "<b>bimodal</b>" : "").append("</td></tr>\n");
        }
        h.append("</tbody></table></div>\n");
    }

    private static void events(StringBuilder h, RunData d) {
        SurvivalData sd = SurvivalData.read(d.dir);
        if (sd == null || sd.medians.isEmpty()) {
            return;
        }
        h.append("<p>Median time to events (Kaplan-Meier; Brookmeyer-Crowley 95% interval; – where the curve or its bound "
                + "does not reach one half within the run):</p>\n");
        h.append("<div class=\"wide\"><table class=\"num\">\n<thead><tr><th>point</th>");
        for (String k : d.varying) {
            h.append("<th>").append(Reports.esc(k)).append("</th>");
        }
        h.append("<th>event</th><th>runs</th><th>events</th><th>censored</th><th>median</th><th>95% interval</th></tr></thead>\n<tbody>\n");
        int rows = 0;
        for (SurvivalData.Median m : sd.medians) {
            if (rows++ == Reports.MAX_ROWS) {
                h.append("<tr><td colspan=\"").append(7 + d.varying.size()).append("\">… more rows in events.csv</td></tr>\n");
                break;
            }
            Map<String, String> pv = d.points.getOrDefault(m.point(), Map.of());
            h.append("<tr><th>").append(m.point()).append("</th>");
            for (String k : d.varying) {
                h.append("<td>").append(Reports.esc(pv.getOrDefault(k, ""))).append("</td>");
            }
            h.append("<td class=\"l\">").append(Reports.esc(m.event())).append("</td><td>").append(m.runs()).append("</td><td>")
                    .append(m.events()).append("</td><td>").append(m.censored()).append("</td><td>").append(value(m.median()))
                    .append("</td><td>[").append(value(m.low())).append(", ").append(Double.isNaN(m.high()) ? "not reached" : value(m.high()))
                    .append("]</td></tr>\n");
        }
        h.append("</tbody></table></div>\n");
    }

    /** "point 0, membersFinal: 0.71" for each aggregate.csv row whose bimodality column exceeds 5/9; empty without the column. */
    static List<String> bimodal(Path dir) {
        Path f = dir.resolve("aggregate.csv");
        List<String> out = new ArrayList<>();
        if (!Files.isRegularFile(f)) {
            return out;
        }
        for (CSVRecord r : records(f)) {
            if (!r.isMapped("bimodality")) {
                return out;
            }
            double b = num(r.get("bimodality"));
            if (b > BIMODALITY) {
                out.add("point " + r.get("point") + ", " + r.get("statistic") + ": " + Format.sig4(b));
            }
        }
        return out;
    }

    private static List<CSVRecord> records(Path f) {
        return SurvivalData.records(f);
    }

    private static double num(String s) {
        return SurvivalData.num(s);
    }

    private static String value(Double v) {
        return v == null || v.isNaN() ? "–" : Format.sig4(v);
    }

    private static String interval(double lo, double hi) {
        return Double.isNaN(lo) ? "–" : "[" + Format.sig4(lo) + ", " + Format.sig4(hi) + "]";
    }
}
