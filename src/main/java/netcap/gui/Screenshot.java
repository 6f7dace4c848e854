package netcap.gui;

import netcap.model.NetcapModel;
import sim.display.Console;

import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code --screenshot} mode: opens the whole window, starts the preset, runs N steps with the
 * display and the charts painted synchronously after every step (a stricter test than the
 * Console's play loop, which skips repaints when the model runs ahead), reports steps per second,
 * then renders the Console, the network and the charts side by side into one PNG.
 */
public final class Screenshot {
    private Screenshot() {
    }

    /**
     * Runs the window {@code gui} (one model or a contrast side by side) as above.
     *
     * @return steps per second with drawing
     */
    public static double run(NetcapWithUI gui, int steps, Path file, int width, int height, PrintWriter out) {
        Presets.Preset preset = gui.sides.get(0).controls.preset();
        long seed = gui.controls.getSeed();
        Console[] console = new Console[1];
        edt(() -> {
            console[0] = new Console(gui);
            gui.arrange(console[0], width, height);
            console[0].setVisible(true);
            gui.start();
        });
        edt(() -> paint(gui));
        // the whole run is timed, JIT warm-up included
        cpuDisplay = 0;
        cpuCharts = 0;
        long cpuModel = 0;
        long t0 = System.nanoTime();
        for (int s = 0; s < steps; s++) {
            long c0 = CPU.getCurrentThreadCpuTime();
            gui.step();
            cpuModel += CPU.getCurrentThreadCpuTime() - c0;
            edt(() -> paint(gui));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double rate = steps / Math.max(1e-9, seconds);
        NetcapModel m = gui.model();
        int n = Math.max(1, steps);
        out.printf("netcap gui: %s '%s', %d agents%s, %d steps, each drawn (network, charts) before the next: "
                        + "%.2f s wall, %.1f steps/s%n", gui.contrast == null ? "preset" : "contrast",
                gui.contrast == null ? preset.title() : gui.contrast.key(), m.agents.size(), gui.contrast == null ? "" : " per side",
                steps, seconds, rate);
        out.printf("netcap gui: CPU per step: model %.1f ms, network view %.1f ms, charts and legend %.1f ms "
                        + "(%.1f steps/s on one free core)%n", cpuModel / 1e6 / n, cpuDisplay / 1e6 / n, cpuCharts / 1e6 / n,
                1e9 * n / Math.max(1, cpuModel + cpuDisplay + cpuCharts));
        double modelOnly = modelOnly(preset, seed, steps);
        out.printf("netcap gui: the same steps without drawing: %.1f steps/s%n", modelOnly);
        if (file != null) {
            // show the Agent panel as a click would: the member with the highest betweenness
            if (gui.agentPanel != null) {
                gui.selectAgent(broker(m));
            }
            edt(() -> { });
            for (NetcapWithUI.Side side : gui.sides) {
                side.view.refreshTies();
            }
            edt(() -> paint(gui));
            BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            edt(() -> {
                Graphics2D g = img.createGraphics();
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
                for (JFrame f : new JFrame[] {console[0], gui.displayFrame, gui.charts.frame}) {
                    Component c = f.getContentPane();
                    java.awt.Point p = f.getLocationOnScreen();
                    java.awt.Point q = c.getLocationOnScreen();
                    Graphics2D gg = (Graphics2D) g.create(q.x, q.y, c.getWidth(), c.getHeight());
                    c.printAll(gg);
                    gg.dispose();
                    g.setColor(Color.GRAY);
                    g.drawRect(p.x, p.y, f.getWidth() - 1, f.getHeight() - 1);
                }
                g.dispose();
            });
            try {
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                ImageIO.write(img, "png", file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println("netcap gui: wrote " + file);
        }
        out.flush();
        edt(() -> {
            gui.quit();
            console[0].dispose();
        });
        return rate;
    }

    /** The member with the highest betweenness (ties between members), or -1 when there is none. */
    static int broker(NetcapModel m) {
        boolean[] member = new boolean[m.network.nodes()];
        for (int i = 0; i < member.length; i++) {
            member[i] = m.agents.status[i] == netcap.world.Agents.MEMBER;
        }
        double[] b = netcap.metrics.SocialCapital.of(m.network, member, netcap.metrics.SocialCapital.EXACT_BETWEENNESS_LIMIT,
                netcap.metrics.SocialCapital.BETWEENNESS_PIVOTS, m.stream("gui/betweenness")).structure().betweenness().value();
        int best = -1;
        for (int i = 0; i < b.length; i++) {
            if (member[i] && (best < 0 || b[i] > b[best])) {
                best = i;
            }
        }
        return best;
    }

    /** Steps per second of the same model with no GUI at all. */
    static double modelOnly(Presets.Preset preset, long seed, int steps) {
        NetcapModel m = preset.model(preset.params(), seed);
        m.start();
        long t0 = System.nanoTime();
        m.run(steps);
        double s = (System.nanoTime() - t0) / 1e9;
        m.finish();
        return steps / Math.max(1e-9, s);
    }

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    /** CPU nanoseconds spent painting the network, and the charts and legend. */
    private static long cpuDisplay;
    private static long cpuCharts;

    private static void paint(NetcapWithUI gui) {
        long a = CPU.getCurrentThreadCpuTime();
        for (NetcapWithUI.Side side : gui.sides) {
            var d = side.display.insideDisplay;
            d.paintImmediately(0, 0, d.getWidth(), d.getHeight());
        }
        long b = CPU.getCurrentThreadCpuTime();
        for (var p : gui.charts.panels) {
            p.paintImmediately(0, 0, p.getWidth(), p.getHeight());
        }
        gui.legend.paintImmediately(0, 0, gui.legend.getWidth(), gui.legend.getHeight());
        cpuCharts += CPU.getCurrentThreadCpuTime() - b;
        cpuDisplay += b - a;
    }

    private static void edt(Runnable r) {
        try {
            SwingUtilities.invokeAndWait(r);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
