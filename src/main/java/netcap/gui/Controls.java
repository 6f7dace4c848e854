package netcap.gui;

import netcap.model.NetcapModel;
import netcap.model.ParamRegistry;
import netcap.model.Params;
import netcap.schema.Key;
import sim.util.Interval;
import sim.util.Properties;
import sim.util.Propertied;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the Console's Model tab shows: MASON asks this object for its {@link Properties}
 * ({@link Propertied}), which list the display options and every model parameter the schema marks
 * as taught ({@link Key#taught()}), each with its slider range ({@link Key#sliderMin()},
 * {@link Key#sliderMax()}) or menu, and a tooltip from its explanation. Nothing here is written by
 * hand per parameter: a parameter appears in the window when its {@code @Param} says
 * {@code teach = true}.
 *
 * <p>The object keeps the parameters of the next run ({@link #params()}, the preset's plus the
 * user's changes). A <em>live</em> parameter ({@link Key.Apply#LIVE}) is also written into the
 * running model's {@code params} (under the schedule lock, between steps), and the model reads it
 * from the next step on. The other parameters shape the world that {@code start()} builds (array
 * sizes, initial shares), so they take effect at the next start: press Stop, then Play. Display
 * options (colour, size, latent ties) apply at the next repaint. No Swing here: tested headless.
 */
public class Controls implements Propertied {
    /** What the colour of an agent shows. */
    public static final String[] COLOUR_BY = {"strategy", "knowledge"};
    /** Which ties between members are drawn. */
    public static final String[] TIES = {"all", "face to face (physical layer)", "online (virtual layer)", "friends and close friends"};
    /** What the size of an agent shows. */
    public static final String[] SIZE_BY = {"degree", "knowledge"};

    private final Supplier<NetcapModel> running;
    private Params params;
    private int preset;
    private long seed;
    private int colourBy;
    private int sizeBy;
    private boolean latentTies = true;
    private int ties;
    private Runnable onPresetChange = () -> { };
    private final Messages messages;
    private Controls twin;
    private java.util.Set<String> fixed = java.util.Set.of();
    /** In a contrast: the contrasts' titles, the chosen one and what choosing one does (else null). */
    private String[] contrastTitles;
    private java.util.function.IntSupplier contrastChosen;
    private java.util.function.IntConsumer contrastChoose;

    /**
     * @param running the running model (null or supplying null when none runs); live values are
     *                written into its params while holding its schedule's lock, as MASON does
     * @param preset  the first preset
     */
    public Controls(Supplier<NetcapModel> running, Presets.Preset preset) {
        this(running, preset, Messages.of("en"));
    }

    /** A Model tab in a language. */
    public Controls(Supplier<NetcapModel> running, Presets.Preset preset, Messages messages) {
        this.running = running;
        this.messages = messages;
        choose(preset);
    }

    /** The texts of the window's language. */
    public Messages messages() {
        return messages;
    }

    /**
     * Makes every parameter change also reach {@code other} (the other side of a contrast), except
     * the parameters in {@code fixed}, the settings the two sides differ in, which this tab does
     * not show.
     */
    public void twin(Controls other, java.util.Set<String> fixed) {
        this.twin = other;
        this.fixed = java.util.Set.copyOf(fixed);
    }

    /** The parameters of the next run (a copy is given to each model). */
    public Params params() {
        return params;
    }

    /** The chosen preset. */
    public Presets.Preset preset() {
        return Presets.all().get(preset);
    }

    /** Called after the preset changed (to update the description and the inspector). */
    public void onPresetChange(Runnable r) {
        onPresetChange = r;
    }

    private void choose(Presets.Preset p) {
        preset = Presets.indexOf(p);
        params = p.params();
        seed = p.seed();
    }

    /**
     * Shows a menu of contrasts instead of the preset menu (the side-by-side window).
     *
     * @param titles the contrasts' titles
     * @param chosen the index of the contrast shown
     * @param choose called with the index chosen (it sets up both sides for the next start)
     */
    public void contrastMenu(String[] titles, java.util.function.IntSupplier chosen, java.util.function.IntConsumer choose) {
        contrastTitles = titles.clone();
        contrastChosen = chosen;
        contrastChoose = choose;
    }

    /** Chooses a preset for the next run, as the preset menu does but without telling anybody (a contrast changes both sides). */
    public void usePreset(Presets.Preset p) {
        choose(p);
    }

    /** Stops handing changes to another side. */
    public void untwin() {
        twin = null;
        fixed = java.util.Set.of();
    }

    /** Whether agents are coloured by knowledge (else by strategy). */
    public boolean colourByKnowledge() {
        return colourBy == 1;
    }

    /** Whether agent size shows knowledge (else degree). */
    public boolean sizeByKnowledge() {
        return sizeBy == 1;
    }

    /** Whether ties of non-members are drawn (faintly). */
    public boolean latentTies() {
        return latentTies;
    }

    // ------------------------------------------------------------------ display options

    /** The chosen preset (an index into {@link Presets#all()}); choosing one resets every parameter and the seed. */
    public int getPreset() {
        return preset;
    }

    public void setPreset(int i) {
        if (i >= 0 && i < Presets.all().size() && i != preset) {
            choose(Presets.all().get(i));
            onPresetChange.run();
        }
    }

    /** The random seed of the next run. */
    public long getSeed() {
        return seed;
    }

    public void setSeed(long s) {
        seed = s;
    }

    /** Which ties are drawn: an index into {@link #TIES}. */
    public int getTies() {
        return ties;
    }

    /** Whether the option {@code shown} of {@link #TIES} draws a tie of this style and level. */
    public static boolean showsTie(int shown, int style, int level) {
        return switch (shown) {
            case 1 -> style != Palette.VIRTUAL_ONLY;
            case 2 -> style != Palette.PHYSICAL_ONLY;
            case 3 -> level >= netcap.world.MultiplexNetwork.FRIEND;
            default -> true;
        };
    }

    /**
     * The parameter groups in the order of the Model tab: how people join, the world built at the
     * start, the rooms, then relationships, knowledge and the game of contributing.
     */
    public static final List<String> GROUPS = List.of("growth", "world", "rooms", "ties", "trust", "contacts", "exchange",
            "seci", "teams", "freeRiders", "satisfaction");

    /**
     * One row of the Model tab: a key (the parameter's or option's name), a label, a type, a value,
     * a domain (menu or slider) and a tooltip; a row without a setter is a group heading.
     */
    private record Row(String key, String name, Class<?> type, Supplier<Object> get, java.util.function.Consumer<Object> set,
                       Object domain, String description) {
    }

    private List<Row> rows() {
        Messages m = messages;
        List<Row> rows = new ArrayList<>();
        rows.add(heading("display", m.get("gui.group.display"), m.get("gui.group.display.help")));
        if (contrastTitles != null) {
            rows.add(new Row("preset", m.get("gui.option.contrast"), int.class, () -> contrastChosen.getAsInt(),
                    v -> contrastChoose.accept(menu(v, contrastTitles)), contrastTitles.clone(),
                    tip(m.get("gui.option.contrast"), m.get("gui.option.contrast.help"), null)));
        } else {
            rows.add(new Row("preset", m.get("gui.option.preset"), int.class, () -> preset, v -> setPreset(((Number) v).intValue()),
                    presetTitles(), tip(m.get("gui.option.preset"), m.get("gui.option.preset.help"), null)));
        }
        rows.add(new Row("seed", m.get("gui.option.seed"), long.class, () -> seed, v -> seed = ((Number) v).longValue(), null,
                tip(m.get("gui.option.seed"), m.get("gui.option.seed.help"), null)));
        rows.add(new Row("colourBy", m.get("gui.option.colourBy"), int.class, () -> colourBy, v -> colourBy = menu(v, COLOUR_BY),
                options("colourBy", COLOUR_BY.length), tip(m.get("gui.option.colourBy"), m.get("gui.option.colourBy.help"), null)));
        rows.add(new Row("sizeBy", m.get("gui.option.sizeBy"), int.class, () -> sizeBy, v -> sizeBy = menu(v, SIZE_BY),
                options("sizeBy", SIZE_BY.length), tip(m.get("gui.option.sizeBy"), m.get("gui.option.sizeBy.help"), null)));
        rows.add(new Row("ties", m.get("gui.option.ties"), int.class, () -> ties, v -> ties = menu(v, TIES),
                options("ties", TIES.length), tip(m.get("gui.option.ties"), m.get("gui.option.ties.help"), null)));
        rows.add(new Row("latentTies", m.get("gui.option.latentTies"), boolean.class, () -> latentTies, v -> latentTies = (Boolean) v, null,
                tip(m.get("gui.option.latentTies"), m.get("gui.option.latentTies.help"), null)));
        List<String> shown = parameters(params);
        for (String group : groups(shown)) {
            rows.add(heading(group, groupLabel(m, group), m.get("gui.group." + group + ".help", "")));
            for (String name : shown) {
                Key k = key(name);
                if (!groupOf(k).equals(group) || fixed.contains(name)) {
                    continue;
                }
                rows.add(new Row(name, label(m, name), k.javaType(), () -> ParamRegistry.get(params, name), v -> set(name, v),
                        k.kind() == Key.Kind.BOOLEAN ? null : dom(name), des(m, name)));
            }
        }
        return rows;
    }

    /** The groups of the given parameters in the order of {@link #GROUPS} (a plug-in's own groups last). */
    static List<String> groups(List<String> names) {
        java.util.Set<String> present = new java.util.LinkedHashSet<>();
        for (String n : names) {
            present.add(groupOf(key(n)));
        }
        List<String> out = new ArrayList<>();
        for (String g : GROUPS) {
            if (present.remove(g)) {
                out.add(g);
            }
        }
        out.addAll(present);
        return out;
    }

    private static String groupOf(Key k) {
        return k.group().isEmpty() ? "plugins" : k.group();
    }

    /** A group heading: a read-only row with no value whose tooltip is the group's short explanation. */
    private static Row heading(String group, String label, String help) {
        String text = "\u25B8 " + label.toUpperCase(java.util.Locale.ROOT);
        return new Row("group." + group, text, String.class, () -> "", null, null, "<html><b>" + Controls.escape(label) + "</b><br>"
                + wrap(help) + "</html>");
    }

    /** The label of a parameter in the window's language (its name for a parameter without texts, e.g. a plug-in's). */
    public static String label(Messages m, String name) {
        return m.get("gui.param." + name, name);
    }

    /** The label of a parameter group. */
    public static String groupLabel(Messages m, String group) {
        return m.get("gui.group." + group, group);
    }

    private String[] options(String option, int n) {
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = messages.get("gui.option." + option + "." + i);
        }
        return out;
    }

    private String[] presetTitles() {
        return Presets.all().stream().map(p -> p.title(messages)).toArray(String[]::new);
    }

    private static String tip(String label, String help, String when) {
        return "<html><b>" + escape(label) + "</b><br>" + wrap(help) + (when == null ? "" : "<br><i>" + escape(when) + "</i>") + "</html>";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The index of the row of a parameter or option ({@code synergy}, {@code preset}) in {@link #properties()}, or -1. */
    public int index(String key) {
        List<Row> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static int menu(Object v, String[] options) {
        return Math.max(0, Math.min(options.length - 1, ((Number) v).intValue()));
    }

    /** The rows of the Model tab as MASON properties (built anew when asked, so they read the current values). */
    @Override
    public Properties properties() {
        List<Row> rows = rows();
        return new Properties() {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean isVolatile() {
                return false;
            }

            @Override
            public int numProperties() {
                return rows.size();
            }

            @Override
            public Object getValue(int i) {
                return rows.get(i).get().get();
            }

            @Override
            public boolean isReadWrite(int i) {
                return rows.get(i).set() != null;
            }

            @Override
            public String getName(int i) {
                return rows.get(i).name();
            }

            @Override
            @SuppressWarnings("rawtypes")
            public Class getType(int i) {
                return rows.get(i).type();
            }

            @Override
            public Object getDomain(int i) {
                return rows.get(i).domain();
            }

            @Override
            public String getDescription(int i) {
                return rows.get(i).description();
            }

            @Override
            protected Object _setValue(int i, Object value) {
                if (rows.get(i).set() == null) {
                    return getValue(i);
                }
                rows.get(i).set().accept(value);
                return getValue(i);
            }
        };
    }

    /** Every built-in parameter the Model tab shows: those the schema marks as taught, live ones first, in declaration order. */
    public static List<String> parameters() {
        return parameters(new netcap.model.Params());
    }

    /**
     * Every parameter the Model tab shows for a model with {@code p}'s plug-ins: those the schema
     * marks as taught (built-in, then the plug-ins'), live ones first, in declaration order.
     */
    public static List<String> parameters(netcap.model.Params p) {
        List<String> live = new ArrayList<>();
        List<String> atStart = new ArrayList<>();
        for (Key k : ParamRegistry.keys(p)) {
            if (k.taught()) {
                (k.apply() == Key.Apply.LIVE ? live : atStart).add(k.name());
            }
        }
        live.addAll(atStart);
        return List.copyOf(live);
    }

    /** Whether a change to parameter {@code name} acts on the running model (else at the next start). */
    public static boolean live(String name) {
        return key(name).apply() == Key.Apply.LIVE;
    }

    /** The schema key of a parameter: built-in, or of a loaded plug-in (their names are unique across both). */
    static Key key(String name) {
        ParamRegistry.Def d = ParamRegistry.find(name);
        if (d != null) {
            return d.key();
        }
        Key k = netcap.model.plugins.Plugins.parameter(name);
        if (k != null) {
            return k;
        }
        throw new IllegalArgumentException("unknown parameter '" + name + "'");
    }

    /**
     * Sets parameter {@code name} for the next run, range-checked by {@link ParamRegistry}; a value
     * out of range is ignored (the field shows the old value again). Shares that must sum to at
     * most 1 push their partner down. A live parameter is also written into the running model.
     */
    void set(String name, Object value) {
        try {
            ParamRegistry.set(params, name, value);
        } catch (IllegalArgumentException e) {
            return;
        }
        switch (name) {
            case "initialFreeRiderShare" -> params.initialContributorShare = Math.min(params.initialContributorShare, 1 - params.initialFreeRiderShare);
            case "initialContributorShare" -> params.initialFreeRiderShare = Math.min(params.initialFreeRiderShare, 1 - params.initialContributorShare);
            case "physicalOnlyShare" -> params.virtualOnlyShare = Math.min(params.virtualOnlyShare, 1 - params.physicalOnlyShare);
            case "virtualOnlyShare" -> params.physicalOnlyShare = Math.min(params.physicalOnlyShare, 1 - params.virtualOnlyShare);
            default -> { }
        }
        if (twin != null && !fixed.contains(name)) {
            twin.set(name, ParamRegistry.get(params, name));
        }
        if (live(name)) {
            NetcapModel m = running == null ? null : running.get();
            if (m != null) {
                Object v = ParamRegistry.get(params, name);
                synchronized (m.schedule) {
                    ParamRegistry.set(m.params, name, v);
                }
            }
        }
    }

    /** The slider range of a numeric parameter, from the schema. */
    static Interval dom(String name) {
        Key k = key(name);
        double max = k.sliderMax();
        double min = k.sliderMin();
        if (k.kind() == Key.Kind.INTEGER) {
            return new Interval((long) min, (long) max);
        }
        return new Interval(min, max);
    }

    /**
     * The tooltip: the parameter's label, its explanation for students, its name and unit, what it
     * does in the model's terms (the schema's explanation, in English), and whether it acts now or at
     * the next start.
     */
    static String des(Messages m, String name) {
        Key d = key(name);
        String when = m.get(live(name) ? "gui.live" : "gui.nextStart");
        String help = m.get("gui.param." + name + ".help", "");
        return "<html><b>" + escape(label(m, name)) + "</b>" + (help.isEmpty() ? "" : "<br>" + wrap(help))
                + "<br><span style='color:#555555'><tt>" + name + "</tt>" + ("1".equals(d.unit()) ? "" : " (" + escape(d.unit()) + ")")
                + ": " + wrap(d.doc()) + "</span><br><i>" + escape(when) + "</i></html>";
    }

    /** HTML-escaped text with a line break about every 90 characters. */
    static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        int col = 0;
        for (String w : text.split(" ")) {
            if (col > 0 && col + w.length() > 90) {
                out.append("<br>");
                col = 0;
            } else if (col > 0) {
                out.append(' ');
            }
            out.append(w.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
            col += w.length() + 1;
        }
        return out.toString();
    }
}
