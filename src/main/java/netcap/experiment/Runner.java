package netcap.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import netcap.InputException;
import netcap.Version;
import netcap.design.MorrisDesign;
import netcap.design.SobolDesign;
import netcap.io.AtomicFiles;
import netcap.io.GraphExport;
import netcap.io.GraphMLWriter;
import netcap.model.NetcapModel;
import netcap.model.ParamRegistry;
import netcap.model.Params;
import netcap.model.TimeSeries;
import netcap.random.Streams;
import netcap.spec.Point;
import netcap.spec.Spec;
import netcap.stats.AdaptiveReplication;
import netcap.stats.ConfidenceInterval;
import netcap.stats.MorrisEffects;
import netcap.stats.SobolIndices;
import netcap.stats.Summary;
import netcap.world.Agents;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs every design point x replicate of a {@link Spec} on a local thread pool and writes the
 * output folder:
 * <ul>
 *   <li>{@code timeseries.csv}: run, point, replicate, seed, the varying keys, step, metrics;</li>
 *   <li>{@code summary.csv}: one row per run, each metric's final value and its mean over steps 1..T;</li>
 *   <li>{@code aggregate.csv}: per point and summary statistic, n, mean, sd and 95% confidence interval;</li>
 *   <li>{@code sensitivity.csv} for Sobol and Morris designs;</li>
 *   <li>{@code agents.csv} and {@code snapshots/} on request;</li>
 *   <li>{@code manifest.json} and a copy of the spec.</li>
 * </ul>
 * Each run's results are first written atomically to {@code parts/}; the tables are assembled from
 * the parts in (point, replicate) order, so they are byte-identical whatever the number of threads,
 * and {@code --resume} re-runs only the runs whose parts are missing.
 */
public final class Runner {
    /** How to run. */
    public record Options(Path out, int threads, boolean resume, Progress progress) {
    }

    /** What a finished experiment wrote. */
    public record Result(Path folder, int runs, int ranNow, double wallSeconds) {
    }

    private final Spec spec;
    private final Options options;
    private final List<Point> points;
    private final List<String> varying;
    private final List<String> metrics;
    private final List<String> summaryColumns;
    private final Path parts;

    public Runner(Spec spec, Options options) {
        this.spec = spec;
        this.options = options;
        this.points = spec.points();
        this.varying = spec.varyingKeys();
        this.metrics = spec.metrics;
        List<String> sc = new ArrayList<>();
        for (String m : metrics) {
            if (!m.equals("step")) {
                sc.add(m + "Final");
                sc.add(m + "Mean");
            }
        }
        this.summaryColumns = List.copyOf(sc);
        this.parts = options.out().resolve("parts");
    }

    /** The summary statistics, in column order: for each metric, {@code <metric>Final} and {@code <metric>Mean}. */
    public List<String> summaryColumns() {
        return summaryColumns;
    }

    /** Runs the experiment and writes every output file. */
    public Result run() {
        long t0 = System.nanoTime();
        Instant started = Instant.now();
        prepareFolder();
        int threads = options.threads();
        Map<Long, RunResult> done = new TreeMap<>();
        Map<Long, double[]> wall = new TreeMap<>();
        loadFinishedParts(done, wall);
        int[] reps = new int[points.size()];
        AdaptiveReplication adaptive = spec.adaptive == null ? null
                : new AdaptiveReplication(spec.adaptive.target(), spec.adaptive.min(), spec.adaptive.max());
        int adaptiveColumn = spec.adaptive == null ? -1 : summaryColumns.indexOf(spec.adaptive.metric() + "Final");
        for (int p = 0; p < reps.length; p++) {
            reps[p] = adaptive == null ? spec.replications : spec.adaptive.min();
        }
        int ranNow = 0;
        int planned = 0;
        for (int r : reps) {
            planned += r;
        }
        Progress progress = options.progress();
        progress.start(planned, done.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "netcap-run");
            t.setDaemon(true);
            return t;
        });
        try {
            while (true) {
                List<long[]> todo = new ArrayList<>();
                for (int p = 0; p < reps.length; p++) {
                    for (int r = 0; r < reps[p]; r++) {
                        if (!done.containsKey(runId(p, r))) {
                            todo.add(new long[] {p, r});
                        }
                    }
                }
                int modelThreads = todo.size() >= threads ? 1 : Math.max(1, threads / Math.max(1, todo.size()));
                List<Future<RunResult>> futures = new ArrayList<>();
                for (long[] pr : todo) {
                    futures.add(pool.submit(() -> {
                        long s = System.nanoTime();
                        Instant st = Instant.now();
                        RunResult res = runOne((int) pr[0], (int) pr[1], modelThreads);
                        double secs = (System.nanoTime() - s) / 1e9;
                        writeParts(res, st, secs);
                        synchronized (wall) {
                            wall.put(runId(res.point(), res.replicate()), new double[] {secs, st.toEpochMilli()});
                        }
                        progress.runDone();
                        return res;
                    }));
                }
                for (Future<RunResult> f : futures) {
                    RunResult res = get(f);
                    done.put(runId(res.point(), res.replicate()), res);
                    ranNow++;
                }
                if (adaptive == null) {
                    break;
                }
                boolean more = false;
                for (int p = 0; p < reps.length; p++) {
                    double[] values = new double[reps[p]];
                    for (int r = 0; r < reps[p]; r++) {
                        values[r] = done.get(runId(p, r)).summary()[adaptiveColumn];
                    }
                    if (adaptive.needsMore(values)) {
                        reps[p]++;
                        more = true;
                        progress.addPlanned(1);
                    }
                }
                if (!more) {
                    break;
                }
            }
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
        List<RunResult> results = new ArrayList<>(done.values());
        writeTimeseries(results);
        writeSummary(results);
        writeAggregate(results, reps);
        writeSensitivity(results, reps);
        if (spec.agentsEvery > 0) {
            concatenate(results, ".agents.csv", "agents.csv", agentsHeader());
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        writeManifest(results, reps, wall, started, secs);
        return new Result(options.out(), results.size(), ranNow, secs);
    }

    private static <T> T get(Future<T> f) {
        return netcap.util.Tasks.await(f);
    }

    private static long runId(int point, int replicate) {
        return ((long) point << 32) | replicate;
    }

    // ------------------------------------------------------------------ folder

    private void prepareFolder() {
        Path out = options.out();
        Path specCopy = out.resolve("spec.yaml");
        String specText = specText();
        try {
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new InputException(out + ": exists and is not a folder");
            }
            if (options.resume()) {
                if (!Files.isDirectory(out)) {
                    throw new InputException(out + ": nothing to resume (the folder does not exist)");
                }
                if (!Files.exists(specCopy) || !Files.readString(specCopy).equals(specText)) {
                    throw new InputException(out + ": was made by a different spec (or other --set values); resume it with the same spec");
                }
            } else if (Files.isDirectory(out)) {
                try (var s = Files.list(out)) {
                    if (s.findAny().isPresent()) {
                        throw new InputException(out + ": the output folder exists and is not empty; choose another --out or add --resume");
                    }
                }
            }
            Files.createDirectories(parts);
            if (!options.resume()) {
                AtomicFiles.write(specCopy, o -> o.write(specText.getBytes(StandardCharsets.UTF_8)));
            }
            if (!spec.snapshots.isEmpty()) {
                Files.createDirectories(out.resolve("snapshots"));
            }
        } catch (IOException e) {
            throw new InputException(out + ": cannot create the output folder: " + e.getMessage());
        }
    }

    /** The spec file's text, followed by the command-line overrides as a comment, so a resume can check them. */
    private String specText() {
        try {
            String text = spec.path != null && Files.isRegularFile(spec.path) ? Files.readString(spec.path) : "";
            String resolved = String.valueOf(spec.root.toPlain()).replace("\r", "").replace("\n", "\n# ");
            return text + (text.endsWith("\n") || text.isEmpty() ? "" : "\n") + "# resolved: " + resolved + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void loadFinishedParts(Map<Long, RunResult> done, Map<Long, double[]> wall) {
        if (!options.resume()) {
            return;
        }
        try (var files = Files.list(parts)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".summary.csv")) {
                    continue;
                }
                String base = name.substring(0, name.length() - ".summary.csv".length());
                String[] cells = Files.readString(f).trim().split(",", -1);
                int point = Integer.parseInt(cells[0]);
                int rep = Integer.parseInt(cells[1]);
                long seed = Long.parseLong(cells[2]);
                double[] summary = new double[summaryColumns.size()];
                for (int i = 0; i < summary.length; i++) {
                    summary[i] = cells[3 + i].isEmpty() ? Double.NaN : Double.parseDouble(cells[3 + i]);
                }
                List<String> rows = Files.readAllLines(parts.resolve(base + ".ts.csv"));
                List<String> withEnds = new ArrayList<>(rows.size());
                rows.forEach(r -> withEnds.add(r + "\n"));
                done.put(runId(point, rep), new RunResult(point, rep, seed, withEnds, summary));
                Path meta = parts.resolve(base + ".wall");
                if (Files.exists(meta)) {
                    String[] w = Files.readString(meta).trim().split(",");
                    wall.put(runId(point, rep), new double[] {Double.parseDouble(w[0]), Double.parseDouble(w[1])});
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new InputException(parts + ": cannot read finished runs to resume: " + e.getMessage());
        }
    }

    private static String partName(int point, int replicate) {
        return String.format("p%06d-r%06d", point, replicate);
    }

    private void writeParts(RunResult res, Instant started, double secs) {
        String base = partName(res.point(), res.replicate());
        AtomicFiles.write(parts.resolve(base + ".ts.csv"), o -> {
            for (String row : res.rows()) {
                o.write(row.getBytes(StandardCharsets.UTF_8));
            }
        });
        AtomicFiles.write(parts.resolve(base + ".wall"),
                o -> o.write((secs + "," + started.toEpochMilli() + "\n").getBytes(StandardCharsets.UTF_8)));
        // written last: its presence marks the run as finished
        List<String> cells = new ArrayList<>();
        cells.add(Integer.toString(res.point()));
        cells.add(Integer.toString(res.replicate()));
        cells.add(Long.toString(res.seed()));
        for (double v : res.summary()) {
            cells.add(Csv.num(v));
        }
        AtomicFiles.write(parts.resolve(base + ".summary.csv"), o -> o.write(String.join(",", cells).concat("\n").getBytes(StandardCharsets.UTF_8)));
    }

    // ------------------------------------------------------------------ one run

    private RunResult runOne(int pointIndex, int replicate, int modelThreads) {
        Point point = points.get(pointIndex);
        long key = Streams.runKey(spec.seed, pointIndex, replicate);
        Params params = point.params(spec);
        NetcapModel model = new NetcapModel(key, params, point.generator(spec), spec.layers, point.disabled(spec), modelThreads);
        model.start();
        StringBuilder agents = spec.agentsEvery > 0 ? new StringBuilder() : null;
        try {
            observe(model, 0, pointIndex, replicate, key, agents);
            for (int t = 1; t <= spec.steps; t++) {
                model.schedule.step(model);
                observe(model, t, pointIndex, replicate, key, agents);
            }
        } finally {
            model.finish();
        }
        if (agents != null) {
            String text = agents.toString();
            AtomicFiles.write(parts.resolve(partName(pointIndex, replicate) + ".agents.csv"),
                    o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
        }
        TimeSeries ts = model.series;
        int[] cols = new int[metrics.size()];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = ts.columnIndex(metrics.get(i));
        }
        List<String> prefix = keyCells(pointIndex, replicate, key);
        List<String> rows = new ArrayList<>();
        List<double[]> all = ts.rows();
        for (int t = 0; t < all.size(); t++) {
            if (t % spec.every != 0 && t != all.size() - 1) {
                continue;
            }
            List<String> cells = new ArrayList<>(prefix);
            for (int c : cols) {
                cells.add(Csv.num(all.get(t)[c]));
            }
            rows.add(Csv.line(cells));
        }
        double[] summary = new double[summaryColumns.size()];
        int s = 0;
        for (int i = 0; i < cols.length; i++) {
            if (metrics.get(i).equals("step")) {
                continue;
            }
            double last = all.get(all.size() - 1)[cols[i]];
            double sum = 0;
            for (int t = 1; t < all.size(); t++) {
                sum += all.get(t)[cols[i]];
            }
            summary[s++] = last;
            summary[s++] = all.size() > 1 ? sum / (all.size() - 1) : last;
        }
        return new RunResult(pointIndex, replicate, key, rows, summary);
    }

    private void observe(NetcapModel m, int t, int point, int replicate, long key, StringBuilder agents) {
        if (agents != null && t % spec.agentsEvery == 0) {
            Agents a = m.agents;
            int d = a.domains;
            for (int i = 0; i < a.size(); i++) {
                double tacit = 0;
                double explicit = 0;
                for (int q = i * d; q < (i + 1) * d; q++) {
                    tacit += a.tacit[q];
                    explicit += a.explicit[q];
                }
                agents.append(point).append(',').append(replicate).append(',').append(key).append(',')
                        .append(t).append(',').append(i).append(',').append(m.sourceId[i]).append(',')
                        .append(GraphExport.STATUS_NAMES.get(a.status[i])).append(',')
                        .append(GraphExport.STRATEGY_NAMES.get(a.strategy[i])).append(',')
                        .append(Csv.num(a.generalTrust[i])).append(',')
                        .append(Csv.num(a.activity[i])).append(',')
                        .append(Csv.num(a.propensity[i])).append(',')
                        .append(Csv.num(a.reputation[i])).append(',')
                        .append(Csv.num(a.satisfaction[i])).append(',')
                        .append(Csv.num(tacit)).append(',')
                        .append(Csv.num(explicit)).append(',')
                        .append(m.network.degree(i)).append('\n');
            }
        }
        if (spec.snapshots.contains(t)) {
            Path f = options.out().resolve("snapshots").resolve(partName(point, replicate) + String.format("-s%06d.graphml", t));
            GraphMLWriter.write(GraphExport.of(m.network, m.agents).addNodeAttribute(GraphExport.Column.ofInt("sourceId", m.sourceId)), f);
        }
    }

    private static String agentsHeader() {
        return "run,point,replicate,seed,step,agent,sourceId,status,strategy,generalTrust,activity,propensity,reputation,satisfaction,tacit,explicit,degree\n";
    }

    // ------------------------------------------------------------------ tables

    /** The cells that identify a run after its run number: point, replicate, seed, the varying values. */
    private List<String> keyCells(int point, int replicate, long seed) {
        List<String> cells = new ArrayList<>();
        cells.add(Integer.toString(point));
        cells.add(Integer.toString(replicate));
        cells.add(Long.toString(seed));
        for (String k : varying) {
            cells.add(Csv.value(points.get(point).values().get(k)));
        }
        return cells;
    }

    private List<String> keyHeader() {
        List<String> h = new ArrayList<>(List.of("run", "point", "replicate", "seed"));
        h.addAll(varying);
        return h;
    }

    private void writeTimeseries(List<RunResult> results) {
        List<String> header = keyHeader();
        header.addAll(metrics);
        AtomicFiles.write(options.out().resolve("timeseries.csv"), o -> {
            o.write(Csv.line(header).getBytes(StandardCharsets.UTF_8));
            int run = 0;
            for (RunResult r : results) {
                byte[] id = (run + ",").getBytes(StandardCharsets.UTF_8);
                for (String row : r.rows()) {
                    o.write(id);
                    o.write(row.getBytes(StandardCharsets.UTF_8));
                }
                run++;
            }
        });
    }

    private void writeSummary(List<RunResult> results) {
        List<String> header = keyHeader();
        header.addAll(summaryColumns);
        AtomicFiles.write(options.out().resolve("summary.csv"), o -> {
            o.write(Csv.line(header).getBytes(StandardCharsets.UTF_8));
            int run = 0;
            for (RunResult r : results) {
                List<String> cells = new ArrayList<>();
                cells.add(Integer.toString(run++));
                cells.addAll(keyCells(r.point(), r.replicate(), r.seed()));
                for (double v : r.summary()) {
                    cells.add(Csv.num(v));
                }
                o.write(Csv.line(cells).getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    /** Summary values of every replicate of each point: {@code [point][statistic][replicate]}. */
    private double[][][] byPoint(List<RunResult> results, int[] reps) {
        double[][][] v = new double[points.size()][summaryColumns.size()][];
        for (int p = 0; p < points.size(); p++) {
            for (int s = 0; s < summaryColumns.size(); s++) {
                v[p][s] = new double[reps[p]];
            }
        }
        for (RunResult r : results) {
            for (int s = 0; s < summaryColumns.size(); s++) {
                v[r.point()][s][r.replicate()] = r.summary()[s];
            }
        }
        return v;
    }

    private void writeAggregate(List<RunResult> results, int[] reps) {
        double[][][] v = byPoint(results, reps);
        List<String> header = new ArrayList<>(List.of("point"));
        header.addAll(varying);
        header.addAll(List.of("statistic", "n", "mean", "sd", "ciLow", "ciHigh"));
        AtomicFiles.write(options.out().resolve("aggregate.csv"), o -> {
            o.write(Csv.line(header).getBytes(StandardCharsets.UTF_8));
            for (int p = 0; p < points.size(); p++) {
                for (int s = 0; s < summaryColumns.size(); s++) {
                    Summary sum = Summary.of(v[p][s]);
                    ConfidenceInterval ci = ConfidenceInterval.of(sum, 0.95);
                    List<String> cells = new ArrayList<>();
                    cells.add(Integer.toString(p));
                    for (String k : varying) {
                        cells.add(Csv.value(points.get(p).values().get(k)));
                    }
                    cells.add(summaryColumns.get(s));
                    cells.add(Integer.toString(sum.n()));
                    cells.add(Csv.num(sum.mean()));
                    cells.add(Csv.num(sum.sd()));
                    cells.add(Csv.num(ci.lower()));
                    cells.add(Csv.num(ci.upper()));
                    o.write(Csv.line(cells).getBytes(StandardCharsets.UTF_8));
                }
            }
        });
    }

    private void writeSensitivity(List<RunResult> results, int[] reps) {
        if (spec.design == null || spec.design.type().equals("lhs")) {
            return;
        }
        double[][][] v = byPoint(results, reps);
        netcap.design.Design design = spec.samplingDesign();
        List<String> header = List.of("method", "output", "factor", "S1", "S1Low", "S1High", "ST", "STLow", "STHigh", "muStar", "mu", "sigma");
        AtomicFiles.write(options.out().resolve("sensitivity.csv"), o -> {
            o.write(Csv.line(header).getBytes(StandardCharsets.UTF_8));
            for (String out : spec.design.outputs()) {
                int s = summaryColumns.indexOf(out + "Final");
                if (s < 0) {
                    continue;
                }
                double[] y = new double[points.size()];
                for (int p = 0; p < points.size(); p++) {
                    y[p] = Summary.of(v[p][s]).mean();
                }
                if (design instanceof SobolDesign sd) {
                    SobolIndices idx;
                    try {
                        idx = SobolIndices.estimate(sd, y, Streams.rng(Streams.child(spec.seed, "bootstrap/" + out)));
                    } catch (IllegalArgumentException e) {
                        continue;
                    }
                    for (SobolIndices.Index i : idx.indices()) {
                        o.write(Csv.line(List.of("sobol", out + "Final", i.name(), Csv.num(i.s1()), Csv.num(i.s1Lower()), Csv.num(i.s1Upper()),
                                Csv.num(i.st()), Csv.num(i.stLower()), Csv.num(i.stUpper()), "", "", "")).getBytes(StandardCharsets.UTF_8));
                    }
                } else if (design instanceof MorrisDesign md) {
                    for (MorrisEffects.Effect e : MorrisEffects.estimate(md, y).effects()) {
                        o.write(Csv.line(List.of("morris", out + "Final", e.name(), "", "", "", "", "", "",
                                Csv.num(e.muStar()), Csv.num(e.mu()), Csv.num(e.sigma()))).getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
        });
    }

    private void concatenate(List<RunResult> results, String suffix, String target, String header) {
        AtomicFiles.write(options.out().resolve(target), o -> {
            o.write(header.getBytes(StandardCharsets.UTF_8));
            int run = 0;
            for (RunResult r : results) {
                byte[] id = (run + ",").getBytes(StandardCharsets.UTF_8);
                Path part = parts.resolve(partName(r.point(), r.replicate()) + suffix);
                for (String line : Files.readAllLines(part)) {
                    o.write(id);
                    o.write(line.getBytes(StandardCharsets.UTF_8));
                    o.write('\n');
                }
                run++;
            }
        });
    }

    private void writeManifest(List<RunResult> results, int[] reps, Map<Long, double[]> wall, Instant started, double secs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", spec.name);
        m.put("description", spec.description);
        m.put("netcapVersion", Version.version());
        m.put("gitCommit", Version.gitCommit());
        m.put("javaVersion", System.getProperty("java.version"));
        m.put("javaVendor", System.getProperty("java.vendor"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        m.put("specFile", spec.path == null ? null : spec.path.toString());
        m.put("masterSeed", spec.seed);
        m.put("seedScheme", "run key = Streams.runKey(masterSeed, point, replicate); see docs/ODD.md");
        m.put("threads", options.threads());
        m.put("started", started.toString());
        m.put("finished", Instant.now().toString());
        m.put("wallSeconds", secs);
        m.put("steps", spec.steps);
        m.put("replications", reps);
        m.put("spec", spec.root.toPlain());
        m.put("layers", spec.layers);
        m.put("network", spec.network.file() != null ? Map.of("file", spec.network.file().toString())
                : Map.of("generator", spec.network.generator(), "params", spec.network.params()));
        List<Object> pts = new ArrayList<>();
        for (Point p : points) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("point", p.index());
            pm.put("values", p.values());
            pm.put("params", ParamRegistry.values(p.params(spec)));
            pm.put("mechanismsOff", p.disabled(spec));
            pts.add(pm);
        }
        m.put("points", pts);
        List<Object> runs = new ArrayList<>();
        int run = 0;
        for (RunResult r : results) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("run", run++);
            rm.put("point", r.point());
            rm.put("replicate", r.replicate());
            rm.put("seed", r.seed());
            double[] w = wall.get(runId(r.point(), r.replicate()));
            if (w != null) {
                rm.put("wallSeconds", w[0]);
                rm.put("started", Instant.ofEpochMilli((long) w[1]).toString());
            }
            runs.add(rm);
        }
        m.put("runs", runs);
        ObjectMapper om = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        AtomicFiles.write(options.out().resolve("manifest.json"), (OutputStream o) -> {
            o.write(om.writeValueAsBytes(m));
            o.write('\n');
        });
    }
}
