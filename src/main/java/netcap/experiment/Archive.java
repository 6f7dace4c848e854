package netcap.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import netcap.InputException;
import netcap.Version;
import netcap.io.AtomicFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * One zip file that lets a run be cited and rerun: the run folder's {@code spec.yaml} and
 * {@code manifest.json}, its outputs and report, the data files and plug-in jars the spec used, the
 * netcap jar's version and SHA-256 checksum with the Java and OS versions ({@code environment.json}),
 * how to rerun it ({@code README.txt}), all described by an RO-Crate {@code ro-crate-metadata.json}
 * following the Workflow Run Crate profile.
 *
 * <p>The zip is deterministic: entries sorted by name, a fixed time stamp on each, and nothing in it
 * depends on when it was written. The run folder's {@code parts/} (the runs' intermediate files, kept for
 * {@code --resume}) and hidden files are left out. The zip is written to a temporary file and then moved
 * into place, so an interrupted archive leaves no half-written zip.
 */
public final class Archive {
    /** The RO-Crate version the metadata conforms to. */
    public static final String RO_CRATE = "https://w3id.org/ro/crate/1.1";
    /** The Process Run Crate profile. */
    public static final String PROCESS_RUN_CRATE = "https://w3id.org/ro/wfrun/process/0.5";
    /** The Workflow Run Crate profile. */
    public static final String WORKFLOW_RUN_CRATE = "https://w3id.org/ro/wfrun/workflow/0.5";
    /** The Workflow RO-Crate profile, which the Workflow Run Crate profile builds on. */
    public static final String WORKFLOW_RO_CRATE = "https://w3id.org/workflowhub/workflow-ro-crate/1.0";

    /** The time stamp of every entry (the earliest a zip can hold), so the same run gives the same bytes. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What was archived. */
    public record Result(Path zip, int files, List<String> dataFiles, List<String> pluginJars) {
    }

    private Archive() {
    }

    /**
     * Archives {@code runDir} into {@code zip}.
     *
     * @param pluginJars plug-in jars, or folders of them, in which to find the jars the manifest names (may be empty)
     * @throws InputException when the folder is not a finished run folder, a file it needs is missing or
     *     unreadable, or the zip cannot be written
     */
    public static Result write(Path runDir, Path zip, List<Path> pluginJars) {
        if (!Files.isDirectory(runDir)) {
            throw new InputException(runDir + ": not a folder (give a run folder written by netcap run)");
        }
        Path manifestFile = runDir.resolve("manifest.json");
        Path specFile = runDir.resolve("spec.yaml");
        if (!Files.isRegularFile(manifestFile) || !Files.isRegularFile(specFile)) {
            throw new InputException(runDir + ": not a finished run folder (it has no "
                    + (Files.isRegularFile(specFile) ? "manifest.json" : "spec.yaml")
                    + "; netcap run writes both, the manifest when every run has finished)");
        }
        JsonNode manifest;
        try {
            manifest = JSON.readTree(manifestFile.toFile());
        } catch (IOException e) {
            throw new InputException(manifestFile + ": not a netcap manifest (" + oneLine(e.getMessage()) + ")", e);
        }
        if (manifest == null || !manifest.isObject() || !manifest.has("netcapVersion")) {
            throw new InputException(manifestFile + ": not a netcap manifest (no netcapVersion)");
        }
        Path absZip = zip.toAbsolutePath().normalize();
        if (absZip.startsWith(runDir.toAbsolutePath().normalize())) {
            throw new InputException(zip + ": the archive cannot be written inside the run folder it archives; give --out elsewhere");
        }
        AtomicFiles.checkWritable(zip);
        Path zipDir = absZip.getParent();
        if (!Files.isWritable(zipDir)) {
            throw new InputException(zip + ": cannot write: permission denied on folder " + zipDir);
        }

        // name in the zip -> file on disk, sorted by name
        TreeMap<String, Path> entries = new TreeMap<>();
        List<String> outputs = new ArrayList<>();
        for (Path f : runFiles(runDir)) {
            String name = runDir.relativize(f).toString().replace('\\', '/');
            entries.put(name, f);
            if (!name.equals("spec.yaml")) {
                outputs.add(name);
            }
        }
        List<String> data = new ArrayList<>();
        JsonNode network = manifest.path("network");
        if (network.hasNonNull("file")) {
            Path f = Path.of(network.get("file").asText());
            if (!f.isAbsolute()) {
                f = runDir.resolve(f);
            }
            if (!Files.isRegularFile(f)) {
                throw new InputException(manifestFile + ": the network file it names, " + f + ", is not there; the archive must hold it");
            }
            String name = "data/" + f.getFileName();
            entries.put(name, f);
            data.add(name);
        }
        List<String> plugins = new ArrayList<>();
        Map<String, String> pluginChecksums = new LinkedHashMap<>();
        for (JsonNode p : manifest.path("plugins")) {
            String jar = p.path("jar").asText("");
            String sha = p.path("sha256").asText("");
            Path found = findPlugin(jar, pluginJars);
            if (found == null) {
                throw new InputException(manifestFile + ": the run used plug-in jar " + jar
                        + "; give the folder that holds it with --plugins DIR (or NETCAP_PLUGINS)");
            }
            String actual = sha256(found);
            if (!sha.isEmpty() && !actual.equals(sha)) {
                throw new InputException(found + ": is not the plug-in jar the run used (SHA-256 " + actual
                        + ", the manifest records " + sha + ")");
            }
            String name = "plugins/" + jar;
            entries.put(name, found);
            plugins.add(name);
            pluginChecksums.put(name, actual);
        }

        Map<String, Object> environment = environment();
        byte[] environmentJson = json(environment);
        byte[] readme = readme(manifest, data, plugins).getBytes(StandardCharsets.UTF_8);

        Map<String, byte[]> generated = new TreeMap<>();
        generated.put("environment.json", environmentJson);
        generated.put("README.txt", readme);

        Map<String, String> checksums = new TreeMap<>();
        Map<String, Long> sizes = new TreeMap<>();
        for (Map.Entry<String, Path> e : entries.entrySet()) {
            checksums.put(e.getKey(), pluginChecksums.containsKey(e.getKey()) ? pluginChecksums.get(e.getKey()) : sha256(e.getValue()));
            sizes.put(e.getKey(), size(e.getValue()));
        }
        for (Map.Entry<String, byte[]> e : generated.entrySet()) {
            checksums.put(e.getKey(), sha256(e.getValue()));
            sizes.put(e.getKey(), (long) e.getValue().length);
        }
        byte[] crate = json(roCrate(manifest, outputs, data, plugins, environment, checksums, sizes));
        generated.put("ro-crate-metadata.json", crate);

        TreeMap<String, Object> all = new TreeMap<>();
        all.putAll(entries);
        all.putAll(generated);
        AtomicFiles.write(zip, (OutputStream o) -> {
            ZipOutputStream z = new ZipOutputStream(o, StandardCharsets.UTF_8);
            for (Map.Entry<String, Object> e : all.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTimeLocal(ENTRY_TIME);
                z.putNextEntry(entry);
                if (e.getValue() instanceof byte[] bytes) {
                    z.write(bytes);
                } else {
                    try (InputStream in = Files.newInputStream((Path) e.getValue())) {
                        in.transferTo(z);
                    }
                }
                z.closeEntry();
            }
            z.finish();
        });
        return new Result(zip, all.size(), data, plugins);
    }

    /** The files of the run folder to archive: all but {@code parts/} and hidden files, sorted. */
    private static List<Path> runFiles(Path runDir) {
        try (Stream<Path> s = Files.walk(runDir)) {
            return s.filter(Files::isRegularFile)
                    .filter(f -> {
                        Path rel = runDir.relativize(f);
                        if (rel.getNameCount() > 1 && rel.getName(0).toString().equals("parts")) {
                            return false;
                        }
                        for (Path part : rel) {
                            if (part.toString().startsWith(".")) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .sorted()
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputException(runDir + ": cannot read the run folder: " + ioMessage(e), e);
        }
    }

    private static Path findPlugin(String jar, List<Path> dirs) {
        if (jar.isEmpty()) {
            return null;
        }
        for (Path d : dirs) {
            if (Files.isRegularFile(d) && d.getFileName() != null && d.getFileName().toString().equals(jar)) {
                return d;
            }
            Path f = d.resolve(jar);
            if (Files.isDirectory(d) && Files.isRegularFile(f)) {
                return f;
            }
        }
        return null;
    }

    /** netcap's version, commit and jar checksum, with the Java and OS versions of this machine. */
    static Map<String, Object> environment() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("netcapVersion", Version.version());
        m.put("gitCommit", Version.gitCommit());
        Path jar = netcapJar();
        Map<String, Object> j = new LinkedHashMap<>();
        if (jar != null) {
            j.put("file", jar.getFileName().toString());
            j.put("sha256", sha256(jar));
        } else {
            j.put("file", null);
            j.put("sha256", null);
            j.put("note", "netcap was not run from a jar (its classes were loaded from a folder)");
        }
        m.put("jar", j);
        m.put("javaVersion", System.getProperty("java.version"));
        m.put("javaVendor", System.getProperty("java.vendor"));
        m.put("javaRuntime", System.getProperty("java.runtime.name") + " " + System.getProperty("java.runtime.version"));
        m.put("javaVm", System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"));
        m.put("osName", System.getProperty("os.name"));
        m.put("osVersion", System.getProperty("os.version"));
        m.put("osArch", System.getProperty("os.arch"));
        m.put("note", "the machine that wrote this archive; manifest.json records the Java version and OS of the run itself");
        return m;
    }

    /** The jar netcap's classes were loaded from, or null when they come from a folder. */
    static Path netcapJar() {
        try {
            var src = Version.class.getProtectionDomain().getCodeSource();
            if (src == null) {
                return null;
            }
            Path p = Path.of(src.getLocation().toURI());
            return Files.isRegularFile(p) ? p : null;
        } catch (URISyntaxException | SecurityException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    private static String readme(JsonNode manifest, List<String> data, List<String> plugins) {
        StringBuilder cmd = new StringBuilder("./netcap run spec.yaml --out rerun");
        if (!data.isEmpty()) {
            cmd.append(" --set network.file=").append(data.get(0));
        }
        if (!plugins.isEmpty()) {
            cmd.append(" --plugins plugins");
        }
        String n = "\n";
        return "netcap run archive: " + manifest.path("name").asText("") + n
                + n
                + "netcap " + manifest.path("netcapVersion").asText("") + " (commit " + manifest.path("gitCommit").asText("unknown")
                + "), master seed " + manifest.path("masterSeed").asText("") + ", finished " + manifest.path("finished").asText("") + "." + n
                + n
                + "spec.yaml               the spec as netcap run wrote it into the run folder" + n
                + "manifest.json           seeds, versions, parameters of every design point, timings" + n
                + "environment.json        netcap version and jar SHA-256, Java and OS versions of the archiving machine" + n
                + "ro-crate-metadata.json  RO-Crate (Workflow Run Crate profile) describing every file" + n
                + (data.isEmpty() ? "" : "data/                   the network file the spec read" + n)
                + (plugins.isEmpty() ? "" : "plugins/                the plug-in jars the run used" + n)
                + "the other files         the outputs of the run and its report" + n
                + n
                + "To rerun it, with netcap " + manifest.path("netcapVersion").asText("") + " built from the commit above, in the"
                + " folder where this archive was unzipped:" + n
                + n
                + "    " + cmd + n
                + n
                + "and compare rerun/*.csv with the CSV files here: the same spec and seed give the same bytes." + n;
    }

    private static Map<String, Object> roCrate(JsonNode manifest, List<String> outputs, List<String> data, List<String> plugins,
            Map<String, Object> environment, Map<String, String> checksums, Map<String, Long> sizes) {
        List<Object> graph = new ArrayList<>();
        graph.add(map("@id", "ro-crate-metadata.json", "@type", "CreativeWork",
                "conformsTo", List.of(ref(RO_CRATE), ref(WORKFLOW_RO_CRATE)), "about", ref("./")));

        String name = manifest.path("name").asText("netcap run");
        List<Object> parts = new ArrayList<>();
        for (String f : checksums.keySet()) {
            parts.add(ref(f));
        }
        Map<String, Object> root = map("@id", "./", "@type", "Dataset",
                "conformsTo", List.of(ref(PROCESS_RUN_CRATE), ref(WORKFLOW_RUN_CRATE), ref(WORKFLOW_RO_CRATE)),
                "name", "netcap run: " + name,
                "description", "A run of the netcap experiment '" + name + "' (" + manifest.path("description").asText("").trim()
                        + "): the spec, the data it read, the outputs, the report and the provenance needed to rerun it.",
                "datePublished", manifest.path("finished").asText(""),
                "hasPart", parts,
                "mainEntity", ref("spec.yaml"),
                "mentions", List.of(ref("#run"), ref("#netcap")));
        graph.add(root);

        graph.add(map("@id", "spec.yaml", "@type", List.of("File", "SoftwareSourceCode", "ComputationalWorkflow"),
                "name", name,
                "description", "The netcap experiment spec of the run (YAML), run by netcap " + manifest.path("netcapVersion").asText(""),
                "encodingFormat", "application/yaml",
                "programmingLanguage", ref("#netcap-spec"),
                "input", List.of(ref("#param-seed")),
                "sha256", checksums.get("spec.yaml"),
                "contentSize", String.valueOf(sizes.get("spec.yaml"))));
        graph.add(map("@id", "#netcap-spec", "@type", "ComputerLanguage",
                "name", "netcap experiment spec",
                "alternateName", "netcap",
                "version", manifest.path("netcapVersion").asText("")));
        graph.add(map("@id", "#param-seed", "@type", "FormalParameter",
                "additionalType", "Integer", "name", "seed", "conformsTo", ref("https://bioschemas.org/profiles/FormalParameter/1.0-RELEASE")));
        graph.add(map("@id", "#seed-value", "@type", "PropertyValue", "name", "seed",
                "value", manifest.path("masterSeed").asText(""), "exampleOfWork", ref("#param-seed")));

        @SuppressWarnings("unchecked")
        Map<String, Object> jar = (Map<String, Object>) environment.get("jar");
        Map<String, Object> app = map("@id", "#netcap", "@type", "SoftwareApplication",
                "name", "netcap",
                "version", manifest.path("netcapVersion").asText(""),
                "softwareVersion", manifest.path("netcapVersion").asText("") + " (commit " + manifest.path("gitCommit").asText("unknown") + ")",
                "license", ref("https://spdx.org/licenses/Apache-2.0"),
                "softwareRequirements", "Java " + manifest.path("javaVersion").asText("") + ", " + manifest.path("os").asText(""));
        if (jar.get("sha256") != null) {
            app.put("identifier", "sha256:" + jar.get("sha256"));
            app.put("fileFormat", "application/java-archive");
            app.put("alternateName", jar.get("file"));
        }
        graph.add(app);

        List<Object> objects = new ArrayList<>();
        objects.add(ref("spec.yaml"));
        objects.add(ref("#seed-value"));
        for (String f : data) {
            objects.add(ref(f));
        }
        for (String f : plugins) {
            objects.add(ref(f));
        }
        List<Object> results = new ArrayList<>();
        for (String f : outputs) {
            results.add(ref(f));
        }
        graph.add(map("@id", "#run", "@type", "CreateAction",
                "name", "netcap run of " + name,
                "description", "netcap run " + manifest.path("specFile").asText("spec.yaml") + " with master seed "
                        + manifest.path("masterSeed").asText("") + " on " + manifest.path("threads").asText("") + " threads",
                "instrument", ref("spec.yaml"),
                "object", objects,
                "result", results,
                "startTime", manifest.path("started").asText(""),
                "endTime", manifest.path("finished").asText(""),
                "actionStatus", ref("http://schema.org/CompletedActionStatus")));

        for (String f : checksums.keySet()) {
            if (f.equals("spec.yaml")) {
                continue;
            }
            Map<String, Object> file = map("@id", f, "@type", "File",
                    "name", f,
                    "encodingFormat", mediaType(f),
                    "contentSize", String.valueOf(sizes.get(f)),
                    "sha256", checksums.get(f));
            if (data.contains(f)) {
                file.put("description", "network file the spec read (network.file)");
            } else if (plugins.contains(f)) {
                file.put("description", "plug-in jar the run used");
            } else if (f.equals("environment.json")) {
                file.put("description", "netcap version and jar SHA-256, Java and OS versions of the machine that wrote this archive");
                file.put("about", ref("#netcap"));
            } else if (f.equals("README.txt")) {
                file.put("description", "what the archive holds and how to rerun the run");
            } else if (f.equals("manifest.json")) {
                file.put("description", "seeds, versions, the parameters of every design point and the runs' timings");
            }
            graph.add(file);
        }
        graph.add(map("@id", PROCESS_RUN_CRATE, "@type", "CreativeWork", "name", "Process Run Crate", "version", "0.5"));
        graph.add(map("@id", WORKFLOW_RUN_CRATE, "@type", "CreativeWork", "name", "Workflow Run Crate", "version", "0.5"));
        graph.add(map("@id", WORKFLOW_RO_CRATE, "@type", "CreativeWork", "name", "Workflow RO-Crate", "version", "1.0"));

        Map<String, Object> crate = new LinkedHashMap<>();
        crate.put("@context", "https://w3id.org/ro/crate/1.1/context");
        crate.put("@graph", graph);
        return crate;
    }

    private static String mediaType(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".csv")) {
            return "text/csv";
        } else if (n.endsWith(".json")) {
            return "application/json";
        } else if (n.endsWith(".html")) {
            return "text/html";
        } else if (n.endsWith(".png")) {
            return "image/png";
        } else if (n.endsWith(".svg")) {
            return "image/svg+xml";
        } else if (n.endsWith(".graphml")) {
            return "application/graphml+xml";
        } else if (n.endsWith(".yaml") || n.endsWith(".yml")) {
            return "application/yaml";
        } else if (n.endsWith(".jar")) {
            return "application/java-archive";
        } else if (n.endsWith(".txt")) {
            return "text/plain";
        } else if (n.endsWith(".ipynb")) {
            return "application/x-ipynb+json";
        }
        return "application/octet-stream";
    }

    private static Map<String, Object> ref(String id) {
        return map("@id", id);
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static byte[] json(Object o) {
        try {
            byte[] b = JSON.writeValueAsBytes(o);
            byte[] out = new byte[b.length + 1];
            System.arraycopy(b, 0, out, 0, b.length);
            out[b.length] = '\n';
            return out;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new InputException(f + ": cannot read: " + ioMessage(e), e);
        }
    }

    static String sha256(Path f) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(f), digest())) {
            MessageDigest d = ((DigestInputStream) in).getMessageDigest();
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(d.digest());
        } catch (IOException e) {
            throw new InputException(f + ": cannot read: " + ioMessage(e), e);
        }
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the Java runtime lacks SHA-256", e);
        }
    }

    private static String ioMessage(Exception e) {
        Throwable t = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
        if (t instanceof AccessDeniedException) {
            return "permission denied";
        }
        return oneLine(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }
}
