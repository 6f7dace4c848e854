package netcap.design;

import ec.util.MersenneTwisterFast;

import java.util.List;

/**
 * Morris elementary-effects screening design (Morris, "Factorial sampling plans for preliminary
 * computational experiments", Technometrics 33(2):161-174, 1991), in the form used by
 * Campolongo, Cariboni &amp; Saltelli, "An effective screening design for sensitivity analysis
 * of large models", Environ. Model. Softw. 22:1509-1518, 2007.
 *
 * <p>The unit hypercube is discretised into a {@code p}-level grid
 * {@code {0, 1/(p-1), ..., 1}} per factor, with step {@code delta = p / (2 (p - 1))}. Each of
 * the {@code r} trajectories has {@code k + 1} points and is built as Morris's randomised
 * orientation matrix {@code B* = (J x* + (delta/2)[(2B - J) D* + J]) P*}:
 *
 * <ol>
 *   <li>a base point {@code x*} with each coordinate drawn uniformly from the grid levels
 *       {@code <= 1 - delta};
 *   <li>a random direction {@code d_j = +1 or -1} per factor ({@code D*}); the trajectory starts
 *       at {@code x*_j} where {@code d_j = +1} and at {@code x*_j + delta} where
 *       {@code d_j = -1};
 *   <li>a random order of the factors ({@code P*}); step {@code s = 1..k} moves the
 *       {@code s}-th factor in that order by {@code d_j * delta}.
 * </ol>
 *
 * All points lie on the grid inside {@code [0, 1]}. The number of levels must be even so that
 * {@code delta} is a whole number ({@code p/2}) of grid steps, as Morris recommends. Points are
 * stored trajectory by trajectory: point {@code t (k + 1) + s} is step {@code s} of trajectory
 * {@code t}. Campolongo et al.'s selection of the {@code r} most spread trajectories out of a
 * larger candidate set is not implemented; trajectories are independent random draws.
 *
 * <p>All randomness comes from the {@link MersenneTwisterFast} passed in.
 */
public final class MorrisDesign extends Design {
    private final int trajectories;
    private final int levels;
    private final double delta;
    /** changed[t*k + s-1]: factor moved by step s of trajectory t. */
    private final int[] changed;
    /** sign[t*k + s-1]: +1 or -1, direction of that move. */
    private final int[] sign;

    private MorrisDesign(List<Factor> factors, double[][] unit, int r, int p, int[] changed, int[] sign) {
        super(factors, unit);
        this.trajectories = r;
        this.levels = p;
        this.delta = p / (2.0 * (p - 1));
        this.changed = changed;
        this.sign = sign;
    }

    /**
     * {@code r} random trajectories over {@code factors} on a {@code p}-level grid.
     *
     * @throws IllegalArgumentException if {@code r < 1}, or {@code p} is not an even number
     *                                  {@code >= 2}
     */
    public static MorrisDesign create(List<Factor> factors, int r, int p, MersenneTwisterFast rng) {
        checkFactors(factors);
        if (r < 1) {
            throw new IllegalArgumentException("a Morris design needs at least 1 trajectory, got " + r);
        }
        if (p < 2 || p % 2 != 0) {
            throw new IllegalArgumentException("a Morris design needs an even number of levels >= 2, got " + p);
        }
        if (rng == null) {
            throw new IllegalArgumentException("a Morris design needs a random generator");
        }
        int k = factors.size();
        if ((long) r * (k + 1) > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("Morris design with " + r + " trajectories and " + k
                    + " factors is too large");
        }
        int half = p / 2;                 // delta in grid steps; base levels are 0..half-1
        double gridStep = 1.0 / (p - 1);
        double[][] unit = new double[r * (k + 1)][];
        int[] changed = new int[r * k];
        int[] sign = new int[r * k];
        int[] level = new int[k];
        int[] order = new int[k];
        for (int t = 0; t < r; t++) {
            for (int j = 0; j < k; j++) {
                int base = rng.nextInt(half);
                boolean up = rng.nextBoolean();
                sign[t * k + j] = up ? 1 : -1; // temporarily by factor; reordered below
                level[j] = up ? base : base + half;
                order[j] = j;
            }
            for (int j = k - 1; j > 0; j--) {
                int q = rng.nextInt(j + 1);
                int tmp = order[j];
                order[j] = order[q];
                order[q] = tmp;
            }
            int[] dirByFactor = new int[k];
            System.arraycopy(sign, t * k, dirByFactor, 0, k);
            int row = t * (k + 1);
            unit[row] = toUnit(level, gridStep);
            for (int s = 0; s < k; s++) {
                int j = order[s];
                level[j] += dirByFactor[j] * half;
                changed[t * k + s] = j;
                sign[t * k + s] = dirByFactor[j];
                unit[row + s + 1] = toUnit(level, gridStep);
            }
        }
        return new MorrisDesign(factors, unit, r, p, changed, sign);
    }

    private static double[] toUnit(int[] level, double gridStep) {
        double[] u = new double[level.length];
        for (int j = 0; j < level.length; j++) {
            u[j] = level[j] * gridStep;
        }
        return u;
    }

    /** The number of trajectories {@code r}. */
    public int trajectories() {
        return trajectories;
    }

    /** The number of grid levels {@code p}. */
    public int levels() {
        return levels;
    }

    /** The step {@code delta = p / (2 (p - 1))} in unit-hypercube coordinates. */
    public double delta() {
        return delta;
    }

    /** Design index of step {@code s} (0..k) of trajectory {@code t}. */
    public int index(int t, int s) {
        if (t < 0 || t >= trajectories || s < 0 || s > dimension()) {
            throw new IndexOutOfBoundsException("trajectory " + t + " step " + s + " outside the design");
        }
        return t * (dimension() + 1) + s;
    }

    /** The 0-based factor moved between steps {@code s - 1} and {@code s} (s = 1..k) of trajectory {@code t}. */
    public int changedFactor(int t, int s) {
        index(t, s);
        if (s == 0) {
            throw new IndexOutOfBoundsException("step 0 is a trajectory's starting point; steps are 1.." + dimension());
        }
        return changed[t * dimension() + s - 1];
    }

    /** Direction (+1 or -1) of the move into step {@code s} (s = 1..k) of trajectory {@code t}. */
    public int direction(int t, int s) {
        changedFactor(t, s);
        return sign[t * dimension() + s - 1];
    }
}
