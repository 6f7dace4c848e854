package netcap.gui;

import netcap.world.Agents;

import javax.swing.JComponent;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;

/** The key to the network view's colours, sizes and lines, in three columns under the display. */
public class Legend extends JComponent {
    private static final long serialVersionUID = 1L;
    private final transient Controls controls;

    public Legend(Controls controls) {
        this.controls = controls;
        setPreferredSize(new Dimension(700, 132));
        setBackground(Color.WHITE);
        setOpaque(true);
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0;
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, getWidth(), getHeight());
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Font head = new Font(Font.SANS_SERIF, Font.BOLD, 13);
        Font text = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
        int colW = getWidth() / 3;
        int line = 19;

        // column 1: agents
        int x = 10;
        int y = 18;
        g.setFont(head);
        g.setColor(Color.BLACK);
        Messages m = controls.messages();
        g.drawString(m.get(controls.colourByKnowledge() ? "gui.legend.colourKnowledge" : "gui.legend.colourStrategy"), x, y);
        g.setFont(text);
        if (controls.colourByKnowledge()) {
            y += 8;
            for (int i = 0; i < 120; i++) {
                g.setColor(Palette.knowledge(i / 119.0));
                g.fillRect(x + i, y, 1, 12);
            }
            g.setColor(Color.BLACK);
            g.drawString(m.get("gui.legend.least"), x, y + 27);
            g.drawString(m.get("gui.legend.most"), x + 120 - g.getFontMetrics().stringWidth(m.get("gui.legend.most")), y + 27);
            y += 27;
        } else {
            for (int s : new int[] {Agents.CONTRIBUTOR, Agents.CONDITIONAL, Agents.FREE_RIDER}) {
                y += line;
                dot(g, x + 7, y - 4, 6, Palette.strategy(s), true);
                g.setColor(Color.BLACK);
                g.drawString(m.get("gui.legend.strategy." + s), x + 20, y);
            }
        }
        y += line;
        dot(g, x + 7, y - 4, 4, Palette.NOT_JOINED, false);
        g.setColor(Color.BLACK);
        g.drawString(m.get("gui.legend.notMember"), x + 20, y);
        y += line;
        dot(g, x + 7, y - 4, 4.5, Palette.LEFT, true);
        g.setColor(Color.BLACK);
        g.drawString(m.get("gui.legend.left"), x + 20, y);

        // column 2: lines
        x = colW + 10;
        y = 18;
        g.setFont(head);
        g.drawString(m.get("gui.legend.channel"), x, y);
        g.setFont(text);
        for (int style : new int[] {Palette.PHYSICAL_ONLY, Palette.VIRTUAL_ONLY, Palette.BOTH}) {
            y += line;
            tie(g, x, y - 5, style, 3);
            g.setColor(Color.BLACK);
            g.drawString(m.get("gui.legend.tie." + style), x + 44, y);
        }
        y += line;
        tie(g, x, y - 5, -1, 0);
        g.setColor(Color.BLACK);
        g.drawString(m.get("gui.legend.latent"), x + 44, y);
        y += line + 2;
        g.setColor(Color.DARK_GRAY);
        g.drawString(m.get(controls.sizeByKnowledge() ? "gui.legend.sizeKnowledge" : "gui.legend.sizeDegree"), x, y);

        // column 3: levels
        x = 2 * colW + 10;
        y = 18;
        g.setFont(head);
        g.setColor(Color.BLACK);
        g.drawString(m.get("gui.legend.level"), x, y);
        g.setFont(text);
        FontMetrics fm = g.getFontMetrics();
        for (int level = 4; level >= 0; level--) {
            y += line - 1;
            tie(g, x, y - 5, Palette.PHYSICAL_ONLY, level);
            g.setColor(Color.BLACK);
            String name = ChartData.levelName(m, level);
            g.drawString(name, x + 44, y);
            if (level == 4) {
                g.setColor(Color.GRAY);
                g.drawString("  " + m.get("gui.legend.darker"), x + 44 + fm.stringWidth(name), y);
            }
        }
    }

    private static void dot(Graphics2D g, double cx, double cy, double r, Color c, boolean fill) {
        Ellipse2D.Double e = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
        g.setColor(c);
        if (fill) {
            g.fill(e);
            g.setColor(Palette.OUTLINE);
        }
        g.setStroke(new BasicStroke(1f));
        g.draw(e);
    }

    private static void tie(Graphics2D g, int x, int y, int style, int level) {
        Stroke s;
        if (style < 0) {
            g.setColor(new Color(0, 0, 0, 60));
            s = new BasicStroke(1f);
        } else {
            float w = (float) Palette.tieWidth(level);
            s = new BasicStroke(w);
            g.setColor(Palette.tie(style, level));
        }
        g.setStroke(s);
        g.draw(new Line2D.Double(x, y, x + 36, y));
    }
}
