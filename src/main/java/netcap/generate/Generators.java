package netcap.generate;

import netcap.schema.Values;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * Creates generators by name from a map of parameters, as read from a YAML spec or the command
 * line, and lists them ({@link #catalog()}) for documentation.
 *
 * <table>
 * <caption>Generators and parameters (default in brackets; no default = required)</caption>
 * <tr><th>name</th><th>parameters</th></tr>
 * <tr><td>erdosRenyiGnp</td><td>n [1000], p (required)</td></tr>
 * <tr><td>erdosRenyiGnm</td><td>n [1000], m (required)</td></tr>
 * <tr><td>ringLattice</td><td>n [1000], k [10]</td></tr>
 * <tr><td>wattsStrogatz</td><td>n [1000], k [10], p [0.1]</td></tr>
 * <tr><td>barabasiAlbert</td><td>n [1000], m [3]</td></tr>
 * <tr><td>randomRegular</td><td>n [1000], d [10]</td></tr>
 * <tr><td>regional</td><td>n [1000], regions [10], spread [0.05], meanDegree [10], decay [0 = automatic]</td></tr>
 * <tr><td>homophily</td><td>n [1000], meanDegree [10], homophily [5]</td></tr>
 * </table>
 *
 * <p>The density parameters of the Erdős–Rényi graphs (p, m) have no default because no value
 * suits every n. Values may be {@code Integer}, {@code Long}, {@code Double} (integers only if
 * integral) or {@code String} (parsed; "1e6" is accepted as an integer); a null value counts as
 * absent. All errors are {@link IllegalArgumentException}s with a one-line message.
 */
public final class Generators {
    private Generators() {
    }

    private record Entry(GeneratorInfo info, Function<Params, NetworkGenerator> factory) {
    }

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    private static final GeneratorInfo.Param N = GeneratorInfo.Param.of("n", "integer", 1000, 0, Double.POSITIVE_INFINITY, "",
            "number of nodes");

    static {
        add(new GeneratorInfo(ErdosRenyiGnp.NAME,
                "G(n,p): every pair tied independently with probability p (Gilbert 1959; Erdős & Rényi 1959)",
                List.of(N, GeneratorInfo.Param.of("p", "number", null, 0, 1, "",
                        "tie probability per pair; mean degree p(n-1)"))),
                q -> new ErdosRenyiGnp(q.integer("n"), q.number("p")));
        add(new GeneratorInfo(ErdosRenyiGnm.NAME,
                "G(n,m): exactly m distinct ties chosen uniformly (Erdős & Rényi 1959)",
                List.of(N, GeneratorInfo.Param.of("m", "long", null, 0, Double.POSITIVE_INFINITY, "<= n(n-1)/2",
                        "number of ties; mean degree 2m/n"))),
                q -> new ErdosRenyiGnm(q.integer("n"), q.longInteger("m")));
        add(new GeneratorInfo(RingLattice.NAME,
                "ring lattice: each node tied to its k nearest neighbours on a circle",
                List.of(N, GeneratorInfo.Param.of("k", "integer", 10, 0, Double.POSITIVE_INFINITY, "even, <= n-1",
                        "number of neighbours (degree)"))),
                q -> new RingLattice(q.integer("n"), q.integer("k")));
        add(new GeneratorInfo(WattsStrogatz.NAME,
                "small world: ring lattice with each tie rewired with probability p (Watts & Strogatz 1998)",
                List.of(N, GeneratorInfo.Param.of("k", "integer", 10, 0, Double.POSITIVE_INFINITY, "even, <= n-1",
                                "lattice neighbours per node (mean degree)"),
                        GeneratorInfo.Param.of("p", "number", 0.1, 0, 1, "", "rewiring probability per tie"))),
                q -> new WattsStrogatz(q.integer("n"), q.integer("k"), q.number("p")));
        add(new GeneratorInfo(BarabasiAlbert.NAME,
                "preferential attachment: each new node ties to m nodes chosen by degree (Barabási & Albert 1999)",
                List.of(N, GeneratorInfo.Param.of("m", "integer", 3, 1, Double.POSITIVE_INFINITY, "<= n-1",
                        "ties per new node; seed is the complete graph on m+1 nodes; mean degree about 2m"))),
                q -> new BarabasiAlbert(q.integer("n"), q.integer("m")));
        add(new GeneratorInfo(RandomRegular.NAME,
                "random regular graph: every node has exactly d ties (Steger & Wormald 1999)",
                List.of(N, GeneratorInfo.Param.of("d", "integer", 10, 0, Double.POSITIVE_INFINITY, "<= n-1, n*d even", "degree of every node"))),
                q -> new RandomRegular(q.integer("n"), q.integer("d")));
        add(new GeneratorInfo(Regional.NAME,
                "regional clusters on the unit square, tie probability beta*exp(-distance/decay) (Waxman 1988)",
                List.of(N, GeneratorInfo.Param.of("regions", "integer", 10, 1, Double.POSITIVE_INFINITY, "<= n", "number of regional clusters"),
                        GeneratorInfo.Param.of("spread", "number", 0.05, 0, 1, "",
                                "standard deviation of positions around a region's centre").aboveMin(),
                        GeneratorInfo.Param.of("meanDegree", "number", 10.0, 0, Double.POSITIVE_INFINITY, "<= n-1",
                                "target mean degree (sets beta)"),
                        GeneratorInfo.Param.of("decay", "number", 0.0, 0, Double.POSITIVE_INFINITY, "0 = automatic",
                                "decay length of the tie probability; 0 = automatic"))),
                q -> new Regional(q.integer("n"), q.integer("regions"), q.number("spread"), q.number("meanDegree"),
                        q.number("decay")));
        add(new GeneratorInfo(Homophily.NAME,
                "homophily: tie probability proportional to exp(homophily * interest similarity)",
                List.of(N, GeneratorInfo.Param.of("meanDegree", "number", 10.0, 0, Double.POSITIVE_INFINITY, "<= n-1", "target mean degree"),
                        GeneratorInfo.Param.of("homophily", "number", 5.0, -20, 20, "",
                                "strength of homophily; 0 = G(n,p), < 0 = heterophily"))),
                q -> new Homophily(q.integer("n"), q.number("meanDegree"), q.number("homophily")));
    }

    private static void add(GeneratorInfo info, Function<Params, NetworkGenerator> factory) {
        ENTRIES.put(info.name(), new Entry(info, factory));
    }

    /** All generators with their parameters, in a fixed order. */
    public static List<GeneratorInfo> catalog() {
        List<GeneratorInfo> list = new ArrayList<>();
        for (Entry e : ENTRIES.values()) {
            list.add(e.info());
        }
        return List.copyOf(list);
    }

    /** The names accepted by {@link #create}. */
    public static List<String> names() {
        return List.copyOf(ENTRIES.keySet());
    }

    /**
     * Creates the generator {@code name} with {@code params} (may be null or empty: all
     * defaults).
     *
     * @throws IllegalArgumentException for an unknown name or key, a missing required key, a value
     *                                  of the wrong type, or a value the generator rejects
     */
    public static NetworkGenerator create(String name, Map<String, Object> params) {
        Entry entry = name == null ? null : ENTRIES.get(name);
        if (entry == null) {
            String suggestion = suggest(name == null ? "" : name, ENTRIES.keySet());
            throw new IllegalArgumentException("unknown generator \"" + name + "\""
                    + (suggestion == null ? "" : " (did you mean \"" + suggestion + "\"?)")
                    + "; known generators: " + String.join(", ", ENTRIES.keySet()));
        }
        Map<String, Object> given = params == null ? Map.of() : params;
        GeneratorInfo info = entry.info();
        List<String> keys = new ArrayList<>();
        for (GeneratorInfo.Param p : info.params()) {
            keys.add(p.key());
        }
        for (String key : given.keySet()) {
            if (!keys.contains(key)) {
                String suggestion = suggest(String.valueOf(key), keys);
                throw new IllegalArgumentException(info.name() + ": unknown parameter \"" + key + "\""
                        + (suggestion == null ? "" : " (did you mean \"" + suggestion + "\"?)")
                        + "; allowed parameters: " + String.join(", ", keys));
            }
        }
        return entry.factory().apply(new Params(info, given));
    }

    /** Typed access to the given values, falling back to the defaults. */
    private static final class Params {
        private final GeneratorInfo info;
        private final Map<String, Object> given;

        Params(GeneratorInfo info, Map<String, Object> given) {
            this.info = info;
            this.given = given;
        }

        private Object raw(String key) {
            Object v = given.get(key);
            if (v != null) {
                return v;
            }
            GeneratorInfo.Param p = param(key);
            if (p.defaultValue() == null) {
                throw new IllegalArgumentException(info.name() + ": missing required parameter \"" + key
                        + "\" (" + p.type() + ", " + p.range() + ": " + p.description() + ")");
            }
            return p.defaultValue();
        }

        private GeneratorInfo.Param param(String key) {
            for (GeneratorInfo.Param p : info.params()) {
                if (p.key().equals(key)) {
                    return p;
                }
            }
            throw new IllegalStateException("no parameter " + key + " in " + info.name());
        }

        private Object convert(String key) {
            return Values.convert(info.name() + ": parameter '" + key + "'", param(key).schema(), raw(key));
        }

        int integer(String key) {
            return (Integer) convert(key);
        }

        long longInteger(String key) {
            return (Long) convert(key);
        }

        double number(String key) {
            return (Double) convert(key);
        }
    }

    /**
     * The closest candidate (case-insensitive Levenshtein distance) if that distance is at most
     * max(1, length/3) and less than the word's length; otherwise null.
     */
    static String suggest(String word, Iterable<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        for (String c : candidates) {
            int d = netcap.util.Names.distance(lower, c.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best != null && bestDistance <= Math.max(1, word.length() / 3) && bestDistance < word.length()
                ? best : null;
    }

}
