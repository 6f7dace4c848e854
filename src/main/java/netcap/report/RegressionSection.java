package netcap.report;

import netcap.chart.Format;
import netcap.chart.RunData;
import netcap.chart.SurvivalData;
import org.apache.commons.csv.CSVRecord;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The "Regressions" section of report.html: per model, point and term of regression-summary.csv
 * (the spec's {@code regressions}), the mean least-squares coefficient over the runs with a fit,
 * its 95% Student-t interval over runs, the p-value of the one-sample t-test against 0 and the
 * mean r2. Each run's coefficients are in regressions.csv.
 */
final class RegressionSection {
    /** The file the section shows. */
    static final String FILE = "regression-summary.csv";

    private RegressionSection() {
    }

    /** Whether the folder has anything for the section. */
    static boolean present(RunData d) {
        return Files.isRegularFile(d.dir.resolve(FILE));
    }

    /** Appends the section (nothing when {@link #present} is false). */
    static void append(StringBuilder h, RunData d) {
        if (!present(d)) {
            return;
        }
        Path f = d.dir.resolve(FILE);
        h.append("<section id=\"regressions\"><h2>Regressions</h2>\n");
        h.append("<p>An agent outcome on the agent's network position: a least-squares fit with an intercept in every run, over "
                + "its members at one agents.csv step (regressions.csv), then the run's coefficient taken as one observation: "
                + "mean over the runs with a fit, 95% Student-t interval over runs, p of the one-sample t-test against 0, "
                + "and the mean r<sup>2</sup>. Agents of one run are not treated as independent.</p>\n");
        h.append("<div class=\"wide\"><table class=\"num\">\n<thead><tr><th>model</th><th>point</th>");
        for (String k : d.varying) {
            h.append("<th>").append(Reports.esc(k)).append("</th>");
        }
        h.append("<th>term</th><th>runs</th><th>mean coefficient</th><th>95% interval</th><th>p</th><th>mean r<sup>2</sup></th></tr></thead>\n<tbody>\n");
        List<CSVRecord> recs = SurvivalData.records(f);
        int rows = 0;
        for (CSVRecord r : recs) {
            if (rows++ == Reports.MAX_ROWS) {
                h.append("<tr><td colspan=\"").append(7 + d.varying.size()).append("\">… ")
                        .append(recs.size() - Reports.MAX_ROWS).append(" more rows in ").append(FILE).append("</td></tr>\n");
                break;
            }
            h.append("<tr><th>").append(Reports.esc(r.get("model"))).append("</th><td>").append(Reports.esc(r.get("point"))).append("</td>");
            for (String k : d.varying) {
                h.append("<td>").append(Reports.esc(r.isMapped(k) ? r.get(k) : "")).append("</td>");
            }
            h.append("<td class=\"l\">").append(Reports.esc(r.get("term"))).append("</td><td>").append(Reports.esc(r.get("runs")))
                    .append("</td><td>").append(value(r.get("mean"))).append("</td><td>")
                    .append(interval(num(r.get("ciLow")), num(r.get("ciHigh")))).append("</td><td>").append(value(r.get("p")))
                    .append("</td><td>").append(value(r.get("meanR2"))).append("</td></tr>\n");
        }
        h.append("</tbody></table></div>\n</section>\n");
    }

    private static double num(String s) {
        return SurvivalData.num(s);
    }

    private static String value(String s) {
        double v = num(s);
        return Double.isNaN(v) ? "–" : Format.sig4(v);
    }

    private static String interval(double lo, double hi) {
        return Double.isNaN(lo) || Double.isNaN(hi) ? "–" : "[" + Format.sig4(lo) + ", " + Format.sig4(hi) + "]";
    }
}
