package netcap.chart;

import netcap.InputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Kaplan-Meier curves of a run folder's {@code survival.csv} and the medians of its
 * {@code events.csv}, by event and point, for the survival chart and the report.
 */
public final class SurvivalData {
    /** One point's curve of one event: the distinct steps with S just after each, and the run counts. */
    public record Curve(String event, int point, double[] steps, double[] survival, double[] low, double[] high,
                        int runs, int events) {
    }

    /** One row of events.csv. */
    public record Median(String event, int point, int runs, int events, int censored, double median,
                         double low, double high) {
    }

    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    /** The curves by event, in file order. */
    public final Map<String, List<Curve>> curves;
    /** The medians, in file order. */
    public final List<Median> medians;

    private SurvivalData(Map<String, List<Curve>> curves, List<Median> medians) {
        this.curves = curves;
        this.medians = medians;
    }

    /** Reads the folder's tables; null when it has no survival.csv. */
    public static SurvivalData read(Path dir) {
        Path sf = dir.resolve("survival.csv");
        Path ef = dir.resolve("events.csv");
        if (!Files.isRegularFile(sf) || !Files.isRegularFile(ef)) {
            return null;
        }
        List<Median> medians = new ArrayList<>();
        for (CSVRecord r : records(ef)) {
            medians.add(new Median(r.get("event"), Integer.parseInt(r.get("point")), Integer.parseInt(r.get("runs")),
                    Integer.parseInt(r.get("events")), Integer.parseInt(r.get("censored")), num(r.get("median")),
                    num(r.get("medianLow")), num(r.get("medianHigh"))));
        }
        Map<String, List<Curve>> curves = new LinkedHashMap<>();
        Map<String, List<CSVRecord>> byCurve = new LinkedHashMap<>();
        for (CSVRecord r : records(sf)) {
            byCurve.computeIfAbsent(r.get("event") + "\n" + r.get("point"), k -> new ArrayList<>()).add(r);
        }
        for (List<CSVRecord> rows : byCurve.values()) {
            String event = rows.get(0).get("event");
            int point = Integer.parseInt(rows.get(0).get("point"));
            int n = rows.size();
            double[] t = new double[n];
            double[] s = new double[n];
            double[] lo = new double[n];
            double[] hi = new double[n];
            int events = 0;
            for (int i = 0; i < n; i++) {
                CSVRecord r = rows.get(i);
                t[i] = num(r.get("step"));
                s[i] = num(r.get("survival"));
                lo[i] = num(r.get("low"));
                hi[i] = num(r.get("high"));
                events += Integer.parseInt(r.get("events"));
            }
            int runs = Integer.parseInt(rows.get(0).get("atRisk"));
            curves.computeIfAbsent(event, k -> new ArrayList<>()).add(new Curve(event, point, t, s, lo, hi, runs, events));
        }
        return new SurvivalData(curves, medians);
    }

    /** The records of a CSV file with a header row; an unreadable file is an input error naming it. */
    public static List<CSVRecord> records(Path f) {
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8); CSVParser p = READ.parse(r)) {
            return p.getRecords();
        } catch (IOException | RuntimeException e) {
            throw new InputException(f + ": cannot read: " + e.getMessage());
        }
    }

    /** A CSV cell as a number: empty is NaN. */
    public static double num(String s) {
        return s == null || s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }
}
