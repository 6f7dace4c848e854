package netcap.bench;

import netcap.model.Params;
import netcap.world.MultiplexNetwork;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The model's own bound in {@code netcap bench}: for every pass of a step that visits the tie
 * entries and reads a row of the neighbour, a bare loop over the same network (as compact CSR
 * arrays: offsets, neighbour ids, trust) that reads, per tie entry, a row of the same width from a
 * random place and does the same number of multiply-adds. The bench times several shapes of that
 * loop for C2 on Java 17 (interleaved repetitions, per pass and size) and takes the fastest: eight
 * independent scalar accumulators unrolled by hand, with and without touching every cache line of
 * the row {@link #PREFETCH} entries ahead as a software prefetch ({@link #sweep}); the element-wise
 * {@code acc[c] += t * row[c]} that C2 vectorises ({@link #sweepVector}); the plain shape of the
 * reference loop ({@link #sweepPlain}); and the multiply-adds written out in blocks of 8, so that
 * their count is a constant of the loop ({@link #sweepFixed}). The bound of a step is the sum over
 * its passes. Nothing in it depends on the model's choices beyond the bytes and the arithmetic
 * each pass needs per entry, so an implementation of this model cannot be faster than it on the
 * same machine.
 *
 * <p>{@link #reference} is the plain loop a first attempt would write (one read and one
 * multiply-add per float of a 32-float row, summed in a scalar); the bench checks that the bound's
 * loop, given the same shape, is not slower.
 */
public final class ModelBound {
    /** Smallest and largest m (plus one) for which {@link #sweepFixed} has a loop. */
    public static final int FIXED_MIN = 8;
    public static final int FIXED_END = 40;
    /** Tie entries ahead whose row is touched. */
    static final int PREFETCH = 8;
    /** Floats per cache line. */
    private static final int LINE = 16;

    private ModelBound() {
    }

    /**
     * One pass over the tie entries: the floats of the neighbour's row it must read per entry
     * ({@code rowFloats}; bytes and flags are counted as a float) and its multiply-adds per entry.
     */
    public record Pass(String name, int rowFloats, int madds, boolean subset, String reads) {
        public Pass {
            if (rowFloats < 1 || madds < 0 || madds > rowFloats) {
                throw new IllegalArgumentException("a pass needs 1 <= madds <= rowFloats: " + name);
            }
        }

        /** Bytes read from the neighbour's row per tie entry. */
        public int bytesPerEntry() {
            return 4 * rowFloats;
        }
    }

    /**
     * The passes of one step of the model with these parameters, heaviest first: {@code subset} marks
     * those in the mechanisms of the classic version. Row widths are those of the rows the
     * mechanisms build ({@code Posts}, {@code Combination}, {@code Socialization}); the multiply-adds
     * count one per level offered or weighed.
     */
    public static List<Pass> passes(Params p) {
        int d = p.domains;
        int h = p.horizon;
        int dims = p.interestDims;
        List<Pass> out = new ArrayList<>();
        // posts: propensity, D shown stocks, then per hop below H and domain the best, the neighbour
        // it came from and its publisher; one offer (fidelity x level, compared) per level. The second
        // best and its publisher, read only for the slots whose best came from the reader, are left out.
        out.add(new Pass("posts", netcap.model.knowledge.Posts.rowWidth(d, h), d + h * d, true,
                "propensity, D explicit stocks, (best, from, origin) x H x D"));
        // socialization: a row of 1 + 2D doubles (weight, tacit, knowledge); per domain gap, add, max, shared
        out.add(new Pass("socialization", 2 * netcap.model.knowledge.Socialization.rowWidth(d), 4 * d, true, "weight, D tacit, D knowledge, as doubles"));
        // combination: propensity, D shown stocks, interests; the amount and the distance of interests
        out.add(new Pass("combination", netcap.model.knowledge.Combination.rowWidth(d, dims), d + dims, true, "propensity, D shown stocks, interests"));
        // trust: the neighbour's flag byte and the twin's satisfied byte
        out.add(new Pass("trust", 1, 1, true, "flag byte, twin's satisfied byte"));
        // full model only: the exchange weighs each seller (status, activity, knowledge in one domain, the twin's trust)
        out.add(new Pass("exchange", 4, 3, false, "status, activity, knowledge in the needed domain, twin's trust"));
        // the public-goods game: conditional contributors read last contributions, then prepare, share, collect
        out.add(new Pass("contribution", 4, 4, false, "last contribution, played, share, payoff"));
        // ties: the neighbour's status and the tie's counters
        out.add(new Pass("ties", 1, 1, false, "status, idle and exchange counters"));
        return out;
    }

    /** A network's tie entries as compact CSR arrays (no spare capacity between blocks). */
    public record Csr(int[] offsets, int[] neighbors, float[] trust) {
        public int nodes() {
            return offsets.length - 1;
        }

        public int entries() {
            return neighbors.length;
        }

        public static Csr of(MultiplexNetwork net) {
            int n = net.nodes();
            int[] off = new int[n + 1];
            for (int i = 0; i < n; i++) {
                off[i + 1] = off[i] + net.degree(i);
            }
            int[] nb = new int[off[n]];
            float[] tr = new float[off[n]];
            int[] src = net.neighbors();
            float[] st = net.trust();
            for (int i = 0; i < n; i++) {
                System.arraycopy(src, net.start(i), nb, off[i], net.degree(i));
                System.arraycopy(st, net.start(i), tr, off[i], net.degree(i));
            }
            return new Csr(off, nb, tr);
        }
    }

    /** Rows of {@code width} floats for {@code n} agents, filled with small positive values from {@code seed}. */
    public static float[] rows(int n, int width, long seed) {
        float[] r = new float[Math.multiplyExact(n, width)];
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < r.length; i++) {
            r[i] = (float) (0.5 + 0.5 * rnd.nextDouble());
        }
        return r;
    }

    /**
     * The bound's loop for one pass over agents {@code from..to-1}: per entry k of agent i, with
     * j = neighbors[k] and t = trust[k], one multiply-add {@code t * rows[j*w + c]} for each c &lt; m
     * into eight independent accumulators (so the adds do not wait on each other); every cache line
     * of the row of the entry {@link #PREFETCH} ahead is read first (a software prefetch, which
     * also brings in the part of the row beyond m); {@code y[i]} = the sum of the accumulators.
     * Returns the sum of the touched floats (to keep the reads).
     */
    public static float sweep(Csr g, float[] rows, int w, int m, float[] y, int from, int to) {
        return sweep(g, rows, w, m, y, from, to, true);
    }

    /**
     * {@link #sweep} with or without the prefetch; without it, the part of each row beyond m is read
     * after the multiply-adds, one read per cache line, as in {@link #sweepPlain}. With rows far out
     * of cache the loop without prefetch is often the fastest of all: the out-of-order core already
     * overlaps the misses of several entries, and the touches ahead only add loads.
     */
    public static float sweep(Csr g, float[] rows, int w, int m, float[] y, int from, int to, boolean prefetch) {
        int[] off = g.offsets();
        int[] nb = g.neighbors();
        float[] tr = g.trust();
        int last = off[to];
        int m8 = m & ~7;
        float touched = 0;
        for (int i = from; i < to; i++) {
            float a0 = 0;
            float a1 = 0;
            float a2 = 0;
            float a3 = 0;
            float a4 = 0;
            float a5 = 0;
            float a6 = 0;
            float a7 = 0;
            int e = off[i + 1];
            for (int k = off[i]; k < e; k++) {
                int jr = nb[k] * w;
                touched += prefetch ? touchAhead(rows, nb, k, last, w) : rest(rows, jr, m, w);
                float t = tr[k];
                int c = 0;
                for (; c < m8; c += 8) {
                    int x = jr + c;
                    a0 += t * rows[x];
                    a1 += t * rows[x + 1];
                    a2 += t * rows[x + 2];
                    a3 += t * rows[x + 3];
                    a4 += t * rows[x + 4];
                    a5 += t * rows[x + 5];
                    a6 += t * rows[x + 6];
                    a7 += t * rows[x + 7];
                }
                for (; c < m; c++) {
                    a0 += t * rows[jr + c];
                }
            }
            y[i] = ((a0 + a1) + (a2 + a3)) + ((a4 + a5) + (a6 + a7));
        }
        return touched;
    }

    /**
     * The same pass as {@link #sweep} in the shape C2 vectorises: {@code acc[c] += t * rows[j*w + c]}
     * element-wise over a float array of m accumulators, with the same prefetch. Faster than
     * {@link #sweep} on some rows and machines, slower on others; the bench takes the faster.
     */
    public static float sweepVector(Csr g, float[] rows, int w, int m, float[] y, int from, int to) {
        int[] off = g.offsets();
        int[] nb = g.neighbors();
        float[] tr = g.trust();
        int last = off[to];
        float[] acc = new float[Math.max(1, m)];
        float touched = 0;
        for (int i = from; i < to; i++) {
            java.util.Arrays.fill(acc, 0f);
            int e = off[i + 1];
            for (int k = off[i]; k < e; k++) {
                touched += touchAhead(rows, nb, k, last, w);
                int jr = nb[k] * w;
                float t = tr[k];
                for (int c = 0; c < m; c++) {
                    acc[c] += t * rows[jr + c];
                }
            }
            float s = 0;
            for (int c = 0; c < m; c++) {
                s += acc[c];
            }
            y[i] = s;
        }
        return touched;
    }

    /**
     * The same pass in the plain shape of {@link #reference}: no prefetch, the multiply-adds summed
     * in one double, then one read of every cache line of the rest of the row. With rows far out
     * of cache this was the fastest shape on some runs (the touches ahead of the other shapes keep
     * loads waiting), so the bench takes it as a third candidate.
     */
    public static float sweepPlain(Csr g, float[] rows, int w, int m, float[] y, int from, int to) {
        int[] off = g.offsets();
        int[] nb = g.neighbors();
        float[] tr = g.trust();
        float touched = 0;
        for (int i = from; i < to; i++) {
            double sum = 0;
            for (int k = off[i]; k < off[i + 1]; k++) {
                int jr = nb[k] * w;
                float t = tr[k];
                for (int c = 0; c < m; c++) {
                    sum += t * rows[jr + c];
                }
                touched += rest(rows, jr, m, w);
            }
            y[i] = (float) sum;
        }
        return touched;
    }

    /**
     * {@link #sweep} with the multiply-adds of an entry written out in blocks of 8 (so their number
     * is a constant of the loop, as the width 32 is in {@link #reference}, and C2 issues the loads of
     * a whole row, and of the next entries, without a loop between them; with rows far out of cache
     * this keeps more reads in flight), the remainder below 8 in a loop; for m of 8 to 39. Returns
     * NaN, touching nothing, for other m.
     */
    public static float sweepFixed(Csr g, float[] rows, int w, int m, float[] y, int from, int to, boolean prefetch) {
        return switch (m >> 3) {
            case 1 -> sweepFixed8(g, rows, w, m, y, from, to, prefetch);
            case 2 -> sweepFixed16(g, rows, w, m, y, from, to, prefetch);
            case 3 -> sweepFixed24(g, rows, w, m, y, from, to, prefetch);
            case 4 -> sweepFixed32(g, rows, w, m, y, from, to, prefetch);
            default -> Float.NaN;
        };
    }

    /** {@link #sweepFixed} for 8 &lt;= m &lt; 16: the first 8 multiply-adds of an entry written out. */
    private static float sweepFixed8(Csr g, float[] rows, int w, int m, float[] y, int from, int to, boolean prefetch) {
        int[] off = g.offsets();
        int[] nb = g.neighbors();
        float[] tr = g.trust();
        int last = off[to];
        float touched = 0;
        for (int i = from; i < to; i++) {
            float a0 = 0;
            float a1 = 0;
            float a2 = 0;
            float a3 = 0;
            float a4 = 0;
            float a5 = 0;
            float a6 = 0;
            float a7 = 0;
            int e = off[i + 1];
            for (int k = off[i]; k < e; k++) {
                int x = nb[k] * w;
                touched += prefetch ? touchAhead(rows, nb, k, last, w) : rest(rows, x, m, w);
                float t = tr[k];
                a0 += t * rows[x];
                a1 += t * rows[x + 1];
                a2 += t * rows[x + 2];
                a3 += t * rows[x + 3];
                a4 += t * rows[x + 4];
                a5 += t * rows[x + 5];
                a6 += t * rows[x + 6];
                a7 += t * rows[x + 7];
                for (int c = 8; c < m; c++) {
                    a0 += t * rows[x + c];
                }
            }
            y[i] = ((a0 + a1) + (a2 + a3)) + ((a4 + a5) + (a6 + a7));
        }
        return touched;
    }

    /** {@link #sweepFixed} for 16 &lt;= m &lt; 24: the first 16 multiply-adds of an entry written out. */
    private static float sweepFixed16(Csr g, float[] rows, int w, int m, float[] y, int from, int to, boolean prefetch) {
        int[] off = g.offsets();
        int[] nb = g.neighbors();
        float[] tr = g.trust();
        int last = off[to];
        float touched = 0;
        for (int i = from; i < to; i++) {
            float a0 = 0;
            float a1 = 0;
            float a2 = 0;
            float a3 = 0;
            float a4 = 0;
            float a5 = 0;
            float a6 = 0;
            float a7 = 0;
            int e = off[i + 1];
            for (int k = off[i]; k < e; k++) {
                int x = nb[k] * w;
                touched += prefetch ? touchAhead(rows, nb, k, last, w) : rest(rows, x, m, w);
                float t = tr[k];
                a0 += t * rows[x];
                a1 += t * rows[x + 1];
                a2 += t * rows[x + 2];
                a3 += t * rows[x + 3];
                a4 += t * rows[x + 4];
                a5 += t * rows[x + 5];
                a6 += t * rows[x + 6];
                a7 += t * rows[x + 7];
                a0 += t * rows[x + 8];
                a1 += t * rows[x + 9];
                a2 += t * rows[x + 10];
                a3 += t * rows[x + 11];
                a4 += t * rows[x + 12];
                a5 += t * rows[x + 13];
                a6 += t * rows[x + 14];
                a7 += t * rows[x + 15];
                for (int c = 16; c < m; c++) {
                    a0 += t * rows[x + c];
                }
            }
            y[i] = ((a0 + a1) + (a2 + a3)) + ((a4 + a5) + (a6 + a7));
        }
        return touched;
    }

    /** {@link #sweepFixed} for 24 &lt;= m &lt; 32: the first 24 multiply-adds of an entry written out. */
    private static float sweepFixed24(Csr g, float[] rows, int w, int m, float[] y, int from, int to, boolean prefetch) {
        int[] off = g.offsets();
        int[] nb = g.neighbors();
        float[] tr = g.trust();
        int last = off[to];
        float touched = 0;
        for (int i = from; i < to; i++) {
            float a0 = 0;
            float a1 = 0;
            float a2 = 0;
            float a3 = 0;
            float a4 = 0;
            float a5 = 0;
            float a6 = 0;
            float a7 = 0;
            int e = off[i + 1];
            for (int k = off[i]; k < e; k++) {
                int x = nb[k] * w;
                touched += prefetch ? touchAhead(rows, nb, k, last, w) : rest(rows, x, m, w);
                float t = tr[k];
                a0 += t * rows[x];
                a1 += t * rows[x + 1];
                a2 += t * rows[x + 2];
                a3 += t * rows[x + 3];
                a4 += t * rows[x + 4];
                a5 += t * rows[x + 5];
                a6 += t * rows[x + 6];
                a7 += t * rows[x + 7];
                a0 += t * rows[x + 8];
                a1 += t * rows[x + 9];
                a2 += t * rows[x + 10];
                a3 += t * rows[x + 11];
                a4 += t * rows[x + 12];
                a5 += t * rows[x + 13];
                a6 += t * rows[x + 14];
                a7 += t * rows[x + 15];
                a0 += t * rows[x + 16];
                a1 += t * rows[x + 17];
                a2 += t * rows[x + 18];
                a3 += t * rows[x + 19];
                a4 += t * rows[x + 20];
                a5 += t * rows[x + 21];
                a6 += t * rows[x + 22];
                a7 += t * rows[x + 23];
                for (int c = 24; c < m; c++) {
                    a0 += t * rows[x + c];
                }
            }
            y[i] = ((a0 + a1) + (a2 + a3)) + ((a4 + a5) + (a6 + a7));
        }
        return touched;
    }

    /** {@link #sweepFixed} for 32 &lt;= m &lt; 40: the first 32 multiply-adds of an entry written out. */
    private static float sweepFixed32(Csr g, float[] rows, int w, int m, float[] y, int from, int to, boolean prefetch) {
        int[] off = g.offsets();
        int[] nb = g.neighbors();
        float[] tr = g.trust();
        int last = off[to];
        float touched = 0;
        for (int i = from; i < to; i++) {
            float a0 = 0;
            float a1 = 0;
            float a2 = 0;
            float a3 = 0;
            float a4 = 0;
            float a5 = 0;
            float a6 = 0;
            float a7 = 0;
            int e = off[i + 1];
            for (int k = off[i]; k < e; k++) {
                int x = nb[k] * w;
                touched += prefetch ? touchAhead(rows, nb, k, last, w) : rest(rows, x, m, w);
                float t = tr[k];
                a0 += t * rows[x];
                a1 += t * rows[x + 1];
                a2 += t * rows[x + 2];
                a3 += t * rows[x + 3];
                a4 += t * rows[x + 4];
                a5 += t * rows[x + 5];
                a6 += t * rows[x + 6];
                a7 += t * rows[x + 7];
                a0 += t * rows[x + 8];
                a1 += t * rows[x + 9];
                a2 += t * rows[x + 10];
                a3 += t * rows[x + 11];
                a4 += t * rows[x + 12];
                a5 += t * rows[x + 13];
                a6 += t * rows[x + 14];
                a7 += t * rows[x + 15];
                a0 += t * rows[x + 16];
                a1 += t * rows[x + 17];
                a2 += t * rows[x + 18];
                a3 += t * rows[x + 19];
                a4 += t * rows[x + 20];
                a5 += t * rows[x + 21];
                a6 += t * rows[x + 22];
                a7 += t * rows[x + 23];
                a0 += t * rows[x + 24];
                a1 += t * rows[x + 25];
                a2 += t * rows[x + 26];
                a3 += t * rows[x + 27];
                a4 += t * rows[x + 28];
                a5 += t * rows[x + 29];
                a6 += t * rows[x + 30];
                a7 += t * rows[x + 31];
                for (int c = 32; c < m; c++) {
                    a0 += t * rows[x + c];
                }
            }
            y[i] = ((a0 + a1) + (a2 + a3)) + ((a4 + a5) + (a6 + a7));
        }
        return touched;
    }

    /** Reads one float of every cache line of the row at {@code jr} beyond its first m floats. */
    private static float rest(float[] rows, int jr, int m, int w) {
        float t = 0;
        for (int c = m; c < w; c += LINE) {
            t += rows[jr + c];
        }
        return m < w ? t + rows[jr + w - 1] : t;
    }

    /** Reads every cache line of the row of the entry {@link #PREFETCH} after k (of k itself near the end). */
    private static float touchAhead(float[] rows, int[] nb, int k, int last, int w) {
        int ar = nb[k + PREFETCH < last ? k + PREFETCH : k] * w;
        float t = 0;
        for (int c = 0; c < w; c += LINE) {
            t += rows[ar + c];
        }
        return t + rows[ar + w - 1];
    }

    /**
     * The plain reference loop: per entry, one read and one multiply-add per float of the
     * neighbour's 32-float row, {@code y[i] = sum_k sum_c trust[k] * rows[j*32 + c]}, summed in a scalar.
     */
    public static void reference(Csr g, float[] rows, double[] y, int from, int to) {
        int[] off = g.offsets();
        int[] nb = g.neighbors();
        float[] tr = g.trust();
        for (int i = from; i < to; i++) {
            double sum = 0;
            for (int k = off[i]; k < off[i + 1]; k++) {
                int jr = nb[k] * 32;
                float t = tr[k];
                for (int c = 0; c < 32; c++) {
                    sum += t * rows[jr + c];
                }
            }
            y[i] = sum;
        }
    }
}
