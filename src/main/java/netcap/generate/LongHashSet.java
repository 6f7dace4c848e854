package netcap.generate;

import netcap.random.Streams;

import java.util.Arrays;

/**
 * An open-addressing hash set of non-negative {@code long} keys with linear probing and
 * backward-shift deletion (no tombstones); no boxing. Used by the generators to detect
 * duplicate edges, keyed by {@link #edgeKey(int, int)}. Capacity is a power of two sized for a
 * load factor of at most 0.7 for the expected number of keys; it grows by doubling if exceeded.
 * Iteration order is never exposed, so generator output cannot depend on it.
 */
final class LongHashSet {
    private static final long EMPTY = -1L;
    private long[] table;
    private int mask;
    private int size;
    private int limit;

    LongHashSet(long expected) {
        long cap = Long.highestOneBit(Math.max(16L, (long) Math.ceil(expected / 0.7)) * 2 - 1);
        if (cap > (1L << 30)) {
            throw new IllegalArgumentException("hash set too large for " + expected + " keys");
        }
        alloc((int) cap);
    }

    private void alloc(int cap) {
        table = new long[cap];
        Arrays.fill(table, EMPTY);
        mask = cap - 1;
        limit = (int) (cap * 0.7);
        size = 0;
    }

    /** The key of the undirected pair {u, v}: (min &lt;&lt; 32) | max. */
    static long edgeKey(int u, int v) {
        return u < v ? ((long) u << 32) | v : ((long) v << 32) | u;
    }

    private int slot(long key) {
        return (int) Streams.mix64(key) & mask;
    }

    int size() {
        return size;
    }

    void clear() {
        Arrays.fill(table, EMPTY);
        size = 0;
    }

    boolean contains(long key) {
        int i = slot(key);
        while (true) {
            long k = table[i];
            if (k == key) {
                return true;
            }
            if (k == EMPTY) {
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    /** Adds {@code key} (must be &gt;= 0); returns whether it was absent. */
    boolean add(long key) {
        int i = slot(key);
        while (true) {
            long k = table[i];
            if (k == key) {
                return false;
            }
            if (k == EMPTY) {
                table[i] = key;
                if (++size > limit) {
                    rehash();
                }
                return true;
            }
            i = (i + 1) & mask;
        }
    }

    /** Removes {@code key}; returns whether it was present. */
    boolean remove(long key) {
        int i = slot(key);
        while (true) {
            long k = table[i];
            if (k == EMPTY) {
                return false;
            }
            if (k == key) {
                break;
            }
            i = (i + 1) & mask;
        }
        // backward-shift deletion
        int hole = i;
        int j = (i + 1) & mask;
        while (true) {
            long k = table[j];
            if (k == EMPTY) {
                break;
            }
            int home = slot(k);
            // move k into the hole if its home is not cyclically in (hole, j]
            if (((j - home) & mask) >= ((j - hole) & mask)) {
                table[hole] = k;
                hole = j;
            }
            j = (j + 1) & mask;
        }
        table[hole] = EMPTY;
        size--;
        return true;
    }

    private void rehash() {
        long[] old = table;
        if (old.length >= (1 << 30)) {
            throw new IllegalStateException("hash set full");
        }
        alloc(old.length * 2);
        for (long k : old) {
            if (k != EMPTY) {
                add(k);
            }
        }
    }
}
