package netcap.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import netcap.Version;
import netcap.io.AtomicFiles;
import netcap.model.ParamRegistry;
import netcap.spec.Point;
import netcap.spec.Spec;

import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json}: what was run, how and where: versions, seeds, the resolved spec, every
 * point's parameters and every run's seed and timing.
 */
final class Manifest {
    private Manifest() {
    }

    /** How the run keys derive from the master seed, in words. */
    static String seedScheme(Spec spec) {
        if (!spec.commonRandomNumbers) {
            return "run key = Streams.runKey(masterSeed, point, replicate): every point has its own streams (commonRandomNumbers: false); "
                    + "see docs/ODD.md";
        }
        return "run key = Streams.runKey(masterSeed, 0, replicate)"
                + (spec.design != null && spec.design.dummy() ? ", then Streams.child(key, \"dummy=\" + dummy value)" : "")
                + ": common random numbers, replicate r of every point shares its streams; see docs/ODD.md";
    }

    /** The plug-ins the spec uses: name, version, jar file and its SHA-256 checksum. */
    static List<Object> plugins(Spec spec) {
        List<Object> out = new ArrayList<>();
        for (netcap.model.plugins.LoadedPlugin p : spec.plugins.plugins()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("name", p.name());
            pm.put("version", p.version());
            pm.put("jar", p.jar().getFileName().toString());
            pm.put("sha256", p.sha256());
            out.add(pm);
        }
        return out;
    }

    /**
     * Where the runs were made, as manifest.json records it: {@code engine} {@code local} (netcap's
     * threads), {@code spark} (with {@code sparkMaster}, the master URL) or {@code shards} (a merge
     * of {@code shards} shard folders).
     */
    static Map<String, Object> engine(String engine, Object detail) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("engine", engine);
        if (engine.equals("spark")) {
            m.put("sparkMaster", detail);
        } else if (engine.equals("shards")) {
            m.put("shards", detail);
        }
        return m;
    }

    /** Writes the manifest of {@code runs} into the folder; {@code engine}: {@link #engine}. */
    static void write(Spec spec, List<Point> points, RunFolder folder, int threads, Map<String, Object> engine, RunLoop.Runs runs,
            Instant started, double secs) {
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
        m.put("commonRandomNumbers", spec.commonRandomNumbers);
        m.put("modelVersion", netcap.model.ModelVersion.CURRENT);
        m.put("plugins", plugins(spec));
        m.put("seedScheme", seedScheme(spec));
        m.put("threads", threads);
        m.putAll(engine);
        m.put("started", started.toString());
        m.put("finished", Instant.now().toString());
        m.put("wallSeconds", secs);
        m.put("steps", spec.steps);
        m.put("replications", runs.replications());
        m.put("spec", RunFolder.resolved(spec, folder.path()));
        m.put("layers", spec.layers);
        Map<String, Object> network = new LinkedHashMap<>(); // a fixed key order: the same spec gives the same manifest
        if (spec.network.file() != null) {
            network.put("file", spec.network.file().toString());
            network.putAll(netcap.spec.Point.edgeListCounts(spec)); // nodes, ties, selfLoopsDropped, duplicateTiesMerged
        } else {
            network.put("generator", spec.network.generator());
            network.put("params", new java.util.TreeMap<>(spec.network.params())); // by name, whatever the order of the overrides
        }
        m.put("network", network);
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
        List<Object> list = new ArrayList<>();
        int run = 0;
        for (RunResult r : runs.results()) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("run", run++);
            rm.put("point", r.point());
            rm.put("replicate", r.replicate());
            rm.put("seed", r.seed());
            RunFolder.Timing t = runs.timing(r);
            if (t != null) {
                rm.put("wallSeconds", t.seconds());
                rm.put("started", Instant.ofEpochMilli(t.startedMillis()).toString());
            }
            list.add(rm);
        }
        m.put("runs", list);
        ObjectMapper om = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        AtomicFiles.write(folder.file("manifest.json"), (OutputStream o) -> {
            o.write(om.writeValueAsBytes(m));
            o.write('\n');
        });
    }
}
