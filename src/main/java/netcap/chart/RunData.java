package netcap.chart;

import com.fasterxml.jackson.databind.ObjectMapper;
import netcap.InputException;
import netcap.spec.SpecException;
import netcap.spec.SpecNode;
import netcap.spec.SpecReader;
import netcap.stats.ConfidenceInterval;
import netcap.stats.Summary;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntPredicate;

/**
 * The contents of a run folder written by {@code netcap run}, read into compact column arrays:
 * the time series (every run and recorded step), the aggregate and sensitivity tables, the
 * manifest and the spec. Per-agent microdata ({@code agents.csv}) is read only when a chart asks
 * for it ({@link #agents()}).
 *
 * <p>Time series are grouped by step across the runs of one or more design points
 * ({@link #band}): the mean and the 95% Student-t confidence interval over replicates.
 */
public final class RunData {
    /** One row of {@code aggregate.csv}. */
    public record AggRow(int point, Map<String, String> values, String statistic, int n,
                         double mean, double sd, double ciLow, double ciHigh) {
    }

    /**
     * One row of {@code sensitivity.csv}; absent numbers are NaN; {@code n} is the base sample
     * size (Sobol) or the number of trajectories (Morris), 0 when absent (files written before
     * the column existed).
     */
    public record SensRow(String method, String output, String factor, double s1, double s1Low, double s1High,
                          double st, double stLow, double stHigh, double muStar, double mu, double sigma,
                          double muStarLow, double muStarHigh, int n) {
    }

    /** Mean and 95% confidence band of one metric per step. {@code lo == hi == mean} where n &lt; 2. */
    public record Band(String metric, int[] steps, double[] mean, double[] lo, double[] hi, int[] n) {
        public int size() {
            return steps.length;
        }
    }

    /**
     * Per-agent microdata of members: point, step, general trust, degree and the ties at each
     * relationship level per row; {@code tieLevels[L][i]} is row i's {@code tieLevelL} (NaN when
     * agents.csv has no such column or the cell is empty).
     */
    public record Agents(int[] point, int[] step, float[] trust, int[] degree, float[][] tieLevels, int rows) {
        /** The recorded steps, ascending. */
        public int[] steps() {
            TreeSet<Integer> s = new TreeSet<>();
            for (int i = 0; i < rows; i++) {
                s.add(step[i]);
            }
            return s.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** The relationship levels of agents.csv's {@code tieLevel0..4} columns. */
    public static final int LEVELS = 5;

    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    public final Path dir;
    /** The keys that vary across points (columns between {@code seed} and {@code step}). */
    public final List<String> varying;
    /** The metric columns of timeseries.csv, in file order (without {@code step}). */
    public final List<String> metrics;
    /** Each point's values of the varying keys, as written. */
    public final Map<Integer, Map<String, String>> points;
    /** Rows of aggregate.csv (empty when the file is absent). */
    public final List<AggRow> aggregate;
    /** Rows of sensitivity.csv, or null when the file is absent. */
    public final List<SensRow> sensitivity;
    /** manifest.json as plain maps (empty when absent). */
    public final Map<String, Object> manifest;
    /** spec.yaml's text (without the trailing {@code # resolved:} lines), or null. */
    public final String specText;
    /** spec.yaml parsed, or null when absent. */
    public final SpecNode spec;

    private final int rows;
    private final int[] point;
    private final int[] runId;
    private final int[] step;
    private final float[][] values;
    private final Map<String, Integer> metricIndex = new LinkedHashMap<>();
    private Agents agents;
    private boolean agentsRead;

    private RunData(Path dir, List<String> varying, List<String> metrics, Map<Integer, Map<String, String>> points,
                    int rows, int[] point, int[] runId, int[] step, float[][] values, List<AggRow> aggregate,
                    List<SensRow> sensitivity, Map<String, Object> manifest, String specText, SpecNode spec) {
        this.dir = dir;
        this.varying = varying;
        this.metrics = metrics;
        this.points = points;
        this.rows = rows;
        this.point = point;
        this.runId = runId;
        this.step = step;
        this.values = values;
        this.aggregate = aggregate;
        this.sensitivity = sensitivity;
        this.manifest = manifest;
        this.specText = specText;
        this.spec = spec;
        for (int i = 0; i < metrics.size(); i++) {
            metricIndex.put(metrics.get(i), i);
        }
    }

    /**
     * Reads a run folder.
     *
     * @throws InputException when the folder does not exist, is not a run folder or a file cannot be read
     */
    public static RunData read(Path dir) {
        if (!Files.exists(dir)) {
            throw new InputException(dir + ": no such folder");
        }
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir + ": not a folder (expected a run folder written by netcap run)");
        }
        Path ts = dir.resolve("timeseries.csv");
        if (!Files.isRegularFile(ts)) {
            boolean looksLikeRun = Files.exists(dir.resolve("manifest.json")) || Files.exists(dir.resolve("parts"));
            throw new InputException(dir + (looksLikeRun ? ": timeseries.csv is missing (was the run interrupted? finish it with netcap run --resume)"
                    : ": not a run folder (no timeseries.csv; expected the output folder of netcap run)"));
        }
        List<String> varying = new ArrayList<>();
        List<String> metrics = new ArrayList<>();
        Map<Integer, Map<String, String>> points = new TreeMap<>();
        int cap = 1024;
        int n = 0;
        int[] point = new int[cap];
        int[] run = new int[cap];
        int[] step = new int[cap];
        float[][] vals;
        try (Reader r = Files.newBufferedReader(ts, StandardCharsets.UTF_8); CSVParser p = READ.parse(r)) {
            List<String> header = p.getHeaderNames();
            int seedCol = header.indexOf("seed");
            int stepCol = header.indexOf("step");
            if (header.indexOf("point") < 0 || header.indexOf("run") < 0 || stepCol < 0 || seedCol < 0 || stepCol < seedCol) {
                throw new InputException(ts + ": not a netcap time series (needs the columns run, point, replicate, seed, ..., step, ...), header was " + header);
            }
            varying.addAll(header.subList(seedCol + 1, stepCol));
            metrics.addAll(header.subList(stepCol + 1, header.size()));
            int pointCol = header.indexOf("point");
            int runCol = header.indexOf("run");
            vals = new float[metrics.size()][cap];
            for (CSVRecord rec : p) {
                if (n == cap) {
                    cap *= 2;
                    point = Arrays.copyOf(point, cap);
                    run = Arrays.copyOf(run, cap);
                    step = Arrays.copyOf(step, cap);
                    for (int m = 0; m < vals.length; m++) {
                        vals[m] = Arrays.copyOf(vals[m], cap);
                    }
                }
                try {
                    point[n] = Integer.parseInt(rec.get(pointCol));
                    run[n] = Integer.parseInt(rec.get(runCol));
                    step[n] = (int) Double.parseDouble(rec.get(stepCol));
                } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                    throw new InputException(ts + ":" + rec.getRecordNumber() + 1 + ": bad row: " + e.getMessage());
                }
                if (!points.containsKey(point[n])) {
                    Map<String, String> pv = new LinkedHashMap<>();
                    for (int k = 0; k < varying.size(); k++) {
                        pv.put(varying.get(k), rec.get(seedCol + 1 + k));
                    }
                    points.put(point[n], pv);
                }
                for (int m = 0; m < vals.length; m++) {
                    vals[m][n] = (float) parse(rec.size() > stepCol + 1 + m ? rec.get(stepCol + 1 + m) : "");
                }
                n++;
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputException(ts + ": cannot read: " + e.getMessage());
        }
        List<AggRow> agg = readAggregate(dir.resolve("aggregate.csv"));
        List<SensRow> sens = readSensitivity(dir.resolve("sensitivity.csv"));
        Map<String, Object> manifest = readManifest(dir.resolve("manifest.json"));
        String specText = null;
        SpecNode spec = null;
        Path specPath = dir.resolve("spec.yaml");
        if (Files.isRegularFile(specPath)) {
            try {
                specText = stripResolved(Files.readString(specPath, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new InputException(specPath + ": cannot read: " + e.getMessage());
            }
            try {
                spec = SpecReader.parse(specPath.toString(), specText);
            } catch (SpecException e) {
                spec = null; // the charts fall back to the defaults; the report still shows the text
            }
        }
        return new RunData(dir, List.copyOf(varying), List.copyOf(metrics), points, n, point, run, step, vals,
                agg, sens, manifest, specText, spec);
    }

    /** The spec text without the trailing {@code # resolved:} comment (which may span lines). */
    public static String stripResolved(String text) {
        int i = text.indexOf("\n# resolved:");
        if (text.startsWith("# resolved:")) {
            return "";
        }
        return i < 0 ? text : text.substring(0, i + 1);
    }

    private static double parse(String s) {
        if (s == null || s.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static List<AggRow> readAggregate(Path f) {
        if (!Files.isRegularFile(f)) {
            return List.of();
        }
        List<AggRow> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8); CSVParser p = READ.parse(r)) {
            List<String> h = p.getHeaderNames();
            int st = h.indexOf("statistic");
            if (st < 0) {
                throw new InputException(f + ": no 'statistic' column");
            }
            List<String> keys = h.subList(1, st);
            for (CSVRecord rec : p) {
                Map<String, String> v = new LinkedHashMap<>();
                for (int k = 0; k < keys.size(); k++) {
                    v.put(keys.get(k), rec.get(1 + k));
                }
                out.add(new AggRow(Integer.parseInt(rec.get("point")), v, rec.get("statistic"),
                        (int) parse(rec.get("n")), parse(rec.get("mean")), parse(rec.get("sd")),
                        parse(rec.get("ciLow")), parse(rec.get("ciHigh"))));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputException ie) {
                throw ie;
            }
            throw new InputException(f + ": cannot read: " + e.getMessage());
        }
        return out;
    }

    private Map<String, Map<Integer, double[]>> runValues;

    /**
     * One summary statistic of every run, by design point, from {@code summary.csv} (runs where
     * it has no value are left out); empty when the folder has no summary or no such column.
     */
    public synchronized Map<Integer, double[]> runValues(String statistic) {
        if (runValues == null) {
            runValues = new LinkedHashMap<>();
        }
        return runValues.computeIfAbsent(statistic, st -> {
            Path f = dir.resolve("summary.csv");
            Map<Integer, List<Double>> byPoint = new TreeMap<>();
            if (!Files.isRegularFile(f)) {
                return Map.of();
            }
            try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8); CSVParser p = READ.parse(r)) {
                if (!p.getHeaderNames().contains(st)) {
                    return Map.of();
                }
                for (CSVRecord rec : p) {
                    double v = parse(rec.get(st));
                    if (!Double.isNaN(v)) {
                        byPoint.computeIfAbsent(Integer.parseInt(rec.get("point")), k -> new ArrayList<>()).add(v);
                    }
                }
            } catch (IOException | RuntimeException e) {
                throw new InputException(f + ": cannot read: " + e.getMessage());
            }
            Map<Integer, double[]> out = new LinkedHashMap<>();
            byPoint.forEach((pt, vs) -> out.put(pt, vs.stream().mapToDouble(Double::doubleValue).toArray()));
            return out;
        });
    }

    private static List<SensRow> readSensitivity(Path f) {
        if (!Files.isRegularFile(f)) {
            return null;
        }
        List<SensRow> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8); CSVParser p = READ.parse(r)) {
            for (CSVRecord rec : p) {
                out.add(new SensRow(rec.get("method"), rec.get("output"), rec.get("factor"),
                        d(rec, "S1"), d(rec, "S1Low"), d(rec, "S1High"), d(rec, "ST"), d(rec, "STLow"), d(rec, "STHigh"),
                        d(rec, "muStar"), d(rec, "mu"), d(rec, "sigma"),
                        d(rec, "muStarLow"), d(rec, "muStarHigh"), (int) (Double.isNaN(d(rec, "n")) ? 0 : d(rec, "n"))));
            }
        } catch (IOException | RuntimeException e) {
            throw new InputException(f + ": cannot read: " + e.getMessage());
        }
        return out;
    }

    private static double d(CSVRecord rec, String col) {
        return rec.isMapped(col) && rec.isSet(col) ? parse(rec.get(col)) : Double.NaN;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readManifest(Path f) {
        if (!Files.isRegularFile(f)) {
            return Map.of();
        }
        try {
            return new ObjectMapper().readValue(f.toFile(), Map.class);
        } catch (IOException e) {
            throw new InputException(f + ": not valid JSON: " + e.getMessage().split("\n")[0]);
        }
    }

    // ------------------------------------------------------------------ queries

    /** Whether timeseries.csv has this metric column. */
    public boolean has(String metric) {
        return metricIndex.containsKey(metric);
    }

    /** The number of design points. */
    public int pointCount() {
        return points.size();
    }

    /** The number of runs (point x replicate) in the time series. */
    public int runCount() {
        TreeSet<Integer> s = new TreeSet<>();
        for (int i = 0; i < rows; i++) {
            s.add(runId[i]);
        }
        return s.size();
    }

    /** The number of runs of the points accepted by {@code points}. */
    public int runCount(IntPredicate points) {
        TreeSet<Integer> s = new TreeSet<>();
        for (int i = 0; i < rows; i++) {
            if (points.test(point[i])) {
                s.add(runId[i]);
            }
        }
        return s.size();
    }

    /** The distinct values of a varying key, sorted numerically when they are numbers. */
    public List<String> levels(String key) {
        List<String> out = new ArrayList<>();
        for (Map<String, String> pv : points.values()) {
            String v = pv.get(key);
            if (v != null && !out.contains(v)) {
                out.add(v);
            }
        }
        out.sort((a, b) -> {
            double x = parse(a);
            double y = parse(b);
            return Double.isNaN(x) || Double.isNaN(y) ? a.compareTo(b) : Double.compare(x, y);
        });
        return out;
    }

    /** The points whose {@code key} equals {@code value}. */
    public IntPredicate pointsWith(String key, String value) {
        return p -> value.equals(points.getOrDefault(p, Map.of()).get(key));
    }

    /** Mean and 95% CI of {@code metric} per step over the runs of the accepted points; null if the column is absent. */
    public Band band(String metric, IntPredicate points) {
        Integer m = metricIndex.get(metric);
        if (m == null) {
            return null;
        }
        float[] col = values[m];
        TreeMap<Integer, double[]> byStep = new TreeMap<>();
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        for (int i = 0; i < rows; i++) {
            if (!points.test(point[i]) || Float.isNaN(col[i])) {
                continue;
            }
            double[] buf = byStep.computeIfAbsent(step[i], k -> new double[4]);
            int c = counts.getOrDefault(step[i], 0);
            if (c == buf.length) {
                buf = Arrays.copyOf(buf, c * 2);
                byStep.put(step[i], buf);
            }
            buf[c] = col[i];
            counts.put(step[i], c + 1);
        }
        int k = byStep.size();
        int[] steps = new int[k];
        double[] mean = new double[k];
        double[] lo = new double[k];
        double[] hi = new double[k];
        int[] ns = new int[k];
        int j = 0;
        for (Map.Entry<Integer, double[]> e : byStep.entrySet()) {
            int c = counts.get(e.getKey());
            Summary s = Summary.of(e.getValue(), c);
            steps[j] = e.getKey();
            mean[j] = s.mean();
            ns[j] = c;
            if (c >= 2) {
                ConfidenceInterval ci = s.ci();
                lo[j] = ci.lower();
                hi[j] = ci.upper();
            } else {
                lo[j] = s.mean();
                hi[j] = s.mean();
            }
            j++;
        }
        return new Band(metric, steps, mean, lo, hi, ns);
    }

    /** The aggregate rows of one statistic (e.g. {@code totalKnowledgeFinal}), in point order. */
    public List<AggRow> aggregate(String statistic) {
        List<AggRow> out = new ArrayList<>();
        for (AggRow r : aggregate) {
            if (r.statistic().equals(statistic)) {
                out.add(r);
            }
        }
        return out;
    }

    /** Whether aggregate.csv has this statistic. */
    public boolean hasStatistic(String statistic) {
        for (AggRow r : aggregate) {
            if (r.statistic().equals(statistic)) {
                return true;
            }
        }
        return false;
    }

    /** The statistic names of aggregate.csv, in file order. */
    public List<String> statistics() {
        List<String> out = new ArrayList<>();
        for (AggRow r : aggregate) {
            if (!out.contains(r.statistic())) {
                out.add(r.statistic());
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** Whether the folder has agents.csv. */
    public boolean hasAgents() {
        return Files.isRegularFile(dir.resolve("agents.csv"));
    }

    /** The members' rows of agents.csv (read on first use), or null when the file is absent. */
    public synchronized Agents agents() {
        if (agentsRead) {
            return agents;
        }
        agentsRead = true;
        Path f = dir.resolve("agents.csv");
        if (!Files.isRegularFile(f)) {
            return null;
        }
        int cap = 4096;
        int n = 0;
        int[] pt = new int[cap];
        int[] st = new int[cap];
        float[] tr = new float[cap];
        int[] dg = new int[cap];
        float[][] lv = new float[LEVELS][cap];
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8); CSVParser p = READ.parse(r)) {
            int cp = p.getHeaderNames().indexOf("point");
            int cs = p.getHeaderNames().indexOf("step");
            int cst = p.getHeaderNames().indexOf("status");
            int ct = p.getHeaderNames().indexOf("generalTrust");
            int cd = p.getHeaderNames().indexOf("degree");
            int[] cl = new int[LEVELS];
            for (int l = 0; l < LEVELS; l++) {
                cl[l] = p.getHeaderNames().indexOf("tieLevel" + l);
            }
            if (cp < 0 || cs < 0) {
                throw new InputException(f + ": not netcap agent microdata (needs point and step columns)");
            }
            for (CSVRecord rec : p) {
                if (cst >= 0 && !"member".equals(rec.get(cst))) {
                    continue;
                }
                if (n == cap) {
                    cap *= 2;
                    pt = Arrays.copyOf(pt, cap);
                    st = Arrays.copyOf(st, cap);
                    tr = Arrays.copyOf(tr, cap);
                    dg = Arrays.copyOf(dg, cap);
                    for (int l = 0; l < LEVELS; l++) {
                        lv[l] = Arrays.copyOf(lv[l], cap);
                    }
                }
                pt[n] = Integer.parseInt(rec.get(cp));
                st[n] = (int) parse(rec.get(cs));
                tr[n] = ct < 0 ? Float.NaN : (float) parse(rec.get(ct));
                dg[n] = cd < 0 ? -1 : (int) parse(rec.get(cd));
                for (int l = 0; l < LEVELS; l++) {
                    lv[l][n] = cl[l] < 0 ? Float.NaN : (float) parse(rec.get(cl[l]));
                }
                n++;
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputException ie) {
                throw ie;
            }
            throw new InputException(f + ": cannot read: " + e.getMessage());
        }
        agents = new Agents(pt, st, tr, dg, lv, n);
        return agents;
    }

    /** A short description of the points a predicate selects, for subtitles. */
    public String describePoint(int p) {
        Map<String, String> pv = points.getOrDefault(p, Map.of());
        if (pv.isEmpty()) {
            return "point " + p;
        }
        StringBuilder sb = new StringBuilder("point " + p + ": ");
        boolean first = true;
        for (Map.Entry<String, String> e : pv.entrySet()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(e.getKey()).append(" = ").append(Format.short4(parse(e.getValue()), e.getValue()));
        }
        return sb.toString();
    }
}
