package netcap.spec;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code regimes:} of a spec: named conditions on one run's summary statistics that sort the
 * runs into outcomes (took off or not, a knowledge spiral or not). Each is an {@link Expression}
 * over the summary columns ({@code <metric>Final}, {@code <metric>Mean}), the numeric varied
 * keys and the constants {@code agents} (the number of agents of the run's network) and
 * {@code steps}; it must be a truth value.
 */
public final class Regimes {
    /** One named regime. */
    public record Regime(String name, Expression condition) {
    }

    private Regimes() {
    }

    /** The names a regime may use, for the given spec's metrics and numeric varied keys. */
    static List<String> names(List<String> metrics, List<String> numericKeys) {
        Set<String> names = new LinkedHashSet<>();
        for (String m : metrics) {
            if (!m.equals("step")) {
                names.add(m + "Final");
                names.add(m + "Mean");
            }
        }
        names.addAll(numericKeys);
        names.add("agents");
        names.add("steps");
        return List.copyOf(names);
    }

    /** Reads and checks {@code regimes:}; errors read {@code file:line: regimes.NAME: ...}. */
    static List<Regime> read(SpecNode n, List<String> metrics, List<String> varying, List<Point> points) {
        if (n == null) {
            return List.of();
        }
        if (!n.isMap()) {
            throw n.error("must be a map of NAME: condition, e.g. takeoff: \"membersFinal >= 0.5 * agents\"; was " + n.kind());
        }
        List<String> numeric = new ArrayList<>();
        List<String> text = new ArrayList<>();
        for (String k : varying) {
            boolean allNumbers = points.stream().allMatch(p -> p.values().get(k) instanceof Number);
            (allNumbers ? numeric : text).add(k);
        }
        List<String> known = names(metrics, numeric);
        List<Regime> out = new ArrayList<>();
        for (Map.Entry<String, SpecNode> e : n.entries().entrySet()) {
            String name = e.getKey();
            SpecNode node = e.getValue();
            if (name.isBlank()) {
                throw node.error("a regime needs a name (letters, digits, _), e.g. takeoff: \"membersFinal >= 0.5 * agents\"");
            }
            if (!name.matches("[A-Za-z][A-Za-z0-9_]*")) {
                throw node.error("a regime name uses letters, digits and _ and starts with a letter, was \"" + name + "\"");
            }
            if (!node.isScalar() || node.value() == null || node.value() instanceof Boolean) {
                throw node.error("must be a condition in quotes, e.g. \"membersFinal >= 0.5 * agents\"; was " + node.kind());
            }
            String expr = node.value().toString();
            Expression x;
            try {
                x = Expression.parse(expr, known);
            } catch (Expression.ParseException pe) {
                String msg = pe.getMessage();
                for (String t : text) {
                    if (msg.contains("'" + t + "'")) {
                        msg = "'" + t + "' takes text values and cannot be used in a condition; only numeric varied keys can";
                    }
                }
                throw node.error("column " + pe.getColumn() + ": " + msg + (msg.endsWith("?") ? " " : ". ") + "A condition uses summary statistics (e.g. "
                        + known.get(0) + "), numeric varied keys, agents, steps, numbers, + - * / ( ), < <= > >= == != , and, or, not");
            }
            if (!x.isBoolean()) {
                throw node.error("\"" + expr + "\" is a number, not a condition; compare it, e.g. " + expr + " > 0");
            }
            out.add(new Regime(name, x));
        }
        return List.copyOf(out);
    }
}
