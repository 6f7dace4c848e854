package netcap.world;

import java.util.Arrays;

/** A growable list of (source, target) pairs in two primitive arrays; no boxing. */
public final class EdgeList {
    private int[] src;
    private int[] dst;
    private int size;

    public EdgeList() {
        this(16);
    }

    public EdgeList(int capacity) {
        src = new int[Math.max(capacity, 4)];
        dst = new int[Math.max(capacity, 4)];
    }

    public void add(int u, int v) {
        if (size == src.length) {
            int cap = (int) Math.min(Integer.MAX_VALUE - 8, (long) size * 2);
            src = Arrays.copyOf(src, cap);
            dst = Arrays.copyOf(dst, cap);
        }
        src[size] = u;
        dst[size] = v;
        size++;
    }

    public int size() {
        return size;
    }

    public int source(int i) {
        return src[i];
    }

    public int target(int i) {
        return dst[i];
    }

    /** Removes all pairs, keeping the capacity. */
    public void clear() {
        size = 0;
    }
}
