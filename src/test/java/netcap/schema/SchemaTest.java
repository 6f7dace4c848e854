package netcap.schema;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemaTest {
    enum Rule implements Choice {
        SOCIAL_PROOF("socialProof"), NONE("none");
        private final String label;

        Rule(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    private static String error(Key k, Object v) {
        return assertThrows(ValueException.class, () -> Values.convert("x.yaml:3: " + k.name(), k, v)).getMessage();
    }

    @Test
    void wholeNumbersFromEveryForm() {
        Key k = Key.integer("steps").range(0, 100);
        assertEquals(12, Values.convert("s", k, 12));
        assertEquals(12, Values.convert("s", k, 12L));
        assertEquals(12, Values.convert("s", k, 12.0));
        assertEquals(12, Values.convert("s", k, " 12 "));
        assertEquals(100, Values.convert("s", k, "1e2"));
        assertEquals(3_000_000_000L, Values.convert("s", Key.longInteger("m"), "3000000000"));
        assertEquals("x.yaml:3: steps must be an integer in [0, 100], was 2.5", error(k, 2.5));
        assertEquals("x.yaml:3: steps must be an integer in [0, 100], was 101", error(k, 101));
        assertEquals("x.yaml:3: steps must be an integer in [0, 100], was \"ten\"", error(k, "ten"));
        assertEquals("x.yaml:3: n must be an integer, was 3000000000", error(Key.integer("n"), 3_000_000_000L));
    }

    @Test
    void numbersAreFiniteAndInRange() {
        Key k = Key.number("p").range(0, 1);
        assertEquals(0.25, Values.convert("s", k, "0.25"));
        assertEquals(1.0, Values.convert("s", k, 1));
        assertEquals("x.yaml:3: p must be a finite number in [0, 1], was NaN", error(k, Double.NaN));
        assertEquals("x.yaml:3: p must be a finite number in [0, 1], was \"NaN\"", error(k, "NaN"));
        assertEquals("x.yaml:3: p must be a finite number in [0, 1], was \"1d\"", error(k, "1d"));
        assertEquals("x.yaml:3: p must be a finite number in [0, 1], was true", error(k, true));
        assertEquals("x.yaml:3: q must be a finite number >= 0, was -1", error(Key.number("q").range(0, Double.POSITIVE_INFINITY), -1));
    }

    @Test
    void booleansTextAndChoices() {
        Key b = Key.bool("on");
        assertEquals(true, Values.convert("s", b, "TRUE"));
        assertEquals(false, Values.convert("s", b, false));
        assertEquals("x.yaml:3: on must be true or false, was 1", error(b, 1));
        Key c = Key.choice("joinRule", Rule.class);
        assertEquals(Rule.SOCIAL_PROOF, Values.convert("s", c, "socialProof"));
        assertEquals(Rule.NONE, Values.convert("s", c, Rule.NONE));
        assertEquals("x.yaml:3: joinRule must be one of socialProof, none, was \"SOCIAL_PROOF\"; did you mean 'socialProof'?", error(c, "SOCIAL_PROOF"));
        assertEquals("socialProof | none", c.rangeText());
        assertEquals(Rule.class, c.javaType());
        Key s = Key.choice("seeding", List.of("founder", "random"));
        assertEquals("random", Values.convert("s", s, "random"));
        assertEquals("x.yaml:3: seeding must be one of founder, random, was empty", error(s, null));
    }

    @Test
    void keysCarryWhatATeachingViewNeeds() {
        Key k = Key.number("synergy").range(0, Double.POSITIVE_INFINITY).group("freeRiders").doc("r")
                .applies(Key.Apply.LIVE).taught(Double.NaN, 8);
        assertEquals(0, k.sliderMin());
        assertEquals(8, k.sliderMax());
        assertEquals(Key.Apply.LIVE, k.apply());
        assertEquals("key.synergy", k.translationKey());
        assertEquals(false, Key.number("x").taught());
    }

    @Test
    void openLowerBounds() {
        Key k = Key.number("target").rangeAbove(0, 10);
        assertEquals("(0, 10]", k.rangeText());
        assertEquals("x.yaml:3: target must be a finite number in (0, 10], was 0", error(k, 0));
        assertEquals(10.0, Values.convert("s", k, 10));
    }

    /** Every spec key with a plain default accepts its own default: declarations and converter agree. */
    @Test
    void everySpecKeyAcceptsItsDefault() {
        int checked = 0;
        for (Key k : netcap.spec.SpecKeys.KEYS) {
            if (k.defaultValue() != null && k.kind() != Key.Kind.STRUCTURE) {
                assertEquals(k.defaultValue(), Values.convert(k.name(), k, k.defaultValue()), k.name());
                checked++;
            }
        }
        assertTrue(checked >= 10, "seed, steps, replications, adaptive.*, design.*, output.*");
        for (Key k : netcap.model.ParamRegistry.keys()) {
            assertEquals(k.defaultValue(), Values.convert(k.name(), k, k.defaultValue()), k.name());
        }
    }

    @Test
    void markdownCellsEscapeTheColumnBar() {
        assertEquals("a \\| b", Markdown.cell("a | b"));
        assertEquals("| h |\n|---|\n| true \\| false |\n", Markdown.table(List.of("h"), List.of(List.of("true | false"))));
    }

    /** Every row of every table in the generated docs has as many cells as its header. */
    @Test
    void generatedDocTablesAreWellFormed() throws Exception {
        for (String doc : List.of("docs/experiments.md", "docs/ODD.md")) {
            int cells = -1;
            int line = 0;
            for (String l : Files.readAllLines(Path.of(doc))) {
                line++;
                if (!l.startsWith("|")) {
                    cells = -1;
                    continue;
                }
                int n = l.replace("\\|", "").split("\\|", -1).length;
                if (cells < 0) {
                    cells = n;
                }
                assertEquals(cells, n, doc + ":" + line + " has a different number of cells than its table's header: " + l);
            }
        }
    }
}
