package netcap.chart;

import netcap.model.observation.Metrics;
import netcap.spec.Spec;
import netcap.spec.SpecNode;
import netcap.util.Names;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One entry of a spec's {@code charts} list: which chart to draw and how. The format is
 * documented in {@code docs/charts.md}; {@link #parse} validates a {@code charts} node and
 * {@link #defaults} chooses the charts for a run folder whose spec has none.
 *
 * @param type    chart type, one of {@link #TYPES}
 * @param file    base name of the output files (without .png/.svg)
 * @param title   chart title, or null for the type's default
 * @param xLabel  x axis label, or null for the default
 * @param yLabel  y axis label, or null for the default
 * @param metrics time-series columns (growth, timeseries), or empty for the default
 * @param x       heatmap: swept key on the x axis; freeRiderEffect: statistic on the x axis
 * @param y       heatmap: swept key on the y axis; freeRiderEffect, distribution: statistic on the y axis
 * @param metric  heatmap: statistic coloured
 * @param by      timeseries, freeRiderEffect: swept key whose values make the series; distribution: key whose
 *                values make the boxes (default: one box per design point)
 * @param point   design point to draw (null: the type's default)
 * @param steps   trust: steps to draw (empty: first, middle and last recorded); agentLevels: the one step
 *                drawn (empty: the last recorded)
 * @param kmin    degree: smallest degree of the fitted power-law tail
 * @param output  sensitivity: the output analysed (null: one chart per output)
 * @param node    where the entry came from (null for defaults), for messages
 */
public record ChartSpec(String type, String file, String title, String xLabel, String yLabel, List<String> metrics,
                        String x, String y, String metric, String by, Integer point, List<Integer> steps, int kmin,
                        String output, SpecNode node) {

    /** The chart types and the keys each accepts besides type, title, file, xLabel and yLabel. */
    public static final Map<String, List<String>> TYPES = types();


    /** The keys every entry accepts. */
    public static final List<String> COMMON = List.of("type", "title", "file", "xLabel", "yLabel");

    private static Map<String, List<String>> types() {
        Map<String, List<String>> t = new LinkedHashMap<>();
        t.put("growth", List.of("metrics", "point"));
        t.put("timeseries", List.of("metrics", "point", "by"));
        t.put("freeRiders", List.of("point"));
        t.put("freeRiderEffect", List.of("x", "y", "by"));
        t.put("seci", List.of("point"));
        t.put("tieLevels", List.of("point"));
        t.put("trust", List.of("steps", "point"));
        t.put("degree", List.of("point", "kmin"));
        t.put("agentLevels", List.of("point", "step"));
        t.put("heatmap", List.of("x", "y", "metric"));
        t.put("sensitivity", List.of("output"));
        t.put("distribution", List.of("y", "by"));
        t.put("survival", List.of());
        return java.util.Collections.unmodifiableMap(t);
    }

    /**
     * What is known about the run when validating: the recorded metrics, the keys that vary
     * across points and the number of points. Any part may be null (unknown: not checked).
     */
    public record Context(Collection<String> metrics, List<String> varying, Integer points) {
        /** The context of a loaded spec, before running. */
        public static Context of(Spec spec) {
            return new Context(spec.metrics, spec.varyingKeys(), spec.points().size());
        }

        /** The context of a run folder. */
        public static Context of(RunData d) {
            return new Context(d.metrics, d.varying, d.pointCount());
        }
    }

    /** Parses and validates a spec's charts (null when the spec has none). */
    public static List<ChartSpec> parse(Spec spec) {
        return spec.charts == null ? null : parse(spec.charts, Context.of(spec));
    }

    /**
     * Parses and validates a {@code charts} node: a list of maps, each with a {@code type}.
     *
     * @throws netcap.spec.SpecException with {@code file:line: key: message} on the first bad entry
     */
    public static List<ChartSpec> parse(SpecNode charts, Context ctx) {
        if (!charts.isList()) {
            throw charts.error("must be a list of charts, e.g. [{type: growth}, {type: heatmap, x: KEY, y: KEY, metric: METRIC}], was " + charts.kind());
        }
        Set<String> metricNames = new LinkedHashSet<>(Metrics.COLUMNS);
        metricNames.remove("step");
        if (ctx.metrics() != null) {
            metricNames.addAll(ctx.metrics());
            metricNames.remove("step");
        }
        List<ChartSpec> out = new ArrayList<>();
        Set<String> files = new HashSet<>();
        for (SpecNode item : charts.items()) {
            if (!item.isMap()) {
                throw item.error("a chart is a map with a 'type' (" + String.join(", ", TYPES.keySet()) + "), was " + item.kind());
            }
            Map<String, SpecNode> m = item.entries();
            SpecNode tn = m.get("type");
            if (tn == null) {
                throw item.error("a chart needs a 'type': one of " + String.join(", ", TYPES.keySet()));
            }
            String type = text(tn);
            if (!TYPES.containsKey(type)) {
                throw tn.error("unknown chart type '" + type + "'" + Names.didYouMean(type, TYPES.keySet())
                        + " Types: " + String.join(", ", TYPES.keySet()));
            }
            List<String> allowed = new ArrayList<>(COMMON);
            allowed.addAll(TYPES.get(type));
            for (Map.Entry<String, SpecNode> e : m.entrySet()) {
                if (!allowed.contains(e.getKey())) {
                    String dym = Names.didYouMean(e.getKey(), allowed);
                    throw e.getValue().error("unknown key for a " + type + " chart" + (dym.isEmpty() ? "." : dym)
                            + " Known keys: " + String.join(", ", allowed));
                }
            }
            String title = m.containsKey("title") ? text(m.get("title")) : null;
            String xLabel = m.containsKey("xLabel") ? text(m.get("xLabel")) : null;
            String yLabel = m.containsKey("yLabel") ? text(m.get("yLabel")) : null;
            String file = m.containsKey("file") ? text(m.get("file")) : null;
            if (file != null && !file.matches("[A-Za-z0-9._-]+")) {
                throw m.get("file").error("must use only letters, digits, '.', '_' and '-' (it names charts/FILE.png and .svg), was \"" + file + "\"");
            }
            List<String> metrics = new ArrayList<>();
            SpecNode mn = m.get("metrics");
            if (mn != null) {
                if (!mn.isList() || mn.items().isEmpty()) {
                    throw mn.error("must be a non-empty list of metric names, was " + mn.kind());
                }
                for (SpecNode x : mn.items()) {
                    metrics.add(metric(x, metricNames));
                }
            } else if (type.equals("timeseries")) {
                throw item.error("a timeseries chart needs 'metrics': a list of metric names, e.g. [totalKnowledge]");
            }
            String x = null;
            String y = null;
            String metric = null;
            String by = null;
            if (type.equals("heatmap")) {
                for (String k : List.of("x", "y")) {
                    if (!m.containsKey(k)) {
                        throw item.error("a heatmap needs '" + k + "': a swept key" + known(ctx.varying()));
                    }
                }
                x = key(m.get("x"), ctx);
                y = key(m.get("y"), ctx);
                if (x.equals(y)) {
                    throw m.get("y").error("must differ from x ('" + x + "')");
                }
                metric = m.containsKey("metric") ? statistic(m.get("metric"), metricNames) : "totalKnowledgeFinal";
            } else if (type.equals("freeRiderEffect")) {
                x = m.containsKey("x") ? statistic(m.get("x"), metricNames) : "freeRiderShareFinal";
                y = m.containsKey("y") ? statistic(m.get("y"), metricNames) : "totalKnowledgeFinal";
            } else if (type.equals("distribution")) {
                y = m.containsKey("y") ? statistic(m.get("y"), metricNames) : "totalKnowledgeFinal";
            }
            if (m.containsKey("by")) {
                by = key(m.get("by"), ctx);
            }
            Integer point = null;
            if (m.containsKey("point")) {
                point = (int) integer(m.get("point"), 0, ctx.points() == null ? Integer.MAX_VALUE : ctx.points() - 1);
            }
            List<Integer> steps = new ArrayList<>();
            SpecNode sn = m.get("steps");
            if (sn != null) {
                if (!sn.isList() || sn.items().isEmpty()) {
                    throw sn.error("must be a non-empty list of steps, was " + sn.kind());
                }
                if (sn.items().size() > 6) {
                    throw sn.error("at most 6 steps fit one histogram, got " + sn.items().size());
                }
                for (SpecNode s : sn.items()) {
                    steps.add((int) integer(s, 0, Integer.MAX_VALUE));
                }
            }
            if (m.containsKey("step")) {
                steps.add((int) integer(m.get("step"), 0, Integer.MAX_VALUE));
            }
            int kmin = m.containsKey("kmin") ? (int) integer(m.get("kmin"), 1, 1_000_000) : 6;
            String output = m.containsKey("output") ? statistic(m.get("output"), metricNames) : null;
            String base = file != null ? file : defaultFile(type, x, y, metric, metrics, by, output, point);
            String unique = base;
            for (int i = 2; files.contains(unique); i++) {
                if (file != null) {
                    throw m.get("file").error("another chart already writes '" + file + "'");
                }
                unique = base + "-" + i;
            }
            files.add(unique);
            out.add(new ChartSpec(type, unique, title, xLabel, yLabel, List.copyOf(metrics), x, y, metric, by, point,
                    List.copyOf(steps), kmin, output, item));
        }
        return out;
    }

    private static String defaultFile(String type, String x, String y, String metric, List<String> metrics, String by,
                                      String output, Integer point) {
        String f;
        switch (type) {
            case "heatmap":
                f = "heatmap-" + metric + "-" + x + "-" + y;
                break;
            case "freeRiderEffect":
                f = "free-rider-effect-" + y;
                break;
            case "distribution":
                f = "distribution-" + y + (by == null ? "" : "-by-" + by);
                break;
            case "timeseries":
                f = "timeseries-" + String.join("-", metrics) + (by == null ? "" : "-by-" + by);
                break;
            case "sensitivity":
                f = "sensitivity" + (output == null ? "" : "-" + output);
                break;
            default:
                f = type.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
        }
        f = f.replace('.', '_');
        return point == null ? f : f + "-p" + point;
    }

    /** The charts drawn when a spec has no {@code charts} key: what the run folder supports. */
    public static List<ChartSpec> defaults(RunData d) {
        List<ChartSpec> out = new ArrayList<>();
        int points = d.pointCount();
        boolean grid = isGrid(d);
        out.add(simple("growth", "growth"));
        if (grid && points > 1) {
            String key = null;
            for (String k : d.varying) {
                int lv = d.levels(k).size();
                if (lv >= 2 && lv <= Theme.PALETTE.length) {
                    key = k;
                    break;
                }
            }
            if (key != null) {
                for (String m : List.of("members", "totalKnowledge", "freeRiderShare")) {
                    if (d.has(m)) {
                        out.add(new ChartSpec("timeseries", "timeseries-" + m + "-by-" + key.replace('.', '_'), null, null, null,
                                List.of(m), null, null, null, key, null, List.of(), 6, null, null));
                    }
                }
            }
        }
        if (points == 1) {
            out.add(simple("freeRiders", "free-riders"));
        } else if (points <= ChartMaker.PER_POINT_MAX) {
            for (int p : d.points.keySet()) {
                out.add(new ChartSpec("freeRiders", "free-riders-p" + p, null, null, null, List.of(), null, null, null, null, p,
                        List.of(), 6, null, null));
            }
        } // more points: the timeseries charts by swept key show free riders and knowledge per value
        if (points > 1 && d.hasStatistic("freeRiderShareFinal")) {
            String by = null;
            if (grid) {
                for (String k : d.varying) {
                    int lv = d.levels(k).size();
                    if (!k.equals("initialFreeRiderShare") && lv >= 2 && lv <= Theme.PALETTE.length) {
                        by = k;
                        break;
                    }
                }
            }
            for (String y : List.of("totalKnowledgeFinal", "membersFinal")) {
                out.add(new ChartSpec("freeRiderEffect", "free-rider-effect-" + y, null, null, null, List.of(),
                        "freeRiderShareFinal", y, null, by, null, List.of(), 6, null, null));
            }
        }
        out.add(simple("seci", "seci"));
        out.add(simple("tieLevels", "tie-levels"));
        if (d.hasAgents()) {
            out.add(simple("trust", "trust"));
            out.add(simple("degree", "degree"));
        }
        if (grid && d.varying.size() >= 2) {
            String x = d.varying.get(0);
            String y = d.varying.get(1);
            for (String metric : List.of("totalKnowledgeFinal", "freeRiderShareFinal")) {
                out.add(new ChartSpec("heatmap", "heatmap-" + metric + "-" + x.replace('.', '_') + "-" + y.replace('.', '_'),
                        null, null, null, List.of(), x, y, metric, null, null, List.of(), 6, null, null));
            }
        }
        if (d.sensitivity != null) {
            out.add(simple("sensitivity", "sensitivity"));
        }
        if (d.runCount() > 1 && java.nio.file.Files.isRegularFile(d.dir.resolve("survival.csv"))) {
            out.add(simple("survival", "survival"));
        }
        return out;
    }

    private static ChartSpec simple(String type, String file) {
        return new ChartSpec(type, file, null, null, null, List.of(), null, null, null, null, null, List.of(), 6, null, null);
    }

    /** Whether the points form a full grid over the varying keys (a sweep, not a sampling design). */
    static boolean isGrid(RunData d) {
        if (d.varying.isEmpty()) {
            return false;
        }
        long cells = 1;
        for (String k : d.varying) {
            cells *= d.levels(k).size();
            if (cells > 100_000) {
                return false;
            }
        }
        return cells == d.pointCount() && d.varying.stream().allMatch(k -> d.levels(k).size() <= 50);
    }

    // ------------------------------------------------------------------ node readers

    private static String text(SpecNode n) {
        if (!n.isScalar() || n.value() == null) {
            throw n.error("must be text, was " + n.kind());
        }
        return n.value().toString();
    }

    private static long integer(SpecNode n, long min, long max) {
        return ((Number) n.convert(netcap.schema.Key.longInteger(n.path()).range(min, max))).longValue();
    }

    private static String metric(SpecNode n, Set<String> known) {
        String s = text(n);
        if (!known.contains(s)) {
            throw n.error("unknown metric '" + s + "'" + Names.didYouMean(s, known) + " Metrics: " + String.join(", ", known));
        }
        return s;
    }

    /** A summary statistic: METRICFinal, METRICMean, or a bare metric name (meaning METRICFinal). */
    private static String statistic(SpecNode n, Set<String> metrics) {
        String s = text(n);
        if (metrics.contains(s)) {
            return s + "Final";
        }
        Set<String> stats = new LinkedHashSet<>();
        for (String m : metrics) {
            stats.add(m + "Final");
            stats.add(m + "Mean");
        }
        if (!stats.contains(s)) {
            throw n.error("unknown statistic '" + s + "'" + Names.didYouMean(s, stats)
                    + " A statistic is a metric name with Final or Mean, e.g. totalKnowledgeFinal");
        }
        return s;
    }

    private static String key(SpecNode n, Context ctx) {
        String s = text(n);
        if (ctx.varying() != null && !ctx.varying().contains(s)) {
            throw n.error("'" + s + "' is not a swept key of this experiment" + Names.didYouMean(s, ctx.varying())
                    + (ctx.varying().isEmpty() ? " (nothing is swept)" : known(ctx.varying())));
        }
        return s;
    }

    private static String known(List<String> keys) {
        return keys == null || keys.isEmpty() ? "" : "; swept keys: " + String.join(", ", keys);
    }
}
