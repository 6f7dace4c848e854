package netcap.growth;

import ec.util.MersenneTwisterFast;
import netcap.random.Streams;
import netcap.world.Adjacency;

/**
 * Choosing the initial adopters: a founder (the leader who starts the network) and its first
 * followers. All helpers are deterministic for a key ({@link Streams}); ties in degree go to the
 * lowest node index.
 */
public final class Seeding {
    private Seeding() {
    }

    /** Marks {@code nodes} as adopted in {@code adopted}; returns how many were newly marked. */
    public static int mark(byte[] adopted, int... nodes) {
        int added = 0;
        for (int v : nodes) {
            if (v < 0 || v >= adopted.length) {
                throw new IllegalArgumentException("seed node " + v + " outside 0.." + (adopted.length - 1));
            }
            if (adopted[v] == 0) {
                adopted[v] = 1;
                added++;
            }
        }
        return added;
    }

    /** The node of highest degree (the lowest index among ties); -1 for an empty network. */
    public static int highestDegree(Adjacency adj) {
        int best = -1;
        int bestDegree = -1;
        for (int u = 0; u < adj.nodes(); u++) {
            int d = adj.degree(u);
            if (d > bestDegree) {
                bestDegree = d;
                best = u;
            }
        }
        return best;
    }

    /**
     * {@code k} distinct nodes out of {@code 0..n-1}, uniformly at random (partial Fisher-Yates
     * shuffle driven by the stream {@code key/"seeding"}), in the order drawn.
     */
    public static int[] randomNodes(int n, int k, long key) {
        if (k < 0 || k > n) {
            throw new IllegalArgumentException("cannot choose " + k + " of " + n + " nodes");
        }
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        MersenneTwisterFast rng = Streams.rng(key, "seeding");
        for (int i = 0; i < k; i++) {
            int j = i + rng.nextInt(n - i);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        return java.util.Arrays.copyOf(perm, k);
    }

    /**
     * Up to {@code k} distinct contacts of {@code founder}, uniformly at random among its
     * neighbours (all of them if it has at most k): the founder's first followers.
     */
    public static int[] followersAmongContacts(Adjacency adj, int founder, int k, long key) {
        int d = adj.degree(founder);
        int take = Math.min(k, d);
        int[] pick = randomNodes(d, take, key);
        int[] nb = adj.neighbors();
        int s = adj.start(founder);
        int[] out = new int[take];
        for (int i = 0; i < take; i++) {
            out[i] = nb[s + pick[i]];
        }
        return out;
    }
}
