package netcap.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Holm's step-down adjustment of p-values for multiple tests (Holm, "A simple sequentially
 * rejective multiple test procedure", Scand. J. Stat. 6(2):65-70, 1979), as R's
 * {@code p.adjust(p, "holm")}: with the {@code m} p-values sorted ascending,
 * {@code adj(i) = max over j <= i of min(1, (m - j + 1) p(j))} (1-based). It controls the
 * family-wise error rate without assuming independence. {@code NaN} p-values stay {@code NaN}
 * and do not count in {@code m}.
 */
public final class Holm {
    private Holm() {
    }

    /** The Holm-adjusted p-values, in the order given. */
    public static double[] adjust(double[] p) {
        Integer[] order = new Integer[p.length];
        int m = 0;
        for (int i = 0; i < p.length; i++) {
            if (!Double.isNaN(p[i])) {
                order[m++] = i;
            }
        }
        Integer[] valid = Arrays.copyOf(order, m);
        Arrays.sort(valid, Comparator.comparingDouble(i -> p[i]));
        double[] adj = new double[p.length];
        Arrays.fill(adj, Double.NaN);
        double running = 0.0;
        for (int k = 0; k < m; k++) {
            running = Math.max(running, Math.min(1.0, (m - k) * p[valid[k]]));
            adj[valid[k]] = running;
        }
        return adj;
    }
}
