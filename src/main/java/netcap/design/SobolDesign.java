package netcap.design;

import org.apache.commons.math3.random.SobolSequenceGenerator;

import java.util.List;

/**
 * Saltelli sampling design for variance-based (Sobol') sensitivity indices (Saltelli,
 * "Making best use of model evaluations to compute sensitivity indices", Comput. Phys. Commun.
 * 145:280-297, 2002; Saltelli, Annoni, Azzini, Campolongo, Ratto &amp; Tarantola, "Variance
 * based sensitivity analysis of model output. Design and estimator for the total sensitivity
 * index", Comput. Phys. Commun. 181:259-270, 2010).
 *
 * <p>With {@code k} factors and base sample size {@code N}, take {@code N} consecutive points of
 * a {@code 2k}-dimensional Sobol' low-discrepancy sequence (Sobol' 1967; generator
 * {@link SobolSequenceGenerator}, Joe-Kuo direction numbers): matrix {@code A} is their first
 * {@code k} coordinates, matrix {@code B} the last {@code k}. Matrix {@code AB_i} is {@code A}
 * with column {@code i} taken from {@code B}. The design holds {@code N (k + 2)} points in
 * <em>block order</em>:
 *
 * <pre>
 *   index 0 .. N-1               A,    rows 0..N-1
 *   index N .. 2N-1              B,    rows 0..N-1
 *   index (2+i)N .. (3+i)N-1     AB_i, rows 0..N-1      for factor i = 0..k-1 (0-based)
 * </pre>
 *
 * Use {@link #blockOf(int)}, {@link #factorOf(int)}, {@link #rowOf(int)} and
 * {@link #index(Block, int, int)} for the bookkeeping, and {@link #split(double[])} to cut a
 * vector of model outputs into {@code f(A)}, {@code f(B)}, {@code f(AB_i)}.
 *
 * <p><b>Skipped points.</b> The Sobol' sequence starts with the origin {@code (0, ..., 0)},
 * which would put every factor at its lower bound in both {@code A} and {@code B}. By default
 * the first point (only the origin, {@link #DEFAULT_SKIP} = 1) is skipped, so the design uses
 * sequence points {@code 1..N}. Other skips can be given explicitly (e.g. {@code 0}, which
 * keeps the balance properties of the first {@code 2^m} points, as Owen 2020 recommends, or a
 * power of two as in SALib). For the best balance choose {@code N} a power of two.
 *
 * <p>The design is deterministic (no random generator); randomised replication of a Sobol'
 * design is the caller's affair. Up to 500 factors (the generator's 1000 dimensions).
 */
public final class SobolDesign extends Design {
    /** Number of leading Sobol' points skipped by default: the origin. */
    public static final int DEFAULT_SKIP = 1;

    /** The matrix a design point comes from. */
    public enum Block { A, B, AB }

    private final int base;
    private final int skip;

    private SobolDesign(List<Factor> factors, double[][] unit, int base, int skip) {
        super(factors, unit);
        this.base = base;
        this.skip = skip;
    }

    /** A Saltelli design with base sample size {@code n}, skipping the first Sobol' point. */
    public static SobolDesign create(List<Factor> factors, int n) {
        return create(factors, n, DEFAULT_SKIP);
    }

    /**
     * A Saltelli design with base sample size {@code n}, skipping the first {@code skip} points
     * of the Sobol' sequence.
     *
     * @throws IllegalArgumentException if {@code n < 2}, {@code skip < 0}, there are more than 500
     *                                  factors or more than {@code Integer.MAX_VALUE} points
     */
    public static SobolDesign create(List<Factor> factors, int n, int skip) {
        checkFactors(factors);
        int k = factors.size();
        if (n < 2) {
            throw new IllegalArgumentException("a Sobol design needs a base sample size of at least 2, got " + n);
        }
        if (skip < 0) {
            throw new IllegalArgumentException("Sobol design skip must be >= 0, got " + skip);
        }
        if (2 * k > 1000) {
            throw new IllegalArgumentException("a Sobol design supports at most 500 factors, got " + k);
        }
        long total = (long) n * (k + 2);
        if (total > Integer.MAX_VALUE - 8 || (long) n + skip > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Sobol design with N = " + n + " and " + k
                    + " factors is too large");
        }
        SobolSequenceGenerator gen = new SobolSequenceGenerator(2 * k);
        for (int s = 0; s < skip; s++) {
            gen.nextVector();
        }
        double[][] unit = new double[(int) total][];
        for (int r = 0; r < n; r++) {
            double[] v = gen.nextVector();
            double[] a = new double[k];
            double[] b = new double[k];
            System.arraycopy(v, 0, a, 0, k);
            System.arraycopy(v, k, b, 0, k);
            unit[r] = a;
            unit[n + r] = b;
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                unit[(2 + i) * n + r] = ab;
            }
        }
        return new SobolDesign(factors, unit, n, skip);
    }

    /** The base sample size {@code N} (rows per block). */
    public int baseSize() {
        return base;
    }

    /** The number of leading Sobol' points skipped. */
    public int skip() {
        return skip;
    }

    /** The block of design point {@code index}. */
    public Block blockOf(int index) {
        checkIndex(index);
        int b = index / base;
        return b == 0 ? Block.A : b == 1 ? Block.B : Block.AB;
    }

    /** The 0-based factor whose column was swapped for a point of block AB_i, else -1. */
    public int factorOf(int index) {
        checkIndex(index);
        int b = index / base;
        return b >= 2 ? b - 2 : -1;
    }

    /** The row (0..N-1) of design point {@code index} within its block. */
    public int rowOf(int index) {
        checkIndex(index);
        return index % base;
    }

    /** Name of the block of point {@code index}: "A", "B" or "AB_i" with 1-based {@code i}. */
    public String blockName(int index) {
        int f = factorOf(index);
        return f < 0 ? blockOf(index).name() : "AB_" + (f + 1);
    }

    /**
     * The design index of {@code row} of a block.
     *
     * @param factor the 0-based factor for {@link Block#AB}; ignored for A and B
     */
    public int index(Block block, int factor, int row) {
        if (row < 0 || row >= base) {
            throw new IndexOutOfBoundsException("row " + row + " outside 0.." + (base - 1));
        }
        switch (block) {
            case A:
                return row;
            case B:
                return base + row;
            default:
                if (factor < 0 || factor >= dimension()) {
                    throw new IndexOutOfBoundsException("factor " + factor + " outside 0.." + (dimension() - 1));
                }
                return (2 + factor) * base + row;
        }
    }

    /**
     * Model outputs cut into Saltelli's blocks.
     *
     * @param fA  outputs on A, length N
     * @param fB  outputs on B, length N
     * @param fAB {@code fAB[i]} outputs on AB_i, each of length N
     */
    public record Outputs(double[] fA, double[] fB, double[][] fAB) {
    }

    /**
     * Cuts the outputs {@code y} (one per design point, in design order) into blocks.
     *
     * @throws IllegalArgumentException if {@code y.length != size()}
     */
    public Outputs split(double[] y) {
        if (y == null || y.length != size()) {
            throw new IllegalArgumentException("expected " + size() + " outputs for the Sobol design, got "
                    + (y == null ? "null" : y.length));
        }
        int k = dimension();
        double[] fA = new double[base];
        double[] fB = new double[base];
        double[][] fAB = new double[k][base];
        System.arraycopy(y, 0, fA, 0, base);
        System.arraycopy(y, base, fB, 0, base);
        for (int i = 0; i < k; i++) {
            System.arraycopy(y, (2 + i) * base, fAB[i], 0, base);
        }
        return new Outputs(fA, fB, fAB);
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("design index " + index + " outside 0.." + (size() - 1));
        }
    }
}
