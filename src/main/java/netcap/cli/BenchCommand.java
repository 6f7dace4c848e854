package netcap.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import netcap.bench.Bench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code netcap bench}: engine vs classic MASON vs the model's own bound, heap, runs per second, JVM start. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures, in one process with warm-up and the median of several repetitions: ms per step of "
                + "the netcap engine (1 thread and all threads; the full model and the subset of mechanisms the classic "
                + "version implements), of the same subset written the classic MASON way (Network + Edge + one Steppable "
                + "per agent), of the model's own bound (each pass of the step as a bare loop reading the same row "
                + "width per tie entry with the same multiply-adds, checked against a plain reference loop) and of a "
                + "bare loop (one multiply-add per tie entry); heap bytes per tie entry; runs per second "
                + "of a sweep of small runs; JVM start and the wall time of a small `netcap run`. Timings on a shared "
                + "machine are noisy. See docs/performance.md.",
                "Example: netcap bench --quick --json bench.json"})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--sizes", split = ",", paramLabel = "N[,N...]",
            description = "Numbers of agents (default 1000,10000,100000,1000000).")
    List<Integer> sizes;

    @Option(names = "--quick", description = "Stop at 100,000 agents.")
    boolean quick;

    @Option(names = "--reps", paramLabel = "R", description = "Timed repetitions per measurement; the median is reported (default ${DEFAULT-VALUE}).")
    int reps = 5;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the results as JSON to FILE.")
    Path json;

    @Option(names = "--mean-degree", paramLabel = "K", description = "Mean degree of the random graphs (default ${DEFAULT-VALUE}).")
    double meanDegree = 20;

    @Option(names = "--generator", paramLabel = "NAME", description = "erdosRenyiGnp (random ids, default) or wattsStrogatz (ring order: neighbours have nearby ids).")
    String generator = "erdosRenyiGnp";

    @Option(names = "--threads", paramLabel = "N", description = "\"All threads\" (default: all cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--sweep-agents", paramLabel = "N", description = "Agents per run of the runs-per-second sweep (default ${DEFAULT-VALUE}).")
    int sweepAgents = 1000;

    @Option(names = "--sweep-steps", paramLabel = "T", description = "Steps per run of the sweep (default ${DEFAULT-VALUE}).")
    int sweepSteps = 200;

    @Option(names = "--sweep-runs", paramLabel = "R", description = "Runs (replications) in the sweep (default ${DEFAULT-VALUE}).")
    int sweepRuns = 20;

    @Option(names = "--no-processes", description = "Skip the timings of whole processes (java -version, netcap run).")
    boolean noProcesses;

    @Option(names = "--no-classic", description = "Skip the classic MASON version.")
    boolean noClassic;

    @Option(names = "--warmup-ms", paramLabel = "MS", description = "Warm-up per measurement: at least 2 steps and this long (default ${DEFAULT-VALUE}).")
    double warmupMs = 1000;

    @Option(names = "--jar", paramLabel = "JAR", description = "The netcap jar for the `netcap run` timing (default: this jar, or target/netcap-0.1.0-all.jar).")
    Path jar;

    @Override
    public Integer call() throws IOException {
        List<Integer> list = sizes != null ? sizes
                : quick ? List.of(1_000, 10_000, 100_000) : List.of(1_000, 10_000, 100_000, 1_000_000);
        for (int n : list) {
            if (n < 2) {
                throw new IllegalArgumentException("--sizes: each size must be >= 2, was " + n);
            }
        }
        if (reps < 1) {
            throw new IllegalArgumentException("--reps must be >= 1, was " + reps);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be >= 1, was " + threads);
        }
        if (sweepAgents < 3 || sweepSteps < 1 || sweepRuns < 1) {
            throw new IllegalArgumentException("--sweep-agents must be >= 3, --sweep-steps and --sweep-runs >= 1");
        }
        if (!generator.equals("erdosRenyiGnp") && !generator.equals("wattsStrogatz")) {
            throw new IllegalArgumentException("--generator must be erdosRenyiGnp or wattsStrogatz, was " + generator);
        }
        Bench.Options o = new Bench.Options(list, reps, meanDegree, generator, threads, sweepAgents, sweepSteps, sweepRuns,
                !noProcesses, jar != null ? jar : defaultJar(), !noClassic, warmupMs, System.err);
        Map<String, Object> root = new Bench(o).run();
        System.out.print(Bench.table(root));
        if (json != null) {
            Path parent = json.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), jsonSafe(root));
            System.out.println("wrote " + json);
        }
        return 0;
    }

    /** The running jar, or target/netcap-0.1.0-all.jar. */
    static Path defaultJar() {
        try {
            Path p = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (p.toString().endsWith(".jar")) {
                return p;
            }
        } catch (Exception ignored) {
            // fall through
        }
        return Path.of("target", "netcap-0.1.0-all.jar");
    }

    /** A copy with NaN and infinite numbers as null (JSON has no NaN). */
    @SuppressWarnings("unchecked")
    static Object jsonSafe(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), jsonSafe(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(jsonSafe(x)));
            return out;
        }
        if (v instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return null;
        }
        return v;
    }
}
