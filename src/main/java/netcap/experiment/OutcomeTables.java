package netcap.experiment;

import netcap.io.AtomicFiles;
import netcap.model.observation.Metrics;
import netcap.spec.Point;
import netcap.spec.Regimes;
import netcap.spec.Spec;
import netcap.stats.KaplanMeier;
import netcap.stats.Wilson;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables of outcomes that a mean hides when runs split into regimes (docs/statistics.md):
 * <ul>
 *   <li>{@code regimes.csv}: per point and regime of the spec, the runs in it, their share and
 *       its Wilson 95% interval;</li>
 *   <li>{@code regime-aggregate.csv}: the rows of aggregate.csv (by the same code) over the runs
 *       in each regime ({@code inRegime = true}) and over the others ({@code false});</li>
 *   <li>{@code survival.csv} and {@code events.csv}: for each time-to-event metric (a name that
 *       starts with {@code timeTo}), the Kaplan-Meier curve of the runs of each point, a run whose
 *       event did not happen being censored at the last step, and the median time with its
 *       Brookmeyer-Crowley 95% interval.</li>
 * </ul>
 */
final class OutcomeTables {
    /** The prefix of time-to-event metrics. */
    static final String TIME_TO = "timeTo";

    private final Spec spec;
    private final Columns columns;
    private final RunFolder folder;
    private final List<Point> points;

    OutcomeTables(Spec spec, Columns columns, RunFolder folder) {
        this.spec = spec;
        this.columns = columns;
        this.folder = folder;
        this.points = spec.points();
    }

    /**
     * Writes the tables from the summary values {@code [point][statistic][replicate]} and the
     * regime membership {@link #membership} (null when the spec has no regimes).
     */
    void write(double[][][] v, boolean[][][] in) {
        if (in != null) {
            writeRegimes(in);
            writeRegimeAggregate(v, in);
        }
        List<String> events = timeToEventMetrics(columns.metrics());
        boolean[][] can = applicable(events);
        if (any(can)) {
            writeSurvival(v, events, can);
        }
    }

    /**
     * Whether time-to-event metric {@code metric} can happen at point {@code p}: take-off (10% of
     * the agents members) cannot when the run starts with at least that many members (with
     * {@code initialMembers} -1 everybody is a member from the start), so such points get no
     * survival rows rather than a curve of runs that "never" took off.
     */
    boolean applicable(int p, String metric) {
        if (!metric.equals("timeToTakeoff")) {
            return true;
        }
        int initial = points.get(p).params(spec).initialMembers;
        int agents = points.get(p).generator(spec).nodes();
        return Metrics.takeoffPossible(initial < 0 ? agents : initial, agents); // -1: everybody is a member
    }

    /** {@link #applicable(int, String)} of every point and event: {@code [point][event]}. */
    private boolean[][] applicable(List<String> events) {
        boolean[][] can = new boolean[points.size()][events.size()];
        for (int p = 0; p < points.size(); p++) {
            for (int e = 0; e < events.size(); e++) {
                can[p][e] = applicable(p, events.get(e));
            }
        }
        return can;
    }

    private static boolean any(boolean[][] can) {
        for (boolean[] row : can) {
            for (boolean c : row) {
                if (c) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The time-to-event metrics among {@code metrics}. */
    static List<String> timeToEventMetrics(List<String> metrics) {
        return metrics.stream().filter(m -> m.startsWith(TIME_TO) && m.length() > TIME_TO.length()).toList();
    }

    /** Whether each run is in each regime: {@code [point][regime][replicate]}. */
    boolean[][][] membership(double[][][] v) {
        List<String> stats = columns.summary();
        boolean[][][] in = new boolean[points.size()][spec.regimes.size()][];
        for (int p = 0; p < points.size(); p++) {
            Map<String, Double> vars = new HashMap<>();
            for (Map.Entry<String, Object> e : points.get(p).values().entrySet()) {
                if (e.getValue() instanceof Number n) {
                    vars.put(e.getKey(), n.doubleValue());
                }
            }
            vars.put("agents", (double) points.get(p).generator(spec).nodes());
            vars.put("steps", (double) spec.steps);
            int reps = v[p].length == 0 ? 0 : v[p][0].length;
            for (int g = 0; g < spec.regimes.size(); g++) {
                in[p][g] = new boolean[reps];
            }
            for (int r = 0; r < reps; r++) {
                for (int s = 0; s < stats.size(); s++) {
                    vars.put(stats.get(s), v[p][s][r]);
                }
                for (int g = 0; g < spec.regimes.size(); g++) {
                    in[p][g][r] = spec.regimes.get(g).condition().test(vars);
                }
            }
        }
        return in;
    }

    private List<String> keyHeader(String... more) {
        List<String> h = new ArrayList<>(List.of("point"));
        h.addAll(columns.varying());
        h.addAll(List.of(more));
        return h;
    }

    private List<String> keyCells(int p) {
        List<String> cells = new ArrayList<>();
        cells.add(Integer.toString(p));
        cells.addAll(columns.varyingCells(p));
        return cells;
    }

    private static void line(OutputStream o, List<String> cells) throws IOException {
        o.write(Csv.line(cells).getBytes(StandardCharsets.UTF_8));
    }

    private void writeRegimes(boolean[][][] in) {
        AtomicFiles.write(folder.file("regimes.csv"), o -> {
            line(o, keyHeader("regime", "runs", "count", "share", "shareLow", "shareHigh"));
            for (int p = 0; p < points.size(); p++) {
                for (int g = 0; g < spec.regimes.size(); g++) {
                    int count = 0;
                    for (boolean b : in[p][g]) {
                        count += b ? 1 : 0;
                    }
                    Wilson w = Wilson.of(count, in[p][g].length);
                    List<String> cells = keyCells(p);
                    cells.addAll(List.of(spec.regimes.get(g).name(), Integer.toString(w.n()), Integer.toString(count),
                            Csv.num(w.share()), Csv.num(w.lower()), Csv.num(w.upper())));
                    line(o, cells);
                }
            }
        });
    }

    private void writeRegimeAggregate(double[][][] v, boolean[][][] in) {
        List<String> stats = columns.summary();
        List<String> header = keyHeader("regime", "inRegime");
        header.addAll(OutputTables.AGGREGATE_HEADER);
        AtomicFiles.write(folder.file("regime-aggregate.csv"), o -> {
            line(o, header);
            for (int p = 0; p < points.size(); p++) {
                for (int g = 0; g < spec.regimes.size(); g++) {
                    Regimes.Regime regime = spec.regimes.get(g);
                    for (boolean inside : new boolean[]{true, false}) {
                        for (int s = 0; s < stats.size(); s++) {
                            List<String> cells = keyCells(p);
                            cells.add(regime.name());
                            cells.add(Boolean.toString(inside));
                            cells.addAll(OutputTables.aggregateCells(stats.get(s), select(v[p][s], in[p][g], inside),
                                    OutputTables.aggregateKey(spec.seed, p + "/" + regime.name() + "/" + inside, stats.get(s))));
                            line(o, cells);
                        }
                    }
                }
            }
        });
    }

    /** The values whose flag equals {@code keep}. */
    private static double[] select(double[] values, boolean[] flags, boolean keep) {
        int n = 0;
        for (boolean f : flags) {
            n += f == keep ? 1 : 0;
        }
        double[] out = new double[n];
        int k = 0;
        for (int i = 0; i < values.length; i++) {
            if (flags[i] == keep) {
                out[k++] = values[i];
            }
        }
        return out;
    }

    /** The Kaplan-Meier curve of one time-to-event metric over a point's runs, censoring at the last step. */
    static KaplanMeier curve(double[] finals, int steps) {
        double[] t = new double[finals.length];
        boolean[] event = new boolean[finals.length];
        for (int i = 0; i < finals.length; i++) {
            event[i] = !Double.isNaN(finals[i]);
            t[i] = event[i] ? finals[i] : steps;
        }
        return KaplanMeier.estimate(t, event);
    }

    private void writeSurvival(double[][][] v, List<String> events, boolean[][] can) {
        List<String> stats = columns.summary();
        List<KaplanMeier[]> curves = new ArrayList<>();
        for (String m : events) {
            int s = stats.indexOf(m + "Final");
            KaplanMeier[] byPoint = new KaplanMeier[points.size()];
            for (int p = 0; p < points.size(); p++) {
                byPoint[p] = curve(v[p][s], spec.steps);
            }
            curves.add(byPoint);
        }
        AtomicFiles.write(folder.file("survival.csv"), o -> {
            line(o, keyHeader("event", "step", "atRisk", "events", "censored", "survival", "low", "high"));
            for (int p = 0; p < points.size(); p++) {
                for (int e = 0; e < events.size(); e++) {
                    if (!can[p][e]) {
                        continue;
                    }
                    for (KaplanMeier.Step st : curves.get(e)[p].steps()) {
                        List<String> cells = keyCells(p);
                        cells.addAll(List.of(events.get(e), Csv.num(st.time()), Integer.toString(st.atRisk()),
                                Integer.toString(st.events()), Integer.toString(st.censored()), Csv.num(st.survival()),
                                Csv.num(st.lower()), Csv.num(st.upper())));
                        line(o, cells);
                    }
                }
            }
        });
        AtomicFiles.write(folder.file("events.csv"), o -> {
            line(o, keyHeader("event", "runs", "events", "censored", "median", "medianLow", "medianHigh"));
            for (int p = 0; p < points.size(); p++) {
                for (int e = 0; e < events.size(); e++) {
                    if (!can[p][e]) {
                        continue;
                    }
                    KaplanMeier km = curves.get(e)[p];
                    List<String> cells = keyCells(p);
                    cells.addAll(List.of(events.get(e), Integer.toString(km.subjects()), Integer.toString(km.events()),
                            Integer.toString(km.censored()), Csv.num(km.median()), Csv.num(km.medianLower()),
                            Csv.num(km.medianUpper())));
                    line(o, cells);
                }
            }
        });
    }
}
