package netcap.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import netcap.validate.Outcome;
import netcap.validate.Validation;
import netcap.validate.Validations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code netcap validate [NAME...]}: replicates published results and checks them. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Replicates published results with netcap's engine and checks each against its published target.",
                "Prints: name | published target | our result | pass/fail. Exit code 0 if all pass, 1 if any fails, 2 for bad input.",
                "Example: netcap validate march --json march.json"})
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "NAME", description = "Validations to run (default: all). Known: ${COMPLETION-CANDIDATES}.",
            completionCandidates = Known.class)
    List<String> names = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", description = "Master seed (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--threads", paramLabel = "N", description = "Runs in parallel (default: all cores, ${DEFAULT-VALUE}). Results do not depend on it.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the outcomes with their details as JSON.")
    Path json;

    /** The names for the help text. */
    static final class Known extends ArrayList<String> {
        Known() {
            super(Validations.names());
        }
    }

    @Override
    public Integer call() {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be >= 1, was " + threads);
        }
        List<Validation> selected = Validations.select(names);
        PrintWriter out = spec.commandLine().getOut();
        List<String[]> rows = new ArrayList<>();
        List<Map<String, Object>> records = new ArrayList<>();
        boolean allPass = true;
        for (Validation v : selected) {
            long t0 = System.nanoTime();
            Outcome o = v.run(seed, threads);
            double secs = (System.nanoTime() - t0) / 1e9;
            allPass &= o.pass();
            rows.add(new String[] {v.name(), v.target(), o.result(), o.pass() ? "pass" : "FAIL"});
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("name", v.name());
            r.put("target", v.target());
            r.put("result", o.result());
            r.put("pass", o.pass());
            r.put("seed", seed);
            r.put("seconds", Math.round(secs * 1000) / 1000.0);
            r.put("details", o.details());
            records.add(r);
        }
        printTable(out, rows);
        out.flush();
        if (json != null) {
            try {
                Path parent = json.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), records);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + json + ": " + e.getMessage(), e);
            }
        }
        return allPass ? 0 : 1;
    }

    private static void printTable(PrintWriter out, List<String[]> rows) {
        String[] header = {"name", "published target", "our result", "pass/fail"};
        int[] w = new int[header.length];
        for (int c = 0; c < w.length; c++) {
            w[c] = header[c].length();
            for (String[] r : rows) {
                w[c] = Math.max(w[c], r[c].length());
            }
        }
        out.println(line(header, w));
        StringBuilder sep = new StringBuilder();
        for (int c = 0; c < w.length; c++) {
            sep.append(c == 0 ? "" : "-+-").append("-".repeat(w[c]));
        }
        out.println(sep);
        for (String[] r : rows) {
            out.println(line(r, w));
        }
    }

    private static String line(String[] cells, int[] w) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            b.append(c == 0 ? "" : " | ").append(String.format(Locale.ROOT, "%-" + w[c] + "s", cells[c]));
        }
        return b.toString().stripTrailing();
    }
}
