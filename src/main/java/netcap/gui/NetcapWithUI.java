package netcap.gui;

import netcap.model.NetcapModel;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.engine.Steppable;

import javax.swing.BorderFactory;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The teacher's window: a MASON {@link Console} on this {@code GUIState}, a network display with
 * the preset's description and a legend, and a frame of live charts.
 *
 * <p>Each start builds a fresh {@link NetcapModel} from the chosen preset, the parameters in the
 * Model tab ({@link Controls}) and the seed, so Stop + Play applies every change; live parameters
 * also act during a run. The charts are fed after every step from {@code model.series} by a
 * steppable scheduled immediately after the model; rows go to the Swing thread in batches (the
 * model never waits for the charts), and rows already charted are dropped from the model's series
 * once it holds {@link #SERIES_LIMIT} rows, so long runs do not grow memory. Clicking an agent in
 * the network shows its social capital in the {@link AgentPanel} under the key.
 */
public class NetcapWithUI extends GUIState {
    /** Rows the model's series may hold before the GUI, which has charted them, clears it. */
    public static final int SERIES_LIMIT = 10_000;

    /** Native size of the network field in pixels (the display scales it to its window). */
    static final int FIELD_SIZE = 700;

    public final Controls controls;
    public final ChartData data = new ChartData();
    public NetworkView view;
    public Display2D display;
    public JFrame displayFrame;
    public Charts charts;
    public Legend legend;
    /** The selected agent's social capital, under the key. */
    public AgentPanel agentPanel;
    private JTextArea description;
    private final Feed feed = new Feed();

    public NetcapWithUI(Presets.Preset preset, long seed) {
        super(preset.model(preset.params(), seed));
        controls = new Controls(() -> (NetcapModel) state, preset);
        controls.setSeed(seed);
        view = new NetworkView(controls);
    }

    public static String getName() {
        return "netcap: network capitalism";
    }

    public static Object getInfo() {
        return "<html><body style='font-family:sans-serif'><h2>netcap</h2>"
                + "<p>People on a social network with two channels (face to face and online) create and share "
                + "knowledge (tacit and explicit, the SECI spiral), build trust and friendships, and decide whether "
                + "to contribute or free-ride. New members join when their contacts are members.</p>"
                + "<p><b>Model tab</b>: choose a preset and move the sliders. Parameters marked <i>live</i> in their "
                + "tooltip act from the next step; the others, and the preset and seed, at the next start (Stop, Play).</p>"
                + "<p>See docs/gui.md.</p></body></html>";
    }

    /** The model running now (rebuilt at every start). */
    public NetcapModel model() {
        return (NetcapModel) state;
    }

    @Override
    public Object getSimulationInspectedObject() {
        return controls;
    }

    /** Every property on one page of the Model tab (MASON pages after 25). */
    @Override
    public int getMaximumPropertiesForInspector() {
        return 100;
    }

    /** The Model tab changes only through its own fields (and a preset change, which refreshes it). */
    @Override
    public boolean isInspectorVolatile() {
        return false;
    }

    @Override
    public void start() {
        state = controls.preset().model(controls.params().copy(), controls.getSeed());
        super.start();
        view.show(model(), model().agentsPlaced);
        if (agentPanel != null && view.selected() >= model().agents.size()) {
            view.select(-1);
        }
        if (agentPanel != null && view.selected() >= 0) {
            selectAgent(view.selected());
        }
        data.clear();
        feed.reset();
        feed.step(state);
        scheduleRepeatingImmediatelyAfter(feed);
        if (display != null) {
            display.reset();
            display.repaint();
        }
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        display = new Display2D(FIELD_SIZE, FIELD_SIZE, this);
        display.setBackdrop(Color.WHITE);
        display.attach(view, "Network");

        description = new JTextArea();
        description.setEditable(false);
        description.setLineWrap(true);
        description.setWrapStyleWord(true);
        description.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        description.setBorder(BorderFactory.createEmptyBorder(6, 10, 8, 10));
        description.setBackground(new Color(0xF4F4F4));
        legend = new Legend(controls);
        showPreset();
        controls.onPresetChange(() -> {
            showPreset();
            if (c instanceof Console console) {
                SwingUtilities.invokeLater(() -> console.getModelInspector().updateInspector());
            }
        });

        agentPanel = new AgentPanel();
        // click an agent to see its social capital in the Agent panel
        display.insideDisplay.addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mouseClicked(java.awt.event.MouseEvent e) {
                if (state instanceof NetcapModel) {
                    synchronized (state.schedule) {
                        int u = view.agentAt(model(), e.getX(), e.getY(), 12);
                        if (u >= 0) {
                            selectAgent(u);
                        }
                    }
                }
            }
        });
        JPanel south = new JPanel(new BorderLayout());
        south.add(legend, BorderLayout.CENTER);
        south.add(agentPanel, BorderLayout.SOUTH);
        JPanel content = new JPanel(new BorderLayout());
        content.add(description, BorderLayout.NORTH);
        content.add(display, BorderLayout.CENTER);
        content.add(south, BorderLayout.SOUTH);
        displayFrame = new JFrame("netcap: network");
        displayFrame.setDefaultCloseOperation(JFrame.HIDE_ON_CLOSE);
        displayFrame.setContentPane(content);
        displayFrame.setSize(700, 980);
        // the network always fills its window: rescale whenever the window is resized
        display.display.getViewport().addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                java.awt.Dimension v = display.display.getViewport().getExtentSize();
                double fit = Math.max(0.2, (Math.min(v.width, v.height) - 16) / (double) FIELD_SIZE);
                if (Math.abs(fit - display.getScale()) > 1e-3) {
                    display.setScale(fit);
                }
            }
        });
        c.registerFrame(displayFrame);
        displayFrame.setVisible(true);

        charts = new Charts(data);
        c.registerFrame(charts.frame);
        charts.frame.setVisible(true);
    }

    /**
     * Shows agent {@code u} in the Agent panel (ringed in the network) and keeps it up to date as
     * the model runs; -1 clears the selection. Call with the model not stepping (the schedule's
     * lock held, or between steps).
     */
    public void selectAgent(int u) {
        view.select(u);
        String text = u < 0 ? AgentPanel.HINT : AgentPanel.describe(model(), u);
        SwingUtilities.invokeLater(() -> {
            if (agentPanel != null) {
                agentPanel.setText(text);
            }
            if (display != null) {
                display.repaint();
            }
        });
    }

    private void showPreset() {
        Presets.Preset p = controls.preset();
        description.setText(p.title().toUpperCase(java.util.Locale.ROOT) + " (preset; Stop and Play to apply a change)\n"
                + p.description().replaceAll("\\s+", " "));
        legend.repaint();
    }

    @Override
    public void quit() {
        super.quit();
        if (displayFrame != null) {
            displayFrame.dispose();
        }
        if (charts != null) {
            charts.frame.dispose();
        }
        displayFrame = null;
        display = null;
    }

    /** Places the windows side by side on a screen of the given size (Console, network, charts). */
    public void arrange(Console console, int width, int height) {
        int consoleW = Math.min(440, width * 27 / 100);
        int chartsW = Math.min(600, (width - consoleW) * 2 / 5);
        console.setBounds(0, 0, consoleW, height);
        displayFrame.setBounds(consoleW, 0, width - consoleW - chartsW, height);
        charts.frame.setBounds(width - chartsW, 0, chartsW, height);
        for (int i = 0; i < console.getTabPane().getTabCount(); i++) {
            if (console.getTabPane().getTitleAt(i).equals("Model")) {
                console.getTabPane().setSelectedIndex(i);
            }
        }
    }

    /** Moves new metrics rows to the charts: runs on the model thread, hands over to Swing. */
    private final class Feed implements Steppable {
        private static final long serialVersionUID = 1L;
        private int seen;
        private final List<double[]> pending = new ArrayList<>();
        private final AtomicBoolean queued = new AtomicBoolean();
        private final Runnable drain = () -> {
            queued.set(false);
            List<double[]> batch;
            synchronized (pending) {
                batch = new ArrayList<>(pending);
                pending.clear();
            }
            data.append(batch);
            if (legend != null) {
                legend.repaint();
            }
        };

        void reset() {
            seen = 0;
            synchronized (pending) {
                pending.clear();
            }
        }

        @Override
        public void step(SimState s) {
            NetcapModel m = (NetcapModel) s;
            List<double[]> rows = m.series.rows();
            synchronized (pending) {
                for (int i = seen; i < rows.size(); i++) {
                    pending.add(rows.get(i)); // rows are never changed once recorded
                }
            }
            seen = rows.size();
            int sel = view.selected();
            if (sel >= 0 && agentPanel != null && m.schedule.getSteps() % AgentPanel.REFRESH_STEPS == 0) {
                String text = AgentPanel.describe(m, sel); // on the model thread, between steps
                SwingUtilities.invokeLater(() -> agentPanel.setText(text));
            }
            if (seen >= SERIES_LIMIT) {
                m.series.clear();
                seen = 0;
            }
            if (!queued.getAndSet(true)) {
                SwingUtilities.invokeLater(drain);
            }
        }
    }
}
