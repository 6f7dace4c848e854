package netcap.generate;

import ec.util.MersenneTwisterFast;
import netcap.world.EdgeList;
import netcap.world.Graph;
import netcap.world.NodeAttributes;

/**
 * The binomial random graph G(n, p): each of the n(n-1)/2 pairs is an edge independently with
 * probability p (Gilbert, "Random graphs", Annals of Mathematical Statistics 30:1141, 1959;
 * Erdős &amp; Rényi, "On random graphs I", Publicationes Mathematicae 6:290, 1959).
 *
 * <p>Sampled by geometric skipping over the pairs in lexicographic order (Batagelj &amp; Brandes,
 * "Efficient generation of large random networks", Physical Review E 71:036113, 2005,
 * algorithm G(n,p)): the gap to the next edge is geometric, so cost is O(n + m) time, one
 * random double and one logarithm per edge, and O(m) memory; expected mean degree p(n-1).
 *
 * <p>Constraints: n &gt;= 0, p in [0,1], expected edge count p·n(n-1)/2 at most about
 * 1.07·10<sup>9</sup> (the capacity of {@link Graph}). Node attributes are not used.
 */
public final class ErdosRenyiGnp implements NetworkGenerator {
    static final String NAME = "erdosRenyiGnp";
    private final int n;
    private final double p;

    public ErdosRenyiGnp(int n, double p) {
        Check.nodes(NAME, n, 0);
        Check.probability(NAME, "p", p);
        Check.edges(NAME, p * n * (n - 1.0) / 2 * 1.001, "expected p*n*(n-1)/2");
        this.n = n;
        this.p = p;
    }

    @Override
    public int nodes() {
        return n;
    }

    public double p() {
        return p;
    }

    @Override
    public Graph generate(NodeAttributes attrs, MersenneTwisterFast rng) {
        double expected = p * n * (n - 1.0) / 2;
        EdgeList edges = new EdgeList((int) Math.min(Check.MAX_EDGES, expected + 4 * Math.sqrt(expected) + 16));
        sample(n, p, rng, edges, null);
        return Graph.fromEdges(n, edges);
    }

    /** Accepts or rejects a candidate pair; used for thinning by {@link Homophily}. */
    interface PairFilter {
        boolean accept(int u, int v, MersenneTwisterFast rng);
    }

    /**
     * Batagelj–Brandes skipping over all pairs (v, w), w &lt; v, each kept with probability p
     * (then passed through {@code filter} if not null).
     */
    static void sample(int n, double p, MersenneTwisterFast rng, EdgeList out, PairFilter filter) {
        if (p <= 0 || n < 2) {
            return;
        }
        if (p >= 1) {
            for (int v = 1; v < n; v++) {
                for (int w = 0; w < v; w++) {
                    if (filter == null || filter.accept(v, w, rng)) {
                        out.add(v, w);
                    }
                }
            }
            return;
        }
        double lq = Skip.logComplement(p);
        long v = 1;
        long w = -1;
        while (v < n) {
            w += 1 + Skip.next(p, lq, rng);
            while (w >= v && v < n) {
                w -= v;
                v++;
            }
            if (v < n && (filter == null || filter.accept((int) v, (int) w, rng))) {
                out.add((int) v, (int) w);
            }
        }
    }
}
