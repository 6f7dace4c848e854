package netcap.generate;

import netcap.world.NodeAttributes;

/** Fail-fast parameter checks with messages of the form {@code gen: p must be in [0,1], was 1.5}. */
final class Check {
    /** Largest number of directed adjacency entries a {@link netcap.world.Graph} can hold. */
    static final long MAX_ENTRIES = Integer.MAX_VALUE - 8;
    /** Largest number of undirected edges a generator may produce. */
    static final long MAX_EDGES = MAX_ENTRIES / 2;

    private Check() {
    }

    static IllegalArgumentException fail(String gen, String message) {
        return new IllegalArgumentException(gen + ": " + message);
    }

    static void nodes(String gen, int n, int min) {
        if (n < min) {
            throw fail(gen, "n must be >= " + min + ", was " + n);
        }
    }

    static void probability(String gen, String name, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw fail(gen, name + " must be in [0,1], was " + p);
        }
    }

    static void edges(String gen, double edges, String formula) {
        if (!(edges <= MAX_EDGES)) {
            throw fail(gen, formula + " = " + (long) edges + " edges exceeds the limit of " + MAX_EDGES);
        }
    }

    static void attrs(String gen, NodeAttributes attrs, int n) {
        if (attrs == null) {
            throw fail(gen, "needs node attributes of size n = " + n + ", got null");
        }
        if (attrs.n != n) {
            throw fail(gen, "node attributes have size " + attrs.n + ", expected n = " + n);
        }
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
