package netcap.spec;

import netcap.metrics.SocialCapital;
import netcap.util.Names;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code regressions:} of a spec: linear models of one agent-level outcome on agents' network
 * position, fitted by least squares within each run over the members of one {@code agents.csv}
 * step, then summarised across runs (the run, not the agent, is the unit of inference).
 *
 * <pre>
 * output: {agentsEvery: 200}
 * regressions:
 *   - {y: revenue, x: [effectiveSize, clustering, memberDegree]}
 *   - {y: revenue, x: [constraint, memberDegree], step: 200}   # step: a multiple of agentsEvery
 * </pre>
 */
public final class Regressions {
    /**
     * One model.
     *
     * @param y    the outcome column of agents.csv
     * @param x    the explanatory columns (an intercept is always added)
     * @param step the agents.csv step whose members enter
     */
    public record Model(String y, List<String> x, int step) {
        /** The model's name in the output tables, {@code y~x1+x2}. */
        public String name() {
            return y + "~" + String.join("+", x);
        }
    }

    /** The keys of one model. */
    static final List<String> KEYS = List.of("y", "x", "step");

    /**
     * The numeric agent columns of {@code agents.csv} before the social-capital ones (the
     * identifiers run, point, replicate, seed, step, agent, sourceId and the text columns status,
     * strategy and contact are not variables).
     */
    public static final List<String> AGENT_COLUMNS = List.of("generalTrust", "activity", "propensity", "reputation",
            "satisfaction", "tacit", "explicit", "degree", "revenue", "purchases", "sales");

    private Regressions() {
    }

    /** The columns a model may use for a spec with these virtual channels: {@link #AGENT_COLUMNS}, then the social-capital columns. */
    public static List<String> columns(List<String> virtualLayers) {
        List<String> out = new ArrayList<>(AGENT_COLUMNS);
        out.addAll(SocialCapital.columns(virtualLayers));
        return List.copyOf(out);
    }

    /**
     * The default step of a model: the last step agents.csv is written at, the largest multiple
     * of {@code agentsEvery} that is at most {@code steps}.
     */
    public static int lastAgentsStep(int steps, int agentsEvery) {
        return steps / agentsEvery * agentsEvery;
    }

    /** Reads and checks {@code regressions:}; errors read {@code file:line: regressions[i].KEY: ...}. */
    static List<Model> read(SpecNode n, List<String> layers, int steps, int agentsEvery, SpecNode agentsEveryNode) {
        if (n == null) {
            return List.of();
        }
        if (!n.isList() || n.items().isEmpty()) {
            throw n.error("must be a non-empty list of models {y: COLUMN, x: [COLUMN, ...], step: N}, was " + n.kind());
        }
        if (agentsEvery <= 0) {
            throw n.error("needs agents.csv: set output.agentsEvery to a step interval > 0 (a regression reads the members' rows "
                    + "of agents.csv), was " + agentsEvery + (agentsEveryNode == null ? " (the default)" : ""));
        }
        List<String> known = columns(layers);
        List<Model> out = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (SpecNode item : n.items()) {
            if (!item.isMap()) {
                throw item.error("a model is a map {y: COLUMN, x: [COLUMN, ...]}, was " + item.kind());
            }
            Map<String, SpecNode> m = item.entries();
            Spec.checkKeys(m, KEYS);
            if (!m.containsKey("y") || !m.containsKey("x")) {
                throw item.error("a model needs y (the outcome) and x (a list of explanatory columns), e.g. "
                        + "{y: revenue, x: [effectiveSize, clustering]}");
            }
            String y = column(m.get("y"), known);
            SpecNode xn = m.get("x");
            List<SpecNode> xs = xn.isList() ? xn.items() : List.of(xn);
            if (xs.isEmpty()) {
                throw xn.error("must list at least one explanatory column, e.g. [effectiveSize, clustering]");
            }
            List<String> x = new ArrayList<>();
            for (SpecNode c : xs) {
                String col = column(c, known);
                if (col.equals(y)) {
                    throw c.error("'" + col + "' is the outcome y; it cannot also explain itself");
                }
                if (x.contains(col)) {
                    throw c.error("'" + col + "' is listed twice");
                }
                x.add(col);
            }
            int last = lastAgentsStep(steps, agentsEvery);
            int step = last;
            SpecNode sn = m.get("step");
            if (sn != null) {
                step = Spec.integer(sn, netcap.schema.Key.integer(sn.path()).range(0, steps));
                if (step % agentsEvery != 0) {
                    throw sn.error("must be a step agents.csv is written at, a multiple of output.agentsEvery (" + agentsEvery
                            + ") in [0, " + steps + "], e.g. " + last + "; was " + step);
                }
            }
            Model model = new Model(y, List.copyOf(x), step);
            if (!names.add(model.name())) {
                throw item.error("the model " + model.name() + " is listed twice; give each model once");
            }
            out.add(model);
        }
        return List.copyOf(out);
    }

    private static String column(SpecNode c, List<String> known) {
        if (!c.isScalar() || c.value() == null || !(c.value() instanceof String)) {
            throw c.error("must be a column name of agents.csv, was " + c.kind());
        }
        String s = c.value().toString();
        if (!known.contains(s)) {
            String hint = Names.didYouMean(s, known);
            throw c.error("unknown column '" + s + "'" + (hint.isEmpty() ? "." : hint) + " A model uses numeric columns of agents.csv: "
                    + String.join(", ", known));
        }
        return s;
    }
}
