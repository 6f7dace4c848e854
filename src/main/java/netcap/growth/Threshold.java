package netcap.growth;

import netcap.world.Adjacency;

import java.util.Arrays;

/**
 * Threshold models of collective behaviour: an agent adopts once enough of its contacts have.
 *
 * <p>Granovetter, M. (1978). Threshold models of collective behavior. <i>American Journal of
 * Sociology</i> 83(6):1420-1443 (absolute thresholds: the number of others who must act first).
 * Watts, D. J. (2002). A simple model of global cascades on random networks. <i>PNAS</i>
 * 99(9):5766-5771 (fractional thresholds: the share of one's neighbours).
 *
 * <p><b>Rule.</b> A non-adopter i with c adopted contacts out of d adopts when
 * <ul>
 *   <li>absolute: {@code c >= threshold[i]};</li>
 *   <li>fractional: {@code c/d >= threshold[i]}, with c/d = 0 for an isolated node (which therefore
 *       adopts only with a threshold &lt;= 0).</li>
 * </ul>
 * Both authors use "at least" (Granovetter: joins when the number who have joined is at least
 * the threshold; Watts: switches when at least a fraction phi of its neighbours are active).
 * A threshold of 0 means adopting unconditionally (Granovetter's instigator). Adoption is
 * permanent. Contacts come from an {@link Adjacency}, or, with {@code adj == null}, are all
 * other N-1 agents (complete graph, not materialised: c = A - adopted[i], d = N-1).
 *
 * <p>The fractional comparison is done as the double quotient {@code c / (double) d >= phi},
 * which is exact at the boundary for decimal thresholds (9/50 and the literal 0.18 are the same
 * double), unlike {@code c >= phi * d}.
 *
 * <p>{@link #step} is synchronous, deterministic, allocation-free and may be run on slices in any
 * order. {@link #cascade} repeats steps until nothing changes; since the rule is monotone
 * (adopters only accumulate), the final set is the same for synchronous and asynchronous
 * updating in any order (the smallest stable set containing the seeds), so it also reproduces
 * Watts' random asynchronous updating.
 */
public final class Threshold {
    private Threshold() {
    }

    /** Whether an agent with {@code count} adopted of {@code contacts} contacts adopts. */
    public static boolean adopts(int count, int contacts, double threshold, boolean fractional) {
        if (fractional) {
            double share = contacts == 0 ? 0.0 : count / (double) contacts;
            return share >= threshold;
        }
        return count >= threshold;
    }

    /** One synchronous step for all agents; returns the number of new adopters. */
    public static int step(Adjacency adjOrNull, int n, byte[] adopted, byte[] next, double[] threshold,
            boolean fractional) {
        return step(adjOrNull, n, adopted, next, threshold, fractional, 0, n);
    }

    /**
     * One synchronous step for agents {@code from .. to-1}: writes {@code next[from..to)} from
     * {@code adopted}. In complete-graph mode ({@code adjOrNull == null}) the adopters are counted
     * over all n agents (O(n) per call).
     *
     * @return the number of new adopters in [from, to)
     */
    public static int step(Adjacency adjOrNull, int n, byte[] adopted, byte[] next, double[] threshold,
            boolean fractional, int from, int to) {
        if (from < 0 || to > n || from > to) {
            throw new IllegalArgumentException("bad slice [" + from + ", " + to + ") of " + n + " agents");
        }
        if (adjOrNull != null && adjOrNull.nodes() != n) {
            throw new IllegalArgumentException("n = " + n + " but the network has " + adjOrNull.nodes() + " nodes");
        }
        int total = adjOrNull == null ? Bass.countAdopters(adopted, n) : 0;
        int[] nb = adjOrNull == null ? null : adjOrNull.neighbors();
        int added = 0;
        for (int i = from; i < to; i++) {
            if (adopted[i] != 0) {
                next[i] = 1;
                continue;
            }
            int c;
            int d;
            if (nb == null) {
                c = total;
                d = n - 1;
            } else {
                d = adjOrNull.degree(i);
                int s = adjOrNull.start(i);
                c = 0;
                for (int j = s; j < s + d; j++) {
                    c += adopted[nb[j]] != 0 ? 1 : 0;
                }
            }
            if (adopts(c, d, threshold[i], fractional)) {
                next[i] = 1;
                added++;
            } else {
                next[i] = 0;
            }
        }
        return added;
    }

    /**
     * The outcome of a cascade.
     *
     * @param adopters        final number of adopters
     * @param steps           synchronous steps until nothing changed (the last step that added
     *                        someone; 0 if the seeds are stable)
     * @param adoptersByStep  adopters after each step, element 0 = the seeds; length steps + 1
     * @param stopped         true if {@code maxSteps} was reached while adoption was still going on
     */
    public record Cascade(int adopters, int steps, int[] adoptersByStep, boolean stopped) {
        /** Final share of adopters among n agents. */
        public double share(int n) {
            return n == 0 ? 0 : adopters / (double) n;
        }
    }

    /**
     * Runs synchronous steps from {@code adopted} (modified in place into the final state) until
     * no agent adopts or {@code maxSteps} steps have run. Same result as repeating {@link #step};
     * on a network only the contacts of the previous step's adopters are re-examined, so a cascade
     * costs O(n + the degrees of its adopters), not O(steps x edges). Allocates O(n) working
     * memory once per call; use {@link Workspace} to reuse it.
     */
    public static Cascade cascade(Adjacency adjOrNull, int n, byte[] adopted, double[] threshold, boolean fractional,
            int maxSteps) {
        return new Workspace(n).cascade(adjOrNull, n, adopted, threshold, fractional, maxSteps);
    }

    /** Reusable working memory of {@link Threshold#cascade} for up to {@code capacity} agents. */
    public static final class Workspace {
        private final int[] count;
        private final int[] frontier;
        private final int[] candidates;
        private final byte[] mark;
        private int[] history = new int[64];

        public Workspace(int capacity) {
            count = new int[capacity];
            frontier = new int[capacity];
            candidates = new int[capacity];
            mark = new byte[capacity];
        }

        /** As {@link Threshold#cascade}, reusing this workspace (not thread-safe). */
        public Cascade cascade(Adjacency adjOrNull, int n, byte[] adopted, double[] threshold, boolean fractional,
                int maxSteps) {
            if (n > count.length) {
                throw new IllegalArgumentException("workspace holds " + count.length + " agents, need " + n);
            }
            if (adjOrNull != null && adjOrNull.nodes() != n) {
                throw new IllegalArgumentException("n = " + n + " but the network has " + adjOrNull.nodes() + " nodes");
            }
            int a = Bass.countAdopters(adopted, n);
            int len = 0;
            record(len++, a);
            int steps = 0;
            boolean stopped = false;
            if (adjOrNull == null) {
                while (true) {
                    if (steps == maxSteps) {
                        stopped = anyWouldAdoptComplete(n, adopted, threshold, fractional, a);
                        break;
                    }
                    int k = 0;
                    for (int i = 0; i < n; i++) {
                        if (adopted[i] == 0 && adopts(a, n - 1, threshold[i], fractional)) {
                            frontier[k++] = i;
                        }
                    }
                    if (k == 0) {
                        break;
                    }
                    for (int j = 0; j < k; j++) {
                        adopted[frontier[j]] = 1;
                    }
                    a += k;
                    steps++;
                    record(len++, a);
                }
                return new Cascade(a, steps, Arrays.copyOf(history, len), stopped);
            }
            int[] nb = adjOrNull.neighbors();
            Arrays.fill(count, 0, n, 0);
            for (int v = 0; v < n; v++) {
                if (adopted[v] != 0) {
                    int s = adjOrNull.start(v);
                    for (int j = s, e = s + adjOrNull.degree(v); j < e; j++) {
                        count[nb[j]]++;
                    }
                }
            }
            // first step: anyone may adopt (e.g. threshold 0), so scan everyone
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (adopted[i] == 0 && adopts(count[i], adjOrNull.degree(i), threshold[i], fractional)) {
                    frontier[k++] = i;
                }
            }
            while (k > 0) {
                if (steps == maxSteps) {
                    stopped = true;
                    break;
                }
                for (int j = 0; j < k; j++) {
                    adopted[frontier[j]] = 1;
                }
                a += k;
                steps++;
                record(len++, a);
                // counts now reflect the new state; only the new adopters' contacts can change
                int c = 0;
                for (int j = 0; j < k; j++) {
                    int v = frontier[j];
                    int s = adjOrNull.start(v);
                    for (int x = s, e = s + adjOrNull.degree(v); x < e; x++) {
                        int w = nb[x];
                        count[w]++;
                        if (adopted[w] == 0 && mark[w] == 0) {
                            mark[w] = 1;
                            candidates[c++] = w;
                        }
                    }
                }
                k = 0;
                for (int j = 0; j < c; j++) {
                    int w = candidates[j];
                    mark[w] = 0;
                    if (adopts(count[w], adjOrNull.degree(w), threshold[w], fractional)) {
                        frontier[k++] = w;
                    }
                }
            }
            return new Cascade(a, steps, Arrays.copyOf(history, len), stopped);
        }

        private boolean anyWouldAdoptComplete(int n, byte[] adopted, double[] threshold, boolean fractional, int a) {
            for (int i = 0; i < n; i++) {
                if (adopted[i] == 0 && adopts(a, n - 1, threshold[i], fractional)) {
                    return true;
                }
            }
            return false;
        }

        private void record(int index, int value) {
            if (index == history.length) {
                history = Arrays.copyOf(history, history.length * 2);
            }
            history[index] = value;
        }
    }
}
