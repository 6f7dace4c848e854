package netcap.experiment;

import netcap.InputException;
import netcap.io.AtomicFiles;
import netcap.spec.Spec;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The output folder of an experiment: checks and creates it (with a copy of the spec), names its
 * files, keeps each run's results in {@code parts/} as the run finishes, and reads the finished
 * runs back to resume.
 *
 * <p>A run's part files are {@code parts/pPPPPPP-rRRRRRR.ts.csv} (its time series rows),
 * {@code .wall} (seconds and start time), {@code .agents.csv} (microdata, on request) and
 * {@code .summary.csv} (point, replicate, seed, summary values), written last: its presence marks
 * the run as finished.
 */
public final class RunFolder {
    /** How long a run took and when it started. */
    record Timing(double seconds, long startedMillis) {
    }

    /** A run read back from its parts, with its timing if that was recorded. */
    record Finished(RunResult result, Timing timing) {
    }

    /**
     * A run just made: its results, timing and the files it wrote elsewhere (microdata, snapshots:
     * name relative to the folder, bytes), to be written by the process that holds the folder.
     */
    record Made(RunResult result, Timing timing, Map<String, byte[]> files) {
    }

    private static final String SUMMARY = ".summary.csv";
    private static final String ROWS = ".ts.csv";
    private static final String WALL = ".wall";
    private static final String AGENTS = ".agents.csv";

    private final Spec spec;
    private final Path out;
    private final Path parts;
    private final boolean resume;
    private final List<String> overrides;
    /** The batch file of {@code parts/} the runs are appended to (a shard), or null for one set of files per run. */
    private String batch;
    /** The open batch file while runs are appended to it. */
    private FileChannel batchChannel;
    /** With {@link #batchSeries}: the prefix of the batch files and the size at which the next one starts. */
    private String seriesPrefix;
    private long seriesLimit;
    /** The lock held on the folder while the run is in progress, or null. */
    private FileChannel lockChannel;
    private FileLock lock;
    private Path lockKey;

    public RunFolder(Spec spec, Path out, boolean resume, List<String> overrides) {
        this.spec = spec;
        this.out = out;
        this.parts = out.resolve("parts");
        this.resume = resume;
        this.overrides = overrides == null ? List.of() : List.copyOf(overrides);
    }

    /**
     * Stores the finished runs in one append-only file {@code parts/NAME} instead of three files per
     * run (a shard folder on a cluster file system). Each run is one record, appended and forced to
     * disk as a whole; a record cut short by a killed process is dropped on resume.
     */
    void batch(String name) {
        this.batch = name;
    }

    /**
     * Stores the finished runs in a series of append-only files {@code parts/PREFIX-NNNN.runs}
     * (records as with {@link #batch}): the first number not taken yet, so a resumed run never
     * appends after a record cut short, and the next number once a file holds
     * {@code limitBytes}, so no file grows without bound. Call after {@link #prepare()}.
     */
    void batchSeries(String prefix, long limitBytes) {
        this.seriesPrefix = prefix;
        this.seriesLimit = limitBytes;
        this.batch = nextInSeries();
    }

    private String nextInSeries() {
        for (int i = 1; ; i++) {
            String name = String.format("%s-%04d%s", seriesPrefix, i, BATCH);
            if (!Files.exists(parts.resolve(name))) {
                return name;
            }
        }
    }

    /** The folder. */
    public Path path() {
        return out;
    }

    /** A file of the folder. */
    Path file(String name) {
        return out.resolve(name);
    }

    /** The name of the lock file held while a run is in progress (removed at the end). */
    static final String LOCK = ".lock";
    /** Written into the lock file just before it is removed: a run that locked the removed file retries. */
    private static final String RELEASED = "released\n";
    /** The folders locked by runs of this JVM, with their holder's description (file locks are per process). */
    private static final Map<Path, String> LOCKED_HERE = new ConcurrentHashMap<>();

    /**
     * Creates a new folder {@code base}, or {@code base-2}, {@code base-3}, ... when that exists,
     * atomically ({@link Files#createDirectory}), so two runs started in the same second get two
     * folders.
     */
    public static Path createUnique(Path base) {
        try {
            Path parent = base.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            for (int i = 1; ; i++) {
                Path p = i == 1 ? base : base.resolveSibling(base.getFileName() + "-" + i);
                try {
                    Files.createDirectory(p);
                    return p;
                } catch (FileAlreadyExistsException e) {
                    // taken: try the next suffix
                }
            }
        } catch (IOException e) {
            throw new InputException(base + ": cannot create the output folder: " + describe(e));
        }
    }

    /**
     * Creates the folder if needed and locks it for this run ({@code .lock}: the process id, host
     * and start time), then checks it (new or empty; on resume, made by the same spec and
     * overrides), removes temporary files left by an interrupted write, creates {@code parts/}
     * (and {@code snapshots/} when the spec asks for snapshots) and writes {@code spec.yaml}.
     * A folder in use by another run is refused with a message naming that run. Call
     * {@link #release()} at the end.
     */
    public void prepare() {
        Path specCopy = out.resolve("spec.yaml");
        String specText = specText();
        boolean ok = false;
        try {
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new InputException(out + ": exists and is not a folder");
            }
            if (resume) {
                if (!Files.isDirectory(out)) {
                    throw new InputException(out + ": nothing to resume (the folder does not exist)");
                }
            } else {
                Path parent = out.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                try {
                    Files.createDirectory(out);
                } catch (FileAlreadyExistsException e) {
                    // checked under the lock below
                }
            }
            lock();
            if (resume) {
                String before = Files.exists(specCopy) ? Files.readString(specCopy) : null;
                if (before == null || !(checked(before).equals(checked(specText)) || before.equals(legacySpecText()))) {
                    throw new InputException(out + ": was made by a different spec (or other --set values, or other plug-in jars); resume it with the same spec and plug-ins");
                }
                removeStaleTemporaryFiles();
            } else {
                try (var s = Files.list(out)) {
                    if (s.anyMatch(f -> !f.getFileName().toString().equals(LOCK))) {
                        throw new InputException(out + ": the output folder exists and is not empty; choose another --out or add --resume");
                    }
                }
            }
            Files.createDirectories(parts);
            if (!resume) {
                AtomicFiles.write(specCopy, o -> o.write(specText.getBytes(StandardCharsets.UTF_8)));
            }
            if (!spec.snapshots.isEmpty()) {
                Files.createDirectories(out.resolve("snapshots"));
            }
            ok = true;
        } catch (IOException e) {
            throw new InputException(out + ": cannot create the output folder: " + describe(e));
        } finally {
            if (!ok) {
                release();
            }
        }
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage();
    }

    /** Who holds a lock: this process, host and time. */
    private static String holder() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = Files.readString(Path.of("/etc/hostname")).trim();
            } catch (IOException | RuntimeException e) {
                host = "";
            }
        }
        if (host.isBlank()) {
            host = "unknown host";
        }
        return "pid " + ProcessHandle.current().pid() + " on " + host + ", started " + Instant.now().with(java.time.temporal.ChronoField.NANO_OF_SECOND, 0);
    }

    private InputException inUse(String who) {
        String w = who == null || who.isBlank() || who.equals(RELEASED) ? "another run" : "another run (" + who.trim() + ")";
        return new InputException(out + ": in use by " + w + "; wait for it to finish, or choose another --out");
    }

    /** Takes the folder's lock, or refuses naming the run that holds it. A stale lock (its process is gone) is taken over. */
    private void lock() throws IOException {
        Path key = out.toRealPath();
        String me = holder();
        String other = LOCKED_HERE.putIfAbsent(key, me);
        if (other != null) {
            throw inUse(other);
        }
        lockKey = key;
        Path file = out.resolve(LOCK);
        for (int attempt = 0; ; attempt++) {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null;
            }
            if (l == null) {
                String who = read(ch);
                ch.close();
                throw inUse(who);
            }
            if (read(ch).equals(RELEASED) && attempt < 3) {
                // the run that held it removed the file (or died before removing it): try the file now there
                l.release();
                ch.close();
                continue;
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap((me + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            ch.force(false);
            lockChannel = ch;
            lock = l;
            return;
        }
    }

    private static String read(FileChannel ch) throws IOException {
        long size = Math.min(ch.size(), 4096);
        ByteBuffer b = ByteBuffer.allocate((int) size);
        ch.read(b, 0);
        return new String(b.array(), 0, b.position(), StandardCharsets.UTF_8);
    }

    /** Removes the lock file and releases the lock (nothing when not locked). */
    public void release() {
        closeBatch();
        try {
            if (lock != null) {
                lockChannel.truncate(0);
                lockChannel.write(ByteBuffer.wrap(RELEASED.getBytes(StandardCharsets.UTF_8)), 0);
                Files.deleteIfExists(out.resolve(LOCK));
                lock.release();
            }
        } catch (IOException e) {
            // best effort: an unheld lock is taken over by the next run
        } finally {
            if (lockChannel != null) {
                try {
                    lockChannel.close();
                } catch (IOException ignored) {
                    // closed anyway
                }
            }
            lock = null;
            lockChannel = null;
            if (lockKey != null) {
                LOCKED_HERE.remove(lockKey);
                lockKey = null;
            }
        }
    }

    /**
     * Removes the hidden temporary files ({@code .NAME.*.tmp}) an interrupted atomic write left in
     * the folder and its subfolders; they are never results.
     */
    private void removeStaleTemporaryFiles() throws IOException {
        try (var files = Files.walk(out, 2)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String n = f.getFileName().toString();
                if (n.startsWith(".") && n.endsWith(".tmp") && Files.isRegularFile(f)) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    /** The part of a spec.yaml text a resume compares: all but the leading comment lines (source file and overrides). */
    static String checked(String text) {
        String t = text.replace("\r", "");
        int i = 0;
        while (t.startsWith("#", i)) {
            int nl = t.indexOf('\n', i);
            if (nl < 0) {
                return "";
            }
            i = nl + 1;
        }
        return t.substring(i);
    }

    /**
     * The spec as run: the resolved spec (the spec file with the {@code --set} overrides applied),
     * preceded by comments naming the spec file (with its text) and the overrides, and followed by
     * the plug-ins used (version and jar checksum) as comments, so a resume can check them. Running
     * this file again gives the same outputs.
     */
    String specText() {
        StringBuilder b = new StringBuilder();
        String command = spec.root.entries().containsKey("calibrate") ? "netcap calibrate" : "netcap run";
        b.append("# The spec of this run, with the command-line overrides applied: ").append(command).append(" spec.yaml repeats it.\n");
        if (spec.path != null) {
            b.append("# spec file: ").append(oneLine(spec.path.toString())).append('\n');
        }
        for (String o : overrides) {
            b.append("# --set ").append(oneLine(o)).append('\n');
        }
        try {
            if (spec.path != null && Files.isRegularFile(spec.path)) {
                b.append("# its text:\n");
                for (String line : Files.readString(spec.path).replace("\r", "").split("\n", -1)) {
                    b.append("#   ").append(line).append('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        b.append(yaml(resolved(spec, out)));
        for (netcap.model.plugins.LoadedPlugin p : spec.plugins.plugins()) {
            b.append("# plug-in: ").append(p.name()).append(' ').append(p.version()).append(", ").append(p.jar().getFileName())
                    .append(", sha256 ").append(p.sha256()).append('\n');
        }
        return b.toString();
    }

    /**
     * spec.yaml as netcap wrote it before it wrote the resolved spec (the spec file's text and a
     * {@code # resolved:} comment), so that a run folder of that time can still be resumed.
     */
    String legacySpecText() {
        try {
            String text = spec.path != null && Files.isRegularFile(spec.path) ? Files.readString(spec.path) : "";
            String resolved = String.valueOf(spec.root.toPlain()).replace("\r", "").replace("\n", "\n# ");
            StringBuilder plugins = new StringBuilder();
            for (netcap.model.plugins.LoadedPlugin p : spec.plugins.plugins()) {
                plugins.append("# plug-in: ").append(p.name()).append(' ').append(p.version()).append(", ").append(p.jar().getFileName())
                        .append(", sha256 ").append(p.sha256()).append('\n');
            }
            return text + (text.endsWith("\n") || text.isEmpty() ? "" : "\n") + "# resolved: " + resolved + "\n" + plugins;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String oneLine(String s) {
        return s.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n");
    }

    /**
     * The resolved spec as YAML, with a network file's absolute path: the text that
     * {@link Spec#parse} turns back into the same spec on any machine that has that file.
     */
    public static String resolvedYaml(Spec spec) {
        return yaml(resolved(spec, null));
    }

    /** A plain value (maps, lists, scalars) as YAML. */
    static String yaml(Object plain) {
        YAMLFactory f = YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .build();
        try {
            return new ObjectMapper(f).writeValueAsString(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The resolved spec as plain values, in a fixed order: the spec's own order, except that the
     * network's keys come as generator then its parameters sorted by name (so the order of
     * {@code --set network.KEY} overrides does not matter), and a network file is named relative
     * to {@code folder} (where spec.yaml is written).
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> resolved(Spec spec, Path folder) {
        Map<String, Object> root = new LinkedHashMap<>((Map<String, Object>) spec.root.toPlain());
        Object net = root.get("network");
        if (net instanceof Map<?, ?> m) {
            Map<String, Object> n = new LinkedHashMap<>();
            if (spec.network.file() != null) {
                Path f = spec.network.file().toAbsolutePath().normalize();
                String name = f.toString();
                if (folder != null) {
                    try {
                        name = folder.toAbsolutePath().normalize().relativize(f).toString();
                    } catch (IllegalArgumentException e) {
                        // another root: keep the absolute path
                    }
                }
                n.put("file", name);
            } else {
                Map<String, Object> sorted = new TreeMap<>();
                ((Map<String, Object>) m).forEach((k, v) -> {
                    if (!k.equals("generator")) {
                        sorted.put(k, v);
                    }
                });
                if (m.containsKey("generator")) {
                    n.put("generator", m.get("generator"));
                }
                n.putAll(sorted);
            }
            root.put("network", n);
        }
        return root;
    }

    /** The runs finished by an earlier attempt (none unless resuming), in no particular order. */
    List<Finished> finished(int summaryColumns) {
        List<Finished> done = new ArrayList<>();
        if (!resume) {
            return done;
        }
        try (var files = Files.list(parts)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (name.endsWith(BATCH)) {
                    long valid = readBatch(f, summaryColumns, done);
                    if (name.equals(batch) && valid < Files.size(f)) {
                        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
                            ch.truncate(valid); // a record cut short by a killed run
                        }
                    }
                    continue;
                }
                if (!name.endsWith(SUMMARY)) {
                    continue;
                }
                String base = name.substring(0, name.length() - SUMMARY.length());
                List<String> rows = Files.readAllLines(parts.resolve(base + ROWS));
                List<String> withEnds = new ArrayList<>(rows.size());
                rows.forEach(r -> withEnds.add(r + "\n"));
                Timing timing = null;
                Path meta = parts.resolve(base + WALL);
                if (Files.exists(meta)) {
                    String[] w = Files.readString(meta).trim().split(",");
                    timing = new Timing(Double.parseDouble(w[0]), (long) Double.parseDouble(w[1]));
                }
                done.add(parseSummary(Files.readString(f), summaryColumns, withEnds, timing));
            }
        } catch (IOException | RuntimeException e) {
            throw new InputException(parts + ": cannot read finished runs to resume: " + e.getMessage());
        }
        return done;
    }

    /** The ending of batch files: many runs in one file. */
    static final String BATCH = ".runs";
    private static final String RECORD = "#run ";
    private static final String END = "#end\n";

    /**
     * Reads the complete records of a batch file into {@code into}; returns the length of the part
     * made of complete records (a killed run may leave a last record cut short).
     */
    static long readBatch(Path f, int summaryColumns, List<Finished> into) throws IOException {
        byte[] bytes = Files.readAllBytes(f);
        String text = new String(bytes, StandardCharsets.UTF_8);
        int pos = 0;
        long validBytes = 0;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            if (nl < 0 || !text.startsWith(RECORD, pos)) {
                break;
            }
            String[] h = text.substring(pos + RECORD.length(), nl).split(" ");
            if (h.length != 4) {
                break;
            }
            int lines = Integer.parseInt(h[3]);
            int cur = nl + 1;
            int sumEnd = text.indexOf('\n', cur);
            if (sumEnd < 0) {
                break;
            }
            String summaryLine = text.substring(cur, sumEnd);
            cur = sumEnd + 1;
            List<String> rows = new ArrayList<>(lines);
            boolean complete = true;
            for (int i = 0; i < lines; i++) {
                int e = text.indexOf('\n', cur);
                if (e < 0) {
                    complete = false;
                    break;
                }
                rows.add(text.substring(cur, e + 1));
                cur = e + 1;
            }
            if (!complete || !text.startsWith(END, cur)) {
                break;
            }
            pos = cur + END.length();
            validBytes = text.substring(0, pos).getBytes(StandardCharsets.UTF_8).length;
            Finished run = parseSummary(summaryLine, summaryColumns, rows,
                    new Timing(Double.parseDouble(h[1]), Long.parseLong(h[2])));
            if (into != null) {
                into.add(run);
            }
        }
        return validBytes;
    }

    private static Finished parseSummary(String line, int summaryColumns, List<String> rows, Timing timing) {
        String[] cells = line.trim().split(",", -1);
        int point = Integer.parseInt(cells[0]);
        int rep = Integer.parseInt(cells[1]);
        long seed = Long.parseLong(cells[2]);
        double[] summary = new double[summaryColumns];
        for (int i = 0; i < summary.length; i++) {
            summary[i] = cells[3 + i].isEmpty() ? Double.NaN : Double.parseDouble(cells[3 + i]);
        }
        return new Finished(new RunResult(point, rep, seed, rows, summary), timing);
    }

    /**
     * The (point, replicate) of every run finished in a {@code parts/} folder, from its per-run
     * summary files and its batch files.
     */
    static List<int[]> finishedRuns(Path parts) throws IOException {
        List<int[]> runs = new ArrayList<>();
        if (!Files.isDirectory(parts)) {
            return runs;
        }
        try (var files = Files.list(parts)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (name.endsWith(BATCH)) {
                    List<Finished> in = new ArrayList<>();
                    readBatchIds(f, in);
                    in.forEach(x -> runs.add(new int[] {x.result().point(), x.result().replicate()}));
                } else if (name.endsWith(SUMMARY) && !name.startsWith(".")) {
                    String[] cells = Files.readString(f).trim().split(",", -1);
                    runs.add(new int[] {Integer.parseInt(cells[0]), Integer.parseInt(cells[1])});
                }
            }
        }
        return runs;
    }

    /** The runs of a batch file with their summary cells ignored (any number of summary columns). */
    private static void readBatchIds(Path f, List<Finished> into) throws IOException {
        readBatch(f, 0, into);
    }

    private String recordOf(RunResult res, Timing timing) {
        StringBuilder rows = new StringBuilder();
        for (String row : res.rows()) {
            rows.append(row);
        }
        long lines = rows.chars().filter(c -> c == '\n').count();
        if (rows.length() > 0 && rows.charAt(rows.length() - 1) != '\n') {
            rows.append('\n');
            lines++;
        }
        return RECORD + 1 + " " + timing.seconds() + " " + timing.startedMillis() + " " + lines + "\n"
                + summaryLine(res) + rows + END;
    }

    private static String summaryLine(RunResult res) {
        List<String> cells = new ArrayList<>();
        cells.add(Integer.toString(res.point()));
        cells.add(Integer.toString(res.replicate()));
        cells.add(Long.toString(res.seed()));
        for (double v : res.summary()) {
            cells.add(Csv.num(v));
        }
        return String.join(",", cells).concat("\n");
    }

    /** Appends records to the batch file in one write, forced to disk before their runs count as finished. */
    private synchronized void appendToBatch(String records) {
        try {
            if (batchChannel != null && seriesPrefix != null && batchChannel.size() >= seriesLimit) {
                closeBatch();
                batch = nextInSeries();
            }
            if (batchChannel == null) {
                batchChannel = FileChannel.open(parts.resolve(batch), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND);
            }
            ByteBuffer b = ByteBuffer.wrap(records.getBytes(StandardCharsets.UTF_8));
            while (b.hasRemaining()) {
                batchChannel.write(b);
            }
            batchChannel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException(parts.resolve(batch) + ": cannot store a finished run", e);
        }
    }

    private void closeBatch() {
        if (batchChannel != null) {
            try {
                batchChannel.close();
            } catch (IOException ignored) {
                // everything written was forced already
            }
            batchChannel = null;
        }
    }

    private static String partName(int point, int replicate) {
        return String.format("p%06d-r%06d", point, replicate);
    }

    /** The microdata part of a run, relative to the folder. */
    static String agentsName(int point, int replicate) {
        return "parts/" + partName(point, replicate) + AGENTS;
    }

    /** The GraphML snapshot of a run at a step, relative to the folder. */
    static String snapshotName(int point, int replicate, int step) {
        return "snapshots/" + partName(point, replicate) + String.format("-s%06d.graphml", step);
    }

    /**
     * Stores runs made elsewhere: first the files each wrote (microdata, snapshots), then the runs'
     * parts; into a batch file all records in one write, forced to disk once.
     */
    void store(List<Made> made) {
        for (Made m : made) {
            for (Map.Entry<String, byte[]> f : new TreeMap<>(m.files()).entrySet()) {
                AtomicFiles.write(out.resolve(f.getKey()), o -> o.write(f.getValue()));
            }
        }
        if (batch == null) {
            made.forEach(m -> writeParts(m.result(), m.timing()));
            return;
        }
        StringBuilder records = new StringBuilder();
        made.forEach(m -> records.append(recordOf(m.result(), m.timing())));
        if (records.length() > 0) {
            appendToBatch(records.toString());
        }
    }

    /** Stores a finished run in {@code parts/}; the summary goes last, as the mark that the run is complete. */
    private void writeParts(RunResult res, Timing timing) {
        String base = partName(res.point(), res.replicate());
        AtomicFiles.write(parts.resolve(base + ROWS), o -> {
            for (String row : res.rows()) {
                o.write(row.getBytes(StandardCharsets.UTF_8));
            }
        });
        AtomicFiles.write(parts.resolve(base + WALL),
                o -> o.write((timing.seconds() + "," + timing.startedMillis() + "\n").getBytes(StandardCharsets.UTF_8)));
        AtomicFiles.write(parts.resolve(base + SUMMARY), o -> o.write(summaryLine(res).getBytes(StandardCharsets.UTF_8)));
    }

    /** The microdata part of a run ({@code agents.csv} rows without the run column). */
    Path agentsPart(int point, int replicate) {
        return out.resolve(agentsName(point, replicate));
    }
}
