package netcap.gui;

import netcap.model.NetcapModel;
import netcap.model.ParamRegistry;
import netcap.model.observation.TrustStats;
import netcap.schema.Key;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.engine.Steppable;

import javax.swing.BorderFactory;
import javax.swing.JEditorPane;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The teacher's window: a MASON {@link Console} on this {@code GUIState}, a network display with
 * the preset's Info text and a legend, and a frame of live charts; every text in the language
 * chosen ({@link Messages}).
 *
 * <p>Each start builds a fresh {@link NetcapModel} from the chosen preset, the parameters in the
 * Model tab ({@link Controls}) and the seed, so Stop + Play applies every change; live parameters
 * also act during a run. The charts are fed after every step from {@code model.series} (and the
 * trust on the ties, {@link TrustStats}) by a steppable scheduled immediately after the model;
 * rows go to the Swing thread in batches (the model never waits for the charts), and rows already
 * charted are dropped from the model's series once it holds {@link #SERIES_LIMIT} rows, so long
 * runs do not grow memory. Clicking an agent in the network shows its social capital in the
 * {@link AgentPanel} under the key.
 *
 * <p>Side by side ({@link #NetcapWithUI(Presets.Contrast, long, Messages)}): the two presets of a
 * contrast, with the same seed, are two models that one schedule steps together ({@link Pair}); two
 * network displays, and each chart holds both models on the same axes. The Model tab's changes
 * reach both sides, except the setting the two differ in.
 */
public class NetcapWithUI extends GUIState {
    /** Rows the model's series may hold before the GUI, which has charted them, clears it. */
    public static final int SERIES_LIMIT = 10_000;

    /** Native size of the network field in pixels (the display scales it to its window). */
    static final int FIELD_SIZE = 700;

    /** The About tab's text and the window title (MASON asks the class, not the instance, for them). */
    private static volatile String info = "<html><body><h2>netcap</h2></body></html>";
    private static volatile String name = "netcap";

    /** The window's texts. */
    public final Messages messages;
    /** The contrast shown side by side, or null for one model (the Model tab may choose another). */
    public volatile Presets.Contrast contrast;
    /** One model and its views; two side by side. */
    public final List<Side> sides = new ArrayList<>();
    /** The first side's controls (the Model tab) and view. */
    public final Controls controls;
    public NetworkView view;
    public JFrame displayFrame;
    public Charts charts;
    public Legend legend;
    /** The selected agent's social capital, under the key (one model only). */
    public AgentPanel agentPanel;
    private JEditorPane description;

    /** One model with its controls, network display and chart data. */
    public final class Side {
        public final Controls controls;
        public final NetworkView view;
        public final ChartData data;
        public Display2D display;
        private final Feed feed;
        private NetcapModel model;

        Side(Presets.Preset preset, long seed, String title) {
            controls = new Controls(() -> model, preset, messages);
            controls.setSeed(seed);
            view = new NetworkView(controls);
            data = new ChartData(messages, title == null ? messages.get("gui.series.ties") : title);
            feed = new Feed(this);
            model = preset.model(preset.params(), seed);
        }

        /** The model running now (rebuilt at every start). */
        public NetcapModel model() {
            return model;
        }

        void build() {
            model = controls.preset().model(controls.params().copy(), controls.getSeed());
        }
    }

    /** One model in a language. */
    public NetcapWithUI(Presets.Preset preset, long seed, Messages messages) {
        super(null);
        this.messages = messages;
        this.contrast = null;
        sides.add(new Side(preset, seed, null));
        state = sides.get(0).model;
        controls = sides.get(0).controls;
        view = sides.get(0).view;
        controls.onPresetChange(this::presetChanged);
        setTexts();
    }

    /** The two sides of a contrast, with one seed, stepped together. */
    public NetcapWithUI(Presets.Contrast contrast, long seed, Messages messages) {
        super(null);
        this.messages = messages;
        this.contrast = contrast;
        sides.add(new Side(contrast.a(), seed, contrast.a().title(messages)));
        sides.add(new Side(contrast.b(), seed, contrast.b().title(messages)));
        controls = sides.get(0).controls;
        view = sides.get(0).view;
        controls.twin(sides.get(1).controls, differences(contrast.a(), contrast.b()));
        List<Presets.Contrast> all = Presets.contrasts();
        controls.contrastMenu(all.stream().map(k -> k.title(messages)).toArray(String[]::new),
                () -> all.indexOf(this.contrast), i -> chooseContrast(all.get(i)));
        for (Side s : sides) {
            s.view.label(s.data.side());
        }
        state = new Pair(sides.get(0).model, sides.get(1).model, seed);
        setTexts();
    }

    /**
     * Shows another contrast from the next start: both sides take its presets (their parameters,
     * the seed of the first), the sides are renamed in the network captions and the charts, and
     * the Info text follows.
     */
    void chooseContrast(Presets.Contrast k) {
        if (k.equals(contrast)) {
            return;
        }
        contrast = k;
        controls.untwin();
        controls.usePreset(k.a());
        sides.get(1).controls.usePreset(k.b());
        sides.get(1).controls.setSeed(controls.getSeed());
        controls.twin(sides.get(1).controls, differences(k.a(), k.b()));
        List<String> names = List.of(k.a().title(messages), k.b().title(messages));
        SwingUtilities.invokeLater(() -> {
            for (int i = 0; i < sides.size(); i++) {
                sides.get(i).data.rename(names.get(i));
                sides.get(i).view.label(names.get(i));
            }
            if (charts != null) {
                charts.sidesRenamed();
            }
        });
        presetChanged();
    }

    /** The parameters in which two presets differ (the settings a contrast is about). */
    static Set<String> differences(Presets.Preset a, Presets.Preset b) {
        var pa = a.params();
        var pb = b.params();
        Set<String> out = new LinkedHashSet<>();
        for (Key k : ParamRegistry.keys(pa)) {
            if (!Objects.equals(ParamRegistry.get(pa, k.name()), ParamRegistry.get(pb, k.name()))) {
                out.add(k.name());
            }
        }
        return out;
    }

    public static String getName() {
        return name;
    }

    public static Object getInfo() {
        return info;
    }

    private void setTexts() {
        name = messages.get("gui.window.title");
        info = infoHtml(true);
    }

    /** The Info text of the preset or contrast as HTML: all five parts, or (for the panel) what it is and what to notice. */
    String infoHtml(boolean full) {
        Presets.Info i = contrast != null ? contrast.info(messages) : controls.preset().info(messages);
        String title = contrast != null ? contrast.title(messages) : controls.preset().title(messages);
        StringBuilder h = new StringBuilder("<html><body style='font-family:sans-serif;font-size:")
                .append(full ? "13" : "12").append("pt'>");
        h.append(full ? "<h2>" : "<b>").append(Controls.escape(title)).append(full ? "</h2>" : "</b> <i>")
                .append(full ? "" : Controls.escape(messages.get("gui.applyHint")) + "</i>");
        if (contrast != null) {
            h.append(full ? "<p>" : "<br>").append(Controls.escape(messages.format("gui.contrast.sides",
                    contrast.a().title(messages), contrast.b().title(messages)))).append(full ? "</p>" : "");
        }
        String[][] parts = full
                ? new String[][] {{"gui.info.what", i.what()}, {"gui.info.how", i.how()}, {"gui.info.notice", i.notice()},
                    {"gui.info.try", i.tryIt()}, {"gui.info.idea", i.idea()}}
                : new String[][] {{null, i.what()}, {"gui.info.notice", i.notice()}};
        for (String[] p : parts) {
            if (p[1] == null || p[1].isBlank()) {
                continue;
            }
            if (full) {
                h.append("<h3>").append(Controls.escape(messages.get(p[0]))).append("</h3><p>").append(Controls.escape(p[1].trim()))
                        .append("</p>");
            } else {
                h.append("<br>").append(p[0] == null ? "" : "<b>" + Controls.escape(messages.get(p[0])) + ":</b> ")
                        .append(Controls.escape(p[1].trim()));
            }
        }
        if (full) {
            h.append("<hr><p>").append(Controls.escape(messages.get("gui.info.model"))).append("</p>");
        }
        return h.append("</body></html>").toString();
    }

    /** The model running now (the first side's; rebuilt at every start). */
    public NetcapModel model() {
        return sides.get(0).model;
    }

    @Override
    public Object getSimulationInspectedObject() {
        return controls;
    }

    /** Every property on one page of the Model tab (MASON pages after 25). */
    @Override
    public int getMaximumPropertiesForInspector() {
        return 200;
    }

    /** The Model tab changes only through its own fields (and a preset change, which refreshes it). */
    @Override
    public boolean isInspectorVolatile() {
        return false;
    }

    @Override
    public void start() {
        for (Side s : sides) {
            s.build();
        }
        state = contrast == null ? sides.get(0).model : new Pair(sides.get(0).model, sides.get(1).model, controls.getSeed());
        super.start();
        for (Side s : sides) {
            s.view.show(s.model, s.model.agentsPlaced);
            s.data.clear();
            s.feed.reset();
            s.feed.step(state);
            scheduleRepeatingImmediatelyAfter(s.feed);
            if (s.display != null) {
                s.display.reset();
                s.display.repaint();
            }
        }
        if (agentPanel != null && view.selected() >= model().agents.size()) {
            view.select(-1);
        }
        if (agentPanel != null && view.selected() >= 0) {
            selectAgent(view.selected());
        }
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        for (Side s : sides) {
            s.display = new Display2D(FIELD_SIZE, FIELD_SIZE, this);
            s.display.setBackdrop(Color.WHITE);
            s.display.attach(s.view, messages.get("gui.window.network"));
            fitOnResize(s.display);
        }

        description = new JEditorPane("text/html", "");
        description.setEditable(false);
        description.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        description.setBackground(new Color(0xF4F4F4));
        JScrollPane descriptionPane = new JScrollPane(description);
        descriptionPane.setBorder(BorderFactory.createEmptyBorder());
        descriptionPane.setPreferredSize(new Dimension(700, 150));
        legend = new Legend(controls);
        showPreset();

        JPanel south = new JPanel(new BorderLayout());
        south.add(legend, BorderLayout.CENTER);
        if (contrast == null) {
            agentPanel = new AgentPanel(messages);
            // click an agent to see its social capital in the Agent panel
            sides.get(0).display.insideDisplay.addMouseListener(new java.awt.event.MouseAdapter() {
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
            south.add(agentPanel, BorderLayout.SOUTH);
        }
        JPanel displays = new JPanel(new GridLayout(1, sides.size(), 4, 0));
        for (Side s : sides) {
            displays.add(s.display);
        }
        JPanel content = new JPanel(new BorderLayout());
        content.add(descriptionPane, BorderLayout.NORTH);
        content.add(displays, BorderLayout.CENTER);
        content.add(south, BorderLayout.SOUTH);
        displayFrame = new JFrame(messages.get(contrast == null ? "gui.window.network" : "gui.window.sideBySide"));
        displayFrame.setDefaultCloseOperation(JFrame.HIDE_ON_CLOSE);
        displayFrame.setContentPane(content);
        displayFrame.setSize(700 * sides.size(), 980);
        c.registerFrame(displayFrame);
        displayFrame.setVisible(true);

        charts = new Charts(messages, sides.stream().map(s -> s.data).toList());
        c.registerFrame(charts.frame);
        charts.frame.setVisible(true);
        if (c instanceof Console console) {
            translateTabs(console);
        }
    }

    /** The network always fills its window: rescale whenever the window is resized. */
    private static void fitOnResize(Display2D d) {
        d.display.getViewport().addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                Dimension v = d.display.getViewport().getExtentSize();
                double fit = Math.max(0.2, (Math.min(v.width, v.height) - 16) / (double) FIELD_SIZE);
                if (Math.abs(fit - d.getScale()) > 1e-3) {
                    d.setScale(fit);
                }
            }
        });
    }

    /** MASON's tabs in the window's language (their English titles are MASON's own). */
    private void translateTabs(Console console) {
        var tabs = console.getTabPane();
        for (int i = 0; i < tabs.getTabCount(); i++) {
            String key = "gui.tab." + tabs.getTitleAt(i).trim();
            if (messages.has(key)) {
                tabs.setTitleAt(i, messages.get(key));
            }
        }
    }

    private void presetChanged() {
        showPreset();
        info = infoHtml(true);
        SwingUtilities.invokeLater(() -> {
            if (controller instanceof Console console) {
                console.getModelInspector().updateInspector();
                var tabs = console.getTabPane();
                if (tabs.getTabCount() > 0) {
                    JEditorPane about = new JEditorPane("text/html", info);
                    about.setEditable(false);
                    tabs.setComponentAt(0, new JScrollPane(about));
                }
            }
        });
    }

    /**
     * Shows agent {@code u} in the Agent panel (ringed in the network) and keeps it up to date as
     * the model runs; -1 clears the selection. Call with the model not stepping (the schedule's
     * lock held, or between steps).
     */
    public void selectAgent(int u) {
        view.select(u);
        String text = u < 0 ? AgentPanel.hint(messages) : AgentPanel.describe(messages, model(), u);
        SwingUtilities.invokeLater(() -> {
            if (agentPanel != null) {
                agentPanel.setText(text);
            }
            Display2D d = sides.get(0).display;
            if (d != null) {
                d.repaint();
            }
        });
    }

    private void showPreset() {
        if (description != null) {
            description.setText(infoHtml(false));
            description.setCaretPosition(0);
            legend.repaint();
        }
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
        for (Side s : sides) {
            s.display = null;
        }
    }

    /** Places the windows side by side on a screen of the given size (Console, network, charts). */
    public void arrange(Console console, int width, int height) {
        int consoleW = Math.min(460, width * 24 / 100);
        int chartsW = Math.min(contrast == null ? 820 : 760, (width - consoleW) * (contrast == null ? 45 : 40) / 100);
        console.setBounds(0, 0, consoleW, height);
        displayFrame.setBounds(consoleW, 0, width - consoleW - chartsW, height);
        charts.frame.setBounds(width - chartsW, 0, chartsW, height);
        var tabs = console.getTabPane();
        String model = messages.get("gui.tab.Model");
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if (tabs.getTitleAt(i).equals("Model") || tabs.getTitleAt(i).equals(model)) {
                tabs.setSelectedIndex(i);
            }
        }
    }

    /**
     * Two models stepped together by one schedule: each step of this state steps both, each while
     * holding its own schedule's lock (as the Model tab does when it writes a live parameter).
     */
    public static final class Pair extends SimState {
        private static final long serialVersionUID = 1L;
        public final NetcapModel a;
        public final NetcapModel b;

        public Pair(NetcapModel a, NetcapModel b, long seed) {
            super(seed);
            this.a = a;
            this.b = b;
        }

        @Override
        public void start() {
            super.start();
            a.start();
            b.start();
            schedule.scheduleRepeating(s -> {
                synchronized (a.schedule) {
                    a.schedule.step(a);
                }
                synchronized (b.schedule) {
                    b.schedule.step(b);
                }
            });
        }

        @Override
        public void finish() {
            super.finish();
            a.finish();
            b.finish();
        }
    }

    /** Moves a side's new metrics rows and trust to the charts: runs on the model thread, hands over to Swing. */
    private final class Feed implements Steppable {
        private static final long serialVersionUID = 1L;
        private final transient Side side;
        private int seen;
        private final List<double[]> pending = new ArrayList<>();
        private final List<ChartData.TrustPoint> trust = new ArrayList<>();
        private final AtomicBoolean queued = new AtomicBoolean();
        private final Runnable drain;

        Feed(Side side) {
            this.side = side;
            drain = () -> {
                queued.set(false);
                List<double[]> batch;
                List<ChartData.TrustPoint> t;
                synchronized (pending) {
                    batch = new ArrayList<>(pending);
                    t = new ArrayList<>(trust);
                    pending.clear();
                    trust.clear();
                }
                side.data.append(batch);
                side.data.appendTrust(t);
                if (legend != null) {
                    legend.repaint();
                }
            };
        }

        void reset() {
            seen = 0;
            synchronized (pending) {
                pending.clear();
                trust.clear();
            }
        }

        @Override
        public void step(SimState s) {
            NetcapModel m = side.model;
            List<double[]> rows = m.series.rows();
            TrustStats t = TrustStats.of(m); // on the model thread, between steps
            synchronized (pending) {
                for (int i = seen; i < rows.size(); i++) {
                    pending.add(rows.get(i)); // rows are never changed once recorded
                }
                trust.add(new ChartData.TrustPoint(m.schedule.getSteps(), t));
            }
            seen = rows.size();
            int sel = side.view.selected();
            if (sel >= 0 && agentPanel != null && m.schedule.getSteps() % AgentPanel.REFRESH_STEPS == 0) {
                String text = AgentPanel.describe(messages, m, sel);
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
