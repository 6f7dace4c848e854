package netcap.gui;

import netcap.model.NetcapModel;
import netcap.world.Agents;
import netcap.world.MultiplexNetwork;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.util.Bag;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;

/**
 * Draws the network straight from netcap's arrays: no MASON field mirrors the model, so nothing
 * is copied per step. Ties are batched into one path per (layer style, level) and stroked once
 * each (16 strokes per frame whatever the number of ties), then agents are filled as circles.
 * MASON paints while holding the schedule lock, so the arrays do not change under the brush.
 *
 * <p>Encoding: colour = strategy (or knowledge, viridis); size = degree (or knowledge);
 * non-members are faint outlines, members who left grey. Ties between members: darker and
 * thicker with the relationship level; solid grey face to face only, dashed blue online only,
 * solid purple both; ties of non-members (latent) faint.
 */
public class NetworkView extends FieldPortrayal2D {
    private final Controls controls;
    private double[] x = new double[0];
    private double[] y = new double[0];
    private boolean ownLayout;
    private final Path2D.Float[] paths = new Path2D.Float[16];
    private final Ellipse2D.Double circle = new Ellipse2D.Double();

    public NetworkView(Controls controls) {
        this.controls = controls;
        for (int i = 0; i < paths.length; i++) {
            paths[i] = new Path2D.Float(Path2D.WIND_NON_ZERO, 1024);
        }
    }

    /**
     * Shows {@code model} (started): agents at their own positions when the generator placed
     * them, else at a force-directed layout computed once here.
     */
    public void show(NetcapModel model, boolean placed) {
        setField(model);
        int n = model.agents.size();
        if (placed) {
            ownLayout = false;
        } else {
            double[][] xy = Layout.forceDirected(model.network, n, model.agents.x, model.agents.y, Layout.ITERATIONS);
            x = xy[0];
            y = xy[1];
            ownLayout = true;
        }
    }

    @Override
    protected void hitOrDraw(Graphics2D g, DrawInfo2D info, Bag putInHere) {
        if (g == null || !(field instanceof NetcapModel m) || m.agents == null) {
            return; // no hit testing: agents are not objects to inspect one by one
        }
        Agents a = m.agents;
        MultiplexNetwork net = m.network;
        int n = a.size();
        if (ownLayout && x.length < n) {
            grow(n, net);
        }
        double[] px = ownLayout ? x : a.x;
        double[] py = ownLayout ? y : a.y;
        double ox = info.draw.x;
        double oy = info.draw.y;
        double w = info.draw.width;
        double h = info.draw.height;
        double zoom = Math.max(0.5, Math.min(4, w / 800.0));
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);

        // ties, batched by style and level
        for (Path2D.Float p : paths) {
            p.reset();
        }
        byte[] status = a.status;
        int[] nb = net.neighbors();
        byte[] lv = net.levels();
        byte[] ly = net.layerMasks();
        boolean latent = controls.latentTies();
        for (int u = 0; u < n; u++) {
            int s = net.start(u);
            int e = s + net.degree(u);
            float ux = (float) (ox + px[u] * w);
            float uy = (float) (oy + py[u] * h);
            for (int k = s; k < e; k++) {
                int v = nb[k];
                if (v <= u) {
                    continue;
                }
                int bucket;
                if (status[u] == Agents.MEMBER && status[v] == Agents.MEMBER) {
                    bucket = Palette.tieStyle(ly[k]) * 5 + lv[k];
                } else if (latent && status[u] != Agents.LEFT && status[v] != Agents.LEFT) {
                    bucket = 15;
                } else {
                    continue;
                }
                Path2D.Float p = paths[bucket];
                p.moveTo(ux, uy);
                p.lineTo((float) (ox + px[v] * w), (float) (oy + py[v] * h));
            }
        }
        g.setStroke(new BasicStroke((float) (0.6 * zoom)));
        g.setColor(Palette.latentTie());
        g.draw(paths[15]);
        float[] dash = {(float) (5 * zoom), (float) (3.5 * zoom)};
        for (int level = 0; level < 5; level++) {
            for (int style = 0; style < 3; style++) {
                Path2D.Float p = paths[style * 5 + level];
                if (p.getCurrentPoint() == null) {
                    continue;
                }
                float width = (float) (Palette.tieWidth(level) * zoom);
                Stroke stroke = style == Palette.VIRTUAL_ONLY
                        ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, dash, 0)
                        : new BasicStroke(width);
                g.setStroke(stroke);
                g.setColor(Palette.tie(style, level));
                g.draw(p);
            }
        }

        // agents
        double maxKnow = 1e-12;
        int maxDeg = 1;
        int members = 0;
        int d = a.domains;
        double[] tacit = a.tacit;
        double[] explicit = a.explicit;
        for (int i = 0; i < n; i++) {
            if (status[i] == Agents.MEMBER) {
                members++;
                maxKnow = Math.max(maxKnow, knowledge(tacit, explicit, i, d));
                maxDeg = Math.max(maxDeg, net.degree(i));
            }
        }
        double base = Math.max(1.5, Math.min(10, 0.42 * Math.min(w, h) / Math.sqrt(Math.max(1, n))));
        boolean colourKnow = controls.colourByKnowledge();
        boolean sizeKnow = controls.sizeByKnowledge();
        g.setStroke(new BasicStroke((float) Math.max(0.5, 0.7 * zoom)));
        for (int i = 0; i < n; i++) {
            double cx = ox + px[i] * w;
            double cy = oy + py[i] * h;
            byte st = status[i];
            if (st == Agents.NOT_JOINED) {
                double r = base * 0.55;
                circle.setFrame(cx - r, cy - r, 2 * r, 2 * r);
                g.setColor(Palette.NOT_JOINED);
                g.draw(circle);
                continue;
            }
            if (st == Agents.LEFT) {
                double r = base * 0.6;
                circle.setFrame(cx - r, cy - r, 2 * r, 2 * r);
                g.setColor(Palette.LEFT);
                g.fill(circle);
                continue;
            }
            double know = knowledge(tacit, explicit, i, d) / maxKnow;
            double rel = sizeKnow ? know : (double) net.degree(i) / maxDeg;
            double r = base * (0.6 + 0.9 * Math.sqrt(Math.max(0, rel)));
            circle.setFrame(cx - r, cy - r, 2 * r, 2 * r);
            g.setColor(colourKnow ? Palette.knowledge(know) : Palette.strategy(a.strategy[i]));
            g.fill(circle);
            g.setColor(Palette.OUTLINE);
            g.draw(circle);
        }

        // a caption in the corner, for screenshots and the back of the classroom
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(15 * Math.min(1.6, zoom))));
        String caption = "step " + m.schedule.getSteps() + "    members " + members + " of " + n;
        int tx = (int) (info.clip.x + 10);
        int ty = (int) (info.clip.y + 22 * Math.min(1.6, zoom));
        g.setColor(new Color(255, 255, 255, 210));
        g.fillRect(tx - 4, ty - g.getFontMetrics().getAscent(), g.getFontMetrics().stringWidth(caption) + 8,
                g.getFontMetrics().getHeight());
        g.setColor(Color.DARK_GRAY);
        g.drawString(caption, tx, ty);
    }

    /** Knowledge of agent i: tacit + explicit over its domains. */
    static double knowledge(double[] tacit, double[] explicit, int i, int d) {
        double s = 0;
        for (int q = i * d; q < (i + 1) * d; q++) {
            s += tacit[q] + explicit[q];
        }
        return s;
    }

    /** Places agents that appeared after the layout next to a neighbour (or on the rim). */
    private void grow(int n, MultiplexNetwork net) {
        int old = x.length;
        x = java.util.Arrays.copyOf(x, n);
        y = java.util.Arrays.copyOf(y, n);
        for (int i = old; i < n; i++) {
            double angle = 2.399963 * i; // golden angle: spread without a random stream
            int anchor = -1;
            for (int k = net.start(i); k < net.start(i) + net.degree(i); k++) {
                if (net.neighbors()[k] < old) {
                    anchor = net.neighbors()[k];
                    break;
                }
            }
            double cx = anchor < 0 ? 0.5 : x[anchor];
            double cy = anchor < 0 ? 0.5 : y[anchor];
            double rad = anchor < 0 ? 0.47 : 0.02;
            x[i] = Math.max(0, Math.min(1, cx + rad * Math.cos(angle)));
            y[i] = Math.max(0, Math.min(1, cy + rad * Math.sin(angle)));
        }
    }

    /** The layout positions (own layout only; null when agents are drawn at their own positions). */
    public double[][] layout() {
        return ownLayout ? new double[][] {x, y} : null;
    }
}
