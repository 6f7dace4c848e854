package netcap.gui;

import netcap.model.NetcapModel;
import netcap.model.observation.Metrics;
import netcap.spec.Expression;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a preset claims to show, as conditions on its run that can be checked: the {@code shows:}
 * map of a preset file, {@code NAME: "condition"}, each condition an {@link Expression} (the
 * language of a spec's {@code regimes:}). A condition names a metric column with a suffix:
 * {@code Start} (step 0), {@code Final} (the last step), {@code Mean} (steps 1 to the end),
 * {@code Max}, {@code Min}, or {@code AtN} (step N, N a multiple of 10 up to the preset's steps),
 * e.g. {@code totalKnowledgeAt150 > 4 * totalKnowledgeStart}; also {@code agents} and
 * {@code steps}. In a contrast (a preset file with two scenarios) the names carry the side,
 * {@code a.} or {@code b.} ({@code b.socializationMean > 2 * a.socializationMean}): the two
 * sides run with the same seed, so a difference is the setting's and not the dice's.
 *
 * <p>A preset's demo holds for a seed when every condition holds in the run(s) of that seed
 * ({@link #check}). A test runs every preset for 20 seeds.
 */
public final class Shows {
    /** The suffixes of a metric's summary names. */
    public static final List<String> SUFFIXES = List.of("Start", "Final", "Mean", "Max", "Min");

    /** One named claim. */
    public record Claim(String name, Expression condition) {
    }

    /**
     * The result of one seed.
     *
     * @param seed   the seed
     * @param failed the names of the claims that did not hold (empty: the demo worked)
     * @param vars   every summary value of the run(s)
     */
    public record Outcome(long seed, List<String> failed, Map<String, Double> vars) {
        public boolean holds() {
            return failed.isEmpty();
        }
    }

    private final List<Claim> claims;

    private Shows(List<Claim> claims) {
        this.claims = List.copyOf(claims);
    }

    /** The claims, in file order. */
    public List<Claim> claims() {
        return claims;
    }

    /**
     * Reads the claims of a preset file.
     *
     * @param file     the preset file's name (for errors)
     * @param raw      the {@code shows:} map of names to conditions
     * @param steps    the preset's steps
     * @param contrast whether names carry a side ({@code a.}, {@code b.})
     * @throws IllegalArgumentException on one line naming the file, the claim and what is wrong
     */
    static Shows read(String file, Map<String, Object> raw, int steps, boolean contrast) {
        if (raw == null || raw.isEmpty()) {
            throw new IllegalArgumentException(file + ": shows: a preset must say what it shows, e.g. "
                    + "shows: {spiral: \"totalKnowledgeFinal > 2 * totalKnowledgeStart\"}");
        }
        List<String> known = names(steps, contrast);
        List<Claim> out = new ArrayList<>();
        for (Map.Entry<String, Object> e : raw.entrySet()) {
            String where = file + ": shows." + e.getKey() + ": ";
            if (!(e.getValue() instanceof String text)) {
                throw new IllegalArgumentException(where + "must be a condition in quotes");
            }
            Expression x;
            try {
                x = Expression.parse(text, known);
            } catch (Expression.ParseException pe) {
                throw new IllegalArgumentException(where + "column " + pe.getColumn() + ": " + pe.getMessage());
            }
            if (!x.isBoolean()) {
                throw new IllegalArgumentException(where + "\"" + text + "\" is a number, not a condition");
            }
            out.add(new Claim(e.getKey(), x));
        }
        return new Shows(out);
    }

    /** The names a condition may use. */
    static List<String> names(int steps, boolean contrast) {
        List<String> one = new ArrayList<>();
        for (String m : Metrics.COLUMNS) {
            if (m.equals("step")) {
                continue;
            }
            for (String s : SUFFIXES) {
                one.add(m + s);
            }
            for (int t = 0; t <= steps; t += 10) {
                one.add(m + "At" + t);
            }
        }
        one.add("agents");
        one.add("steps");
        if (!contrast) {
            return one;
        }
        List<String> both = new ArrayList<>();
        for (String side : List.of("a.", "b.")) {
            for (String n : one) {
                both.add(side + n);
            }
        }
        return both;
    }

    /** The summary values of one finished run, each name prefixed by {@code prefix}. */
    static Map<String, Double> vars(NetcapModel m, String prefix) {
        Map<String, Double> v = new HashMap<>();
        List<double[]> rows = m.series.rows();
        int last = rows.size() - 1;
        for (int c = 0; c < Metrics.COLUMNS.size(); c++) {
            String name = Metrics.COLUMNS.get(c);
            if (name.equals("step")) {
                continue;
            }
            double sum = 0;
            double max = Double.NEGATIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            for (int i = 1; i <= last; i++) {
                double x = rows.get(i)[c];
                sum += x;
                max = Math.max(max, x);
                min = Math.min(min, x);
            }
            v.put(prefix + name + "Start", rows.get(0)[c]);
            v.put(prefix + name + "Final", rows.get(last)[c]);
            v.put(prefix + name + "Mean", last == 0 ? Double.NaN : sum / last);
            v.put(prefix + name + "Max", max);
            v.put(prefix + name + "Min", min);
            for (int t = 0; t <= last; t += 10) {
                v.put(prefix + name + "At" + t, rows.get(t)[c]);
            }
        }
        v.put(prefix + "agents", (double) m.agents.size());
        v.put(prefix + "steps", (double) last);
        return v;
    }

    /**
     * Runs the sides (one preset, or the two of a contrast) with one seed for the preset's steps
     * and checks every claim.
     */
    public Outcome check(List<Presets.Preset> sides, long seed) {
        Map<String, Double> vars = new LinkedHashMap<>();
        String[] prefix = sides.size() == 1 ? new String[] {""} : new String[] {"a.", "b."};
        for (int i = 0; i < sides.size(); i++) {
            Presets.Preset p = sides.get(i);
            NetcapModel m = p.model(p.params(), seed);
            m.start();
            m.run(p.spec().steps);
            vars.putAll(vars(m, prefix[i]));
            m.finish();
        }
        List<String> failed = new ArrayList<>();
        for (Claim c : claims) {
            if (!c.condition().test(vars)) {
                failed.add(c.name());
            }
        }
        return new Outcome(seed, failed, vars);
    }

    /** The seeds a demo is checked with: the preset's own, then seed + 1, seed + 2, ... */
    public static long[] seeds(long seed, int count) {
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            out[i] = seed + i;
        }
        return out;
    }
}
