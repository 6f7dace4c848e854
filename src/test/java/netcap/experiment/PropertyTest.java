package netcap.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import ec.util.MersenneTwisterFast;
import netcap.model.Mechanisms;
import netcap.model.NetcapModel;
import netcap.model.ParamRegistry;
import netcap.model.observation.Metric;
import netcap.random.Streams;
import netcap.spec.Point;
import netcap.spec.Spec;
import netcap.world.Agents;
import netcap.world.MultiplexNetwork;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The model's invariants over random valid specs: a seeded sample of specs within the
 * documented ranges (every parameter of {@link ParamRegistry#all()} between its minimum and
 * maximum, or exactly at a finite bound; mechanisms switched on and off; every built-in
 * generator at a small size; one to three virtual layers) is parsed like a spec file and each
 * point runs a few steps on a small network. After every step no knowledge stock is negative or
 * not finite, generalized and tie trust stay in [0, 1], activity in [0, 1], and no metric is NaN
 * or infinite (except the columns whose definition allows NaN, see {@link #NAN_ALLOWED}); no
 * run throws. A failure prints the spec as YAML, to be run again with {@code netcap run}.
 */
class PropertyTest {
    /** How many random specs; each runs 5 to 15 steps on 30 to 80 agents. */
    static final int SPECS = 300;
    /** Columns whose definition in {@link Metric} allows NaN. */
    static final Set<String> NAN_ALLOWED = Set.of(Metric.TIME_TO_TAKEOFF.column());

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));

    @Test
    void nanAllowedColumnsAreTheOnesWhoseDefinitionSaysSo() {
        for (Metric m : Metric.values()) {
            assertEquals(m.definition().contains("NaN"), NAN_ALLOWED.contains(m.column()), m.column());
        }
    }

    /**
     * Found by this test: uniform fractional thresholds whose mean + spread passes 1 are clipped at
     * 1 as the parameter's documentation says, instead of failing the run with "threshold
     * uniform: max must be in [0, 1]".
     */
    @Test
    void uniformFractionalThresholdsAreClippedAtOneAsDocumented() {
        String yaml = "name: t\nsteps: 3\nreplications: 1\nnetwork: {generator: wattsStrogatz, n: 40, k: 4}\n"
                + "params: {joinRule: threshold, initialMembers: 2, thresholdDistribution: uniform, thresholdType: fractional,"
                + " thresholdMean: 0.9, thresholdSpread: 0.3}\n";
        assertEquals(1, run(yaml));
        Spec spec = Spec.parse("t.yaml", yaml, null, List.of());
        Point p = spec.points().get(0);
        NetcapModel m = new NetcapModel(spec.runKey(p, 0), p.params(spec), p.generator(spec), spec.layers, p.disabled(spec), 1);
        m.start();
        for (double t : m.thresholds) {
            assertTrue(t >= 0.6 && t <= 1, "threshold " + t);
        }
    }

    @Test
    void randomValidSpecsKeepEveryStockTrustAndMetricInRange() throws Exception {
        MersenneTwisterFast r = Streams.rng(Streams.child(20261130L, "property-test"));
        int runs = 0;
        for (int c = 0; c < SPECS; c++) {
            Map<String, Object> spec = randomSpec(r, c);
            String yaml = YAML.writeValueAsString(spec);
            try {
                runs += run(yaml);
            } catch (AssertionError | RuntimeException e) {
                fail("random spec " + c + " of " + SPECS + " failed: " + e + "\n" + where(e)
                        + "\n--- spec (save as case.yaml; netcap run case.yaml) ---\n" + yaml, e);
            }
        }
        System.out.println("PropertyTest: " + SPECS + " random specs, " + runs + " model runs checked after every step");
        assertTrue(runs >= SPECS, "every spec ran at least one model: " + runs);
    }

    private static String where(Throwable e) {
        StackTraceElement[] st = e.getStackTrace();
        return st.length == 0 ? "" : "  at " + st[0];
    }

    /** Parses the spec as {@code netcap run} does and runs each point's first replication; returns the number of runs. */
    private static int run(String yaml) {
        Spec spec = Spec.parse("case.yaml", yaml, null, List.of());
        int n = 0;
        for (Point p : spec.points()) {
            NetcapModel m = new NetcapModel(spec.runKey(p, 0), p.params(spec), p.generator(spec), spec.layers,
                    p.disabled(spec), 1);
            m.start();
            check(m, "point " + p.index() + " step 0");
            for (int t = 1; t <= spec.steps; t++) {
                m.schedule.step(m);
                check(m, "point " + p.index() + " step " + t);
            }
            m.finish();
            n++;
        }
        return n;
    }

    static void check(NetcapModel m, String where) {
        Agents a = m.agents;
        for (int q = 0; q < a.size() * a.domains; q++) {
            assertTrue(a.tacit[q] >= 0 && Double.isFinite(a.tacit[q]), where + ": tacit knowledge " + a.tacit[q]);
            assertTrue(a.explicit[q] >= 0 && Double.isFinite(a.explicit[q]), where + ": explicit knowledge " + a.explicit[q]);
        }
        for (int i = 0; i < a.size(); i++) {
            assertTrue(a.generalTrust[i] >= 0 && a.generalTrust[i] <= 1, where + ": generalized trust " + a.generalTrust[i]);
            assertTrue(a.activity[i] >= 0 && a.activity[i] <= 1, where + ": activity " + a.activity[i]);
            assertTrue(Double.isFinite(a.satisfaction[i]), where + ": satisfaction " + a.satisfaction[i]);
        }
        MultiplexNetwork net = m.network;
        for (int u = 0; u < net.nodes(); u++) {
            for (int e = net.start(u); e < net.start(u) + net.degree(u); e++) {
                float t = net.trust()[e];
                assertTrue(t >= 0 && t <= 1, where + ": tie trust " + t + " on a tie of agent " + u);
            }
        }
        double[] row = m.series.rows().get(m.series.size() - 1);
        for (int c = 0; c < row.length; c++) {
            String col = m.series.columns().get(c);
            assertTrue(Double.isFinite(row[c]) || NAN_ALLOWED.contains(col) && Double.isNaN(row[c]),
                    where + ": metric " + col + " = " + row[c]);
        }
    }

    /** A random valid spec: a map written as YAML. */
    static Map<String, Object> randomSpec(MersenneTwisterFast r, int c) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", "property-" + c);
        s.put("seed", r.nextInt(1_000_000));
        s.put("steps", 5 + r.nextInt(11));
        s.put("replications", 1);
        s.put("network", network(r, 30 + r.nextInt(51)));
        List<String> layers = new ArrayList<>(List.of("online"));
        if (r.nextBoolean()) {
            layers.add("forum");
        }
        if (r.nextDouble() < 0.25) {
            layers.add("chat");
        }
        s.put("layers", layers);
        Map<String, Object> mech = new LinkedHashMap<>();
        for (String name : Mechanisms.NAMES) {
            if (r.nextDouble() < 0.2) {
                mech.put(name, false);
            }
        }
        if (!mech.isEmpty()) {
            s.put("mechanisms", mech);
        }
        s.put("params", params(r));
        if (r.nextDouble() < 0.15) {
            // a two-point sweep of a random numeric parameter
            List<ParamRegistry.Def> numeric = ParamRegistry.all().stream()
                    .filter(d -> d.type() == double.class && !Double.isInfinite(d.max()) && !d.name().endsWith("Share"))
                    .toList();
            ParamRegistry.Def d = numeric.get(r.nextInt(numeric.size()));
            s.put("sweep", Map.of(d.name(), List.of(d.min(), d.max())));
            @SuppressWarnings("unchecked")
            Map<String, Object> params = (Map<String, Object>) s.get("params");
            params.remove(d.name());
        }
        return s;
    }

    static Map<String, Object> network(MersenneTwisterFast r, int n) {
        Map<String, Object> g = new LinkedHashMap<>();
        String[] names = {"wattsStrogatz", "barabasiAlbert", "erdosRenyiGnp", "erdosRenyiGnm", "ringLattice",
                "randomRegular", "regional", "homophily"};
        String name = names[r.nextInt(names.length)];
        g.put("generator", name);
        g.put("n", n);
        switch (name) {
            case "wattsStrogatz" -> {
                g.put("k", 2 * (1 + r.nextInt(5)));
                g.put("p", r.nextDouble());
            }
            case "ringLattice" -> g.put("k", 2 * r.nextInt(6));
            case "barabasiAlbert" -> g.put("m", 1 + r.nextInt(6));
            case "erdosRenyiGnp" -> g.put("p", 0.3 * r.nextDouble());
            case "erdosRenyiGnm" -> g.put("m", r.nextInt(4 * n));
            case "randomRegular" -> g.put("d", 2 * r.nextInt(5));
            case "regional" -> {
                g.put("regions", 1 + r.nextInt(8));
                g.put("spread", r.nextDouble() * 0.3);
                g.put("meanDegree", 1 + r.nextInt(12));
            }
            case "homophily" -> {
                g.put("meanDegree", 1 + r.nextInt(12));
                g.put("homophily", r.nextDouble() * 10);
            }
            default -> throw new IllegalStateException(name);
        }
        return g;
    }

    /** About half of the parameters, each at a random value in its documented range. */
    static Map<String, Object> params(MersenneTwisterFast r) {
        Map<String, Object> p = new LinkedHashMap<>();
        for (ParamRegistry.Def d : ParamRegistry.all()) {
            if (r.nextBoolean() || d.name().equals("thresholdList")) {
                continue;
            }
            Object v = value(r, d);
            if (v != null) {
                p.put(d.name(), v);
            }
        }
        // the documented cross-parameter rules (ParamRegistry.validate)
        fixSum(p, "physicalOnlyShare", "virtualOnlyShare");
        fixSum(p, "initialContributorShare", "initialFreeRiderShare");
        if (Boolean.FALSE.equals(p.get("physicalLayer")) && Boolean.FALSE.equals(p.get("virtualRooms"))) {
            p.put("virtualRooms", true);
        }
        int lo = ((Number) p.getOrDefault("initialLevelMin", 1)).intValue();
        int hi = ((Number) p.getOrDefault("initialLevelMax", 3)).intValue();
        if (lo > hi) {
            p.put("initialLevelMin", hi);
            p.put("initialLevelMax", lo);
        }
        String type = String.valueOf(p.getOrDefault("thresholdType", "fractional"));
        if (type.equals("fractional") && p.containsKey("thresholdMean") && ((Number) p.get("thresholdMean")).doubleValue() > 1) {
            p.put("thresholdMean", r.nextDouble());
        }
        return p;
    }

    private static void fixSum(Map<String, Object> p, String a, String b) {
        double x = ((Number) p.getOrDefault(a, ParamRegistry.find(a).defaultValue())).doubleValue();
        double y = ((Number) p.getOrDefault(b, ParamRegistry.find(b).defaultValue())).doubleValue();
        if (x + y > 1) {
            p.put(a, x / (x + y));
            p.put(b, y / (x + y) * (1 - 1e-9));
        }
    }

    /**
     * A value within the documented range: one of the finite bounds (one time in six), otherwise
     * uniform between the minimum and the maximum, the maximum of an unbounded range taken as
     * four times the default (at least the minimum + 4), and sizes that cost time (domains,
     * candidates, lists, budgets) kept small.
     */
    static Object value(MersenneTwisterFast r, ParamRegistry.Def d) {
        Class<?> t = d.type();
        if (t == boolean.class) {
            return r.nextBoolean();
        }
        if (!d.key().choices().isEmpty()) {
            List<String> ch = d.key().choices();
            return ch.get(r.nextInt(ch.size()));
        }
        if (t != int.class && t != double.class) {
            return null;
        }
        double def = ((Number) d.defaultValue()).doubleValue();
        double lo = d.min();
        double hi = d.max();
        if (Double.isInfinite(lo)) {
            lo = Math.min(def, 0) - 4 * Math.max(Math.abs(def), 1);
        }
        if (Double.isInfinite(hi) || hi - lo > 1000) {
            hi = Math.max(4 * Math.abs(def), lo + 4);
        }
        if (t == int.class) {
            hi = Math.min(hi, Math.max(lo + 4, Math.min(hi, 12)));
            if (Set.of("domains", "interestDims").contains(d.name())) {
                hi = Math.min(hi, 8);
            }
        }
        double v;
        double u = r.nextDouble();
        if (u < 1.0 / 12 && d.min() > Double.NEGATIVE_INFINITY) {
            v = d.key().minOpen() ? Math.nextUp(d.min()) : d.min();
        } else if (u < 2.0 / 12 && d.max() < Double.POSITIVE_INFINITY && d.max() - d.min() <= 1000) {
            v = d.max();
        } else {
            v = lo + (hi - lo) * r.nextDouble();
        }
        if (t == int.class) {
            long iv = Math.round(v);
            if (iv < d.min()) {
                iv = (long) Math.ceil(d.min());
            }
            return (int) Math.min(iv, (long) Math.floor(Math.min(d.max(), Integer.MAX_VALUE)));
        }
        return v;
    }
}
