package netcap.web.replay;

import netcap.InputException;
import netcap.io.GraphExport;
import netcap.model.observation.TrustStats;

/**
 * One recorded state of the network, as the replay draws it: per agent its position, membership
 * and strategy in one code, and its knowledge; per tie its ends, relationship level, layers and
 * the trust of each end in the other. Made from a {@link GraphExport} (a GraphML snapshot of a
 * run folder, or the live model of a preset), so both sources give the same frames.
 *
 * @param step      the step after which it was taken
 * @param n         agents
 * @param x         position in [0, 1] as the model placed the agent
 * @param y         same
 * @param state     {@link #NOT_JOINED}, {@link #LEFT}, or {@link #MEMBER} plus the strategy index
 * @param knowledge tacit plus explicit knowledge summed over domains
 * @param us        lower end of each tie
 * @param vs        other end
 * @param level     relationship level 0..4
 * @param style     0 face to face only, 1 online only, 2 both ({@link TrustStats#FACE_TO_FACE} etc.)
 * @param trustUV   trust of {@code us[i]} in {@code vs[i]}
 * @param trustVU   trust of {@code vs[i]} in {@code us[i]}
 */
record Snapshot(int step, int n, double[] x, double[] y, byte[] state, double[] knowledge,
                int[] us, int[] vs, byte[] level, byte[] style, float[] trustUV, float[] trustVU) {
    static final byte NOT_JOINED = 0;
    static final byte LEFT = 1;
    /** Members are {@code MEMBER + strategy} (contributor, free rider, conditional cooperator). */
    static final byte MEMBER = 2;

    /** The snapshot of a network written by {@link GraphExport#of(netcap.world.MultiplexNetwork, netcap.world.Agents)}. */
    static Snapshot of(int step, GraphExport g, String source) {
        int n = g.nodes();
        GraphExport.Column px = column(g, true, "x", source);
        GraphExport.Column py = column(g, true, "y", source);
        GraphExport.Column status = column(g, true, "status", source);
        GraphExport.Column strategy = column(g, true, "strategy", source);
        GraphExport.Column tacit = column(g, true, "tacitTotal", source);
        GraphExport.Column explicit = column(g, true, "explicitTotal", source);
        double[] x = new double[n];
        double[] y = new double[n];
        byte[] state = new byte[n];
        double[] know = new double[n];
        for (int u = 0; u < n; u++) {
            x[u] = number(px, u);
            y[u] = number(py, u);
            know[u] = number(tacit, u) + number(explicit, u);
            String st = status.has(u) ? status.text(u) : "";
            int s = GraphExport.STATUS_NAMES.indexOf(st);
            if (s < 0) {
                throw new InputException(source + ": node " + u + " has status '" + st + "'; allowed: "
                        + String.join(", ", GraphExport.STATUS_NAMES));
            }
            if (s == 1) {
                int k = GraphExport.STRATEGY_NAMES.indexOf(strategy.has(u) ? strategy.text(u) : "");
                state[u] = (byte) (MEMBER + Math.max(0, k));
            } else {
                state[u] = s == 0 ? NOT_JOINED : LEFT;
            }
        }
        GraphExport.Column lv = column(g, false, "level", source);
        GraphExport.Column layers = column(g, false, "layers", source);
        GraphExport.Column tuv = column(g, false, "trustUV", source);
        GraphExport.Column tvu = column(g, false, "trustVU", source);
        int m = g.edges();
        int[] us = new int[m];
        int[] vs = new int[m];
        byte[] level = new byte[m];
        byte[] style = new byte[m];
        float[] a = new float[m];
        float[] b = new float[m];
        for (int e = 0; e < m; e++) {
            us[e] = g.source(e);
            vs[e] = g.target(e);
            int l = (int) number(lv, e);
            level[e] = (byte) Math.max(0, Math.min(TrustStats.LEVELS - 1, l));
            style[e] = (byte) style(layers.has(e) ? layers.text(e) : "");
            a[e] = (float) number(tuv, e);
            b[e] = (float) number(tvu, e);
        }
        return new Snapshot(step, n, x, y, state, know, us, vs, level, style, a, b);
    }

    /** The style of a tie from its layer names ({@code physical|online}). */
    static int style(String layers) {
        boolean physical = false;
        boolean online = false;
        for (String l : layers.split("\\|")) {
            if (l.equals("physical")) {
                physical = true;
            } else if (!l.isBlank()) {
                online = true;
            }
        }
        return physical && online ? TrustStats.BOTH : online ? TrustStats.ONLINE : TrustStats.FACE_TO_FACE;
    }

    boolean member(int u) {
        return state[u] >= MEMBER;
    }

    /** Whether tie {@code e} joins two members (the ties drawn and counted; the others are latent). */
    boolean memberTie(int e) {
        return member(us[e]) && member(vs[e]);
    }

    /** Dyadic trust on the ties between members: each end's trust in the other is one entry. */
    TrustStats trust() {
        TrustStats.Builder b = new TrustStats.Builder();
        for (int e = 0; e < us.length; e++) {
            if (memberTie(e)) {
                boolean physical = style[e] != TrustStats.ONLINE;
                boolean online = style[e] != TrustStats.FACE_TO_FACE;
                b.add(trustUV[e], level[e], physical, online);
                b.add(trustVU[e], level[e], physical, online);
            }
        }
        return b.build();
    }

    private static GraphExport.Column column(GraphExport g, boolean node, String name, String source) {
        for (GraphExport.Column c : node ? g.nodeAttributes() : g.edgeAttributes()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new InputException(source + ": no " + (node ? "node" : "edge") + " attribute '" + name
                + "' (expected a network snapshot written by netcap run with output.snapshots)");
    }

    private static double number(GraphExport.Column c, int i) {
        return switch (c.type()) {
            case DOUBLE -> c.doubleValue(i);
            case INT -> c.intValue(i);
            case STRING -> {
                try {
                    yield c.has(i) ? Double.parseDouble(c.stringValue(i)) : Double.NaN;
                } catch (NumberFormatException e) {
                    yield Double.NaN;
                }
            }
        };
    }
}
