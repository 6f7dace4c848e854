package netcap.validate;

import netcap.cli.CliRun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The March validation's outcome and the {@code netcap validate} command. */
class MarchValidationTest {
    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("unchecked")
    void marchPassesAndTheTextRulesShowTheSameShape() {
        Outcome o = new MarchValidation().run(1, 2);
        assertTrue(o.pass(), o.result());
        List<Map<String, Object>> points = (List<Map<String, Object>>) o.details().get("points");
        assertEquals(5, points.size());
        double at01 = (Double) points.get(0).get("mean");
        assertTrue(at01 >= 0.95, "p1=0.1: " + at01);
        for (int i = 1; i < points.size(); i++) {
            assertTrue((Double) points.get(i).get("mean") < (Double) points.get(i - 1).get("mean"), "decreasing at " + i);
            assertEquals(0, points.get(i).get("censored_runs"));
        }
        List<Map<String, Object>> text = (List<Map<String, Object>>) o.details().get("paper_text_rules_points");
        double t01 = (Double) text.get(0).get("mean");
        double t09 = (Double) text.get(4).get("mean");
        assertTrue(t01 > t09 + 0.1, "the text rules also fall with p1: " + t01 + " vs " + t09);
        assertTrue(t01 < 0.95, "documented: the text rules stay below the published level (" + t01 + ")");
    }

    @Test
    void outcomeDoesNotDependOnThreads() {
        assertEquals(new MarchValidation().run(9, 1), new MarchValidation().run(9, 2));
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void validateCommandPrintsTableWritesJsonAndExitsZero() throws Exception {
        Path json = dir.resolve("out/v.json");
        CliRun r = run("validate", "march", "--threads", "2", "--json", json.toString());
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertTrue(lines[0].startsWith("name  | published target"), lines[0]);
        assertTrue(lines[2].startsWith("march | March (1991)") && lines[2].endsWith("| pass"), lines[2]);
        JsonNode node = new ObjectMapper().readTree(json.toFile());
        assertEquals("march", node.get(0).get("name").asText());
        assertTrue(node.get(0).get("pass").asBoolean());
        assertEquals(5, node.get(0).get("details").get("points").size());
    }

    @Test
    void unknownNameExitsTwoWithSuggestion() {
        CliRun r = run("validate", "mrach");
        assertEquals(2, r.code());
        assertEquals("netcap: error: unknown validation 'mrach'; known: " + String.join(", ", Validations.names()) + "; did you mean 'march'?", r.err().strip());
        assertEquals(2, run("validate", "march", "--threads", "0").code());
    }

    @Test
    void registrySelectsByNameCaseInsensitively() {
        assertEquals(Validations.all().size(), Validations.select(List.of()).size());
        assertEquals("march", Validations.select(List.of("MARCH", "march")).get(0).name());
        assertEquals(1, Validations.select(List.of("MARCH", "march")).size());
    }
}
