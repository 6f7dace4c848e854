package netcap.model;

import netcap.model.observation.Metrics;
import netcap.schema.Markdown;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The step-state declarations against the schedule order, the rules' source and docs/ODD.md. */
class StepStateTest {
    /** Model methods a rule may call that read step-state variables. */
    private static final Map<String, String> READING_METHODS = Map.of("reciprocity(", "standing", "reach(", "reached");

    private static Set<String> names() {
        Set<String> out = new LinkedHashSet<>();
        for (Field f : StepState.variables()) {
            out.add(f.getName());
        }
        return out;
    }

    @Test
    void everyVariableIsDocumented() {
        for (Field f : StepState.variables()) {
            Shared s = f.getAnnotation(Shared.class);
            assertNotNull(s, f.getName() + " lacks @Shared");
            assertFalse(s.shape().isBlank() || s.unit().isBlank() || s.doc().isBlank(), f.getName() + ": shape, unit and doc");
        }
    }

    @Test
    void everyRuleDeclaresItsAccessByVariableName() {
        for (Mechanism m : Mechanisms.create()) {
            assertNotNull(m.getClass().getAnnotation(StepAccess.class), m.getClass().getSimpleName() + " lacks @StepAccess");
        }
        assertNotNull(Metrics.class.getAnnotation(StepAccess.class));
        Set<String> names = names();
        for (StepState.Rule r : StepState.rules()) {
            for (List<String> list : List.of(r.writes(), r.reads(), r.readsPrevious())) {
                for (String x : list) {
                    assertTrue(names.contains(x), r.name() + " declares '" + x + "', not a step-state variable");
                }
            }
        }
    }

    @Test
    void declarationsFollowTheScheduleOrder() {
        List<StepState.Rule> rules = StepState.rules();
        for (StepState.Rule r : rules) {
            for (String x : r.reads()) {
                boolean earlier = rules.stream().anyMatch(w -> w.writes().contains(x) && (w.order() < r.order() || w == r));
                assertTrue(earlier, r.name() + " reads '" + x + "' within the step, but no earlier rule writes it:"
                        + " declare it as readsPrevious if the previous step's value is meant");
            }
            for (String x : r.readsPrevious()) {
                assertFalse(r.reads().contains(x), r.name() + " declares '" + x + "' as read both ways");
                boolean later = rules.stream().anyMatch(w -> w.writes().contains(x) && w.order() >= r.order());
                assertTrue(later, r.name() + " reads '" + x + "' from the previous step, but it is written only earlier in"
                        + " the step (the value read is this step's): declare it as reads");
            }
        }
    }

    @Test
    void everyVariableIsWrittenAndRead() {
        List<StepState.Rule> rules = StepState.rules();
        for (String x : names()) {
            assertTrue(rules.stream().anyMatch(r -> r.writes().contains(x)), "nobody writes '" + x + "'");
            assertTrue(rules.stream().anyMatch(r -> r.reads().contains(x) || r.readsPrevious().contains(x)), "nobody reads '" + x + "'");
        }
    }

    @Test
    void declarationsMatchWhatTheRulesTouch() throws IOException {
        Pattern use = Pattern.compile("\\bstate\\.([a-zA-Z]+)\\b");
        List<Class<?>> classes = new java.util.ArrayList<>();
        for (Mechanism m : Mechanisms.create()) {
            classes.add(m.getClass());
        }
        classes.add(Metrics.class);
        for (Class<?> c : classes) {
            String src = Files.readString(Path.of("src/main/java", c.getName().replace('.', '/') + ".java"));
            Set<String> used = new TreeSet<>();
            Matcher mt = use.matcher(src);
            while (mt.find()) {
                used.add(mt.group(1));
            }
            StepAccess acc = c.getAnnotation(StepAccess.class);
            Set<String> declared = new TreeSet<>();
            declared.addAll(List.of(acc.writes()));
            declared.addAll(List.of(acc.reads()));
            declared.addAll(List.of(acc.readsPrevious()));
            Set<String> undeclared = new TreeSet<>(used);
            undeclared.removeAll(declared);
            assertEquals(Set.of(), undeclared, c.getSimpleName() + " touches step-state variables it does not declare");
            Set<String> unused = new TreeSet<>(declared);
            unused.removeAll(used);
            READING_METHODS.forEach((call, variable) -> {
                if (src.contains(call)) {
                    unused.remove(variable);
                }
            });
            assertEquals(Set.of(), unused, c.getSimpleName() + " declares step-state variables it does not touch");
        }
    }

    @Test
    void docsOddShowsTheStepStateTable() throws IOException {
        String odd = Files.readString(Path.of("docs/ODD.md"));
        assertEquals(ModelDoc.replaceSection(odd, "stepstate", StepState.markdownTable()), odd,
                "the step-state table in docs/ODD.md is out of date: ./netcap docs odd > /tmp/odd.md && mv /tmp/odd.md docs/ODD.md");
    }
}
