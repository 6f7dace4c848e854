package netcap.calibrate;

import netcap.model.ParamRegistry;
import netcap.model.Params;
import netcap.spec.Spec;
import netcap.spec.SpecNode;
import netcap.util.Names;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code calibrate:} block of a spec, read and checked before anything runs: every error
 * names the file, line and key, what was wrong and what is allowed.
 *
 * @param method       abc-smc or cmaes
 * @param replications simulations per candidate
 * @param names        the fitted parameters, in the block's order
 * @param min          the lower bound of each parameter's uniform prior
 * @param max          the upper bound of each
 * @param targets      what the model is compared with
 * @param abc          ABC-SMC settings
 * @param cmaes        CMA-ES settings
 * @param truth        the known true value of each parameter (NaN when not given)
 */
public record CalibrationSpec(String method, int replications, List<String> names, double[] min, double[] max, List<Target> targets,
                              Abc abc, Cmaes cmaes, double[] truth) implements java.io.Serializable {
    /** ABC-SMC settings; {@code seed} null: the spec's seed. */
    public record Abc(int particles, int generations, double quantile, double minAcceptance, Long seed) implements java.io.Serializable {
    }

    /** CMA-ES settings. */
    public record Cmaes(int evaluations, double sigma) implements java.io.Serializable {
    }

    public static final List<String> KEYS = List.of("method", "replications", "parameters", "targets", "abc", "cmaes", "truth");
    public static final List<String> METHODS = List.of("abc-smc", "cmaes");
    static final List<String> ABC_KEYS = List.of("particles", "generations", "quantile", "minAcceptance", "seed");
    static final List<String> CMAES_KEYS = List.of("evaluations", "sigma", "bootstrap");
    static final List<String> SERIES_KEYS = List.of("series", "time", "column", "metric", "firstStep", "stepsPerTime", "combine", "scale",
            "rows", "error", "weight");
    static final List<String> MOMENT_KEYS = List.of("metric", "step", "value", "error", "weight");
    static final List<String> NETWORK_KEYS = List.of("statistic", "value", "error", "weight");
    static final List<String> COMBINE = List.of("sum", "mean", "last");
    static final List<String> SCALE = List.of("none", "total", "agents");

    /** The number of compared rows over all targets. */
    public int targetRows() {
        int n = 0;
        for (Target t : targets) {
            n += t.rows();
        }
        return n;
    }

    /** Reads the block of {@code spec}; refuses a spec without one. */
    public static CalibrationSpec read(Spec spec) {
        SpecNode block = spec.calibrate;
        if (block == null) {
            throw spec.root.error("has no calibrate: block; netcap calibrate needs one (docs/calibration.md)");
        }
        Map<String, SpecNode> m = map(block);
        keys(m, KEYS);
        String method = m.containsKey("method") ? text(m.get("method")) : "abc-smc";
        if (!METHODS.contains(method)) {
            throw m.get("method").error(unknown("unknown method '" + method + "'", method, METHODS));
        }
        int reps = m.containsKey("replications") ? integer(m.get("replications"), 1, 1000) : 4;

        // parameters
        SpecNode pn = m.get("parameters");
        if (pn == null) {
            throw block.error("needs 'parameters': the model parameters to fit, e.g. parameters: {innovation: {min: 0.001, max: 0.05}}");
        }
        Map<String, SpecNode> pm = map(pn);
        if (pm.isEmpty()) {
            throw pn.error("needs at least one parameter to fit");
        }
        Params probe = new Params().usePlugins(spec.plugins);
        List<String> real = new ArrayList<>();
        ParamRegistry.all().forEach(d -> {
            if (d.type() == double.class) {
                real.add(d.name());
            }
        });
        spec.plugins.parameters().forEach(k -> {
            if (k.javaType() == double.class) {
                real.add(k.name());
            }
        });
        List<String> names = new ArrayList<>();
        double[] min = new double[pm.size()];
        double[] max = new double[pm.size()];
        int i = 0;
        for (Map.Entry<String, SpecNode> e : pm.entrySet()) {
            String name = e.getKey();
            ParamRegistry.Def d = ParamRegistry.find(probe, name);
            if (d == null) {
                String head = "unknown parameter '" + name + "'" + Names.didYouMean(name, real);
                throw e.getValue().error(head + (head.endsWith("?") ? " " : ". ")
                        + "Only model parameters can be fitted; the real-valued ones are: " + String.join(", ", real));
            }
            if (d.type() != double.class) {
                throw e.getValue().error("'" + name + "' is a " + d.typeName() + " parameter: only real-valued parameters can be calibrated"
                        + " in this version");
            }
            Map<String, SpecNode> r = map(e.getValue());
            keys(r, List.of("min", "max"));
            if (!r.containsKey("min") || !r.containsKey("max")) {
                throw e.getValue().error("needs min and max (a uniform prior), e.g. {min: 0.001, max: 0.05}");
            }
            double lo = number(r.get("min"));
            double hi = number(r.get("max"));
            if (!(lo < hi)) {
                throw r.get("max").error("the range is empty: max (" + num(hi) + ") must be greater than min (" + num(lo) + ")");
            }
            if (lo < d.min() || hi > d.max()) {
                throw (lo < d.min() ? r.get("min") : r.get("max")).error("the range [" + num(lo) + ", " + num(hi)
                        + "] leaves the parameter's allowed range " + d.rangeText());
            }
            names.add(name);
            min[i] = lo;
            max[i] = hi;
            i++;
        }

        // targets
        SpecNode tn = m.get("targets");
        if (tn == null || !tn.isList() || tn.items().isEmpty()) {
            throw (tn == null ? block : tn).error("needs 'targets': a non-empty list of series, moment or network targets");
        }
        List<Target> targets = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (SpecNode item : tn.items()) {
            Target t = target(spec, item);
            String label = t.label();
            for (int k = 2; labels.contains(label); k++) {
                label = t.label() + "-" + k;
            }
            labels.add(label);
            targets.add(new Target(label, t.kind(), t.metric(), t.times(), t.observed(), t.steps(), t.combine(), t.scale(), t.error(),
                    t.weight()));
        }

        // settings
        Abc abc = new Abc(200, 6, 0.5, 0.01, null);
        if (m.containsKey("abc")) {
            Map<String, SpecNode> a = map(m.get("abc"));
            keys(a, ABC_KEYS);
            int particles = a.containsKey("particles") ? integer(a.get("particles"), 10, 1_000_000) : 200;
            int generations = a.containsKey("generations") ? integer(a.get("generations"), 1, 1000) : 6;
            double q = a.containsKey("quantile") ? number(a.get("quantile")) : 0.5;
            if (!(q > 0 && q < 1)) {
                throw a.get("quantile").error("must be between 0 and 1 (exclusive), was " + num(q));
            }
            double minAcc = a.containsKey("minAcceptance") ? number(a.get("minAcceptance")) : 0.01;
            if (!(minAcc > 0 && minAcc <= 1)) {
                throw a.get("minAcceptance").error("must be in (0, 1], was " + num(minAcc));
            }
            Long seed = null;
            if (a.containsKey("seed") && a.get("seed").value() != null) {
                if (!(a.get("seed").value() instanceof Long l)) {
                    throw a.get("seed").error("must be an integer or null, was " + a.get("seed").kind());
                }
                seed = l;
            }
            abc = new Abc(particles, generations, q, minAcc, seed);
        }
        Cmaes cmaes = new Cmaes(200, 0.3);
        if (m.containsKey("cmaes")) {
            Map<String, SpecNode> c = map(m.get("cmaes"));
            keys(c, CMAES_KEYS);
            if (c.containsKey("bootstrap")) {
                integer(c.get("bootstrap"), 0, 1_000_000); // accepted and checked; the interval is a profile interval (docs/calibration.md)
            }
            int evals = c.containsKey("evaluations") ? integer(c.get("evaluations"), 2, 10_000_000) : 200;
            double sigma = c.containsKey("sigma") ? number(c.get("sigma")) : 0.3;
            if (!(sigma > 0 && sigma <= 1)) {
                throw c.get("sigma").error("must be in (0, 1] (the parameters are scaled to [0, 1]), was " + num(sigma));
            }
            cmaes = new Cmaes(evals, sigma);
        }
        double[] truth = new double[names.size()];
        java.util.Arrays.fill(truth, Double.NaN);
        if (m.containsKey("truth")) {
            for (Map.Entry<String, SpecNode> e : map(m.get("truth")).entrySet()) {
                int k = names.indexOf(e.getKey());
                if (k < 0) {
                    throw e.getValue().error(unknown("not a fitted parameter", e.getKey(), names));
                }
                truth[k] = number(e.getValue());
            }
        }
        return new CalibrationSpec(method, reps, List.copyOf(names), min, max, List.copyOf(targets), abc, cmaes, truth);
    }

    private static Target target(Spec spec, SpecNode item) {
        Map<String, SpecNode> t = map(item);
        List<String> metrics = spec.columns();
        if (t.containsKey("series")) {
            return series(spec, item, t, metrics);
        }
        if (t.size() != 1 || !(t.containsKey("moment") || t.containsKey("network"))) {
            String first = t.isEmpty() ? "" : t.keySet().iterator().next();
            throw item.error(unknown("a target is series: FILE (with its keys), moment: {...} or network: {...}; found '" + first + "'",
                    first, List.of("series", "moment", "network")));
        }
        if (t.containsKey("moment")) {
            SpecNode n = t.get("moment");
            Map<String, SpecNode> mm = map(n);
            keys(mm, MOMENT_KEYS);
            String metric = metric(n, mm, metrics);
            if (!mm.containsKey("step")) {
                throw n.error("needs 'step': the model step of the value");
            }
            int step = integer(mm.get("step"), 0, spec.steps);
            double value = required(n, mm, "value");
            double[] ew = errorWeight(n, mm);
            return new Target(metric + "-step" + step, "moment", metric, new double[] {step}, new double[] {value},
                    new int[][] {{step}}, "last", "none", ew[0], ew[1]);
        }
        SpecNode n = t.get("network");
        Map<String, SpecNode> nm = map(n);
        keys(nm, NETWORK_KEYS);
        if (!nm.containsKey("statistic")) {
            throw n.error("needs 'statistic', one of: " + String.join(", ", Target.STATISTICS));
        }
        String stat = text(nm.get("statistic"));
        if (!Target.STATISTICS.contains(stat)) {
            throw nm.get("statistic").error(unknown("unknown statistic '" + stat + "'", stat, Target.STATISTICS));
        }
        double value = required(n, nm, "value");
        double[] ew = errorWeight(n, nm);
        return new Target(stat, "network", stat, new double[] {spec.steps}, new double[] {value}, new int[][] {{spec.steps}}, "last",
                "none", ew[0], ew[1]);
    }

    private static Target series(Spec spec, SpecNode item, Map<String, SpecNode> t, List<String> metrics) {
        keys(t, SERIES_KEYS);
        String file = text(t.get("series"));
        Path p = Path.of(file);
        if (!p.isAbsolute() && spec.path != null && spec.path.toAbsolutePath().getParent() != null) {
            p = spec.path.toAbsolutePath().getParent().resolve(p).normalize();
        }
        if (!Files.isRegularFile(p)) {
            throw t.get("series").error("data file not found: " + p);
        }
        for (String k : List.of("time", "column")) {
            if (!t.containsKey(k)) {
                throw item.error("needs '" + k + "': the data's " + (k.equals("time") ? "time column" : "column of observed values"));
            }
        }
        String timeCol = text(t.get("time"));
        String valueCol = text(t.get("column"));
        String metric = metric(item, t, metrics);
        int firstStep = t.containsKey("firstStep") ? integer(t.get("firstStep"), 0, spec.steps) : 1;
        int per = t.containsKey("stepsPerTime") ? integer(t.get("stepsPerTime"), 1, 10_000_000) : 1;
        String combine = t.containsKey("combine") ? choice(t.get("combine"), COMBINE) : "sum";
        String scale = t.containsKey("scale") ? choice(t.get("scale"), SCALE) : "none";
        double from = Double.NEGATIVE_INFINITY;
        double to = Double.POSITIVE_INFINITY;
        if (t.containsKey("rows")) {
            Map<String, SpecNode> r = map(t.get("rows"));
            keys(r, List.of("from", "to"));
            if (r.containsKey("from")) {
                from = number(r.get("from"));
            }
            if (r.containsKey("to")) {
                to = number(r.get("to"));
            }
            if (from > to) {
                throw t.get("rows").error("the rows are empty: from (" + num(from) + ") is after to (" + num(to) + ")");
            }
        }
        double[] ew = errorWeight(item, t);
        List<double[]> rows = new ArrayList<>(); // time, value
        String where = p.toString();
        try (Reader in = Files.newBufferedReader(p, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
                     .setIgnoreSurroundingSpaces(true).build().parse(in)) {
            List<String> header = csv.getHeaderNames();
            for (String col : List.of(timeCol, valueCol)) {
                if (!header.contains(col)) {
                    throw t.get(col.equals(timeCol) ? "time" : "column").error(where + " has no column '" + col + "'"
                            + Names.didYouMean(col, header) + "; its columns are: " + String.join(", ", header));
                }
            }
            for (CSVRecord rec : csv) {
                try {
                    long line = csv.getCurrentLineNumber();
                    double time = cell(rec, timeCol, where, line);
                    double value = cell(rec, valueCol, where, line);
                    rows.add(new double[] {time, value});
                } catch (BadCell e) {
                    throw t.get("series").error(e.getMessage());
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            if (e instanceof netcap.spec.SpecException se) {
                throw se;
            }
            throw t.get("series").error("cannot read " + where + ": " + e.getMessage());
        }
        if (rows.isEmpty()) {
            throw t.get("series").error(where + " has no data rows");
        }
        double t0 = rows.get(0)[0];
        List<double[]> kept = new ArrayList<>();
        List<int[]> steps = new ArrayList<>();
        for (double[] r : rows) {
            if (r[0] < from || r[0] > to) {
                continue;
            }
            long s0 = firstStep + Math.round((r[0] - t0) * per);
            long s1 = s0 + per - 1;
            if (s0 < 0 || s1 > spec.steps) {
                throw item.error("the data row at time " + num(r[0]) + " covers model steps " + s0 + " to " + s1
                        + ", outside 0 to steps (" + spec.steps + "); raise steps or limit the rows with rows: {from, to}");
            }
            int[] st = new int[per];
            for (int k = 0; k < per; k++) {
                st[k] = (int) (s0 + k);
            }
            kept.add(r);
            steps.add(st);
        }
        if (kept.isEmpty()) {
            throw (t.containsKey("rows") ? t.get("rows") : item).error("no data row of " + where + " lies in the compared rows");
        }
        double[] times = new double[kept.size()];
        double[] obs = new double[kept.size()];
        for (int k = 0; k < times.length; k++) {
            times[k] = kept.get(k)[0];
            obs[k] = kept.get(k)[1];
        }
        return new Target(valueCol, "series", metric, times, obs, steps.toArray(new int[0][]), combine, scale, ew[0], ew[1]);
    }

    /** A cell of a data file that is not a number. */
    private static final class BadCell extends RuntimeException {
        BadCell(String message) {
            super(message, null, false, false);
        }
    }

    private static double cell(CSVRecord rec, String col, String file, long line) {
        String s = rec.get(col).trim();
        try {
            double v = Double.parseDouble(s);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new BadCell(file + ":" + line + ": column " + col + ": not a number: \""
                + (s.length() > 40 ? s.substring(0, 37) + "..." : s) + "\" (every cell of the time and value columns must be a number)");
    }

    private static String metric(SpecNode owner, Map<String, SpecNode> m, List<String> metrics) {
        if (!m.containsKey("metric")) {
            throw owner.error("needs 'metric': a metric column of the model, one of: " + String.join(", ", metrics));
        }
        String metric = text(m.get("metric"));
        if (!metrics.contains(metric) || metric.equals("step")) {
            String head = "the model does not record '" + metric + "'" + Names.didYouMean(metric, metrics);
            throw m.get("metric").error(head + (head.endsWith("?") ? " " : ". ") + "The metric columns are: " + String.join(", ", metrics.subList(1, metrics.size())));
        }
        return metric;
    }

    private static double required(SpecNode owner, Map<String, SpecNode> m, String key) {
        if (!m.containsKey(key)) {
            throw owner.error("needs '" + key + "': the observed value");
        }
        return number(m.get(key));
    }

    /** {error, weight}: error given (weight 1), or weight given (error 1), or neither (both 1). */
    private static double[] errorWeight(SpecNode owner, Map<String, SpecNode> m) {
        if (m.containsKey("error") && m.containsKey("weight")) {
            throw m.get("weight").error("give either an error or a weight, not both");
        }
        if (m.containsKey("error")) {
            double e = number(m.get("error"));
            if (!(e > 0)) {
                throw m.get("error").error("must be > 0, was " + num(e));
            }
            return new double[] {e, 1};
        }
        if (m.containsKey("weight")) {
            double w = number(m.get("weight"));
            if (!(w > 0)) {
                throw m.get("weight").error("must be > 0, was " + num(w));
            }
            return new double[] {1, w};
        }
        return new double[] {1, 1};
    }

    // ------------------------------------------------------------------ node helpers

    private static Map<String, SpecNode> map(SpecNode n) {
        if (!n.isMap()) {
            throw n.error("must be a map of keys, was " + n.kind());
        }
        return new LinkedHashMap<>(n.entries());
    }

    private static void keys(Map<String, SpecNode> m, List<String> known) {
        for (Map.Entry<String, SpecNode> e : m.entrySet()) {
            if (!known.contains(e.getKey())) {
                throw e.getValue().error(unknown("unknown key '" + e.getKey() + "'", e.getKey(), known));
            }
        }
    }

    private static String unknown(String head, String name, List<String> known) {
        String s = head + Names.didYouMean(name, known);
        return s + (s.endsWith("?") ? " " : ". ") + "Allowed: " + String.join(", ", known);
    }

    private static String text(SpecNode n) {
        if (!n.isScalar() || n.value() == null) {
            throw n.error("must be text, was " + n.kind());
        }
        return n.value().toString();
    }

    private static String choice(SpecNode n, List<String> allowed) {
        String s = text(n);
        if (!allowed.contains(s)) {
            throw n.error(unknown("unknown value '" + s + "'", s, allowed));
        }
        return s;
    }

    private static double number(SpecNode n) {
        if (n.isScalar() && n.value() instanceof Number x && Double.isFinite(x.doubleValue())) {
            return x.doubleValue();
        }
        throw n.error("must be a number, was " + n.kind());
    }

    private static int integer(SpecNode n, int lo, int hi) {
        if (!(n.isScalar() && n.value() instanceof Long l)) {
            throw n.error("must be an integer, was " + n.kind());
        }
        if (l < lo || l > hi) {
            throw n.error("must be in [" + lo + ", " + hi + "], was " + l);
        }
        return l.intValue();
    }

    private static String num(double v) {
        return netcap.experiment.Csv.num(v);
    }
}
