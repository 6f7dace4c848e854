package netcap.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import netcap.InputException;
import netcap.experiment.Experiment;
import netcap.io.AtomicFiles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code netcap figures}: regenerates every figure of README.md, experiments/README.md and docs/
 * from the project's own runs, as listed in {@code docs/figures.yaml}, and writes the statistics
 * the prose quotes to {@code docs/numbers.csv}. It says which figures and numbers changed.
 */
@Command(name = "figures", mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Regenerates every figure of README.md, experiments/README.md and docs/ from the project's own runs "
                + "(the list is docs/figures.yaml): runs each experiment with its spec's seed at full size, copies the charts "
                + "to their places, redraws the validation figures, and writes the numbers the prose quotes to docs/numbers.csv.",
                "It prints which figures and numbers changed, so a changed result is seen before the prose is reread.",
                "Example: netcap figures --only baseline --skip-validations"})
public final class FiguresCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec cli;

    @Option(names = "--manifest", paramLabel = "FILE", description = "The list of figures (default: ${DEFAULT-VALUE}).")
    Path manifest = Path.of("docs/figures.yaml");

    @Option(names = "--numbers", paramLabel = "FILE", description = "Where the quoted numbers go (default: ${DEFAULT-VALUE}).")
    Path numbers = Path.of("docs/numbers.csv");

    @Option(names = "--runs", paramLabel = "DIR", description = "Folder for the experiment runs (default: ${DEFAULT-VALUE}).")
    Path runs = Path.of("runs/figures");

    @Option(names = "--threads", paramLabel = "N", description = "Runs in parallel (default: all cores, ${DEFAULT-VALUE}). Figures do not depend on it.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--only", paramLabel = "NAME", split = ",",
            description = "Only these experiments (file name without .yaml) or validations (e.g. bass1969).")
    List<String> only = new ArrayList<>();

    @Option(names = "--skip-validations", description = "Do not redraw the validation figures (they take minutes).")
    boolean skipValidations;

    /** One experiment of the manifest. */
    record Entry(Path spec, Map<String, Path> charts, List<String> numbers) {
        String name() {
            return spec.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        }
    }

    /** One validation figure of the manifest: a report's entry point and its arguments. */
    record ValidationFigure(String name, String main, List<String> args) {
    }

    /** The parsed manifest. */
    record Manifest(List<Entry> experiments, List<ValidationFigure> validations) {
    }

    @Override
    public Integer call() throws IOException {
        if (threads < 1) {
            throw new InputException("--threads must be >= 1, was " + threads);
        }
        Manifest m = read(manifest);
        Set<String> known = new LinkedHashSet<>();
        m.experiments().forEach(e -> known.add(e.name()));
        m.validations().forEach(v -> known.add(v.name()));
        for (String o : only) {
            if (!known.contains(o)) {
                throw new InputException("--only " + o + ": not in " + manifest + "; known: " + String.join(", ", known));
            }
        }
        List<String> changed = new ArrayList<>();
        int figures = 0;
        Map<String, List<List<String>>> rows = new LinkedHashMap<>(previousNumbers());
        for (Entry e : m.experiments()) {
            if (!only.isEmpty() && !only.contains(e.name())) {
                continue;
            }
            Path out = runs.resolve(e.name());
            deleteRecursively(out);
            System.err.println("netcap figures: running " + e.spec());
            Experiment.load(e.spec()).threads(threads).out(out).run(); // with its charts and report
            rows.put(e.name(), numbers(e, out)); // checked before any figure is replaced
            for (Map.Entry<String, Path> c : e.charts().entrySet()) {
                Path png = out.resolve("charts").resolve(c.getKey() + ".png");
                if (!Files.exists(png)) {
                    throw new InputException(manifest + ": experiments." + e.spec() + ".charts: the run drew no chart '"
                            + c.getKey() + "' (it drew: " + drawn(out.resolve("charts")) + ")");
                }
                figures++;
                if (copyIfChanged(png, c.getValue())) {
                    changed.add(c.getValue().toString());
                }
            }
        }
        String before = Files.exists(numbers) ? Files.readString(numbers) : "";
        writeNumbers(rows);
        String after = Files.readString(numbers);
        if (!skipValidations) {
            for (ValidationFigure v : m.validations()) {
                if (!only.isEmpty() && !only.contains(v.name())) {
                    continue;
                }
                Path log = runs.resolve(v.name() + ".log");
                System.err.println("netcap figures: drawing " + v.name() + " (" + v.main() + ", its report in " + log + ")");
                Map<Path, byte[]> old = snapshot(v.args());
                invoke(v, log);
                for (Map.Entry<Path, byte[]> f : old.entrySet()) {
                    figures++;
                    if (!Arrays.equals(f.getValue(), Files.exists(f.getKey()) ? Files.readAllBytes(f.getKey()) : null)) {
                        changed.add(f.getKey().toString());
                    }
                }
            }
        }
        int changedNumbers = changedLines(before, after);
        java.io.PrintWriter out = cli.commandLine().getOut();
        out.printf("%d figures: %d changed%s%n", figures, changed.size(), changed.isEmpty() ? "" : " (" + String.join(", ", changed) + ")");
        out.printf("%s: %s%n", numbers, changedNumbers == 0 ? "unchanged" : changedNumbers + " lines changed (git diff " + numbers + ")");
        out.flush();
        return 0;
    }

    /** Reads and checks the manifest; errors name the file and the key. */
    static Manifest read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": no such file (the list of figures; see docs/figures.yaml)");
        }
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new InputException(file + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isObject()) {
            throw new InputException(file + ": expected a map with 'experiments' and 'validations'");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!k.equals("experiments") && !k.equals("validations")) {
                throw new InputException(file + ": unknown key '" + k + "'; allowed: experiments, validations");
            }
        }
        List<Entry> experiments = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("experiments").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> x = it.next();
            String where = file + ": experiments." + x.getKey();
            Path spec = Path.of(x.getKey());
            if (!Files.isRegularFile(spec)) {
                throw new InputException(where + ": no such spec file");
            }
            Map<String, Path> charts = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> c = x.getValue().path("charts").fields(); c.hasNext(); ) {
                Map.Entry<String, JsonNode> ch = c.next();
                if (!ch.getValue().isTextual() || !ch.getValue().asText().endsWith(".png")) {
                    throw new InputException(where + ".charts." + ch.getKey() + ": must be the path of a .png figure, was " + ch.getValue());
                }
                charts.put(ch.getKey(), Path.of(ch.getValue().asText()));
            }
            List<String> stats = new ArrayList<>();
            JsonNode n = x.getValue().path("numbers");
            if (!n.isMissingNode() && !n.isArray()) {
                throw new InputException(where + ".numbers: must be a list of aggregate.csv statistics, e.g. [totalKnowledgeFinal]");
            }
            n.forEach(s -> stats.add(s.asText()));
            experiments.add(new Entry(spec, charts, stats));
        }
        List<ValidationFigure> validations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("validations").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> x = it.next();
            String main = x.getValue().path("main").asText("");
            if (!main.startsWith("netcap.validate.")) {
                throw new InputException(file + ": validations." + x.getKey() + ".main: must be a class of netcap.validate, was '" + main + "'");
            }
            List<String> args = new ArrayList<>();
            x.getValue().path("args").forEach(a -> args.add(a.asText()));
            validations.add(new ValidationFigure(x.getKey(), main, args));
        }
        return new Manifest(experiments, validations);
    }

    /** The columns of docs/numbers.csv. */
    static final List<String> NUMBERS_HEADER = List.of("experiment", "what", "setting", "statistic", "n", "value", "low", "high",
            "p", "pHolm");

    /**
     * The numbers the prose quotes from one run folder, rows of {@link #NUMBERS_HEADER}: for each
     * listed statistic and point its mean (95% t-interval) and median (95% bootstrap interval);
     * every row of comparisons.csv (difference, or paired difference, with its interval, p and
     * Holm-adjusted p); the share of runs in each regime (Wilson interval); the Kaplan-Meier median
     * time to each event; the sensitivity indices of every factor (Sobol S1 and ST, Morris mu*) with
     * their bootstrap intervals and the inert and not-reliable flags; the mean coefficient of every
     * term of every regression across runs (t-interval, p).
     */
    static List<List<String>> numbers(Entry e, Path folder) throws IOException {
        List<List<String>> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Path aggregate = folder.resolve("aggregate.csv");
        for (CSVRecord rec : records(aggregate)) {
            String s = rec.get("statistic");
            if (!e.numbers().contains(s)) {
                continue;
            }
            seen.add(s);
            String setting = setting(rec, "statistic");
            out.add(List.of(e.name(), "mean", setting, s, rec.get("n"), round(rec.get("mean")), round(rec.get("ciLow")),
                    round(rec.get("ciHigh")), "", ""));
            out.add(List.of(e.name(), "median", setting, s, rec.get("n"), round(rec.get("median")), round(rec.get("medianLow")),
                    round(rec.get("medianHigh")), "", ""));
        }
        for (String s : e.numbers()) {
            if (!seen.contains(s)) {
                throw new InputException("docs/figures.yaml: experiments." + e.spec() + ".numbers: '" + s
                        + "' is not a statistic of " + aggregate);
            }
        }
        for (CSVRecord rec : records(folder.resolve("regimes.csv"))) {
            out.add(List.of(e.name(), "share", setting(rec, "regime"), "regime:" + rec.get("regime"), rec.get("runs"),
                    round(rec.get("share")), round(rec.get("shareLow")), round(rec.get("shareHigh")), "", ""));
        }
        for (CSVRecord rec : records(folder.resolve("events.csv"))) {
            out.add(List.of(e.name(), "median time", setting(rec, "event"), rec.get("event"),
                    rec.get("events") + " of " + rec.get("runs"), round(rec.get("median")), round(rec.get("medianLow")),
                    round(rec.get("medianHigh")), "", ""));
        }
        for (CSVRecord rec : records(folder.resolve("sensitivity.csv"))) {
            boolean sobol = rec.get("method").equals("sobol");
            String flags = (rec.get("inert").equals("true") ? ", inert" : "") + (rec.get("reliable").equals("false") ? ", not reliable" : "");
            for (String index : sobol ? List.of("S1", "ST") : List.of("muStar")) {
                out.add(List.of(e.name(), index + flags, rec.get("factor"), rec.get("output"), rec.get("n"), round(rec.get(index)),
                        round(rec.get(index + "Low")), round(rec.get(index + "High")), "", ""));
            }
        }
        for (CSVRecord rec : records(folder.resolve("regression-summary.csv"))) {
            out.add(List.of(e.name(), "regression coefficient", rec.get("model") + "; " + setting(rec, "term"), rec.get("term"),
                    rec.get("runs"), round(rec.get("mean")), round(rec.get("ciLow")), round(rec.get("ciHigh")), round(rec.get("p")), ""));
        }
        for (CSVRecord rec : records(folder.resolve("comparisons.csv"))) {
            boolean paired = rec.get("paired").equals("true");
            out.add(List.of(e.name(), paired ? "paired difference" : "difference", rec.get("comparison"), rec.get("statistic"),
                    rec.get("nA") + "/" + rec.get("nB"), round(rec.get("diff")), round(rec.get("diffLow")), round(rec.get("diffHigh")),
                    round(rec.get("p")), round(rec.get("pHolm"))));
        }
        return out;
    }

    /** The rows of a CSV file with a header (none when the file does not exist). */
    private static List<CSVRecord> records(Path f) throws IOException {
        if (!Files.exists(f)) {
            return List.of();
        }
        try (Reader r = Files.newBufferedReader(f);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            return p.getRecords();
        }
    }

    /** The varied keys of a row (the columns between {@code point} and {@code last}) as {@code key=value; ...}. */
    private static String setting(CSVRecord rec, String last) {
        List<String> header = rec.getParser().getHeaderNames();
        List<String> parts = new ArrayList<>();
        for (int i = 1; i < header.indexOf(last); i++) {
            parts.add(header.get(i) + "=" + rec.get(i));
        }
        return parts.isEmpty() ? "all runs" : String.join("; ", parts);
    }

    /** Four significant digits: enough for the prose, stable against the last bits of a sum. */
    static String round(String v) {
        if (v.isEmpty()) {
            return v;
        }
        double d = Double.parseDouble(v);
        if (d == 0 || !Double.isFinite(d)) {
            return d == 0 ? "0" : v;
        }
        java.math.BigDecimal b = new java.math.BigDecimal(d).round(new java.math.MathContext(4)).stripTrailingZeros();
        return Math.abs(d) < 1e-4 ? b.toString() : b.toPlainString(); // tiny p-values as 4.823E-13
    }

    private Map<String, List<List<String>>> previousNumbers() throws IOException {
        Map<String, List<List<String>>> rows = new LinkedHashMap<>();
        for (CSVRecord rec : records(numbers)) {
            rows.computeIfAbsent(rec.get(0), k -> new ArrayList<>()).add(rec.toList());
        }
        return rows;
    }

    private void writeNumbers(Map<String, List<List<String>>> rows) {
        AtomicFiles.write(numbers, o -> {
            Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
            CSVPrinter pr = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build());
            pr.printRecord(NUMBERS_HEADER);
            for (List<List<String>> rs : rows.values()) {
                for (List<String> row : rs) {
                    pr.printRecord(row);
                }
            }
            pr.flush();
        });
    }

    private static boolean copyIfChanged(Path from, Path to) throws IOException {
        byte[] b = Files.readAllBytes(from);
        if (Files.exists(to) && Arrays.equals(b, Files.readAllBytes(to))) {
            return false;
        }
        Files.createDirectories(to.toAbsolutePath().getParent());
        AtomicFiles.write(to, o -> o.write(b));
        return true;
    }

    private static Map<Path, byte[]> snapshot(List<String> args) throws IOException {
        Map<Path, byte[]> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.size(); i++) {
            if (args.get(i).equals("--png") || args.get(i).equals("--csv")) {
                Path p = Path.of(args.get(i + 1));
                m.put(p, Files.exists(p) ? Files.readAllBytes(p) : null);
            }
        }
        return m;
    }

    /** Runs a validation's report with its standard output going to {@code log}. */
    private static void invoke(ValidationFigure v, Path log) throws IOException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        java.io.PrintStream stdout = System.out;
        try (java.io.PrintStream to = new java.io.PrintStream(Files.newOutputStream(log), true, StandardCharsets.UTF_8)) {
            System.setOut(to);
            Method main = Class.forName(v.main()).getMethod("main", String[].class);
            main.invoke(null, (Object) v.args().toArray(new String[0]));
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            throw new InputException("docs/figures.yaml: validations." + v.name() + ".main: no class " + v.main() + " with a main method");
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            Throwable t = e.getCause();
            if (t instanceof RuntimeException re) {
                throw re;
            }
            throw new UncheckedIOException(new IOException(v.name() + ": " + t.getMessage(), t));
        } finally {
            System.setOut(stdout);
        }
    }

    private static String drawn(Path charts) throws IOException {
        if (!Files.isDirectory(charts)) {
            return "nothing";
        }
        try (var s = Files.list(charts)) {
            return String.join(", ", s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".png"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList());
        }
    }

    private static int changedLines(String before, String after) {
        Set<String> a = new LinkedHashSet<>(before.lines().toList());
        int n = 0;
        for (String l : after.lines().toList()) {
            if (!a.contains(l)) {
                n++;
            }
        }
        return n;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
