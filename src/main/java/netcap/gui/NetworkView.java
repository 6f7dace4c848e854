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
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;

/**
 * Draws the network straight from netcap's arrays: no MASON field mirrors the model, so nothing
 * is copied per step. Ties are batched into one path per (layer style, level) and stroked once
 * each (16 strokes per frame whatever the number of ties), then agents are filled as circles.
 * MASON paints while holding the schedule lock, so the arrays do not change under the brush.
 *
 * <p>Encoding: colour = strategy (or knowledge, viridis); size = degree (or knowledge);
 * non-members are faint outlines, members who left grey. Ties between members: darker and
 * thicker with the relationship level; grey face to face only, blue online only, purple both;
 * ties of non-members (latent) faint. Long ties (across the map) fade and thin, so the tangle of
 * online friendships between towns does not hide the local structure. (Dashes for online ties were tried: they doubled the
 * drawing time, so the channel is told by colour.)
 *
 * <p>Drawing goes to an image in memory that is copied to the screen once: antialiased shapes
 * sent one by one to an X server cost several times more. The agents are drawn every frame; the
 * ties, which cost most (2,000+ antialiased lines at 500 agents), go to a layer of their own that
 * is redrawn four times a second (and at least every {@value #TIE_REFRESH_STEPS} steps, and at
 * once when the options change), so the display keeps up with the model. See docs/gui.md for
 * the measured costs.
 */
public class NetworkView extends FieldPortrayal2D {
    private final Controls controls;
    private double[] x = new double[0];
    private double[] y = new double[0];
    private boolean ownLayout;
    /** Index of the path of latent ties; the others are (lengthClass * 3 + style) * 5 + level. */
    private static final int LATENT = Palette.LENGTH_CLASSES * 15;
    private final Path2D.Float[] paths = new Path2D.Float[LATENT + 1];
    private final Ellipse2D.Double circle = new Ellipse2D.Double();
    private BufferedImage image;
    /** The ties, drawn at most every {@link #TIE_REFRESH_STEPS} steps or {@link #TIE_REFRESH_NANOS}. */
    private BufferedImage tieLayer;
    private String tieKey;
    private long tieStep;
    private long tieNanos;
    private boolean refreshTies;
    /** The agent shown in the Agent panel (ringed), or -1. */
    private volatile int selected = -1;
    /** Where the field was last drawn (for finding the agent under a click). */
    private volatile java.awt.geom.Rectangle2D.Double lastDraw;
    /** Share of the field left free on each side when agents are drawn at their own positions. */
    private double margin;
    /** The tie layer is redrawn when this many steps passed... */
    public static final int TIE_REFRESH_STEPS = 10;
    /** ...or, if the step changed, when this much time passed (4 times a second). */
    public static final long TIE_REFRESH_NANOS = 250_000_000L;

    /** A name shown before the caption (a contrast's side), or null. */
    private volatile String label;

    /** Shows {@code text} before the step and members in the corner (null: none). */
    public void label(String text) {
        label = text;
    }

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
            margin = Layout.MARGIN;
        } else {
            double[][] xy = Layout.forceDirected(model.network, n, model.agents.x, model.agents.y, Layout.ITERATIONS);
            x = xy[0];
            y = xy[1];
            ownLayout = true;
            margin = 0;
        }
    }

    @Override
    protected void hitOrDraw(Graphics2D screen, DrawInfo2D info, Bag putInHere) {
        if (screen == null || !(field instanceof NetcapModel m) || m.agents == null) {
            return; // no hit testing: agents are not objects to inspect one by one
        }
        lastDraw = new java.awt.geom.Rectangle2D.Double(info.draw.x, info.draw.y, info.draw.width, info.draw.height);
        java.awt.Rectangle visible = info.clip.createIntersection(info.draw).getBounds();
        if (visible.width <= 0 || visible.height <= 0) {
            return;
        }
        if (ownLayout && x.length < m.agents.size()) {
            grow(m.agents.size(), m.network);
        }
        if (image == null || image.getWidth() != visible.width || image.getHeight() != visible.height) {
            image = new BufferedImage(visible.width, visible.height, BufferedImage.TYPE_INT_RGB);
            tieLayer = new BufferedImage(visible.width, visible.height, BufferedImage.TYPE_INT_ARGB);
            tieKey = null;
        }
        long now = System.nanoTime();
        long step = m.schedule.getSteps();
        String key = System.identityHashCode(m) + " " + info.draw + " " + visible + " " + controls.getTies() + " " + controls.latentTies();
        boolean stale = !key.equals(tieKey) || step < tieStep || step - tieStep >= TIE_REFRESH_STEPS
                || (step != tieStep && now - tieNanos >= TIE_REFRESH_NANOS) || refreshTies;
        if (stale) {
            Graphics2D t = tieLayer.createGraphics();
            t.setComposite(java.awt.AlphaComposite.Clear);
            t.fillRect(0, 0, visible.width, visible.height);
            t.setComposite(java.awt.AlphaComposite.SrcOver);
            t.translate(-visible.x, -visible.y);
            drawTies(t, info, m);
            t.dispose();
            tieKey = key;
            tieStep = step;
            tieNanos = now;
            refreshTies = false;
        }
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, visible.width, visible.height);
        g.drawImage(tieLayer, 0, 0, null);
        g.translate(-visible.x, -visible.y);
        drawAgents(g, info, m);
        g.dispose();
        screen.drawImage(image, visible.x, visible.y, null);
    }

    /** Redraw the ties at the next paint whatever their age (for a final screenshot). */
    public void refreshTies() {
        refreshTies = true;
    }

    private double sx(double[] px, int i, DrawInfo2D info) {
        return info.draw.x + (margin + (1 - 2 * margin) * px[i]) * info.draw.width;
    }

    private double sy(double[] py, int i, DrawInfo2D info) {
        return info.draw.y + (margin + (1 - 2 * margin) * py[i]) * info.draw.height;
    }

    private static double zoom(DrawInfo2D info) {
        return Math.max(0.5, Math.min(4, info.draw.width / 800.0));
    }

    /** The ties, batched by length class, channel and level (46 paths, one stroke each). */
    private void drawTies(Graphics2D g, DrawInfo2D info, NetcapModel m) {
        Agents a = m.agents;
        MultiplexNetwork net = m.network;
        int n = a.size();
        double[] px = ownLayout ? x : a.x;
        double[] py = ownLayout ? y : a.y;
        double zoom = zoom(info);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        for (Path2D.Float p : paths) {
            p.reset();
        }
        byte[] status = a.status;
        int[] nb = net.neighbors();
        byte[] lv = net.levels();
        byte[] ly = net.layerMasks();
        boolean latent = controls.latentTies();
        int shown = controls.getTies();
        for (int u = 0; u < n; u++) {
            int s = net.start(u);
            int e = s + net.degree(u);
            for (int k = s; k < e; k++) {
                int v = nb[k];
                if (v <= u) {
                    continue;
                }
                int bucket;
                if (status[u] == Agents.MEMBER && status[v] == Agents.MEMBER) {
                    int style = Palette.tieStyle(ly[k]);
                    if (!Controls.showsTie(shown, style, lv[k])) {
                        continue;
                    }
                    double len = Math.hypot(px[u] - px[v], py[u] - py[v]);
                    bucket = Palette.tieCode(Palette.lengthClass(len), style, lv[k]);
                } else if (latent && status[u] != Agents.LEFT && status[v] != Agents.LEFT) {
                    bucket = LATENT;
                } else {
                    continue;
                }
                Path2D.Float p = paths[bucket];
                p.moveTo((float) sx(px, u, info), (float) sy(py, u, info));
                p.lineTo((float) sx(px, v, info), (float) sy(py, v, info));
            }
        }
        g.setStroke(new BasicStroke((float) (0.6 * zoom)));
        g.setColor(Palette.latentTie());
        g.draw(paths[LATENT]);
        for (int lc = Palette.LENGTH_CLASSES - 1; lc >= 0; lc--) { // long (faint) first, short on top
            for (int level = 0; level < 5; level++) {
                for (int style = 0; style < 3; style++) {
                    Path2D.Float p = paths[Palette.tieCode(lc, style, level)];
                    if (p.getCurrentPoint() == null) {
                        continue;
                    }
                    g.setStroke(new BasicStroke((float) (Palette.tieWidth(level, lc) * zoom)));
                    g.setColor(Palette.tie(style, level, lc));
                    g.draw(p);
                }
            }
        }
    }

    /** The agents as circles, and a caption. */
    private void drawAgents(Graphics2D g, DrawInfo2D info, NetcapModel m) {
        Agents a = m.agents;
        MultiplexNetwork net = m.network;
        int n = a.size();
        double[] px = ownLayout ? x : a.x;
        double[] py = ownLayout ? y : a.y;
        double zoom = zoom(info);
        double w = info.draw.width;
        double h = info.draw.height;
        byte[] status = a.status;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        double maxKnow = 1e-12;
        int maxDeg = 1;
        int members = 0;
        int d = a.domains;
        double[] tacit = a.tacit;
        double[] explicit = a.explicit;
        for (int i = 0; i < n; i++) {
            if (status[i] == Agents.MEMBER) {
                members++;
                maxKnow = Math.max(maxKnow, Layout.knowledge(tacit, explicit, i, d));
                maxDeg = Math.max(maxDeg, net.degree(i));
            }
        }
        double base = Math.max(1.5, Math.min(8, 0.24 * Math.min(w, h) / Math.sqrt(Math.max(1, n))));
        boolean colourKnow = controls.colourByKnowledge();
        boolean sizeKnow = controls.sizeByKnowledge();
        g.setStroke(new BasicStroke((float) Math.max(0.5, 0.7 * zoom)));
        for (int i = 0; i < n; i++) {
            double cx = sx(px, i, info);
            double cy = sy(py, i, info);
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
            double know = Layout.knowledge(tacit, explicit, i, d) / maxKnow;
            double rel = sizeKnow ? know : (double) net.degree(i) / maxDeg;
            double r = base * (0.55 + 0.75 * Math.sqrt(Math.max(0, rel)));
            circle.setFrame(cx - r, cy - r, 2 * r, 2 * r);
            g.setColor(colourKnow ? Palette.knowledge(know) : Palette.strategy(a.strategy[i]));
            g.fill(circle);
            g.setColor(Palette.OUTLINE);
            g.draw(circle);
        }

        int sel = selected;
        if (sel >= 0 && sel < n) { // the agent in the Agent panel: a ring
            double r = base * 2.2;
            circle.setFrame(sx(px, sel, info) - r, sy(py, sel, info) - r, 2 * r, 2 * r);
            g.setStroke(new BasicStroke((float) Math.max(2, 2.5 * zoom)));
            g.setColor(Color.BLACK);
            g.draw(circle);
        }

        // a caption in the corner, for screenshots and the back of the classroom
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(15 * Math.min(1.6, zoom))));
        String caption = (label == null ? "" : label + "    ")
                + controls.messages().format("gui.caption", String.valueOf(m.schedule.getSteps()), String.valueOf(members), String.valueOf(n));
        int tx = (int) (info.clip.x + 10);
        int ty = (int) (info.clip.y + 22 * Math.min(1.6, zoom));
        g.setColor(new Color(255, 255, 255, 210));
        g.fillRect(tx - 4, ty - g.getFontMetrics().getAscent(), g.getFontMetrics().stringWidth(caption) + 8,
                g.getFontMetrics().getHeight());
        g.setColor(Color.DARK_GRAY);
        g.drawString(caption, tx, ty);
    }

    /** Selects agent {@code u} (-1 for none): it is ringed at the next repaint. */
    public void select(int u) {
        selected = u;
    }

    /** The selected agent, or -1. */
    public int selected() {
        return selected;
    }

    /**
     * The agent drawn nearest to the point {@code (px, py)} of the display (in the coordinates the
     * field was last drawn in), or -1 when none is within {@code radius} pixels or nothing was drawn.
     */
    public int agentAt(NetcapModel m, double px, double py, double radius) {
        java.awt.geom.Rectangle2D.Double d = lastDraw;
        if (d == null || m.agents == null) {
            return -1;
        }
        DrawInfo2D info = new DrawInfo2D(null, null, d, d);
        double[] ax = ownLayout ? x : m.agents.x;
        double[] ay = ownLayout ? y : m.agents.y;
        int best = -1;
        double bestD = radius * radius;
        for (int i = 0; i < Math.min(ax.length, m.agents.size()); i++) {
            double dx = sx(ax, i, info) - px;
            double dy = sy(ay, i, info) - py;
            double dd = dx * dx + dy * dy;
            if (dd <= bestD) {
                bestD = dd;
                best = i;
            }
        }
        return best;
    }

    /** Places agents that appeared after the layout next to a neighbour (or on the rim). */
    private void grow(int n, MultiplexNetwork net) {
        double[][] xy = Layout.grow(x, y, n, net);
        x = xy[0];
        y = xy[1];
    }

    /** The layout positions (own layout only; null when agents are drawn at their own positions). */
    public double[][] layout() {
        return ownLayout ? new double[][] {x, y} : null;
    }
}
