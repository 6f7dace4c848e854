package netcap.generate;

import ec.util.MersenneTwisterFast;
import netcap.world.EdgeList;
import netcap.world.Graph;
import netcap.world.NodeAttributes;

/**
 * A spatial network of regional clusters with a Waxman link probability.
 *
 * <p><b>Placement.</b> {@code regions} centres are drawn uniformly on the unit square; each node
 * joins a uniformly random region and is placed at a Gaussian offset with standard deviation
 * {@code spread} in each coordinate around its region's centre, truncated to [0,1] by redrawing
 * a coordinate that falls outside (so nothing piles up on the border). Positions and regions are
 * written into the {@link NodeAttributes} and {@code placed} is set.
 *
 * <p><b>Links.</b> Each pair at Euclidean distance d is tied independently with probability
 * P(d) = beta·exp(-d/ℓ) for d &lt;= r<sub>c</sub> and 0 beyond, the model of Waxman ("Routing of
 * multipoint connections", IEEE Journal on Selected Areas in Communications 6:1617, 1988) with
 * ℓ = αL written directly as a length ({@code decay}). The cutoff r<sub>c</sub> = ℓ·ln(10<sup>6</sup>)
 * ≈ 13.8ℓ is where exp(-d/ℓ) falls below 10<sup>-6</sup>, so the pairs ignored have probability
 * below beta·10<sup>-6</sup>.
 *
 * <p><b>Mean degree.</b> beta is calibrated, after placement, so that the expected mean degree is
 * {@code meanDegree}, in two steps. (1) A first estimate beta = meanDegree / S̄, with S̄ the mean
 * over nodes of Σ<sub>j≠i, d≤r<sub>c</sub></sub> exp(-d<sub>ij</sub>/ℓ), computed exactly for
 * n &lt;= 1000 and otherwise over 1000 nodes drawn at random (error a few percent). (2) Edges are
 * generated with a trial value 10% above that estimate; the realised edge count gives S̄ with a
 * relative error of about 1/sqrt(edges), beta is re-estimated from it, and every edge is kept
 * with probability beta/trial (independent thinning, so the result is the model with the
 * re-estimated beta; if the trial was too low, it is regenerated, at most twice). The realised
 * mean degree is then within Poisson noise of the target. Beta must be at most 1: with an
 * explicit {@code decay} that cannot reach the mean degree an exception says so; with
 * {@code decay = 0} (automatic) ℓ starts at sqrt(meanDegree / (π·n)) — which gives beta ≈ 0.5
 * for uniformly scattered nodes and less for clustered ones — and is enlarged by 1.5 until the
 * estimate is &lt;= 1.
 *
 * <p><b>Cost.</b> Nodes are bucketed in a grid of cells of side about ℓ; each pair of cells within
 * r<sub>c</sub> is visited once, candidate pairs are drawn by geometric skipping with the
 * probability bound of the cell pair, beta·exp(-d<sub>min</sub>/ℓ), and thinned to P(d). Time
 * O(n + cell pairs + edges·e<sup>√2</sup>) — a few hundred cell pairs per cell, and a few
 * candidates per edge — and memory O(n + cells + edges).
 *
 * <p>Constraints: n &gt;= 0, regions &gt;= 1, spread in (0,1], meanDegree in [0, n-1],
 * decay &gt;= 0 (0 = automatic), expected edges within the capacity of {@link Graph}.
 */
public final class Regional implements NetworkGenerator {
    static final String NAME = "regional";
    /** Probability level below which links are ignored. */
    static final double EPSILON = 1e-6;
    static final int CALIBRATION_SAMPLE = 1000;
    /** Relative margin of the trial beta over the sampled estimate. */
    static final double MARGIN = 0.1;
    private final int n;
    private final int regions;
    private final double spread;
    private final double meanDegree;
    private final double decay;
    private double lastBeta = Double.NaN;
    private double lastDecay = Double.NaN;

    public Regional(int n, int regions, double spread, double meanDegree, double decay) {
        Check.nodes(NAME, n, 0);
        if (regions < 1) {
            throw Check.fail(NAME, "regions must be >= 1, was " + regions);
        }
        if (regions > Math.max(1, n)) {
            // one centre per region is drawn: more regions than agents would only be empty (and may not fit in memory)
            throw Check.fail(NAME, "regions must be in [1, n] = [1, " + Math.max(1, n) + "], was " + regions);
        }
        if (!(spread > 0 && spread <= 1)) {
            throw Check.fail(NAME, "spread must be in (0,1], was " + spread);
        }
        if (!(meanDegree >= 0 && meanDegree <= Math.max(0, n - 1))) {
            throw Check.fail(NAME, "meanDegree must be in [0, n-1] = [0, " + Math.max(0, n - 1) + "], was "
                    + Check.fmt(meanDegree));
        }
        if (!(decay >= 0 && decay < Double.POSITIVE_INFINITY)) {
            throw Check.fail(NAME, "decay must be >= 0 (0 = automatic), was " + decay);
        }
        Check.edges(NAME, meanDegree * n / 2 * 1.2, "meanDegree*n/2 (plus 20% margin)");
        this.n = n;
        this.regions = regions;
        this.spread = spread;
        this.meanDegree = meanDegree;
        this.decay = decay;
    }

    @Override
    public int nodes() {
        return n;
    }

    /** The beta calibrated by the last {@link #generate} call (NaN before). */
    public double lastBeta() {
        return lastBeta;
    }

    /** The decay length ℓ used by the last {@link #generate} call (NaN before). */
    public double lastDecay() {
        return lastDecay;
    }

    @Override
    public Graph generate(NodeAttributes attrs, MersenneTwisterFast rng) {
        Check.attrs(NAME, attrs, n);
        place(attrs, rng);
        EdgeList edges = new EdgeList((int) Math.min(Check.MAX_EDGES, meanDegree * n / 2 * (1.05 + MARGIN) + 16));
        if (n < 2 || meanDegree == 0) {
            lastBeta = 0;
            lastDecay = decay;
            return Graph.fromEdges(n, edges);
        }
        double ell = decay > 0 ? decay : Math.sqrt(meanDegree / (Math.PI * n));
        Grid grid;
        double beta;
        while (true) {
            grid = new Grid(attrs.x, attrs.y, ell);
            double s = grid.calibrate(rng);
            beta = meanDegree / s;
            if (beta <= 1) {
                break;
            }
            if (decay > 0) {
                throw Check.fail(NAME, "meanDegree " + Check.fmt(meanDegree) + " is unreachable with decay "
                        + decay + " (it would need beta = " + (float) beta
                        + " > 1); use a larger decay, or 0 for automatic");
            }
            ell *= 1.5;
            if (ell > 100) {
                throw Check.fail(NAME, "cannot reach meanDegree " + Check.fmt(meanDegree) + " with n = " + n);
            }
        }
        // generate with a margin over the estimate, then re-estimate beta from the realised edge
        // count (relative error ~ 1/sqrt(edges)) and thin to it
        double trial = Math.min(1, beta * (1 + MARGIN));
        for (int attempt = 0; ; attempt++) {
            edges.clear();
            grid.link(trial, rng, edges);
            if (edges.size() == 0) {
                break;
            }
            beta = meanDegree * n / (2.0 * edges.size()) * trial;
            if (beta <= trial || trial >= 1 || attempt == 2) {
                break;
            }
            trial = Math.min(1, beta * (1 + MARGIN));
        }
        if (beta < trial) {
            double keep = beta / trial;
            EdgeList thinned = new EdgeList((int) Math.min(Check.MAX_EDGES, edges.size() * keep * 1.01 + 16));
            for (int e = 0; e < edges.size(); e++) {
                if (rng.nextDouble() < keep) {
                    thinned.add(edges.source(e), edges.target(e));
                }
            }
            edges = thinned;
        } else {
            beta = trial;
        }
        lastBeta = beta;
        lastDecay = ell;
        return Graph.fromEdges(n, edges);
    }

    private void place(NodeAttributes a, MersenneTwisterFast rng) {
        double[] cx = new double[regions];
        double[] cy = new double[regions];
        for (int r = 0; r < regions; r++) {
            cx[r] = rng.nextDouble();
            cy[r] = rng.nextDouble();
        }
        for (int i = 0; i < n; i++) {
            int r = rng.nextInt(regions);
            a.region[i] = r;
            a.x[i] = truncated(cx[r], rng);
            a.y[i] = truncated(cy[r], rng);
        }
        a.placed = true;
    }

    private double truncated(double centre, MersenneTwisterFast rng) {
        while (true) {
            double v = centre + spread * rng.nextGaussian();
            if (v >= 0 && v <= 1) {
                return v;
            }
        }
    }

    /** Nodes bucketed by cell: cell c holds order[start[c] .. start[c+1]). */
    private final class Grid {
        final double[] x;
        final double[] y;
        final double ell;
        final double cutoff;
        final int side;
        final double cell;
        final int reach;
        final int[] start;
        final int[] order;
        final int[] cellOf;

        Grid(double[] x, double[] y, double ell) {
            this.x = x;
            this.y = y;
            this.ell = ell;
            this.cutoff = ell * Math.log(1 / EPSILON);
            int maxSide = (int) Math.max(1, Math.min(4096, 2 * Math.sqrt(n)));
            this.side = (int) Math.max(1, Math.min(maxSide, Math.floor(1 / ell)));
            this.cell = 1.0 / side;
            this.reach = (int) Math.min(side - 1, Math.ceil(cutoff / cell));
            int cells = side * side;
            start = new int[cells + 1];
            cellOf = new int[n];
            for (int i = 0; i < n; i++) {
                int cxi = Math.min(side - 1, (int) (x[i] * side));
                int cyi = Math.min(side - 1, (int) (y[i] * side));
                cellOf[i] = cyi * side + cxi;
                start[cellOf[i] + 1]++;
            }
            for (int c = 0; c < cells; c++) {
                start[c + 1] += start[c];
            }
            int[] fill = java.util.Arrays.copyOf(start, cells);
            order = new int[n];
            for (int i = 0; i < n; i++) {
                order[fill[cellOf[i]]++] = i;
            }
        }

        /** Mean over (sampled) nodes of the sum of exp(-d/ell) over other nodes within the cutoff. */
        double calibrate(MersenneTwisterFast rng) {
            boolean all = n <= CALIBRATION_SAMPLE;
            int count = all ? n : CALIBRATION_SAMPLE;
            double total = 0;
            for (int t = 0; t < count; t++) {
                int i = all ? t : rng.nextInt(n);
                int c = cellOf[i];
                int cx = c % side;
                int cy = c / side;
                double sum = 0;
                for (int by = Math.max(0, cy - reach); by <= Math.min(side - 1, cy + reach); by++) {
                    for (int bx = Math.max(0, cx - reach); bx <= Math.min(side - 1, cx + reach); bx++) {
                        int b = by * side + bx;
                        for (int s = start[b]; s < start[b + 1]; s++) {
                            int j = order[s];
                            if (j != i) {
                                double dx = x[i] - x[j];
                                double dy = y[i] - y[j];
                                double d = Math.sqrt(dx * dx + dy * dy);
                                if (d <= cutoff) {
                                    sum += Math.exp(-d / ell);
                                }
                            }
                        }
                    }
                }
                total += sum;
            }
            return total / count;
        }

        void link(double beta, MersenneTwisterFast rng, EdgeList out) {
            // probability bound and log(1-bound) per cell offset (|dx|, |dy|)
            int w = reach + 1;
            double[] gapOf = new double[w * w];
            double[] bound = new double[w * w];
            double[] logq = new double[w * w];
            for (int oy = 0; oy <= reach; oy++) {
                for (int ox = 0; ox <= reach; ox++) {
                    double gx = Math.max(0, ox - 1) * cell;
                    double gy = Math.max(0, oy - 1) * cell;
                    double gap = Math.sqrt(gx * gx + gy * gy);
                    gapOf[oy * w + ox] = gap;
                    bound[oy * w + ox] = gap > cutoff ? 0 : beta * Math.exp(-gap / ell);
                    logq[oy * w + ox] = Skip.logComplement(bound[oy * w + ox]);
                }
            }
            for (int ay = 0; ay < side; ay++) {
                for (int ax = 0; ax < side; ax++) {
                    int a = ay * side + ax;
                    int sa = start[a];
                    int na = start[a + 1] - sa;
                    if (na == 0) {
                        continue;
                    }
                    for (int oy = 0; oy <= reach && ay + oy < side; oy++) {
                        int by = ay + oy;
                        for (int ox = oy == 0 ? 0 : -reach; ox <= reach; ox++) {
                            int bx = ax + ox;
                            if (bx < 0 || bx >= side) {
                                continue;
                            }
                            int k = oy * w + Math.abs(ox);
                            double q = bound[k];
                            if (q <= 0) {
                                continue;
                            }
                            int b = by * side + bx;
                            int sb = start[b];
                            int nb = start[b + 1] - sb;
                            if (nb == 0) {
                                continue;
                            }
                            pairs(a == b, sa, na, sb, nb, q, logq[k], gapOf[k], beta, rng, out);
                        }
                    }
                }
            }
        }

        private void pairs(boolean same, int sa, int na, int sb, int nb, double q, double lq, double gap,
                           double beta, MersenneTwisterFast rng, EdgeList out) {
            if (same) {
                // pairs (v, w) with w < v inside one cell, Batagelj–Brandes skipping
                long v = 1;
                long w = -1;
                while (v < na) {
                    w += 1 + skip(q, lq, rng);
                    while (w >= v && v < na) {
                        w -= v;
                        v++;
                    }
                    if (v < na) {
                        consider(order[sa + (int) v], order[sa + (int) w], q, gap, rng, out);
                    }
                }
            } else {
                int i = 0;
                long j = -1;
                while (true) {
                    j += 1 + skip(q, lq, rng);
                    if (j >= nb) {
                        i += (int) Math.min(na, j / nb);
                        j %= nb;
                        if (i >= na) {
                            break;
                        }
                    }
                    consider(order[sa + i], order[sb + (int) j], q, gap, rng, out);
                }
            }
        }

        private long skip(double q, double lq, MersenneTwisterFast rng) {
            return Skip.next(q, lq, rng);
        }

        private void consider(int i, int j, double q, double gap, MersenneTwisterFast rng, EdgeList out) {
            double dx = x[i] - x[j];
            double dy = y[i] - y[j];
            double d = Math.sqrt(dx * dx + dy * dy);
            if (d > cutoff) {
                return;
            }
            // P(d) / q = exp(-(d - gap) / ell) <= 1
            double accept = Math.exp(-(d - gap) / ell);
            if (accept >= 1 || rng.nextDouble() < accept) {
                out.add(i, j);
            }
        }
    }
}
