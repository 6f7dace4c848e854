package netcap.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import netcap.InputException;
import netcap.Version;
import netcap.io.AtomicFiles;
import netcap.spec.Spec;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Job-array shards: {@code netcap run SPEC --shard i/n} runs only the i-th of n slices of an
 * experiment's runs. Run number {@code r} (the order of the tables: point-major, replicate-minor,
 * {@code r = point * replications + replicate}) belongs to shard {@code r mod n + 1}, whatever the
 * machine or the number of threads. A shard folder holds {@code spec.yaml}, {@code shard.json} and
 * its finished runs in one append-only file {@code parts/shard-I-of-N.runs} (not three files per
 * run; microdata and snapshots, when the spec asks for them, stay one file per run); {@link Merge}
 * joins the shards into one run folder.
 */
public final class Shards {
    private Shards() {
    }

    /** The file that marks a shard folder. */
    public static final String FILE = "shard.json";

    /** Shard {@code index} of {@code count} (1-based). */
    public record Slice(int index, int count) {
        /** Whether run number {@code run} (point-major, replicate-minor) belongs to this shard. */
        public boolean owns(long run) {
            return run % count + 1 == index;
        }

        /** The shard that owns run number {@code run}. */
        public static int ownerOf(long run, int count) {
            return (int) (run % count) + 1;
        }

        /** How many of {@code total} runs this shard owns. */
        public int owned(long total) {
            long n = 0;
            for (long r = index - 1; r < total; r += count) {
                n++;
            }
            return (int) n;
        }

        @Override
        public String toString() {
            return index + "/" + count;
        }
    }

    /** Parses {@code i/n} (1 <= i <= n), refusing anything else with a one-line message. */
    public static Slice parse(String text) {
        String t = text == null ? "" : text.trim();
        int slash = t.indexOf('/');
        try {
            if (slash > 0) {
                int i = Integer.parseInt(t.substring(0, slash));
                int n = Integer.parseInt(t.substring(slash + 1));
                if (n >= 1 && i >= 1 && i <= n) {
                    return new Slice(i, n);
                }
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InputException("--shard " + text + ": expected i/n with whole numbers 1 <= i <= n, e.g. --shard 2/8");
    }

    /** The file of {@code parts/} a shard appends its runs to: {@code shard-I-of-N.runs}. */
    static String batchFile(Slice slice) {
        return "shard-" + slice.index() + "-of-" + slice.count() + RunFolder.BATCH;
    }

    /** Refuses specs that decide as they go (adaptive replication, calibration): their runs cannot be split in advance. */
    static void checkShardable(Spec spec) {
        String what = spec.calibrate != null ? "calibrate:" : spec.adaptive != null ? "adaptive:" : null;
        if (what != null) {
            throw new InputException(spec.path + ": --shard cannot split a spec with " + what
                    + " (it decides which runs to make from the results so far, so the runs are not known in advance); "
                    + "run it on one machine, or use fixed replications");
        }
    }

    /** The SHA-256 of the spec as run (without leading comment lines). */
    static String fingerprint(String specYaml) {
        String t = specYaml.replace("\r", "");
        int i = 0;
        while (t.startsWith("#", i)) {
            int nl = t.indexOf('\n', i);
            if (nl < 0) {
                i = t.length();
                break;
            }
            i = nl + 1;
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(t.substring(i).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code shard.json} into a shard folder. */
    static void write(Spec spec, RunFolder folder, Slice slice, int totalRuns) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("shard", slice.index());
        m.put("of", slice.count());
        m.put("assignment", "run r = point * replications + replicate belongs to shard r mod n + 1");
        m.put("runs", totalRuns);
        m.put("ownedRuns", slice.owned(totalRuns));
        m.put("specFile", spec.path == null ? "spec.yaml" : spec.path.toString());
        // the resolved spec with a network file's absolute path, so that shard folders at any depth compare equal
        m.put("specSha256", fingerprint(RunFolder.resolvedYaml(spec) + Manifest.plugins(spec)));
        m.put("masterSeed", spec.seed);
        m.put("modelVersion", netcap.model.ModelVersion.CURRENT);
        m.put("netcapVersion", Version.version());
        ObjectMapper om = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        AtomicFiles.write(folder.file(FILE), (OutputStream o) -> {
            o.write(om.writeValueAsBytes(m));
            o.write('\n');
        });
    }

    /** What {@code shard.json} says. */
    record Info(Path dir, Slice slice, int runs, String specFile, String specSha256, long seed, int modelVersion, String netcapVersion) {
    }

    /** Reads a shard folder's {@code shard.json}, refusing a folder that is not a shard. */
    static Info read(Path dir) {
        Path f = dir.resolve(FILE);
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir + ": not a folder");
        }
        if (!Files.isRegularFile(f)) {
            throw new InputException(dir + ": not a shard folder (no " + FILE + "); shards are made by netcap run SPEC --shard i/n");
        }
        try {
            JsonNode j = new ObjectMapper().readTree(f.toFile());
            String[] keys = {"shard", "of", "runs", "specFile", "specSha256", "masterSeed", "modelVersion", "netcapVersion"};
            for (String k : keys) {
                if (j.get(k) == null) {
                    throw new InputException(f + ": not a shard file (no '" + k + "')");
                }
            }
            return new Info(dir, new Slice(j.get("shard").asInt(), j.get("of").asInt()), j.get("runs").asInt(),
                    j.get("specFile").asText(), j.get("specSha256").asText(), j.get("masterSeed").asLong(),
                    j.get("modelVersion").asInt(), j.get("netcapVersion").asText());
        } catch (IOException e) {
            throw new InputException(f + ": cannot read the shard file: " + e.getMessage());
        }
    }
}
