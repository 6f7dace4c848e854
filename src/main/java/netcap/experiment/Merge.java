package netcap.experiment;

import netcap.InputException;
import netcap.spec.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code netcap merge SHARD_DIR... --out RUN_DIR}: joins the shard folders of one experiment
 * (made by {@code netcap run SPEC --shard i/n}) into one run folder. Everything is checked before
 * anything is written: the shards must come from the same spec, seed, model and netcap versions,
 * each shard may be given once, and together they must hold every run exactly once. The merged
 * folder gets the shards' {@code spec.yaml} and run parts, then the tables, manifest and report
 * are written by the same code as a local run's, so its CSV files are byte-identical to a local
 * run's.
 */
public final class Merge {
    private Merge() {
    }

    /** Merges {@code shards} into {@code out}; {@code threads} and {@code charts} as for a run. */
    public static Runner.Result merge(List<Path> shards, Path out, int threads, boolean charts, Progress progress) {
        if (shards.isEmpty()) {
            throw new InputException("netcap merge: no shard folders given");
        }
        List<Shards.Info> infos = new ArrayList<>();
        for (Path d : shards) {
            infos.add(Shards.read(d));
        }
        Shards.Info first = infos.get(0);
        Map<Integer, Path> byIndex = new TreeMap<>();
        for (Shards.Info s : infos) {
            check(first, s, "master seed", first.seed(), s.seed());
            check(first, s, "model version", first.modelVersion(), s.modelVersion());
            check(first, s, "netcap version", first.netcapVersion(), s.netcapVersion());
            check(first, s, "spec (spec.yaml)", first.specSha256(), s.specSha256());
            check(first, s, "number of shards", first.slice().count(), s.slice().count());
            Path other = byIndex.putIfAbsent(s.slice().index(), s.dir());
            if (other != null) {
                throw new InputException("shard " + s.slice() + " given twice: " + other + " and " + s.dir());
            }
        }
        int n = first.slice().count();
        Spec spec;
        try {
            String text = Files.readString(first.dir().resolve("spec.yaml"));
            Path specFile = Path.of(first.specFile());
            // a network file is named relative to the shard folder; otherwise the spec keeps its own path, as in a local run
            spec = Spec.parse(specFile.getFileName().toString(), text, first.dir(), List.of());
            if (spec.network.file() == null) {
                spec = Spec.parse(specFile.toString(), text, null, List.of());
            }
        } catch (IOException e) {
            throw new InputException(first.dir() + ": cannot read spec.yaml: " + e.getMessage());
        }
        int points = spec.points().size();
        int reps = spec.replications;
        // which shard folder holds each finished run
        Map<Long, Path> holder = new TreeMap<>();
        List<String> duplicated = new ArrayList<>();
        for (Shards.Info s : infos) {
            for (long run : finishedRuns(s.dir(), reps)) {
                Path before = holder.putIfAbsent(run, s.dir());
                if (before != null) {
                    duplicated.add(name(run, reps) + " (in " + before + " and " + s.dir() + ")");
                }
            }
        }
        if (!duplicated.isEmpty()) {
            throw new InputException(duplicated.size() + " runs are in more than one shard: " + firstFew(duplicated));
        }
        long total = (long) points * reps;
        Map<Integer, List<String>> missing = new TreeMap<>();
        int missingCount = 0;
        for (long r = 0; r < total; r++) {
            if (!holder.containsKey(r)) {
                missing.computeIfAbsent(Shards.Slice.ownerOf(r, n), k -> new ArrayList<>()).add(name(r, reps));
                missingCount++;
            }
        }
        if (missingCount > 0) {
            List<String> parts = new ArrayList<>();
            missing.forEach((shard, runs) -> parts.add(runs.size() + " of shard " + shard + "/" + n
                    + (byIndex.containsKey(shard) ? " (" + byIndex.get(shard) + " is unfinished: resume it with --resume)" : " (not given)")
                    + ": " + firstFew(runs)));
            throw new InputException(missingCount + " of " + total + " runs are missing: " + String.join("; ", parts));
        }
        if (Files.exists(out)) {
            try (var s = Files.list(out)) {
                if (s.findAny().isPresent()) {
                    throw new InputException(out + ": the output folder exists and is not empty; choose another --out");
                }
            } catch (IOException e) {
                throw new InputException(out + ": cannot read the output folder: " + e.getMessage());
            }
        }
        try {
            Files.createDirectories(out.resolve("parts"));
            // the shards' spec.yaml: its header (spec file, overrides) as is, the resolved spec as written for this
            // folder (a network file is named relative to the folder that holds spec.yaml)
            String shardText = Files.readString(first.dir().resolve("spec.yaml")).replace("\r", "");
            String header = shardText.substring(0, shardText.length() - RunFolder.checked(shardText).length());
            String body = RunFolder.checked(new RunFolder(spec, out, false, List.of()).specText());
            Files.writeString(out.resolve("spec.yaml"), header + body);
            for (Shards.Info s : infos) {
                copyFiles(s.dir().resolve("parts"), out.resolve("parts"));
                if (Files.isDirectory(s.dir().resolve("snapshots"))) {
                    Files.createDirectories(out.resolve("snapshots"));
                    copyFiles(s.dir().resolve("snapshots"), out.resolve("snapshots"));
                }
            }
        } catch (IOException e) {
            throw new InputException(out + ": cannot write the merged folder: " + e.getMessage());
        }
        // every run is in parts/: the runner "resumes" it, runs nothing and writes the tables
        return new Runner(spec, new Runner.Options(out, threads, true, progress, charts, List.of())).merged(infos.size()).run();
    }

    private static void check(Shards.Info a, Shards.Info b, String what, Object x, Object y) {
        if (!x.equals(y)) {
            throw new InputException(a.dir() + " and " + b.dir() + " are shards of different experiments: their " + what
                    + " differ (" + x + " and " + y + "); merge only the shards of one netcap run SPEC --shard i/n series");
        }
    }

    /** The run numbers a shard folder finished (in its batch file or per-run parts). */
    private static List<Long> finishedRuns(Path dir, int reps) {
        List<Long> runs = new ArrayList<>();
        Path parts = dir.resolve("parts");
        try {
            for (int[] pr : RunFolder.finishedRuns(parts)) {
                runs.add((long) pr[0] * reps + pr[1]);
            }
        } catch (IOException | RuntimeException e) {
            throw new InputException(parts + ": cannot read the finished runs: " + e.getMessage());
        }
        runs.sort(null);
        return runs;
    }

    private static void copyFiles(Path from, Path to) throws IOException {
        try (var files = Files.list(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String n = f.getFileName().toString();
                if (Files.isRegularFile(f) && !(n.startsWith(".") && n.endsWith(".tmp"))) {
                    Files.copy(f, to.resolve(n), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static String name(long run, int reps) {
        return String.format("point %d replicate %d", run / reps, run % reps);
    }

    private static String firstFew(List<String> items) {
        int k = Math.min(5, items.size());
        return String.join(", ", items.subList(0, k)) + (items.size() > k ? ", ..." : "");
    }
}
