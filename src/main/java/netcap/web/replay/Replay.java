package netcap.web.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import netcap.InputException;
import netcap.generate.Regional;
import netcap.gui.Messages;
import netcap.gui.Presets;
import netcap.io.AtomicFiles;
import netcap.io.GraphExport;
import netcap.model.NetcapModel;
import netcap.spec.Point;
import netcap.spec.Spec;
import netcap.spec.SpecException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An exported replay: one self-contained HTML file (uPlot, the page's script and style and the
 * data inlined; nothing fetched) that replays a recorded run with a time slider, so students
 * without Java can open it from a learning platform. The frames come from a run folder's GraphML
 * snapshots and time series ({@link #fromRunFolder}), or from a preset run here
 * ({@link #fromPreset}); both go through one {@link Recording}.
 */
public final class Replay {
    /** What was written: the file, its frames and its size in bytes. */
    public record Written(Path file, int frames, long bytes) {
    }

    /** Example given when a run folder has no snapshots. */
    static final String SNAPSHOT_HINT = "add output.snapshots to the spec (e.g. output: {snapshots: [0, 10, 20, 30]})"
            + " or run it with --set output.snapshots=[0,10,20,30], see experiments/replay.yaml";
    private static final Pattern SNAPSHOT = Pattern.compile("p(\\d{6})-r(\\d{6})-s(\\d{6})\\.graphml");

    private Replay() {
    }

    /**
     * Writes the replay of replicate {@code replicate} of design point {@code point} of the run
     * folder {@code dir} to {@code out}.
     *
     * @throws InputException naming what is missing: the folder, the snapshots (with the spec key
     *                        that records them), or the point and replicate (with those available)
     */
    public static Written fromRunFolder(Path dir, int point, int replicate, Path out, Messages m) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir + (Files.exists(dir) ? ": not a folder" : ": no such folder")
                    + " (expected the output folder of netcap run)");
        }
        Path specFile = dir.resolve("spec.yaml");
        Path ts = dir.resolve("timeseries.csv");
        if (!Files.isRegularFile(specFile) || !Files.isRegularFile(ts)) {
            throw new InputException(dir + ": not a finished run folder (no " + (Files.isRegularFile(specFile) ? "timeseries.csv" : "spec.yaml")
                    + "; expected the output folder of netcap run)");
        }
        Map<Integer, Map<Integer, TreeMap<Integer, Path>>> snaps = snapshots(dir.resolve("snapshots"));
        if (snaps.isEmpty()) {
            throw new InputException(dir + ": the run recorded no network snapshots to replay; " + SNAPSHOT_HINT);
        }
        TreeMap<Integer, Path> chosen = snaps.getOrDefault(point, Map.of()).get(replicate);
        if (chosen == null) {
            throw new InputException(dir + ": no snapshots of point " + point + ", replicate " + replicate + "; available: "
                    + snaps.entrySet().stream().map(e -> "point " + e.getKey() + " (replicates "
                            + e.getValue().keySet().stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")")
                    .collect(Collectors.joining(", ")));
        }
        Spec spec = spec(specFile);
        Map<String, Object> about = new LinkedHashMap<>();
        Recording rec = readSeries(ts, point, replicate, placed(spec, point), about);
        for (Map.Entry<Integer, Path> e : chosen.entrySet()) {
            rec.snapshot(Snapshot.of(e.getKey(), GraphMLReader.read(e.getValue()), e.getValue().toString()));
        }
        // a spec shipped for replays has its title and text in the replay bundle (replay.spec.NAME.title|what)
        String folder = String.valueOf(dir.toAbsolutePath().normalize().getFileName());
        String name = spec != null ? spec.name : folder;
        about.put("title", m.get("replay.spec." + name + ".title", name.replace('-', ' ').replace('_', ' ')));
        about.put("what", m.get("replay.spec." + name + ".what", spec != null ? spec.description.trim() : ""));
        about.put("run", m.format("replay.about.run", folder, point, replicate, about.remove("seed"),
                about.remove("values")));
        return write(rec, about, out, m);
    }

    /**
     * Runs a preset for {@code steps} steps with {@code seed} as the MASON window does and writes
     * its replay, a snapshot every {@code every} steps (and at the start and the end).
     */
    public static Written fromPreset(Presets.Preset preset, long seed, int steps, int every, Path out, Messages m) {
        if (steps < 1) {
            throw new InputException("--steps must be >= 1, was " + steps);
        }
        if (every < 1) {
            throw new InputException("--every must be >= 1, was " + every);
        }
        NetcapModel model = preset.model(preset.params(), seed);
        model.start();
        try {
            Recording rec = new Recording(model.series.columns(), model.agentsPlaced);
            rec.snapshot(Snapshot.of(0, GraphExport.of(model.network, model.agents), preset.key()));
            for (int t = 1; t <= steps; t++) {
                if (!model.schedule.step(model)) {
                    break;
                }
                if (t % every == 0 || t == steps) {
                    rec.snapshot(Snapshot.of(t, GraphExport.of(model.network, model.agents), preset.key()));
                }
            }
            for (double[] row : model.series.rows()) {
                rec.row(row);
            }
            Presets.Info info = preset.info(m);
            Map<String, Object> about = new LinkedHashMap<>();
            about.put("title", preset.title(m));
            about.put("what", info.what());
            about.put("how", info.how());
            about.put("notice", info.notice());
            about.put("try", info.tryIt());
            about.put("idea", info.idea());
            about.put("run", m.format("replay.about.preset", preset.key(), String.valueOf(seed), steps));
            return write(rec, about, out, m);
        } finally {
            model.finish();
        }
    }

    private static Written write(Recording rec, Map<String, Object> about, Path out, Messages m) {
        about.values().removeIf(v -> v == null || v.toString().isBlank());
        Map<String, String> texts = new TreeMap<>();
        m.all().forEach((k, v) -> {
            if (k.startsWith("replay.") && !k.startsWith("replay.spec.")) {
                texts.put(k.substring("replay.".length()), v);
            }
        });
        String html = html(rec.data(about, texts), m.lang(), String.valueOf(about.get("title")));
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(out, o -> o.write(bytes));
        return new Written(out, rec.frames(), bytes.length);
    }

    /** The page: the template with uPlot, the page's style and script and the data inlined. */
    static String html(Map<String, Object> data, String lang, String title) {
        String json;
        try {
            json = new ObjectMapper().writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the replay's data as JSON", e);
        }
        // inside <script>, "</script" or "<!--" would change how the page is parsed: "<" only occurs in strings, as \u003c
        json = json.replace("<", "\\u003c");
        String page = netcap.util.Resources.text("netcap/web/replay/replay.html");
        return page.replace("{{lang}}", lang)
                .replace("{{title}}", escape(title))
                .replace("/*{{uplot.css}}*/", netcap.util.Resources.text(netcap.web.WebServer.UPLOT + "uPlot.min.css"))
                .replace("/*{{replay.css}}*/", netcap.util.Resources.text("netcap/web/replay/replay.css"))
                .replace("/*{{uplot.js}}*/", netcap.util.Resources.text(netcap.web.WebServer.UPLOT + "uPlot.iife.min.js").replace("</script", "<\\/script"))
                .replace("/*{{replay.js}}*/", netcap.util.Resources.text("netcap/web/replay/replay.js"))
                .replace("{{data}}", json);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The snapshot files by point, replicate and step. */
    private static Map<Integer, Map<Integer, TreeMap<Integer, Path>>> snapshots(Path folder) {
        Map<Integer, Map<Integer, TreeMap<Integer, Path>>> out = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (Stream<Path> s = Files.list(folder)) {
            for (Path f : s.toList()) {
                Matcher mt = SNAPSHOT.matcher(f.getFileName().toString());
                if (mt.matches()) {
                    out.computeIfAbsent(Integer.parseInt(mt.group(1)), k -> new TreeMap<>())
                            .computeIfAbsent(Integer.parseInt(mt.group(2)), k -> new TreeMap<>())
                            .put(Integer.parseInt(mt.group(3)), f);
                }
            }
        } catch (IOException e) {
            throw new InputException(folder + ": cannot list: " + e.getMessage());
        }
        return out;
    }

    /** The run folder's spec, or null when it cannot be read here (e.g. it names a plug-in not loaded). */
    private static Spec spec(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return Spec.parse(file.getFileName().toString(), netcap.chart.RunData.stripResolved(text), file.getParent(), List.of());
        } catch (IOException | SpecException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether the generator of the point places agents on a map (else the page lays the network out). */
    private static boolean placed(Spec spec, int point) {
        if (spec == null || spec.network.file() != null) {
            return false;
        }
        try {
            for (Point p : spec.points()) {
                if (p.index() == point) {
                    return p.generator(spec) instanceof Regional;
                }
            }
        } catch (RuntimeException e) {
            return false;
        }
        return false;
    }

    /** The time-series rows of one run, with the point's values and the seed put into {@code about}. */
    private static Recording readSeries(Path ts, int point, int replicate, boolean placed, Map<String, Object> about) {
        CSVFormat fmt = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader r = Files.newBufferedReader(ts, StandardCharsets.UTF_8); CSVParser p = fmt.parse(r)) {
            List<String> header = p.getHeaderNames();
            int seedCol = header.indexOf("seed");
            int stepCol = header.indexOf("step");
            int pointCol = header.indexOf("point");
            int repCol = header.indexOf("replicate");
            if (seedCol < 0 || stepCol < seedCol || pointCol < 0 || repCol < 0) {
                throw new InputException(ts + ": not a netcap time series (needs run, point, replicate, seed, ..., step, ...), header was " + header);
            }
            List<String> columns = new ArrayList<>(header.subList(stepCol, header.size()));
            Recording rec = new Recording(columns, placed);
            for (CSVRecord row : p) {
                if (!row.get(pointCol).equals(Integer.toString(point)) || !row.get(repCol).equals(Integer.toString(replicate))) {
                    continue;
                }
                if (!about.containsKey("seed")) {
                    about.put("seed", row.get(seedCol));
                    List<String> values = new ArrayList<>();
                    for (int k = seedCol + 1; k < stepCol; k++) {
                        values.add(header.get(k) + " = " + row.get(k));
                    }
                    about.put("values", values.isEmpty() ? "" : ", " + String.join(", ", values));
                }
                double[] v = new double[columns.size()];
                for (int i = 0; i < v.length; i++) {
                    String cell = stepCol + i < row.size() ? row.get(stepCol + i) : "";
                    try {
                        v[i] = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
                    } catch (NumberFormatException e) {
                        v[i] = Double.NaN;
                    }
                }
                rec.row(v);
            }
            if (!about.containsKey("seed")) {
                throw new InputException(ts + ": has no rows of point " + point + ", replicate " + replicate
                        + " (was the run interrupted? finish it with netcap run --resume)");
            }
            return rec;
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(ts + ": cannot read: " + e.getMessage());
        }
    }
}
