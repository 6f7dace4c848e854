package netcap.experiment;

import netcap.InputException;
import netcap.io.AtomicFiles;
import netcap.spec.Spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
final class RunFolder {
    /** How long a run took and when it started. */
    record Timing(double seconds, long startedMillis) {
    }

    /** A run read back from its parts, with its timing if that was recorded. */
    record Finished(RunResult result, Timing timing) {
    }

    private static final String SUMMARY = ".summary.csv";
    private static final String ROWS = ".ts.csv";
    private static final String WALL = ".wall";
    private static final String AGENTS = ".agents.csv";

    private final Spec spec;
    private final Path out;
    private final Path parts;
    private final boolean resume;

    RunFolder(Spec spec, Path out, boolean resume) {
        this.spec = spec;
        this.out = out;
        this.parts = out.resolve("parts");
        this.resume = resume;
    }

    /** The folder. */
    Path path() {
        return out;
    }

    /** A file of the folder. */
    Path file(String name) {
        return out.resolve(name);
    }

    /**
     * Checks the folder (new or empty; on resume, made by the same spec and overrides), creates it
     * with {@code parts/} (and {@code snapshots/} when the spec asks for snapshots), and writes the
     * copy of the spec.
     */
    void prepare() {
        Path specCopy = out.resolve("spec.yaml");
        String specText = specText();
        try {
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new InputException(out + ": exists and is not a folder");
            }
            if (resume) {
                if (!Files.isDirectory(out)) {
                    throw new InputException(out + ": nothing to resume (the folder does not exist)");
                }
                if (!Files.exists(specCopy) || !Files.readString(specCopy).equals(specText)) {
                    throw new InputException(out + ": was made by a different spec (or other --set values, or other plug-in jars); resume it with the same spec and plug-ins");
                }
            } else if (Files.isDirectory(out)) {
                try (var s = Files.list(out)) {
                    if (s.findAny().isPresent()) {
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
        } catch (IOException e) {
            throw new InputException(out + ": cannot create the output folder: " + e.getMessage());
        }
    }

    /**
     * The spec file's text, followed by the command-line overrides and the plug-ins used (version
     * and jar checksum) as comments, so a resume can check them.
     */
    private String specText() {
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

    /** The runs finished by an earlier attempt (none unless resuming), in no particular order. */
    List<Finished> finished(int summaryColumns) {
        List<Finished> done = new ArrayList<>();
        if (!resume) {
            return done;
        }
        try (var files = Files.list(parts)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (!name.endsWith(SUMMARY)) {
                    continue;
                }
                String base = name.substring(0, name.length() - SUMMARY.length());
                String[] cells = Files.readString(f).trim().split(",", -1);
                int point = Integer.parseInt(cells[0]);
                int rep = Integer.parseInt(cells[1]);
                long seed = Long.parseLong(cells[2]);
                double[] summary = new double[summaryColumns];
                for (int i = 0; i < summary.length; i++) {
                    summary[i] = cells[3 + i].isEmpty() ? Double.NaN : Double.parseDouble(cells[3 + i]);
                }
                List<String> rows = Files.readAllLines(parts.resolve(base + ROWS));
                List<String> withEnds = new ArrayList<>(rows.size());
                rows.forEach(r -> withEnds.add(r + "\n"));
                Timing timing = null;
                Path meta = parts.resolve(base + WALL);
                if (Files.exists(meta)) {
                    String[] w = Files.readString(meta).trim().split(",");
                    timing = new Timing(Double.parseDouble(w[0]), (long) Double.parseDouble(w[1]));
                }
                done.add(new Finished(new RunResult(point, rep, seed, withEnds, summary), timing));
            }
        } catch (IOException | RuntimeException e) {
            throw new InputException(parts + ": cannot read finished runs to resume: " + e.getMessage());
        }
        return done;
    }

    private static String partName(int point, int replicate) {
        return String.format("p%06d-r%06d", point, replicate);
    }

    /** Stores a finished run in {@code parts/}; the summary goes last, as the mark that the run is complete. */
    void writeParts(RunResult res, Timing timing) {
        String base = partName(res.point(), res.replicate());
        AtomicFiles.write(parts.resolve(base + ROWS), o -> {
            for (String row : res.rows()) {
                o.write(row.getBytes(StandardCharsets.UTF_8));
            }
        });
        AtomicFiles.write(parts.resolve(base + WALL),
                o -> o.write((timing.seconds() + "," + timing.startedMillis() + "\n").getBytes(StandardCharsets.UTF_8)));
        List<String> cells = new ArrayList<>();
        cells.add(Integer.toString(res.point()));
        cells.add(Integer.toString(res.replicate()));
        cells.add(Long.toString(res.seed()));
        for (double v : res.summary()) {
            cells.add(Csv.num(v));
        }
        AtomicFiles.write(parts.resolve(base + SUMMARY), o -> o.write(String.join(",", cells).concat("\n").getBytes(StandardCharsets.UTF_8)));
    }

    /** The microdata part of a run ({@code agents.csv} rows without the run column). */
    Path agentsPart(int point, int replicate) {
        return parts.resolve(partName(point, replicate) + AGENTS);
    }

    /** The GraphML snapshot of a run at a step. */
    Path snapshot(int point, int replicate, int step) {
        return out.resolve("snapshots").resolve(partName(point, replicate) + String.format("-s%06d.graphml", step));
    }
}
