package netcap.web;

import com.fasterxml.jackson.core.JsonGenerator;
import netcap.gui.Layout;
import netcap.gui.Palette;
import netcap.gui.Presets;
import netcap.model.NetcapModel;
import netcap.model.Params;
import netcap.model.observation.Metrics;
import netcap.model.observation.TrustStats;
import netcap.world.Agents;
import netcap.world.MultiplexNetwork;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;

/**
 * One running model as the browser draws it: the model, the agents' positions on the page (their
 * own when the generator placed them, else a force-directed layout computed once at the start) and
 * the chart rows recorded so far (at most {@link #WINDOW}). Written as JSON by
 * {@link #write(JsonGenerator, boolean)}. Not thread-safe: its {@link Session} calls it under one lock.
 */
final class Side {
    /** Chart rows kept (older rows are dropped), as in the MASON window. */
    static final int WINDOW = netcap.gui.ChartData.WINDOW;
    /** Most ties sent per frame; above, member ties are sampled evenly and ties of non-members dropped first. */
    static final int MAX_TIES = 6000;
    /** The tie code of a latent tie (not between two members); the others are (lengthClass * 3 + style) * 5 + level. */
    static final int LATENT = Palette.LENGTH_CLASSES * 15;
    /** Sizes and knowledge are sent as whole numbers 0..SCALE. */
    static final int SCALE = 20;
    /** The SECI flows charted, in order. */
    static final List<String> SECI = netcap.gui.ChartData.SECI;
    /**
     * The columns of a chart row: the model's metrics, then ties by level (each counted once), then
     * mean dyadic trust by level, by layer and overall ({@link TrustStats}).
     */
    static final List<String> COLUMNS = columns();

    private static final int[] METRIC_COLS = COLUMNS.stream().limit(5 + SECI.size())
            .mapToInt(c -> Metrics.COLUMNS.indexOf(c)).toArray();
    private static final int TIE_LEVEL_0 = Metrics.COLUMNS.indexOf("tieLevel0");

    final Presets.Preset preset;
    final NetcapModel model;
    private double[] x;
    private double[] y;
    private boolean placed;
    private final ArrayDeque<Double[]> history = new ArrayDeque<>();
    private long[] histogram = new long[TrustStats.BINS];
    /** Agents when the last frame was written: a frame after the population grew carries the positions again. */
    private int sentN;

    Side(Presets.Preset preset, Params params, long seed) {
        this.preset = preset;
        this.model = preset.model(params.copy(), seed);
        model.start();
        layout();
        record();
        sentN = model.agents.size();
    }

    private static List<String> columns() {
        List<String> c = new java.util.ArrayList<>(List.of("step", "members", "active", "freeRiderShare", "totalKnowledge"));
        c.addAll(SECI);
        for (int l = 0; l < TrustStats.LEVELS; l++) {
            c.add("ties" + l);
        }
        for (int l = 0; l < TrustStats.LEVELS; l++) {
            c.add("trustLevel" + l);
        }
        c.addAll(List.of("trustFaceToFace", "trustOnline", "trustBoth", "trustMean"));
        for (String name : c.subList(0, 5 + SECI.size())) {
            if (!Metrics.COLUMNS.contains(name)) {
                throw new IllegalStateException("metric '" + name + "' is not recorded");
            }
        }
        return List.copyOf(c);
    }

    /** One step of the model and its chart row. */
    void step() {
        model.schedule.step(model);
        record();
    }

    long steps() {
        return model.step();
    }

    private void record() {
        List<double[]> rows = model.series.rows();
        double[] m = rows.get(rows.size() - 1);
        model.series.clear(); // the page keeps its own rows: the model's series would only grow
        TrustStats t = TrustStats.of(model);
        Double[] row = new Double[COLUMNS.size()];
        int i = 0;
        for (int c : METRIC_COLS) {
            row[i++] = num(m[c]);
        }
        for (int l = 0; l < TrustStats.LEVELS; l++) {
            row[i++] = m[TIE_LEVEL_0 + l] / 2; // the metrics count each tie from both ends
        }
        for (int l = 0; l < TrustStats.LEVELS; l++) {
            row[i++] = num(t.meanByLevel()[l]);
        }
        for (int l = 0; l < TrustStats.LAYERS; l++) {
            row[i++] = num(t.meanByLayer()[l]);
        }
        row[i] = num(t.mean());
        histogram = t.histogram();
        history.addLast(row);
        while (history.size() > WINDOW) {
            history.removeFirst();
        }
    }

    private static Double num(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /** Positions: the generator's, else a force-directed layout; agents added later are placed next to a neighbour. */
    private void layout() {
        int n = model.agents.size();
        placed = model.agentsPlaced;
        if (placed) {
            return;
        }
        double[][] xy = Layout.forceDirected(model.network, n, model.agents.x, model.agents.y, Layout.ITERATIONS);
        x = xy[0];
        y = xy[1];
    }

    private double px(int i) {
        return placed ? Layout.MARGIN + (1 - 2 * Layout.MARGIN) * model.agents.x[i] : x[i];
    }

    private double py(int i) {
        return placed ? Layout.MARGIN + (1 - 2 * Layout.MARGIN) * model.agents.y[i] : y[i];
    }

    private void grow(int n) {
        if (placed || x.length >= n) {
            return;
        }
        double[][] xy = Layout.grow(x, y, n, model.network);
        x = xy[0];
        y = xy[1];
    }

    /**
     * Writes this side's frame: the agents' classes ({@code cls}: the strategy of a member, 3 left,
     * 4 not joined), relative degree and knowledge (0..{@link #SCALE}), the ties as
     * {@code [u, v, code, ...]}, the last chart row and the trust distribution now; with
     * {@code full} also the positions and every chart row kept.
     */
    void write(JsonGenerator g, boolean full) throws IOException {
        Agents a = model.agents;
        MultiplexNetwork net = model.network;
        int n = a.size();
        grow(n);
        g.writeStartObject();
        g.writeStringField("preset", preset.key());
        g.writeNumberField("n", n);
        boolean positions = full || n != sentN;
        if (!full) {
            sentN = n;
        }
        if (positions) {
            g.writeArrayFieldStart("x");
            for (int i = 0; i < n; i++) {
                g.writeNumber(Math.round(px(i) * 10000) / 10000.0);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("y");
            for (int i = 0; i < n; i++) {
                g.writeNumber(Math.round(py(i) * 10000) / 10000.0);
            }
            g.writeEndArray();
        }
        byte[] status = a.status;
        double maxKnow = 1e-12;
        int maxDeg = 1;
        int d = a.domains;
        for (int i = 0; i < n; i++) {
            if (status[i] == Agents.MEMBER) {
                maxKnow = Math.max(maxKnow, Layout.knowledge(a.tacit, a.explicit, i, d));
                maxDeg = Math.max(maxDeg, net.degree(i));
            }
        }
        g.writeArrayFieldStart("cls");
        for (int i = 0; i < n; i++) {
            g.writeNumber(status[i] == Agents.MEMBER ? a.strategy[i] : status[i] == Agents.LEFT ? 3 : 4);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("deg");
        for (int i = 0; i < n; i++) {
            g.writeNumber(status[i] == Agents.MEMBER ? (int) Math.round(SCALE * (double) net.degree(i) / maxDeg) : 0);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("know");
        for (int i = 0; i < n; i++) {
            g.writeNumber(status[i] == Agents.MEMBER ? (int) Math.round(SCALE * Layout.knowledge(a.tacit, a.explicit, i, d) / maxKnow) : 0);
        }
        g.writeEndArray();
        writeTies(g, status, net, n);
        g.writeArrayFieldStart("hist");
        for (long h : histogram) {
            g.writeNumber(h / 2.0); // each tie's two directions: the page shows ties
        }
        g.writeEndArray();
        if (full) {
            g.writeArrayFieldStart("rows");
            for (Double[] r : history) {
                writeRow(g, r);
            }
            g.writeEndArray();
        } else {
            g.writeFieldName("row");
            writeRow(g, history.getLast());
        }
        g.writeEndObject();
    }

    private static void writeRow(JsonGenerator g, Double[] r) throws IOException {
        g.writeStartArray();
        for (Double v : r) {
            if (v == null) {
                g.writeNull();
            } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                g.writeNumber(v.longValue());
            } else {
                g.writeNumber((float) v.doubleValue());
            }
        }
        g.writeEndArray();
    }

    /** The ties: between members by length class, channel and level; latent ties of non-members while room remains. */
    private void writeTies(JsonGenerator g, byte[] status, MultiplexNetwork net, int n) throws IOException {
        int[] nb = net.neighbors();
        byte[] lv = net.levels();
        byte[] ly = net.layerMasks();
        int members = 0;
        int latent = 0;
        for (int u = 0; u < n; u++) {
            for (int k = net.start(u); k < net.start(u) + net.degree(u); k++) {
                int v = nb[k];
                if (v > u && v < n) {
                    if (status[u] == Agents.MEMBER && status[v] == Agents.MEMBER) {
                        members++;
                    } else if (status[u] != Agents.LEFT && status[v] != Agents.LEFT) {
                        latent++;
                    }
                }
            }
        }
        int stride = Math.max(1, (members + MAX_TIES - 1) / MAX_TIES);
        int latentRoom = Math.max(0, MAX_TIES - members / stride);
        int seenMembers = 0;
        int sentLatent = 0;
        int sent = 0;
        g.writeArrayFieldStart("ties");
        for (int u = 0; u < n; u++) {
            for (int k = net.start(u); k < net.start(u) + net.degree(u); k++) {
                int v = nb[k];
                if (v <= u || v >= n) {
                    continue;
                }
                int code;
                if (status[u] == Agents.MEMBER && status[v] == Agents.MEMBER) {
                    if (seenMembers++ % stride != 0) {
                        continue;
                    }
                    double len = Math.hypot(px(u) - px(v), py(u) - py(v));
                    code = Palette.tieCode(Palette.lengthClass(len), Palette.tieStyle(ly[k]), lv[k]);
                } else if (status[u] != Agents.LEFT && status[v] != Agents.LEFT && sentLatent < latentRoom) {
                    sentLatent++;
                    code = LATENT;
                } else {
                    continue;
                }
                g.writeNumber(u);
                g.writeNumber(v);
                g.writeNumber(code);
                sent++;
            }
        }
        g.writeEndArray();
        g.writeNumberField("tiesShown", sent);
        g.writeNumberField("tiesTotal", members + latent);
    }
}
