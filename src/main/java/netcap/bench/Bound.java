package netcap.bench;

import netcap.model.Parallel;
import netcap.world.MultiplexNetwork;

/**
 * The bound of {@code netcap bench}: the least any model step over the same ties can cost. One
 * pass over the network's CSR layout (the same arrays the mechanisms read) that reads every tie
 * entry once and does one multiply-add per entry, {@code y[i] = sum_e trust[e] * x[nbr[e]]}.
 */
public final class Bound {
    private Bound() {
    }

    /** Computes {@code y[i] = sum over i's entries e of trust[e] * x[nbr[e]]} for agents {@code from..to-1}; returns the sum of those y. */
    public static double sweep(MultiplexNetwork net, double[] x, double[] y, int from, int to) {
        int[] nbr = net.neighbors();
        float[] trust = net.trust();
        double total = 0;
        for (int i = from; i < to; i++) {
            int s = net.start(i);
            int e = s + net.degree(i);
            double sum = 0;
            for (int k = s; k < e; k++) {
                sum += trust[k] * x[nbr[k]];
            }
            y[i] = sum;
            total += sum;
        }
        return total;
    }

    /** The sweep over every agent on {@code parallel}'s threads (slices balanced by degree). */
    public static void sweep(MultiplexNetwork net, double[] x, double[] y, Parallel parallel) {
        parallel.forTies(net, net.nodes(), (from, to) -> sweep(net, x, y, from, to));
    }
}
