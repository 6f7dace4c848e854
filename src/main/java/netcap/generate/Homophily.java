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
 * <p><b>Sampling (exact).</b> Nodes are bucketed into up to 4096 groups by a grid on (up to
 * 12 of) the interest dimensions (one group if h = 0). For each pair of groups, the bounding
 * boxes of their members give the largest possible P<sub>ij</sub> between them, q; candidate
 * pairs of the block are drawn with probability q by geometric skipping (Batagelj &amp; Brandes,
 * "Efficient generation of large random networks", Physical Review E 71:036113, 2005) and each
 * is kept with probability P<sub>ij</sub>/q (thinning). Cost O(n + groups² + m·R) time for m
 * edges, where R, the number of candidates per edge (each O(D)), grows with |h|: measured for
 * uniform interests in D = 5 dimensions R = 1 at h = 0, about 1.4 at h = 2, 2.2 at h = 5 and
 * 4.5 at h = 10 (without the groups it would be exp(h)/E[exp(h·s)] ≈ 8 at h = 5, 60 at h = 10).
 * Memory O(n·D + m).
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
    /** Upper bound on the number of interest-space groups (so at most ~8 million blocks). */
    static final int MAX_GROUPS = 4096;
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
        new Blocks(xs, dims, invNorm, h, c).link(rng, edges);
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

    /**
     * Nodes bucketed into groups by a grid on the interest space; each pair of groups is a block
     * of candidate pairs with the probability bound given by the groups' bounding boxes.
     */
    private final class Blocks {
        final int dims;
        final double invNorm;
        final double h;
        final double c;
        final int groups;
        final int[] start;
        final int[] order;
        final double[] ys; // interests in group order
        final double[] lo;
        final double[] hi;

        Blocks(double[] xs, int dims, double invNorm, double h, double c) {
            this.dims = dims;
            this.invNorm = invNorm;
            this.h = h;
            this.c = c;
            double target = h == 0 ? 1 : Math.max(1, Math.min(MAX_GROUPS, n / 32.0));
            int g = Math.max(2, (int) Math.floor(Math.pow(target, 1.0 / dims)));
            int gridDims = (int) Math.max(0, Math.min(dims, Math.floor(Math.log(target) / Math.log(g) + 1e-9)));
            int count = 1;
            for (int t = 0; t < gridDims; t++) {
                count *= g;
            }
            groups = count;
            int[] groupOf = new int[n];
            start = new int[groups + 1];
            for (int i = 0; i < n; i++) {
                int id = 0;
                for (int t = gridDims - 1; t >= 0; t--) {
                    int bin = (int) (xs[i * dims + t] * g);
                    id = id * g + (bin < 0 ? 0 : (bin >= g ? g - 1 : bin));
                }
                groupOf[i] = id;
                start[id + 1]++;
            }
            for (int b = 0; b < groups; b++) {
                start[b + 1] += start[b];
            }
            int[] fill = java.util.Arrays.copyOf(start, groups);
            order = new int[n];
            for (int i = 0; i < n; i++) {
                order[fill[groupOf[i]]++] = i;
            }
            ys = new double[n * dims];
            for (int pos = 0; pos < n; pos++) {
                System.arraycopy(xs, order[pos] * dims, ys, pos * dims, dims);
            }
            lo = new double[groups * dims];
            hi = new double[groups * dims];
            java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
            java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
            for (int b = 0; b < groups; b++) {
                for (int pos = start[b]; pos < start[b + 1]; pos++) {
                    for (int t = 0; t < dims; t++) {
                        double v = ys[pos * dims + t];
                        lo[b * dims + t] = Math.min(lo[b * dims + t], v);
                        hi[b * dims + t] = Math.max(hi[b * dims + t], v);
                    }
                }
            }
        }

        double similarityAt(int p, int q) {
            int a = p * dims;
            int b = q * dims;
            double sum = 0;
            for (int t = 0; t < dims; t++) {
                double diff = ys[a + t] - ys[b + t];
                sum += diff * diff;
            }
            double s = 1 - Math.sqrt(sum) * invNorm;
            return s < 0 ? 0 : (s > 1 ? 1 : s);
        }

        void link(MersenneTwisterFast rng, EdgeList out) {
            for (int a = 0; a < groups; a++) {
                int na = start[a + 1] - start[a];
                if (na == 0) {
                    continue;
                }
                for (int b = a; b < groups; b++) {
                    int nb = start[b + 1] - start[b];
                    if (nb == 0 || (a == b && na < 2)) {
                        continue;
                    }
                    double gapSq = 0;
                    double farSq = 0;
                    for (int t = 0; t < dims; t++) {
                        double loA = lo[a * dims + t];
                        double hiA = hi[a * dims + t];
                        double loB = lo[b * dims + t];
                        double hiB = hi[b * dims + t];
                        double gap = Math.max(0, Math.max(loB - hiA, loA - hiB));
                        double far = Math.max(hiB - loA, hiA - loB);
                        gapSq += gap * gap;
                        farSq += far * far;
                    }
                    double sMax = clamp(1 - Math.sqrt(gapSq) * invNorm);
                    double sMin = clamp(1 - Math.sqrt(farSq) * invNorm);
                    double bound = Math.min(1, c * Math.exp(Math.max(h * sMax, h * sMin)));
                    if (bound > 0) {
                        block(a == b, start[a], na, start[b], nb, bound, rng, out);
                    }
                }
            }
        }

        private void block(boolean same, int sa, int na, int sb, int nb, double bound, MersenneTwisterFast rng,
                           EdgeList out) {
            double lq = Skip.logComplement(bound);
            if (same) {
                long v = 1;
                long w = -1;
                while (v < na) {
                    w += 1 + skip(bound, lq, rng);
                    while (w >= v && v < na) {
                        w -= v;
                        v++;
                    }
                    if (v < na) {
                        consider(sa + (int) v, sa + (int) w, bound, rng, out);
                    }
                }
            } else {
                int i = 0;
                long j = -1;
                while (true) {
                    j += 1 + skip(bound, lq, rng);
                    if (j >= nb) {
                        i += (int) Math.min(na, j / nb);
                        j %= nb;
                        if (i >= na) {
                            break;
                        }
                    }
                    consider(sa + i, sb + (int) j, bound, rng, out);
                }
            }
        }

        private void consider(int p, int q, double bound, MersenneTwisterFast rng, EdgeList out) {
            double prob = Math.min(1, c * Math.exp(h * similarityAt(p, q)));
            double accept = prob / bound;
            if (accept >= 1 || rng.nextDouble() < accept) {
                out.add(order[p], order[q]);
            }
        }
    }

    private static double clamp(double s) {
        return s < 0 ? 0 : (s > 1 ? 1 : s);
    }

    private static long skip(double q, double lq, MersenneTwisterFast rng) {
        return Skip.next(q, lq, rng);
    }
}
