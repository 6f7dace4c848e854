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

    /**
     * @param running the running model (null or supplying null when none runs); live values are
     *                written into its params while holding its schedule's lock, as MASON does
     * @param preset  the first preset
     */
    public Controls(Supplier<NetcapModel> running, Presets.Preset preset) {
        this.running = running;
        choose(preset);
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

    /** One row of the Model tab: a name, a type, a value, a domain (menu or slider) and a tooltip. */
    private record Row(String name, Class<?> type, Supplier<Object> get, java.util.function.Consumer<Object> set,
                       Object domain, String description) {
    }

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("preset", int.class, () -> preset, v -> setPreset(((Number) v).intValue()), Presets.titles(),
                "<html>A ready-made classroom scenario (network and parameters). It resets every parameter below<br>"
                        + "to the preset's values and takes effect at the next start: press Stop, then Play.</html>"));
        rows.add(new Row("seed", long.class, () -> seed, v -> seed = ((Number) v).longValue(), null,
                "<html>Random seed of the next run: the same seed and parameters give the same run.<br>"
                        + "Change it to see another world drawn from the same preset (next start).</html>"));
        rows.add(new Row("colourBy", int.class, () -> colourBy, v -> colourBy = menu(v, COLOUR_BY), COLOUR_BY.clone(),
                "<html>strategy: contributor (green), conditional cooperator (orange), free rider (vermillion);<br>"
                        + "knowledge: tacit + explicit knowledge, dark purple (least) to yellow (most, relative to the best member now).</html>"));
        rows.add(new Row("sizeBy", int.class, () -> sizeBy, v -> sizeBy = menu(v, SIZE_BY), SIZE_BY.clone(),
                "Circle size: number of ties (degree) or knowledge."));
        rows.add(new Row("ties", int.class, () -> ties, v -> ties = menu(v, TIES), TIES.clone(),
                "<html>Which ties between members are drawn: all, those in the face-to-face layer (grey and purple),<br>"
                        + "those in an online layer (blue and purple), or only friends and close friends.</html>"));
        rows.add(new Row("latentTies", boolean.class, () -> latentTies, v -> latentTies = (Boolean) v, null,
                "Draw faintly the ties of people who are not members (the social fabric growth spreads along)."));
        for (String name : parameters(params)) {
            Key k = key(name);
            rows.add(new Row(name, k.javaType(), () -> ParamRegistry.get(params, name), v -> set(name, v),
                    k.kind() == Key.Kind.BOOLEAN ? null : dom(name), des(name)));
        }
        return rows;
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
                return true;
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

    /** The tooltip: the parameter's name, meaning, unit and whether it acts now or at the next start. */
    static String des(String name) {
        Key d = key(name);
        String when = live(name)
                ? "Acts live, from the next step."
                : "Takes effect at the next start (press Stop, then Play): it shapes the world built at the start.";
        return "<html><b>" + name + "</b>" + ("1".equals(d.unit()) ? "" : " (" + d.unit() + ")") + ": "
                + wrap(d.doc()) + "<br><i>" + when + "</i></html>";
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
