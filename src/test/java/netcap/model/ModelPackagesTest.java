package netcap.model;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model's packages depend on each other only as their package-info says. */
class ModelPackagesTest {
    private static final Path ROOT = Path.of("src/main/java/netcap/model");
    private static final List<String> FAMILIES = List.of("knowledge", "ties", "game", "growth", "exchange");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?netcap\\.model\\.([a-z]+)\\.", Pattern.MULTILINE);

    private static List<Path> javaFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void ruleFamiliesAndTheObservationDependOnlyOnTheCore() throws IOException {
        for (String pkg : List.of("knowledge", "ties", "game", "growth", "exchange", "observation")) {
            for (Path f : javaFiles(ROOT.resolve(pkg))) {
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    assertTrue(m.group(1).equals(pkg), f + " imports from netcap.model." + m.group(1));
                }
            }
        }
    }

    @Test
    void theCoreNamesTheRulesOnlyInTheCatalogue() throws IOException {
        for (Path f : javaFiles(ROOT)) {
            Matcher m = IMPORT.matcher(Files.readString(f));
            while (m.find()) {
                assertTrue(!FAMILIES.contains(m.group(1)) || f.getFileName().toString().equals("Mechanisms.java"),
                        f + " imports rules from netcap.model." + m.group(1) + "; only Mechanisms lists them");
            }
        }
    }
}
