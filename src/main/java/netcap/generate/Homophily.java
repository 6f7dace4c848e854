package netcap.generate;

import ec.util.MersenneTwisterFast;
import netcap.world.EdgeList;
import netcap.world.Graph;
import netcap.world.NodeAttributes;

/**
 * A random graph whose link probability rises with the similarity of the nodes' interests
 * (homophily, McPherson, Smith-Lovin &amp; Cook, "Birds of a feather: homophily in social
 * networks", Annual Review of Sociology 27:415, 2001).
 *
 * <p><b>Model.</b> Similarity of nodes i, j with interest vectors x<sub>i</sub>, x<sub>j</sub> in
 * [0,1]<sup>D</sup> ({@link NodeAttributes#interest}, D = {@code interestDims}) is
 * s<sub>ij</sub> = 1 - |x<sub>i</sub> - x<sub>j</sub>| / √D in [0,1] (Euclidean distance; clamped
 * to [0,1] if interests lie outside [0,1]). Each pair is tied independently with probability
 * P<sub>ij</sub> = min(1, c·exp(h·s<sub>ij</sub>)) with h = {@code homophily}; the constant c
 * makes the expected mean degree (n-1)·E[P] equal {@code meanDegree}. At h = 0 this is G(n,p)
 * with p = meanDegree/(n-1); h &lt; 0 gives heterophily.
 *
 * <p><b>Calibration (the only approximation).</b> E[P] is taken over the n(n-1)/2 pairs exactly
 * when there are at most 200,000 of them, and otherwise over 200,000 pairs drawn uniformly at
 * random, then c is found by bisection; the realised mean degree therefore differs from the
 * target by the sampling error of that mean (well under 1% for moderate h) plus the usual
 * binomial noise. Given c, edges are sampled exactly from the model.
 *
 * <p><b>Sampling.</b> Candidate pairs are drawn from G(n, p<sub>max</sub>) with
 * p<sub>max</sub> = min(1, c·exp(max(h,0))), the largest P<sub>ij</sub> possible, by geometric
 * skipping (Batagelj &amp; Brandes, "Efficient generation of large random networks", Physical
 * Review E 71:036113, 2005), and each candidate is kept with probability P<sub>ij</sub> /
 * p<sub>max</sub> (thinning). Cost O(n + m·R) time for m edges, where R = p<sub>max</sub> / mean
 * P = exp(|h|)/E[exp(h·s)] (for h &gt;= 0) is the number of candidates per edge, each costing
 * O(D): for uniform random interests in D = 5 dimensions R ≈ 1 at h = 0, ≈ 2.5 at h = 2,
 * ≈ 8 at h = 5 and ≈ 60 at h = 10, so strong homophily on a million nodes takes correspondingly
 * longer. Memory O(n + m).
 *
 * <p>The interests must already be filled by the caller (for example with
 * {@link NodeAttributes#randomInterests}); they are read, not written.
 *
 * <p>Constraints: n &gt;= 0, meanDegree in [0, n-1], homophily in [-20, 20].
 */
public final class Homophily implements NetworkGenerator {
    static final String NAME = "homophily";
    static final int CALIBRATION_PAIRS = 200_000;
    static final double MAX_HOMOPHILY = 20;
    private final int n;
    private final double meanDegree;
    private final double homophily;
    private double lastScale = Double.NaN;

    public Homophily(int n, double meanDegree, double homophily) {
        Check.nodes(NAME, n, 0);
        if (!(meanDegree >= 0 && meanDegree <= Math.max(0, n - 1))) {
            throw Check.fail(NAME, "meanDegree must be in [0, n-1] = [0, " + Math.max(0, n - 1) + "], was "
                    + Check.fmt(meanDegree));
        }
        if (!(homophily >= -MAX_HOMOPHILY && homophily <= MAX_HOMOPHILY)) {
            throw Check.fail(NAME, "homophily must be in [-20,20], was " + homophily);
        }
        Check.edges(NAME, meanDegree * n / 2 * 1.05, "meanDegree*n/2");
        this.n = n;
        this.meanDegree = meanDegree;
        this.homophily = homophily;
    }

    @Override
    public int nodes() {
        return n;
    }

    /** The scale c calibrated by the last {@link #generate} call (NaN before). */
    public double lastScale() {
        return lastScale;
    }

    @Override
    public Graph generate(NodeAttributes attrs, MersenneTwisterFast rng) {
        Check.attrs(NAME, attrs, n);
        EdgeList edges = new EdgeList((int) Math.min(Check.MAX_EDGES, meanDegree * n / 2 * 1.05 + 16));
        if (n < 2 || meanDegree == 0) {
            lastScale = 0;
            return Graph.fromEdges(n, edges);
        }
        final int dims = attrs.interestDims;
        final double[] xs = attrs.interest;
        final double invNorm = 1 / Math.sqrt(dims);
        final double h = homophily;
        double c = calibrate(xs, dims, invNorm, rng);
        lastScale = c;
        final double top = Math.exp(Math.max(h, 0));
        final double pmax = Math.min(1, c * top);
        ErdosRenyiGnp.sample(n, pmax, rng, edges, (u, v, r) -> {
            double p = Math.min(1, c * Math.exp(h * similarity(xs, dims, invNorm, u, v)));
            double accept = p / pmax;
            return accept >= 1 || r.nextDouble() < accept;
        });
        return Graph.fromEdges(n, edges);
    }

    static double similarity(double[] xs, int dims, double invNorm, int u, int v) {
        int a = u * dims;
        int b = v * dims;
        double sum = 0;
        for (int t = 0; t < dims; t++) {
            double diff = xs[a + t] - xs[b + t];
            sum += diff * diff;
        }
        double s = 1 - Math.sqrt(sum) * invNorm;
        return s < 0 ? 0 : (s > 1 ? 1 : s);
    }

    /** Finds c with mean over (sampled) pairs of min(1, c·exp(h·s)) = meanDegree/(n-1). */
    private double calibrate(double[] xs, int dims, double invNorm, MersenneTwisterFast rng) {
        long allPairs = (long) n * (n - 1) / 2;
        int count = (int) Math.min(allPairs, CALIBRATION_PAIRS);
        double[] w = new double[count];
        if (allPairs <= CALIBRATION_PAIRS) {
            int t = 0;
            for (int u = 1; u < n; u++) {
                for (int v = 0; v < u; v++) {
                    w[t++] = Math.exp(homophily * similarity(xs, dims, invNorm, u, v));
                }
            }
        } else {
            for (int t = 0; t < count; t++) {
                int u = rng.nextInt(n);
                int v = rng.nextInt(n - 1);
                if (v >= u) {
                    v++;
                }
                w[t] = Math.exp(homophily * similarity(xs, dims, invNorm, u, v));
            }
        }
        double target = meanDegree / (n - 1.0);
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        for (double v : w) {
            sum += v;
            min = Math.min(min, v);
        }
        double c = target / (sum / count);
        if (meanTruncated(w, c) >= target * (1 - 1e-12)) {
            return c; // no pair probability is truncated at 1
        }
        double lo = c;
        double hi = 1 / min;
        for (int it = 0; it < 100 && hi - lo > 1e-15 * hi; it++) {
            double mid = 0.5 * (lo + hi);
            if (meanTruncated(w, mid) < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    private static double meanTruncated(double[] w, double c) {
        double sum = 0;
        for (double v : w) {
            sum += Math.min(1, c * v);
        }
        return sum / w.length;
    }
}
