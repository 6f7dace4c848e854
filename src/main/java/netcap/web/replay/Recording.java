package netcap.web.replay;

import netcap.gui.Layout;
import netcap.gui.Palette;
import netcap.model.observation.TrustStats;
import netcap.world.MultiplexNetwork;

import java.awt.Color;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a replay shows, from either source (a run folder or a preset run here): the metrics rows
 * of every recorded step and the network snapshots. {@link #data} turns them into the page's
 * data: positions once, and per snapshot only what changes (each agent's state and knowledge,
 * the ties between members, the trust statistics), numbers rounded.
 */
final class Recording {
    /** The time-series columns the page charts (those the source has). */
    static final List<String> CHARTED = List.of("members", "active", "freeRiderShare", "contributorShare", "conditionalShare",
            "totalKnowledge", "socialization", "socializationCreation", "externalization", "uptake", "combination",
            "internalization", "teamCreation", "tieLevel0", "tieLevel1", "tieLevel2", "tieLevel3", "tieLevel4",
            "meanTieTrust", "meanTieTrustSingle", "meanTieTrustMultiplex");

    private final List<String> columns;
    private final boolean placed;
    private final List<double[]> rows = new ArrayList<>();
    private final List<Snapshot> snapshots = new ArrayList<>();

    /**
     * @param columns the metrics columns of the rows ({@code step} among them)
     * @param placed  whether the agents' own positions are their places on the map (else a
     *                force-directed layout of the first snapshot is drawn, as in the MASON window)
     */
    Recording(List<String> columns, boolean placed) {
        if (!columns.contains("step")) {
            throw new IllegalArgumentException("the rows need a step column, columns were " + columns);
        }
        this.columns = List.copyOf(columns);
        this.placed = placed;
    }

    void row(double[] row) {
        rows.add(row);
    }

    void snapshot(Snapshot s) {
        snapshots.add(s);
    }

    int frames() {
        return snapshots.size();
    }

    /** The page's data: {@code about}, {@code series}, {@code pos}, {@code frames}, {@code palette}, {@code texts}. */
    Map<String, Object> data(Map<String, Object> about, Map<String, String> texts) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("about", about);
        out.put("texts", texts);
        out.put("palette", palette());
        out.put("series", series());
        double[][] xy = positions();
        out.put("pos", Map.of("x", scaled(xy[0]), "y", scaled(xy[1])));
        List<Map<String, Object>> frames = new ArrayList<>();
        Map<Long, Integer> ties = new java.util.HashMap<>();
        for (Snapshot s : snapshots) {
            frames.add(frame(s, xy, ties));
        }
        out.put("frames", frames);
        return out;
    }

    private Map<String, Object> series() {
        Map<String, Object> out = new LinkedHashMap<>();
        int step = columns.indexOf("step");
        out.put("step", rows.stream().mapToInt(r -> (int) r[step]).toArray());
        for (String c : CHARTED) {
            int i = columns.indexOf(c);
            if (i < 0) {
                continue;
            }
            List<Double> v = new ArrayList<>(rows.size());
            for (double[] r : rows) {
                v.add(round(r[i], 4));
            }
            out.put(c, v);
        }
        return out;
    }

    /**
     * Positions in [0, 1] as the page draws them: the agents' places with the MASON window's
     * margin, or a force-directed layout of the first snapshot that has every agent.
     */
    private double[][] positions() {
        if (snapshots.isEmpty()) {
            return new double[][] {new double[0], new double[0]};
        }
        Snapshot last = snapshots.get(snapshots.size() - 1);
        int n = snapshots.stream().mapToInt(Snapshot::n).max().orElse(0);
        Snapshot full = snapshots.stream().filter(s -> s.n() == n).findFirst().orElse(last);
        if (placed) {
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = Layout.MARGIN + (1 - 2 * Layout.MARGIN) * full.x()[i];
                y[i] = Layout.MARGIN + (1 - 2 * Layout.MARGIN) * full.y()[i];
            }
            return new double[][] {x, y};
        }
        MultiplexNetwork net = new MultiplexNetwork(n, 2L * full.us().length, List.of());
        for (int e = 0; e < full.us().length; e++) {
            net.addTie(full.us()[e], full.vs()[e], 1, 0, 0f, 0f);
        }
        return Layout.forceDirected(net, n, full.x(), full.y(), Layout.ITERATIONS);
    }

    /**
     * One snapshot: state codes as one string, knowledge 0..100 of the most any member has, the
     * ties between members as changes to {@code previous} (which is updated), trust.
     */
    private static Map<String, Object> frame(Snapshot s, double[][] xy, Map<Long, Integer> previous) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("step", s.step());
        StringBuilder st = new StringBuilder(s.n());
        double max = 1e-12;
        int members = 0;
        for (int u = 0; u < s.n(); u++) {
            st.append((char) ('0' + s.state()[u]));
            if (s.member(u)) {
                members++;
                max = Math.max(max, s.knowledge()[u]);
            }
        }
        int[] know = new int[s.n()];
        for (int u = 0; u < s.n(); u++) {
            know[u] = s.member(u) ? (int) Math.round(100 * Math.max(0, s.knowledge()[u]) / max) : 0;
        }
        f.put("members", members);
        f.put("state", st.toString());
        f.put("know", know);
        // ties between members as changes since the previous snapshot: added or changed (u, v, code), dropped (u, v)
        Map<Long, Integer> now = new LinkedHashMap<>();
        for (int e = 0; e < s.us().length; e++) {
            if (s.memberTie(e)) {
                int u = s.us()[e];
                int v = s.vs()[e];
                int lc = Palette.lengthClass(Math.hypot(xy[0][u] - xy[0][v], xy[1][u] - xy[1][v]));
                now.put(((long) u << 32) | v, netcap.gui.Palette.tieCode(lc, s.style()[e], s.level()[e]));
            }
        }
        List<Integer> add = new ArrayList<>();
        now.forEach((key, code) -> {
            if (!code.equals(previous.get(key))) {
                add.add((int) (key >>> 32));
                add.add((int) (long) key);
                add.add(code);
            }
        });
        List<Integer> drop = new ArrayList<>();
        previous.keySet().stream().filter(key -> !now.containsKey(key)).sorted().forEach(key -> {
            drop.add((int) (key >>> 32));
            drop.add((int) (long) key);
        });
        previous.clear();
        previous.putAll(now);
        f.put("add", add);
        f.put("drop", drop);
        TrustStats t = s.trust();
        Map<String, Object> trust = new LinkedHashMap<>();
        trust.put("mean", round(t.mean(), 3));
        trust.put("level", rounded(t.meanByLevel()));
        trust.put("levelN", t.countByLevel());
        trust.put("layer", rounded(t.meanByLayer()));
        trust.put("layerN", t.countByLayer());
        trust.put("hist", t.histogram());
        f.put("trust", trust);
        return f;
    }

    /** The MASON window's colours and widths (netcap.gui.Palette) as CSS. */
    private static Map<String, Object> palette() {
        Map<String, Object> p = new LinkedHashMap<>();
        List<String> strategy = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            strategy.add(css(Palette.strategy(s)));
        }
        p.put("strategy", strategy);
        p.put("left", css(Palette.LEFT));
        p.put("notJoined", css(Palette.NOT_JOINED));
        p.put("outline", css(Palette.OUTLINE));
        List<String> tie = new ArrayList<>();
        List<Double> width = new ArrayList<>();
        for (int lc = 0; lc < Palette.LENGTH_CLASSES; lc++) {
            for (int style = 0; style < 3; style++) {
                for (int level = 0; level < TrustStats.LEVELS; level++) {
                    tie.add(css(Palette.tie(style, level, lc)));
                    width.add(round(Palette.tieWidth(level, lc), 3));
                }
            }
        }
        p.put("tie", tie);
        p.put("tieWidth", width);
        List<String> knowledge = new ArrayList<>();
        for (int i = 0; i <= 10; i++) {
            knowledge.add(css(Palette.knowledge(i / 10.0)));
        }
        p.put("knowledge", knowledge);
        return p;
    }

    static String css(Color c) {
        return c.getAlpha() == 255 ? String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue())
                : String.format(java.util.Locale.ROOT, "rgba(%d,%d,%d,%.3f)", c.getRed(), c.getGreen(), c.getBlue(), c.getAlpha() / 255.0);
    }

    private static int[] scaled(double[] v) {
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (int) Math.round(10000 * v[i]);
        }
        return out;
    }

    private static List<Double> rounded(double[] v) {
        List<Double> out = new ArrayList<>(v.length);
        for (double d : v) {
            out.add(round(d, 3));
        }
        return out;
    }

    /** {@code v} to {@code digits} significant digits; null (JSON null, a gap) when not finite. */
    static Double round(double v, int digits) {
        if (!Double.isFinite(v)) {
            return null;
        }
        return new BigDecimal(v).round(new MathContext(digits)).doubleValue();
    }
}
