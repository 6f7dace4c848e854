package netcap;

import netcap.experiment.Experiment;
import netcap.experiment.Runner;
import netcap.generate.WattsStrogatz;
import netcap.model.NetcapModel;
import netcap.model.Params;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Java examples of README.md, as written there (smaller sizes). */
class ReadmeExampleTest {
    @TempDir
    Path tmp;

    @Test
    void experimentApiExample() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.contains("Experiment.load(Path.of(\"experiments/baseline.yaml\"))"));
        Runner.Result r = Experiment.load(Path.of("experiments/baseline.yaml"))
                .set("steps", 5)
                .set("replications", 2)
                .set("network.n", 100)
                .set("trustGain", 0.1)
                .threads(2)
                .out(tmp.resolve("my-baseline"))
                .run();
        assertEquals(2, r.runs());
        assertTrue(Files.exists(r.folder().resolve("aggregate.csv")));
    }

    @Test
    void simStateExample() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.contains("new NetcapModel(42L, new Params(), new WattsStrogatz(1000, 10, 0.1))"));
        NetcapModel model = new NetcapModel(42L, new Params(), new WattsStrogatz(200, 10, 0.1));
        model.start();
        model.run(20);
        assertTrue(model.series.last("totalKnowledge") > 0);
        assertEquals(21, model.series.size());
    }

    /** README's Layout section has one line for every package of the sources, and no line for a package that is gone. */
    @Test
    void readmeLayoutListsEveryPackage() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String layout = readme.substring(readme.indexOf("## Layout"));
        java.util.Set<String> listed = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^  - `([a-z.]+)`").matcher(layout);
        while (m.find()) {
            listed.add(m.group(1));
        }
        java.util.Set<String> packages = new java.util.TreeSet<>();
        Path root = Path.of("src/main/java/netcap");
        try (var walk = Files.walk(root)) {
            walk.filter(Files::isDirectory).forEach(d -> packages.add(d.equals(root) ? "netcap"
                    : root.relativize(d).toString().replace('/', '.').replace('\\', '.')));
        }
        assertEquals(packages, listed, "README Layout: one line per package");
    }
}
