package netcap.chart;

import org.jfree.chart.JFreeChart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntPredicate;

/**
 * Draws the charts of a {@link ChartSpec} from a run folder's {@link RunData}. A chart whose data
 * is absent (a metric column not recorded, no agents.csv, no sensitivity.csv) is skipped with a
 * note, never an error; series whose column is absent are left out.
 */
public final class ChartMaker {
    /** A drawn chart: output base name, title (for the report) and the chart. */
    public record Made(String file, String title, JFreeChart chart) {
    }

    /** The charts drawn and the notes about charts or series skipped. */
    public record Result(List<Made> charts, List<String> notes) {
    }

    /** The default growth metrics: stocks and flows of membership. */
    public static final List<String> GROWTH = List.of("members", "active", "joined", "left");
    /** The SECI flows, bottom to top of the stack. */
    public static final List<String> SECI = List.of("socialization", "socializationCreation", "externalization", "uptake",
            "combination", "internalization", "teamCreation");
    /** Tie counts per relationship level. */
    public static final List<String> TIE_LEVELS = List.of("tieLevel0", "tieLevel1", "tieLevel2", "tieLevel3", "tieLevel4");
    /** Sequential colours for the ordered tie levels (viridis, light = stranger, dark = close friend). */
    static final Color[] LEVEL_COLOURS = {new Color(0xFDE725), new Color(0x5EC962), new Color(0x21918C),
            new Color(0x3B528B), new Color(0x440154)};
    /**
     * Columns that count what happens during a step (flows, and {@code active}, which is 0 at step 0 by
     * definition): drawn from step 1, so that no line ramps up from the empty initial step.
     */
    public static final java.util.Set<String> PER_STEP = java.util.Set.of("active", "joined", "left",
            "socialization", "externalization", "uptake", "combination", "internalization", "transferDirect",
            "transferIndirect", "meanTransferDistance", "effort", "tiesFormed", "tiesDropped");
    /** At most this many points get a growth chart each when no point is chosen. */
    public static final int PER_POINT_MAX = 4;

    private final RunData d;
    private final List<String> notes = new ArrayList<>();

    public ChartMaker(RunData d) {
        this.d = d;
    }

    /** Draws every chart of {@code specs}. */
    public Result makeAll(List<ChartSpec> specs) {
        List<Made> out = new ArrayList<>();
        for (ChartSpec s : specs) {
            out.addAll(make(s));
        }
        return new Result(out, List.copyOf(notes));
    }

    /** Draws the charts of one entry (several for per-point or per-output charts, none when its data is absent). */
    public List<Made> make(ChartSpec s) {
        switch (s.type()) {
            case "growth":
                return growth(s);
            case "timeseries":
                return timeseries(s);
            case "freeRiders":
                return freeRiders(s);
            case "freeRiderEffect":
                return freeRiderEffect(s);
            case "seci":
                return stacked(s, SECI, "SECI knowledge flows", "knowledge flow (ku/step)", null, true);
            case "tieLevels":
                return stacked(s, TIE_LEVELS, "Ties by relationship level", "ties", LEVEL_COLOURS, false);
            case "trust":
                return trust(s);
            case "degree":
                return degree(s);
            case "agentLevels":
                return agentLevels(s);
            case "heatmap":
                return heatmap(s);
            case "sensitivity":
                return sensitivity(s);
            case "distribution":
                return distribution(s);
            case "survival":
                return survival(s);
            default:
                throw new IllegalArgumentException("unknown chart type " + s.type());
        }
    }

    // ------------------------------------------------------------------ selections of points

    private record Selection(String suffix, String subtitle, IntPredicate points) {
    }

    private Selection pooledOrPoint(ChartSpec s) {
        if (s.point() != null) {
            int p = s.point();
            if (!d.points.containsKey(p)) {
                throw new IllegalArgumentException(where(s) + "point " + p + " does not exist; the run has points 0.." + (d.pointCount() - 1));
            }
            return new Selection("", bandNote(d.runCount(q -> q == p)) + "; " + d.describePoint(p), q -> q == p);
        }
        if (d.pointCount() <= 1) {
            return new Selection("", bandNote(d.runCount()), q -> true);
        }
        return new Selection("", "mean over all " + d.runCount() + " runs of " + d.pointCount() + " points (pooled); shaded: 95% CI", q -> true);
    }

    private static String bandNote(int runs) {
        return runs >= 2 ? "mean of " + runs + " replications; shaded: 95% confidence interval" : "1 run (no confidence interval)";
    }

    private String where(ChartSpec s) {
        return s.node() == null ? "" : s.node().where() + ": ";
    }

    private String title(ChartSpec s, String dflt) {
        return s.title() != null ? s.title() : dflt;
    }

    private List<Line2> lines(List<String> metrics, IntPredicate pts, String chart) {
        List<Line2> out = new ArrayList<>();
        for (String m : metrics) {
            RunData.Band b = d.band(m, pts);
            if (b == null) {
                note(chart + ": no column '" + m + "' in timeseries.csv; series left out");
                continue;
            }
            out.add(new Line2(m, PER_STEP.contains(m) ? withoutStep0(b) : b));
        }
        return out;
    }

    private record Line2(String metric, RunData.Band band) {
        Charts.Line line() {
            return new Charts.Line(Labels.label(metric), band);
        }
    }

    /** Adds a note about a chart or series left out (once). */
    public void note(String n) {
        if (!notes.contains(n)) {
            notes.add(n);
        }
    }

    // ------------------------------------------------------------------ chart types

    private List<Made> growth(ChartSpec s) {
        List<String> metrics = s.metrics().isEmpty() ? GROWTH : s.metrics();
        List<Selection> sels = new ArrayList<>();
        if (s.point() == null && d.pointCount() > 1 && d.pointCount() <= PER_POINT_MAX) {
            for (int p : d.points.keySet()) {
                sels.add(new Selection("-p" + p, bandNote(d.runCount(q -> q == p)) + "; " + d.describePoint(p), q -> q == p));
            }
        } else {
            sels.add(pooledOrPoint(s));
        }
        List<Made> out = new ArrayList<>();
        for (Selection sel : sels) {
            List<Line2> ls = lines(metrics, sel.points(), s.file());
            if (ls.isEmpty()) {
                note(s.file() + ": none of " + metrics + " recorded; chart skipped");
                return out;
            }
            String t = title(s, "Network growth");
            out.add(new Made(s.file() + sel.suffix(), t,
                    Charts.bands(t, sel.subtitle(), yLabel(s, ls), ls.stream().map(Line2::line).toList())));
        }
        return out;
    }

    private String yLabel(ChartSpec s, List<Line2> ls) {
        if (s.yLabel() != null) {
            return s.yLabel();
        }
        TreeSet<String> units = new TreeSet<>();
        for (Line2 l : ls) {
            // a flow per step shares the axis of its stock: agents and agents/step are both counts of agents
            units.add(Labels.unit(l.metric()).replaceFirst("/step$", ""));
        }
        if (ls.stream().map(Line2::metric).distinct().count() == 1) {
            return Labels.axis(ls.get(0).metric());
        }
        if (units.size() == 1) {
            String u = units.first();
            return u.isEmpty() ? "value" : u;
        }
        return String.join(", ", units);
    }

    private List<Made> timeseries(ChartSpec s) {
        String t;
        List<Charts.Line> lines = new ArrayList<>();
        String sub;
        List<Line2> all = new ArrayList<>();
        if (s.by() != null) {
            List<String> levels = d.levels(s.by());
            for (String m : s.metrics()) {
                if (!d.has(m)) {
                    note(s.file() + ": no column '" + m + "' in timeseries.csv; series left out");
                    continue;
                }
                for (String lv : levels) {
                    IntPredicate pts = d.pointsWith(s.by(), lv);
                    RunData.Band b = d.band(m, pts);
                    if (PER_STEP.contains(m)) {
                        b = withoutStep0(b);
                    }
                    String name = (s.metrics().size() > 1 ? Labels.label(m) + ", " : "") + s.by() + " = " + lv;
                    lines.add(new Charts.Line(name, b));
                    all.add(new Line2(m, b));
                }
            }
            int per = d.runCount() / Math.max(1, levels.size());
            sub = "mean over the runs of each " + s.by() + " value (" + per + " runs each"
                    + (d.varying.size() > 1 ? ", pooled over the other swept keys" : "") + "); shaded: 95% CI";
            t = title(s, (s.metrics().size() == 1 ? capitalize(Labels.label(s.metrics().get(0))) : "Time series") + " by " + s.by());
        } else {
            Selection sel = pooledOrPoint(s);
            all = lines(s.metrics(), sel.points(), s.file());
            for (Line2 l : all) {
                lines.add(l.line());
            }
            sub = sel.subtitle();
            t = title(s, s.metrics().size() == 1 ? capitalize(Labels.label(s.metrics().get(0))) : "Time series");
        }
        if (lines.isEmpty()) {
            note(s.file() + ": none of " + s.metrics() + " recorded; chart skipped");
            return List.of();
        }
        return List.of(new Made(s.file(), t, Charts.bands(t, sub, yLabel(s, all), lines)));
    }

    private List<Made> freeRiders(ChartSpec s) {
        Selection sel = pooledOrPoint(s);
        RunData.Band fr = d.band("freeRiderShare", sel.points());
        RunData.Band tk = d.band("totalKnowledge", sel.points());
        if (fr == null && tk == null) {
            note(s.file() + ": neither freeRiderShare nor totalKnowledge recorded; chart skipped");
            return List.of();
        }
        String t = title(s, "Free riders and total knowledge");
        JFreeChart c = Charts.twoAxes(t, sel.subtitle(),
                fr == null ? null : new Charts.Line("free riders (left axis)", fr),
                s.yLabel() != null ? s.yLabel() : "free riders (" + Labels.SHARE + ")",
                tk == null ? null : new Charts.Line("total knowledge (right axis)", tk),
                "total knowledge (ku)");
        return List.of(new Made(s.file(), t, c));
    }

    private List<Made> freeRiderEffect(ChartSpec s) {
        List<RunData.AggRow> xs = d.aggregate(s.x());
        List<RunData.AggRow> ys = d.aggregate(s.y());
        if (xs.isEmpty() || ys.isEmpty()) {
            note(s.file() + ": aggregate.csv has no " + (xs.isEmpty() ? s.x() : s.y()) + "; chart skipped");
            return List.of();
        }
        Map<Integer, RunData.AggRow> ym = new LinkedHashMap<>();
        for (RunData.AggRow r : ys) {
            ym.put(r.point(), r);
        }
        Map<String, List<Charts.ErrorPoint>> groups = new LinkedHashMap<>();
        if (s.by() != null) {
            for (String lv : d.levels(s.by())) {
                groups.put(s.by() + " = " + lv, new ArrayList<>());
            }
        }
        for (RunData.AggRow xr : xs) {
            RunData.AggRow yr = ym.get(xr.point());
            if (yr == null) {
                continue;
            }
            String g = s.by() == null ? "design points" : s.by() + " = " + xr.values().get(s.by());
            groups.computeIfAbsent(g, k -> new ArrayList<>()).add(new Charts.ErrorPoint(xr.mean(), xr.ciLow(), xr.ciHigh(),
                    yr.mean(), yr.ciLow(), yr.ciHigh()));
        }
        groups.values().removeIf(List::isEmpty);
        String yName = Labels.statisticName(s.y());
        String t = title(s, capitalize(yName) + " vs " + Labels.statisticName(s.x()));
        String sub = xs.size() + " design points, " + d.runCount() + " runs; bars: 95% CI over replications" + (s.by() == null ? "" : "; lines join points with equal " + s.by());
        JFreeChart c = Charts.errorScatter(t, sub, s.xLabel() != null ? s.xLabel() : Labels.statistic(s.x()),
                s.yLabel() != null ? s.yLabel() : Labels.statistic(s.y()), groups, s.by() != null);
        return List.of(new Made(s.file(), t, c));
    }

    private List<Made> distribution(ChartSpec s) {
        Map<Integer, double[]> values = d.runValues(s.y());
        if (values.isEmpty()) {
            note(s.file() + ": summary.csv has no " + s.y() + "; chart skipped");
            return List.of();
        }
        Map<String, List<Double>> groups = new LinkedHashMap<>();
        if (s.by() != null && !s.by().equals("scenario")) { // values in order; scenarios in the spec's order
            for (String lv : d.levels(s.by())) {
                groups.put(lv, new ArrayList<>());
            }
        }
        int runs = 0;
        for (Map.Entry<Integer, double[]> e : values.entrySet()) {
            String g = s.by() != null ? d.points.get(e.getKey()).get(s.by()) : d.pointCount() <= 1 ? "all runs" : pointLabel(e.getKey());
            for (double v : e.getValue()) {
                groups.computeIfAbsent(g, k -> new ArrayList<>()).add(v);
                runs++;
            }
        }
        String t = title(s, capitalize(Labels.statisticName(s.y())) + ": every run");
        JFreeChart c = boxes(t, runs + " runs", s.xLabel() != null ? s.xLabel() : s.by() != null ? Labels.label(s.by()) : null,
                s.yLabel() != null ? s.yLabel() : Labels.statistic(s.y()), groups, false);
        return List.of(new Made(s.file(), t, c));
    }

    /**
     * A distribution chart of one summary statistic over the runs of two or more design points,
     * one box per point in the given order, each labelled with its number of runs: the chart of a
     * comparison. Null (with a note) when summary.csv has no value of the statistic for a point.
     *
     * @param file   output base name
     * @param title  chart title
     * @param detail what the subtitle adds after the number of runs (e.g. the difference and its interval), or null
     * @param points design point to its label, in drawing order
     * @param paired whether the points' runs are paired by seed (then grey lines join them when every run has a value)
     */
    public Made comparison(String file, String title, String statistic, String detail, Map<Integer, String> points, boolean paired) {
        Map<Integer, double[]> values = d.runValues(statistic);
        Map<String, List<Double>> groups = new LinkedHashMap<>();
        int runs = 0;
        boolean complete = paired;
        for (Map.Entry<Integer, String> e : points.entrySet()) {
            double[] vs = values.get(e.getKey());
            if (vs == null || vs.length == 0) {
                note(file + ": summary.csv has no " + statistic + " for " + e.getValue() + "; chart skipped");
                return null;
            }
            List<Double> list = new ArrayList<>();
            for (double v : vs) {
                list.add(v);
            }
            groups.put(e.getValue(), list);
            runs += vs.length;
            int p = e.getKey();
            complete &= vs.length == d.runCount(q -> q == p);
        }
        // lines join the runs of one seed only when no run lacks a value, so that replicates stay aligned
        String head = runs + " runs" + (detail == null ? "" : "; " + detail) + (complete ? "; grey lines join runs with the same seed" : "");
        return new Made(file, title, boxes(title, head, null, Labels.statistic(statistic), groups, complete));
    }

    /** The notes so far (charts or series left out). */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** A box per group with every run as a dot; the subtitle starts with {@code head} (which states the runs). */
    private static JFreeChart boxes(String title, String head, String xLabel, String yLabel, Map<String, List<Double>> groups,
                                    boolean paired) {
        groups.values().removeIf(List::isEmpty);
        Map<String, double[]> labelled = new LinkedHashMap<>();
        groups.forEach((g, vs) -> labelled.put(g + " (n = " + vs.size() + ")",
                vs.stream().mapToDouble(Double::doubleValue).toArray()));
        String sub = head + "; box: median and quartiles, whiskers to the furthest run within 1.5 IQR; dots: single runs";
        return Charts.distribution(title, sub, xLabel, yLabel, labelled, paired);
    }

    /** A design point as a short label: its scenario, else its varied values. */
    private String pointLabel(int p) {
        Map<String, String> v = d.points.get(p);
        if (v.containsKey("scenario")) {
            return v.get("scenario");
        }
        List<String> parts = new ArrayList<>();
        v.forEach((k, x) -> parts.add(k + " = " + x));
        return parts.isEmpty() ? "point " + p : String.join(", ", parts);
    }

    private List<Made> stacked(ChartSpec s, List<String> metrics, String dfltTitle, String yLabel, Color[] colours, boolean flows) {
        Selection sel = pooledOrPoint(s);
        List<Line2> ls = lines(metrics, sel.points(), s.file());
        if (flows) {
            // flows are totals over a step: step 0 (the initial state) has none
            ls = ls.stream().map(l -> new Line2(l.metric(), withoutStep0(l.band()))).toList();
        }
        if (ls.isEmpty()) {
            note(s.file() + ": none of " + metrics + " recorded; chart skipped");
            return List.of();
        }
        Color[] cs = null;
        if (colours != null) {
            cs = new Color[ls.size()];
            for (int i = 0; i < ls.size(); i++) {
                cs[i] = colours[metrics.indexOf(ls.get(i).metric())];
            }
        }
        String t = title(s, dfltTitle);
        String sub = sel.subtitle().replace("; shaded: 95% confidence interval", "").replace("; shaded: 95% CI", "") + "; stacked means";
        JFreeChart c = Charts.stacked(t, sub, s.yLabel() != null ? s.yLabel() : yLabel,
                ls.stream().map(Line2::line).toList(), cs);
        return List.of(new Made(s.file(), t, c));
    }

    private IntPredicate agentPoints(ChartSpec s) {
        if (s.point() != null) {
            int p = s.point();
            return q -> q == p;
        }
        return q -> true;
    }

    private String agentScope(ChartSpec s, int runs) {
        if (s.point() != null) {
            return d.describePoint(s.point()) + "; members of " + runs + " runs pooled";
        }
        return "members of all " + runs + " runs" + (d.pointCount() > 1 ? " of " + d.pointCount() + " points" : "") + " pooled";
    }

    private List<Made> trust(ChartSpec s) {
        RunData.Agents a = d.agents();
        if (a == null) {
            note(s.file() + ": no agents.csv (set output.agentsEvery); trust histograms skipped");
            return List.of();
        }
        IntPredicate pts = agentPoints(s);
        int[] all = a.steps();
        if (all.length == 0) {
            note(s.file() + ": agents.csv has no member rows; skipped");
            return List.of();
        }
        List<Integer> steps = new ArrayList<>();
        if (s.steps().isEmpty()) {
            steps.add(all[0]);
            if (all.length > 2) {
                steps.add(all[all.length / 2]);
            }
            if (all.length > 1) {
                steps.add(all[all.length - 1]);
            }
        } else {
            for (int st : s.steps()) {
                if (java.util.Arrays.binarySearch(all, st) < 0) {
                    note(s.file() + ": agents.csv has no step " + st + " (recorded: " + summarizeSteps(all) + "); left out");
                } else {
                    steps.add(st);
                }
            }
        }
        Map<String, double[]> samples = new LinkedHashMap<>();
        for (int st : steps) {
            double[] buf = new double[16];
            int n = 0;
            for (int i = 0; i < a.rows(); i++) {
                if (a.step()[i] == st && pts.test(a.point()[i]) && !Float.isNaN(a.trust()[i])) {
                    if (n == buf.length) {
                        buf = java.util.Arrays.copyOf(buf, n * 2);
                    }
                    buf[n++] = a.trust()[i];
                }
            }
            if (n > 0) {
                samples.put("step " + st + " (" + n + " members)", java.util.Arrays.copyOf(buf, n));
            }
        }
        if (samples.isEmpty()) {
            note(s.file() + ": no members at the chosen steps; skipped");
            return List.of();
        }
        String t = title(s, "Distribution of generalized trust");
        JFreeChart c = Charts.histograms(t, agentScope(s, d.runCount(pts)),
                s.xLabel() != null ? s.xLabel() : "generalized trust (0–1)", samples, 25, 0, 1);
        return List.of(new Made(s.file(), t, c));
    }

    /** "1 run", "3 runs". */
    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String summarizeSteps(int[] all) {
        if (all.length <= 6) {
            return java.util.Arrays.toString(all);
        }
        return all[0] + ", " + all[1] + ", ..., " + all[all.length - 1];
    }

    private List<Made> degree(ChartSpec s) {
        RunData.Agents a = d.agents();
        if (a == null) {
            note(s.file() + ": no agents.csv (set output.agentsEvery); degree distribution skipped");
            return List.of();
        }
        int[] all = a.steps();
        if (all.length == 0) {
            return List.of();
        }
        int last = all[all.length - 1];
        IntPredicate pts = agentPoints(s);
        int[] buf = new int[16];
        int n = 0;
        for (int i = 0; i < a.rows(); i++) {
            if (a.step()[i] == last && pts.test(a.point()[i]) && a.degree()[i] >= 0) {
                if (n == buf.length) {
                    buf = java.util.Arrays.copyOf(buf, n * 2);
                }
                buf[n++] = a.degree()[i];
            }
        }
        if (n == 0) {
            note(s.file() + ": agents.csv has no degree column or no members at step " + last + "; skipped");
            return List.of();
        }
        String t = title(s, "Degree distribution at step " + last);
        JFreeChart c = Charts.degree(t, agentScope(s, d.runCount(pts)), java.util.Arrays.copyOf(buf, n), s.kmin());
        return List.of(new Made(s.file(), t, c));
    }

    /**
     * The boxes of an agentLevels chart: one series per group of points, one category per
     * relationship level, and the members drawn in each series (groups without members are left
     * out).
     */
    record LevelBoxes(org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset data, Map<String, Integer> members) {
        int total() {
            return members.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * The ties per member at each relationship level at {@code step}, one series per group of
     * points: each member row of agents.csv with all five {@code tieLevel} cells is one value per
     * level. Series keys are the group names as given; each box spans the quartiles, its whiskers
     * reach the furthest count within 1.5 IQR, and outliers are left out.
     */
    static LevelBoxes levelBoxes(RunData.Agents a, int step, Map<String, IntPredicate> groups) {
        org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset data = new org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset();
        Map<String, Integer> members = new LinkedHashMap<>();
        int levels = RunData.LEVELS;
        for (Map.Entry<String, IntPredicate> g : groups.entrySet()) {
            List<List<Double>> values = new ArrayList<>();
            for (int l = 0; l < levels; l++) {
                values.add(new ArrayList<>());
            }
            rows:
            for (int i = 0; i < a.rows(); i++) {
                if (a.step()[i] != step || !g.getValue().test(a.point()[i])) {
                    continue;
                }
                for (int l = 0; l < levels; l++) {
                    if (Float.isNaN(a.tieLevels()[l][i])) {
                        continue rows;
                    }
                }
                for (int l = 0; l < levels; l++) {
                    values.get(l).add((double) a.tieLevels()[l][i]);
                }
            }
            int n = values.get(0).size();
            if (n == 0) {
                continue;
            }
            members.put(g.getKey(), n);
            for (int l = 0; l < levels; l++) {
                // thousands of members make a crowd of outliers at each count, and the long tail of
                // stranger ties would squash the other levels: whiskers only, and the axis fits them
                org.jfree.data.statistics.BoxAndWhiskerItem q =
                        org.jfree.data.statistics.BoxAndWhiskerCalculator.calculateBoxAndWhiskerStatistics(values.get(l));
                double lo = q.getMinRegularValue().doubleValue();
                double hi = q.getMaxRegularValue().doubleValue();
                data.add(new org.jfree.data.statistics.BoxAndWhiskerItem(q.getMean(), q.getMedian(), q.getQ1(), q.getQ3(),
                        lo, hi, lo, hi, List.of()), g.getKey(), Labels.label(TIE_LEVELS.get(l)));
            }
        }
        return new LevelBoxes(data, members);
    }

    private List<Made> agentLevels(ChartSpec s) {
        RunData.Agents a = d.agents();
        if (a == null) {
            note(s.file() + ": no agents.csv (set output.agentsEvery); ties per member and level skipped");
            return List.of();
        }
        int[] all = a.steps();
        if (all.length == 0) {
            note(s.file() + ": agents.csv has no member rows; skipped");
            return List.of();
        }
        int step = s.steps().isEmpty() ? all[all.length - 1] : s.steps().get(0);
        if (java.util.Arrays.binarySearch(all, step) < 0) {
            note(s.file() + ": agents.csv has no step " + step + " (recorded: " + summarizeSteps(all) + "); skipped");
            return List.of();
        }
        // one series per point when several fit the palette, as the points are what is compared
        Map<String, IntPredicate> groups = new LinkedHashMap<>();
        Map<String, Integer> pointOf = new LinkedHashMap<>();
        boolean perPoint = s.point() == null && d.pointCount() > 1 && d.pointCount() <= Theme.PALETTE.length;
        if (perPoint) {
            for (int p : d.points.keySet()) {
                groups.put(pointLabel(p), q -> q == p);
                pointOf.put(pointLabel(p), p);
            }
        } else {
            groups.put("members", agentPoints(s));
        }
        LevelBoxes b = levelBoxes(a, step, groups);
        if (b.members().isEmpty()) {
            note(s.file() + ": agents.csv has no tieLevel columns or no members at step " + step + "; skipped");
            return List.of();
        }
        if (perPoint) {
            // the legend says how many members each series pools
            org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset named = new org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset();
            for (Map.Entry<String, Integer> e : b.members().entrySet()) {
                String key = e.getKey() + " (" + count(e.getValue(), "member") + ", " + count(d.runCount(q -> q == pointOf.get(e.getKey())), "run") + ")";
                for (int l = 0; l < RunData.LEVELS; l++) {
                    String level = Labels.label(TIE_LEVELS.get(l));
                    named.add(b.data().getItem(b.data().getRowIndex(e.getKey()), b.data().getColumnIndex(level)), key, level);
                }
            }
            b = new LevelBoxes(named, b.members());
        }
        int runs = d.runCount(perPoint ? q -> true : agentPoints(s));
        String scope = s.point() != null ? d.describePoint(s.point()) + "; " : "";
        String pooled = perPoint ? ", pooled per point" : d.pointCount() > 1 && s.point() == null ? " of all " + d.pointCount() + " points" : "";
        String sub = scope + "step " + step + ": " + count(b.total(), "member") + " of " + count(runs, "run") + pooled
                + "; box: median and quartiles; whiskers: furthest member within 1.5 IQR (outliers not drawn); black dot: mean";
        String t = title(s, "Ties per member by relationship level at step " + step);
        JFreeChart c = Charts.boxes(t, sub, s.xLabel() != null ? s.xLabel() : "relationship level",
                s.yLabel() != null ? s.yLabel() : "ties per member", b.data());
        return List.of(new Made(s.file(), t, c));
    }

    private List<Made> heatmap(ChartSpec s) {
        List<RunData.AggRow> rows = d.aggregate(s.metric());
        if (rows.isEmpty()) {
            note(s.file() + ": aggregate.csv has no " + s.metric() + "; heat map skipped");
            return List.of();
        }
        if (!d.varying.contains(s.x()) || !d.varying.contains(s.y())) {
            note(s.file() + ": " + s.x() + " and " + s.y() + " must both vary in this run; heat map skipped");
            return List.of();
        }
        List<String> xl = d.levels(s.x());
        List<String> yl = d.levels(s.y());
        if (xl.size() > 50 || yl.size() > 50) {
            note(s.file() + ": " + s.x() + " or " + s.y() + " has more than 50 values (a sampling design, not a grid); heat map skipped");
            return List.of();
        }
        double[][] sum = new double[xl.size()][yl.size()];
        int[][] cnt = new int[xl.size()][yl.size()];
        for (RunData.AggRow r : rows) {
            int i = xl.indexOf(r.values().get(s.x()));
            int j = yl.indexOf(r.values().get(s.y()));
            if (i >= 0 && j >= 0 && !Double.isNaN(r.mean())) {
                sum[i][j] += r.mean();
                cnt[i][j]++;
            }
        }
        double[][] z = new double[xl.size()][yl.size()];
        boolean pooled = false;
        for (int i = 0; i < xl.size(); i++) {
            for (int j = 0; j < yl.size(); j++) {
                z[i][j] = cnt[i][j] == 0 ? Double.NaN : sum[i][j] / cnt[i][j];
                pooled |= cnt[i][j] > 1;
            }
        }
        String name = Labels.statisticName(s.metric());
        String t = title(s, capitalize(name) + " by " + s.x() + " and " + s.y());
        String sub = "mean over replications (" + d.runCount() + " runs in all)" + (pooled ? ", averaged over the other swept keys" : "") + "; cell text: value";
        JFreeChart c = Charts.heatmap(t, sub, s.xLabel() != null ? s.xLabel() : s.x(), xl,
                s.yLabel() != null ? s.yLabel() : s.y(), yl, z, Labels.statistic(s.metric()));
        return List.of(new Made(s.file(), t, c));
    }

    private List<Made> sensitivity(ChartSpec s) {
        if (d.sensitivity == null) {
            note(s.file() + ": no sensitivity.csv (only sobol and morris designs write one); skipped");
            return List.of();
        }
        List<String> outputs = new ArrayList<>();
        for (RunData.SensRow r : d.sensitivity) {
            if (!outputs.contains(r.output()) && (s.output() == null || s.output().equals(r.output()))) {
                outputs.add(r.output());
            }
        }
        if (outputs.isEmpty()) {
            note(s.file() + ": sensitivity.csv has no output " + s.output() + "; skipped");
            return List.of();
        }
        List<Made> out = new ArrayList<>();
        for (String o : outputs) {
            List<RunData.SensRow> rs = d.sensitivity.stream().filter(r -> r.output().equals(o)).toList();
            String method = rs.get(0).method();
            String file = s.output() == null ? s.file() + "-" + o : s.file();
            if (method.equals("morris")) {
                List<Charts.MorrisPoint> pts = new ArrayList<>();
                for (RunData.SensRow r : rs) {
                    if (Double.isFinite(r.muStar()) && Double.isFinite(r.sigma())) {
                        pts.add(new Charts.MorrisPoint(r.factor(), r.muStar(), r.sigma(), r.muStarLow(), r.muStarHigh()));
                    }
                }
                if (pts.isEmpty() || pts.stream().allMatch(p -> p.muStar() == 0 && p.sigma() == 0)) {
                    note(file + ": " + o + " did not vary over the design (all elementary effects 0); skipped");
                    continue;
                }
                String t = title(s, "Morris screening of " + Labels.statisticName(o));
                out.add(new Made(file, t, Charts.morris(t, d.runCount() + " runs, " + rs.size() + " factors; whiskers: bootstrap 95% intervals of μ*; σ/μ* above 1 suggests interactions or non-linearity",
                        Labels.unit(Labels.metricOf(o)), pts)));
            } else {
                List<Charts.SobolBar> bars = new ArrayList<>();
                List<netcap.stats.SobolIndices.Index> indices = new ArrayList<>();
                for (RunData.SensRow r : rs) {
                    bars.add(new Charts.SobolBar(r.factor(), r.s1(), r.s1Low(), r.s1High(), r.st(), r.stLow(), r.stHigh()));
                    indices.add(new netcap.stats.SobolIndices.Index(r.factor(), r.s1(), r.s1Low(), r.s1High(), r.st(), r.stLow(), r.stHigh()));
                }
                String unreliable = rs.get(0).n() == 0 ? null : netcap.stats.SobolIndices.unreliableReason(rs.get(0).n(), indices);
                if (unreliable != null) {
                    note("sensitivity.csv: the Sobol indices of " + o + " are not reliable (column reliable false): " + unreliable);
                }
                if (bars.stream().allMatch(b -> Double.isNaN(b.s1()) && Double.isNaN(b.st()))) {
                    note(file + ": " + o + " did not vary over the design (indices undefined); skipped");
                    continue;
                }
                boolean clipped = bars.stream().anyMatch(b -> b.s1Low() < -1 || b.s1High() > 2 || b.stLow() < -1 || b.stHigh() > 2
                        || b.s1() < -0.1 || b.s1() > 1.1 || b.st() > 1.1);
                String t = title(s, "Sobol indices of " + Labels.statisticName(o));
                String sub = d.runCount() + " runs; bars: estimates; whiskers: bootstrap 95% intervals"
                        + (unreliable != null ? "; NOT RELIABLE: N = " + rs.get(0).n() + " is too small (see the notes)"
                        : clipped ? "; estimates outside [0, 1] or cut whiskers signal too few samples" : "");
                out.add(new Made(file, t, Charts.sobol(t, sub, bars)));
            }
        }
        return out;
    }

    private List<Made> survival(ChartSpec s) {
        SurvivalData sd = SurvivalData.read(d.dir);
        if (sd == null || sd.curves.isEmpty()) {
            note(s.file() + ": no survival.csv (the run records no timeTo metric); skipped");
            return List.of();
        }
        List<Made> out = new ArrayList<>();
        for (Map.Entry<String, List<SurvivalData.Curve>> e : sd.curves.entrySet()) {
            List<SurvivalData.Curve> cs = e.getValue();
            if (cs.size() > Theme.PALETTE.length) {
                note(s.file() + ": " + cs.size() + " points; the chart shows the first " + Theme.PALETTE.length);
                cs = cs.subList(0, Theme.PALETTE.length);
            }
            List<Charts.StepCurve> curves = new ArrayList<>();
            for (SurvivalData.Curve c : cs) {
                String name = (sd.curves.size() == 1 && d.pointCount() == 1 ? "all runs" : d.describePoint(c.point()))
                        + " (" + c.events() + " of " + c.runs() + " runs)";
                curves.add(new Charts.StepCurve(name, 0, c.steps(), c.survival()));
            }
            String event = Labels.statisticName(e.getKey());
            String file = sd.curves.size() == 1 ? s.file() : s.file() + "-" + e.getKey();
            String t = title(s, "Kaplan-Meier curve of " + event);
            String sub = "share of runs without the event by step; runs without it are censored at the last step;"
                    + " legend: events of runs";
            out.add(new Made(file, t, Charts.survival(t, sub, s.yLabel() != null ? s.yLabel() : "share of runs without the event", curves)));
        }
        return out;
    }

    private static RunData.Band withoutStep0(RunData.Band b) {
        if (b.size() < 2 || b.steps()[0] != 0) {
            return b;
        }
        int n = b.size();
        return new RunData.Band(b.metric(), java.util.Arrays.copyOfRange(b.steps(), 1, n), java.util.Arrays.copyOfRange(b.mean(), 1, n),
                java.util.Arrays.copyOfRange(b.lo(), 1, n), java.util.Arrays.copyOfRange(b.hi(), 1, n), java.util.Arrays.copyOfRange(b.n(), 1, n));
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
