package netcap.spec;

import netcap.model.observation.Metrics;
import netcap.util.Names;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code comparisons} of a spec, resolved to design points: which summary statistics to
 * compare, and which pairs of points.
 *
 * <pre>
 * comparisons:
 *   statistics: [totalKnowledgeFinal, meanTieTrustMean]   # summary.csv statistics; a bare metric means METRICFinal
 *   pairs: [[strong, weak], [{scenario: strong, trustGain: 0.1}, {scenario: weak, trustGain: 0.1}]]
 *   # or, instead of pairs:
 *   reference: weak                                       # every other point against this one
 *   # with either, or alone:
 *   interactions: [[highHigh, lowHigh, highLow, lowLow]]   # (A - B) - (C - D)
 * </pre>
 *
 * A point is named by its scenario name (when that names exactly one point) or by a map of
 * varied keys to values that matches exactly one point.
 *
 * @param statistics the summary statistics, e.g. {@code totalKnowledgeFinal}
 * @param pairs        the compared points, {@code a} against {@code b} ({@code a - b})
 * @param interactions the interaction contrasts {@code (A - B) - (C - D)}
 */
public record Comparisons(List<String> statistics, List<Pair> pairs, List<Interaction> interactions) {

    /**
     * Two compared points.
     *
     * @param a      the index of the first point
     * @param b      the index of the second point
     * @param labelA how the spec named the first point
     * @param labelB how the spec named the second point
     */
    public record Pair(int a, int b, String labelA, String labelB) {
    }

    /**
     * An interaction contrast {@code (A - B) - (C - D)} of four different points.
     *
     * @param points the indices of A, B, C and D
     * @param labels how the spec named them
     */
    public record Interaction(List<Integer> points, List<String> labels) {
        /** The label of the contrast, {@code (A - B) - (C - D)}. */
        public String label() {
            return "(" + first() + ") - (" + second() + ")";
        }

        /** {@code A - B}. */
        public String first() {
            return labels.get(0) + " - " + labels.get(1);
        }

        /** {@code C - D}. */
        public String second() {
            return labels.get(2) + " - " + labels.get(3);
        }
    }

    /** The keys of {@code comparisons}. */
    static final List<String> KEYS = List.of("statistics", "pairs", "reference", "interactions");

    /** Reads and resolves {@code comparisons} against the spec's metrics and points; null when absent. */
    static Comparisons read(SpecNode n, List<String> metrics, List<Point> points) {
        if (n == null) {
            return null;
        }
        Map<String, SpecNode> m = Spec.mapOf(n);
        Spec.checkKeys(m, KEYS);
        List<String> stats = statistics(n, m.get("statistics"), metrics);
        SpecNode pn = m.get("pairs");
        SpecNode rn = m.get("reference");
        SpecNode in = m.get("interactions");
        if (pn != null && rn != null) {
            throw rn.error("give either 'pairs' or 'reference', not both");
        }
        if (pn == null && rn == null && in == null) {
            throw n.error("needs 'pairs' (a list of [A, B]) or 'reference' (one point compared with every other), "
                    + "and/or 'interactions' (a list of [A, B, C, D])");
        }
        List<Pair> pairs = new ArrayList<>();
        if (rn != null) {
            int ref = point(rn, points);
            if (points.size() < 2) {
                throw rn.error("a reference needs at least two points to compare, the spec has " + points.size());
            }
            for (Point p : points) {
                if (p.index() != ref) {
                    pairs.add(new Pair(p.index(), ref, label(p, points), label(rn)));
                }
            }
        } else if (pn != null) {
            if (!pn.isList() || pn.items().isEmpty()) {
                throw pn.error("must be a non-empty list of pairs [A, B], was " + pn.kind());
            }
            for (SpecNode item : pn.items()) {
                if (!item.isList() || item.items().size() != 2) {
                    throw item.error("a pair is a list of two points [A, B] (scenario names or {key: value} maps), was "
                            + (item.isList() ? "a list of " + item.items().size() : item.kind()));
                }
                SpecNode x = item.items().get(0);
                SpecNode y = item.items().get(1);
                int a = point(x, points);
                int b = point(y, points);
                if (a == b) {
                    throw item.error("the pair names the same point " + a + " twice; a comparison needs two different points");
                }
                pairs.add(new Pair(a, b, label(x), label(y)));
            }
        }
        List<Interaction> interactions = in == null ? List.of() : interactions(in, points);
        return new Comparisons(List.copyOf(stats), List.copyOf(pairs), List.copyOf(interactions));
    }

    /** Reads {@code interactions}: a non-empty list of [A, B, C, D] of four different points. */
    private static List<Interaction> interactions(SpecNode in, List<Point> points) {
        if (!in.isList() || in.items().isEmpty()) {
            throw in.error("must be a non-empty list of interactions [A, B, C, D] ((A - B) - (C - D)), was " + in.kind());
        }
        List<Interaction> out = new ArrayList<>();
        for (SpecNode item : in.items()) {
            if (!item.isList() || item.items().size() != 4) {
                throw item.error("an interaction is a list of four points [A, B, C, D], compared as (A - B) - (C - D) "
                        + "(scenario names or {key: value} maps), was " + (item.isList() ? "a list of " + item.items().size() : item.kind()));
            }
            List<Integer> idx = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                SpecNode p = item.items().get(i);
                int k = point(p, points);
                int before = idx.indexOf(k);
                if (before >= 0) {
                    throw item.error("the interaction names point " + k + " twice (" + "ABCD".charAt(before) + " = "
                            + labels.get(before) + " and " + "ABCD".charAt(i) + " = " + label(p)
                            + "); A, B, C and D must be four different points");
                }
                idx.add(k);
                labels.add(label(p));
            }
            out.add(new Interaction(List.copyOf(idx), List.copyOf(labels)));
        }
        return out;
    }

    private static List<String> statistics(SpecNode parent, SpecNode n, List<String> metrics) {
        if (n == null) {
            throw parent.error("needs 'statistics': a list of summary statistics, e.g. [totalKnowledgeFinal]");
        }
        if (!n.isList() || n.items().isEmpty()) {
            throw n.error("must be a non-empty list of summary statistics (METRICFinal, METRICMean or a metric), was " + n.kind());
        }
        List<String> known = new ArrayList<>();
        for (String metric : metrics) {
            if (!metric.equals("step")) {
                known.add(metric + "Final");
                known.add(metric + "Mean");
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (SpecNode item : n.items()) {
            String s = Spec.text(item, null);
            String stat = known.contains(s + "Final") ? s + "Final" : s;
            if (!known.contains(stat)) {
                String why = Metrics.COLUMNS.contains(s) || Metrics.COLUMNS.contains(s.replaceFirst("(Final|Mean)$", ""))
                        || netcap.model.plugins.Plugins.isMetric(s) || netcap.model.plugins.Plugins.isMetric(s.replaceFirst("(Final|Mean)$", ""))
                        ? " (its metric is not recorded: add it to 'metrics')" : "";
                throw item.error("unknown statistic '" + s + "'" + why + Names.didYouMean(s, known)
                        + " Allowed: a recorded metric, or METRICFinal / METRICMean");
            }
            out.add(stat);
        }
        return new ArrayList<>(out);
    }

    /** The index of the one point a node names. */
    private static int point(SpecNode n, List<Point> points) {
        List<Point> match = new ArrayList<>();
        if (n.isScalar() && n.value() != null) {
            String name = n.value().toString();
            List<String> names = new ArrayList<>();
            for (Point p : points) {
                Object s = p.values().get("scenario");
                if (s != null) {
                    names.add(s.toString());
                    if (s.toString().equals(name)) {
                        match.add(p);
                    }
                }
            }
            if (names.isEmpty()) {
                throw n.error("'" + name + "' names no point: the spec has no scenarios; name a point by a map {key: value, ...} of its varied keys");
            }
            if (match.isEmpty()) {
                throw n.error("unknown scenario '" + name + "'" + Names.didYouMean(name, names) + " Scenarios: "
                        + String.join(", ", new LinkedHashSet<>(names)));
            }
        } else if (n.isMap() && !n.entries().isEmpty()) {
            for (Map.Entry<String, SpecNode> e : n.entries().entrySet()) {
                if (!points.isEmpty() && !points.get(0).values().containsKey(e.getKey())) {
                    throw e.getValue().error("'" + e.getKey() + "' is not a varied key; varied keys: "
                            + String.join(", ", points.get(0).values().keySet()));
                }
            }
            for (Point p : points) {
                boolean all = true;
                for (Map.Entry<String, SpecNode> e : n.entries().entrySet()) {
                    all &= same(p.values().get(e.getKey()), e.getValue().value());
                }
                if (all) {
                    match.add(p);
                }
            }
            if (match.isEmpty()) {
                throw n.error("no point has " + label(n));
            }
        } else {
            throw n.error("a point is a scenario name or a map {key: value, ...} of varied keys, was " + n.kind());
        }
        if (match.size() > 1) {
            throw n.error(label(n) + " matches " + match.size() + " points; add varied keys to name one, e.g. "
                    + describe(match.get(0)));
        }
        return match.get(0).index();
    }

    private static boolean same(Object x, Object y) {
        if (x instanceof Number a && y instanceof Number b) {
            return a.doubleValue() == b.doubleValue();
        }
        return String.valueOf(x).equals(String.valueOf(y));
    }

    /** A point as the spec named it: the scenario name, or {@code key=value key=value}. */
    private static String label(SpecNode n) {
        if (n.isScalar()) {
            return String.valueOf(n.value());
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, SpecNode> e : n.entries().entrySet()) {
            parts.add(e.getKey() + "=" + e.getValue().value());
        }
        return String.join(" ", parts);
    }

    /**
     * A point by its varied values: its scenario name, then the values of the keys the scenario
     * does not fix (a swept key); keys a scenario sets are named by the scenario already.
     */
    private static String label(Point p, List<Point> all) {
        List<String> parts = new ArrayList<>();
        Object scenario = p.values().get("scenario");
        if (scenario != null) {
            parts.add(String.valueOf(scenario));
        }
        for (Map.Entry<String, Object> e : p.values().entrySet()) {
            if (!e.getKey().equals("scenario") && !(scenario != null && fixedByScenario(e.getKey(), all))) {
                parts.add(e.getKey() + "=" + e.getValue());
            }
        }
        return String.join(" ", parts);
    }

    /** Whether every point of the same scenario has the same value of {@code key}. */
    private static boolean fixedByScenario(String key, List<Point> all) {
        Map<Object, Object> seen = new java.util.HashMap<>();
        for (Point q : all) {
            Object sc = q.values().get("scenario");
            Object v = q.values().get(key);
            if (seen.containsKey(sc) && !java.util.Objects.equals(seen.get(sc), v)) {
                return false;
            }
            seen.put(sc, v);
        }
        return true;
    }

    private static String describe(Point p) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Object> e : p.values().entrySet()) {
            parts.add(e.getKey() + ": " + e.getValue());
        }
        return "{" + String.join(", ", parts) + "}";
    }
}
