package netcap.plugins;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Builds plug-in jars for the tests with the JDK's own compiler ({@code javax.tools}), against
 * netcap's classes on the test class path: the example project under {@code examples/meetup},
 * and small plug-ins written as source text.
 */
public final class PluginJars {
    /** The example project. */
    public static final Path EXAMPLE = Path.of("examples", "meetup");

    private static Path example;

    private PluginJars() {
    }

    /** The example plug-in compiled into {@code classes/} and packed as {@code meetup.jar} in a fresh folder (built once per JVM). */
    public static synchronized Path example() {
        if (example == null) {
            try {
                Path dir = Files.createTempDirectory("netcap-example-plugin");
                Path classes = dir.resolve("classes");
                List<Path> sources;
                try (Stream<Path> s = Files.walk(EXAMPLE.resolve("src/main/java"))) {
                    sources = s.filter(f -> f.toString().endsWith(".java")).sorted().toList();
                }
                compile(sources, classes);
                Path jars = Files.createDirectories(dir.resolve("plugins"));
                jar(jars.resolve("meetup.jar"), classes, EXAMPLE.resolve("src/main/resources"));
                example = dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return example;
    }

    /** The folder holding the example's jar (what {@code --plugins} takes). */
    public static Path exampleFolder() {
        return example().resolve("plugins");
    }

    /** The example's compiled classes. */
    public static Path exampleClasses() {
        return example().resolve("classes");
    }

    /**
     * A jar {@code name}.jar in {@code dir} made of the given sources (class name to source text);
     * the service file names {@code pluginClass}.
     */
    public static Path jar(Path dir, String name, Map<String, String> sources, String pluginClass) {
        try {
            Path src = Files.createTempDirectory("netcap-plugin-src");
            List<Path> files = new ArrayList<>();
            for (Map.Entry<String, String> e : sources.entrySet()) {
                Path f = src.resolve(e.getKey().replace('.', '/') + ".java");
                Files.createDirectories(f.getParent());
                Files.writeString(f, e.getValue());
                files.add(f);
            }
            Path classes = src.resolve("classes");
            compile(files, classes);
            Path res = src.resolve("resources/META-INF/services");
            Files.createDirectories(res);
            Files.writeString(res.resolve("netcap.api.Plugin"), pluginClass + "\n");
            Files.createDirectories(dir);
            Path jar = dir.resolve(name + ".jar");
            jar(jar, classes, src.resolve("resources"));
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles {@code sources} into {@code out} against the test class path; fails with the compiler's messages. */
    public static void compile(List<Path> sources, Path out) throws IOException {
        Files.createDirectories(out);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("--release", "17", "-proc:none", "-encoding", "UTF-8",
                "-cp", System.getProperty("java.class.path"), "-d", out.toString()));
        sources.forEach(s -> args.add(s.toString()));
        ByteArrayOutputStream msg = new ByteArrayOutputStream();
        int rc = javac.run(null, msg, msg, args.toArray(String[]::new));
        if (rc != 0) {
            throw new IllegalStateException("compiling the plug-in failed:\n" + msg.toString(StandardCharsets.UTF_8));
        }
    }

    private static void jar(Path jar, Path classes, Path resources) throws IOException {
        try (OutputStream o = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(o)) {
            for (Path root : List.of(classes, resources)) {
                List<Path> files;
                try (Stream<Path> s = Files.walk(root)) {
                    files = s.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path f : files) {
                    JarEntry e = new JarEntry(root.relativize(f).toString().replace('\\', '/'));
                    e.setTime(0); // the same bytes every build, so the checksum is stable
                    j.putNextEntry(e);
                    j.write(Files.readAllBytes(f));
                    j.closeEntry();
                }
            }
        }
    }
}
