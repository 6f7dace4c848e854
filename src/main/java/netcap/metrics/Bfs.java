package netcap.metrics;

import netcap.world.Graph;

import java.util.Arrays;

/**
 * Breadth-first search that reports only what path statistics need (sum of distances,
 * eccentricity, a farthest node), using the direction-optimizing scheme of Beamer, Asanovi&cacute;
 * &amp; Patterson ("Direction-optimizing breadth-first search", SC 2012): levels with a small
 * frontier expand top-down (frontier -&gt; neighbours); when the frontier's edges exceed
 * 1/{@value #ALPHA} of the edges still unexplored, levels run bottom-up (every unvisited node
 * looks for a parent in the frontier, stopping at the first), until the frontier falls below
 * n/{@value #BETA} nodes. Visited and frontier sets are bitsets (n/8 bytes each), so the
 * random reads of a level hit cache; the bottom-up scan reads the adjacency in order.
 * Distances are not stored: the sum is level &times; nodes reached at that level.
 *
 * <p>One instance per thread: it owns O(n) buffers (8n + n/4 bytes) reused across searches.
 */
final class Bfs {
    static final int ALPHA = 14;
    static final int BETA = 24;

    private final int n;
    private final int[] off;
    private final int[] adj;
    private final long[] visited;
    private final long[] front;
    private int[] queue;
    private int[] next;

    Bfs(Graph g) {
        n = g.nodes();
        off = g.offsets();
        adj = g.adjacency();
        visited = new long[(n + 63) >>> 6];
        front = new long[(n + 63) >>> 6];
        queue = new int[Math.max(n, 1)];
        next = new int[Math.max(n, 1)];
    }

    /** Searches from {@code s}; returns {sum of distances to reached nodes, eccentricity, a farthest node}. */
    long[] run(int s) {
        Arrays.fill(visited, 0L);
        visited[s >>> 6] |= 1L << s;
        int size = 1;
        queue[0] = s;
        long frontierEdges = off[s + 1] - off[s];
        long unexplored = (long) adj.length - frontierEdges;
        long sum = 0;
        int level = 0;
        int last = s;
        boolean bottomUp = false;
        while (size > 0) {
            if (!bottomUp && frontierEdges > unexplored / ALPHA) {
                bottomUp = true;
            } else if (bottomUp && size < n / BETA) {
                bottomUp = false;
            }
            int nextSize = bottomUp ? bottomUpStep(size) : topDownStep(size);
            level++;
            if (nextSize == 0) {
                break;
            }
            sum += (long) level * nextSize;
            last = next[0];
            frontierEdges = 0;
            for (int i = 0; i < nextSize; i++) {
                int v = next[i];
                frontierEdges += off[v + 1] - off[v];
            }
            unexplored -= frontierEdges;
            int[] t = queue;
            queue = next;
            next = t;
            size = nextSize;
        }
        return new long[] {sum, level - 1, last};
    }

    private int topDownStep(int size) {
        int k = 0;
        for (int q = 0; q < size; q++) {
            int u = queue[q];
            for (int i = off[u], e = off[u + 1]; i < e; i++) {
                int v = adj[i];
                long bit = 1L << v;
                int w = v >>> 6;
                if ((visited[w] & bit) == 0) {
                    visited[w] |= bit;
                    next[k++] = v;
                }
            }
        }
        return k;
    }

    private int bottomUpStep(int size) {
        for (int q = 0; q < size; q++) {
            int u = queue[q];
            front[u >>> 6] |= 1L << u;
        }
        int k = 0;
        for (int w = 0; w < visited.length; w++) {
            long unvisited = ~visited[w];
            if (unvisited == 0) {
                continue;
            }
            int base = w << 6;
            long found = 0;
            while (unvisited != 0) {
                int b = Long.numberOfTrailingZeros(unvisited);
                unvisited &= unvisited - 1;
                int v = base + b;
                if (v >= n) {
                    break;
                }
                for (int i = off[v], e = off[v + 1]; i < e; i++) {
                    int p = adj[i];
                    if ((front[p >>> 6] & (1L << p)) != 0) {
                        found |= 1L << b;
                        next[k++] = v;
                        break;
                    }
                }
            }
            // mark after the word is scanned: a node found at this level is not a parent at this level
            visited[w] |= found;
        }
        for (int q = 0; q < size; q++) {
            int u = queue[q];
            front[u >>> 6] = 0;
        }
        return k;
    }
}
