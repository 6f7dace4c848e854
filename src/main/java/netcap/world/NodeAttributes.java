package netcap.world;

import ec.util.MersenneTwisterFast;

/**
 * Node traits that generators may read or write: a position on the unit square, a region index,
 * and an interest vector of {@code interestDims} values in [0,1] (agent-major: node {@code i}'s
 * interests are {@code interest[i*interestDims .. (i+1)*interestDims)}).
 */
public final class NodeAttributes {
    public final int n;
    public final int interestDims;
    public final double[] x;
    public final double[] y;
    public final int[] region;
    public final double[] interest;
    /** Whether positions and regions were set by a placing generator (or the user). */
    public boolean placed;

    public NodeAttributes(int n, int interestDims) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, was " + n);
        }
        if (interestDims < 1) {
            throw new IllegalArgumentException("interestDims must be >= 1, was " + interestDims);
        }
        this.n = n;
        this.interestDims = interestDims;
        this.x = new double[n];
        this.y = new double[n];
        this.region = new int[n];
        this.interest = new double[(long) n * interestDims > Integer.MAX_VALUE - 8
                ? fail(n, interestDims) : n * interestDims];
    }

    private static int fail(int n, int dims) {
        throw new IllegalArgumentException("n * interestDims too large: " + n + " * " + dims);
    }

    /** Draws every interest uniformly in [0,1) from {@code rng}, node by node. */
    public NodeAttributes randomInterests(MersenneTwisterFast rng) {
        for (int i = 0; i < interest.length; i++) {
            interest[i] = rng.nextDouble();
        }
        return this;
    }

    /** Places every node uniformly on the unit square, all in region 0, unless already placed. */
    public void placeUniformIfUnplaced(MersenneTwisterFast rng) {
        if (placed) {
            return;
        }
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextDouble();
            y[i] = rng.nextDouble();
        }
        placed = true;
    }
}
