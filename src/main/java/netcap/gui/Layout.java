package netcap.gui;

import netcap.world.MultiplexNetwork;

/**
 * A force-directed layout (Fruchterman &amp; Reingold 1991) for networks whose generator does not
 * place agents. Repulsion acts only within a cut-off of two ideal edge lengths, found through a
 * grid, so one iteration costs O(N + ties); the default 150 iterations take tens of milliseconds
 * at 1,000 agents. Deterministic: the start is a circle in agent order (which keeps ring lattices
 * and small worlds recognisable), nudged by the agents' own positions.
 */
public final class Layout {
    /** Margin left free on each side of the unit square. */
    public static final double MARGIN = 0.03;
    /** Iterations run by {@link #forceDirected}. */
    public static final int ITERATIONS = 150;

    private Layout() {
    }

    /**
     * Lays out the first {@code n} nodes of {@code net} in the unit square.
     *
     * @param jitterX positions in [0,1] used as a small deterministic nudge (may be null)
     * @param jitterY same for y
     * @return {x[], y[]} in [MARGIN, 1 - MARGIN]
     */
    public static double[][] forceDirected(MultiplexNetwork net, int n, double[] jitterX, double[] jitterY, int iterations) {
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / Math.max(1, n);
            double jx = jitterX == null ? 0 : jitterX[i] - 0.5;
            double jy = jitterY == null ? 0 : jitterY[i] - 0.5;
            x[i] = 0.5 + 0.4 * Math.cos(a) + 0.02 * jx;
            y[i] = 0.5 + 0.4 * Math.sin(a) + 0.02 * jy;
        }
        if (n < 2) {
            return normalize(x, y);
        }
        double k = Math.sqrt(1.0 / n);
        double cut = 2 * k;
        double[] dx = new double[n];
        double[] dy = new double[n];
        int[] cellOf = new int[n];
        int[] order = new int[n];
        int[] neighbors = net.neighbors();
        double temperature = 0.1;
        for (int it = 0; it < iterations; it++) {
            java.util.Arrays.fill(dx, 0);
            java.util.Arrays.fill(dy, 0);
            // grid of cells of side 'cut' over the bounding box
            double[] box = box(x, y, n);
            double minX = box[0], minY = box[1], maxX = box[2], maxY = box[3];
            int cols = (int) Math.min(512, Math.max(1, Math.ceil((maxX - minX) / cut) + 1));
            int rows = (int) Math.min(512, Math.max(1, Math.ceil((maxY - minY) / cut) + 1));
            double cw = Math.max(cut, (maxX - minX) / (cols - 0.5));
            double ch = Math.max(cut, (maxY - minY) / (rows - 0.5));
            int[] cellStart = new int[cols * rows + 1];
            for (int i = 0; i < n; i++) {
                int cx = Math.min(cols - 1, (int) ((x[i] - minX) / cw));
                int cy = Math.min(rows - 1, (int) ((y[i] - minY) / ch));
                cellOf[i] = cy * cols + cx;
                cellStart[cellOf[i] + 1]++;
            }
            for (int c = 0; c < cols * rows; c++) {
                cellStart[c + 1] += cellStart[c];
            }
            int[] fill = java.util.Arrays.copyOf(cellStart, cellStart.length);
            for (int i = 0; i < n; i++) {
                order[fill[cellOf[i]]++] = i;
            }
            // repulsion k^2/d within the cut-off
            double k2 = k * k;
            for (int i = 0; i < n; i++) {
                int cx = cellOf[i] % cols;
                int cy = cellOf[i] / cols;
                for (int oy = Math.max(0, cy - 1); oy <= Math.min(rows - 1, cy + 1); oy++) {
                    for (int ox = Math.max(0, cx - 1); ox <= Math.min(cols - 1, cx + 1); ox++) {
                        int c = oy * cols + ox;
                        for (int q = cellStart[c]; q < cellStart[c + 1]; q++) {
                            int j = order[q];
                            if (j == i) {
                                continue;
                            }
                            double ex = x[i] - x[j];
                            double ey = y[i] - y[j];
                            double d2 = ex * ex + ey * ey;
                            if (d2 < 1e-12) {
                                // coincident: push apart along a direction fixed by the ids
                                double a = (i * 0.618034 + j * 0.381966) * 2 * Math.PI;
                                dx[i] += k * 0.01 * Math.cos(a);
                                dy[i] += k * 0.01 * Math.sin(a);
                                continue;
                            }
                            if (d2 > cut * cut) {
                                continue;
                            }
                            double f = k2 / d2; // (k^2/d) / d, times the unit vector's d
                            dx[i] += ex * f;
                            dy[i] += ey * f;
                        }
                    }
                }
            }
            // attraction d^2/k along ties (every tie, members or not: the social fabric)
            for (int u = 0; u < n; u++) {
                int s = net.start(u);
                for (int q = s; q < s + net.degree(u); q++) {
                    int v = neighbors[q];
                    if (v <= u || v >= n) {
                        continue;
                    }
                    double ex = x[u] - x[v];
                    double ey = y[u] - y[v];
                    double d = Math.sqrt(ex * ex + ey * ey);
                    double f = d / k; // (d^2/k) / d
                    dx[u] -= ex * f;
                    dy[u] -= ey * f;
                    dx[v] += ex * f;
                    dy[v] += ey * f;
                }
            }
            // weak gravity keeps separate components on the screen
            for (int i = 0; i < n; i++) {
                dx[i] -= 0.05 * (x[i] - 0.5) / k;
                dy[i] -= 0.05 * (y[i] - 0.5) / k;
            }
            for (int i = 0; i < n; i++) {
                double len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
                if (len > 0) {
                    double step = Math.min(len, temperature);
                    x[i] += dx[i] / len * step;
                    y[i] += dy[i] / len * step;
                }
            }
            temperature = Math.max(0.002, temperature * 0.97);
        }
        return normalize(x, y);
    }

    /** The bounding box of the first n points: {minX, minY, maxX, maxY}. */
    private static double[] box(double[] x, double[] y, int n) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        return new double[] {minX, minY, maxX, maxY};
    }

    /** Scales positions into [MARGIN, 1 - MARGIN] keeping the aspect ratio, centred. */
    static double[][] normalize(double[] x, double[] y) {
        int n = x.length;
        double[] box = box(x, y, n);
        double minX = box[0], minY = box[1], maxX = box[2], maxY = box[3];
        double span = Math.max(1e-9, Math.max(maxX - minX, maxY - minY));
        double scale = (1 - 2 * MARGIN) / span;
        double offX = MARGIN + ((1 - 2 * MARGIN) - (maxX - minX) * scale) / 2;
        double offY = MARGIN + ((1 - 2 * MARGIN) - (maxY - minY) * scale) / 2;
        for (int i = 0; i < n; i++) {
            x[i] = n == 1 ? 0.5 : offX + (x[i] - minX) * scale;
            y[i] = n == 1 ? 0.5 : offY + (y[i] - minY) * scale;
        }
        return new double[][] {x, y};
    }

    /** Knowledge of agent i: tacit + explicit over its {@code d} domains. */
    public static double knowledge(double[] tacit, double[] explicit, int i, int d) {
        double s = 0;
        for (int q = i * d; q < (i + 1) * d; q++) {
            s += tacit[q] + explicit[q];
        }
        return s;
    }

    /**
     * Positions for agents {@code x.length .. n-1}, who appeared after the layout: each next to its
     * first neighbour placed before, or on the rim, at golden-angle steps (no random stream). Returns
     * {@code {x, y}} of length {@code n}, the first positions unchanged.
     */
    public static double[][] grow(double[] x, double[] y, int n, MultiplexNetwork net) {
        int old = x.length;
        double[] nx = java.util.Arrays.copyOf(x, n);
        double[] ny = java.util.Arrays.copyOf(y, n);
        for (int i = old; i < n; i++) {
            double angle = 2.399963 * i;
            int anchor = -1;
            for (int k = net.start(i); k < net.start(i) + net.degree(i); k++) {
                if (net.neighbors()[k] < old) {
                    anchor = net.neighbors()[k];
                    break;
                }
            }
            double cx = anchor < 0 ? 0.5 : nx[anchor];
            double cy = anchor < 0 ? 0.5 : ny[anchor];
            double rad = anchor < 0 ? 0.47 : 0.02;
            nx[i] = Math.max(0, Math.min(1, cx + rad * Math.cos(angle)));
            ny[i] = Math.max(0, Math.min(1, cy + rad * Math.sin(angle)));
        }
        return new double[][] {nx, ny};
    }
}
