package netcap.gui;

import netcap.model.NetcapModel;
import netcap.model.ParamRegistry;
import netcap.model.Params;
import sim.util.Interval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The bean shown in the Console's Model tab: MASON turns each {@code getX}/{@code setX} pair into a
 * field, a {@code domX()} {@link Interval} into a slider and a {@code String[]} domain into a menu;
 * {@code desX()} is the tooltip.
 *
 * <p>The bean keeps the parameters of the next run ({@link #params()}, the preset's plus the user's
 * changes). A <em>live</em> parameter ({@link #LIVE}) is also written into the running model's
 * {@code params} (under the schedule lock, between steps), and the model reads it from the next
 * step on. The other parameters shape the world that {@code start()} builds (array sizes, initial
 * shares), so they take effect at the next start: press Stop, then Play. Display options (colour,
 * size, latent ties) apply at the next repaint. No Swing here: tested headless.
 */
public class Controls {
    /** Parameters a teacher may move during a run; the model reads them every step. */
    public static final Set<String> LIVE = Set.of(
            "synergy", "contributionCost", "reciprocity", "reciprocityStrength", "exclusion", "exclusionRate",
            "strategyUpdateRate", "mutation", "trustGain", "trustLoss", "socializationRate", "externalizationRate",
            "combinationRate", "internalizationRate", "forgetting", "attentionBudget", "triadicClosureRate",
            "innovation", "imitation", "followerBoost");
    /** Parameters shown that take effect at the next start. */
    public static final Set<String> AT_START = Set.of(
            "horizon", "initialFreeRiderShare", "initialContributorShare", "physicalOnlyShare", "virtualOnlyShare", "initialMembers");
    /** Slider ends for parameters whose allowed range is open above. */
    static final Map<String, Double> SLIDER_MAX = Map.of(
            "synergy", 8.0, "contributionCost", 0.2, "attentionBudget", 30.0, "followerBoost", 20.0, "initialMembers", 50.0);

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

    // ------------------------------------------------------------------ set-up

    public int getPreset() {
        return preset;
    }

    public void setPreset(int i) {
        if (i >= 0 && i < Presets.all().size() && i != preset) {
            choose(Presets.all().get(i));
            onPresetChange.run();
        }
    }

    public Object domPreset() {
        return Presets.titles();
    }

    public String desPreset() {
        return "<html>A ready-made classroom scenario (network and parameters). It resets every parameter below<br>"
                + "to the preset's values and takes effect at the next start: press Stop, then Play.</html>";
    }

    public long getSeed() {
        return seed;
    }

    public void setSeed(long s) {
        seed = s;
    }

    public String desSeed() {
        return "<html>Random seed of the next run: the same seed and parameters give the same run.<br>"
                + "Change it to see another world drawn from the same preset (next start).</html>";
    }

    public int getColourBy() {
        return colourBy;
    }

    public void setColourBy(int i) {
        colourBy = Math.max(0, Math.min(COLOUR_BY.length - 1, i));
    }

    public Object domColourBy() {
        return COLOUR_BY.clone();
    }

    public String desColourBy() {
        return "<html>strategy: contributor (green), conditional cooperator (orange), free rider (vermillion);<br>"
                + "knowledge: tacit + explicit knowledge, dark purple (least) to yellow (most, relative to the best member now).</html>";
    }

    public int getSizeBy() {
        return sizeBy;
    }

    public void setSizeBy(int i) {
        sizeBy = Math.max(0, Math.min(SIZE_BY.length - 1, i));
    }

    public Object domSizeBy() {
        return SIZE_BY.clone();
    }

    public String desSizeBy() {
        return "Circle size: number of ties (degree) or knowledge.";
    }

    public int getTies() {
        return ties;
    }

    public void setTies(int i) {
        ties = Math.max(0, Math.min(TIES.length - 1, i));
    }

    public Object domTies() {
        return TIES.clone();
    }

    public String desTies() {
        return "<html>Which ties between members are drawn: all, those in the face-to-face layer (grey and purple),<br>"
                + "those in an online layer (blue and purple), or only friends and close friends.</html>";
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

    public boolean getLatentTies() {
        return latentTies;
    }

    public void setLatentTies(boolean b) {
        latentTies = b;
    }

    public String desLatentTies() {
        return "Draw faintly the ties of people who are not members (the social fabric growth spreads along).";
    }

    // ------------------------------------------------------------------ free riders (live)

    public double getSynergy() { return params.synergy; }
    public void setSynergy(double v) { set("synergy", v); }
    public Object domSynergy() { return dom("synergy"); }
    public String desSynergy() { return des("synergy"); }

    public double getContributionCost() { return params.contributionCost; }
    public void setContributionCost(double v) { set("contributionCost", v); }
    public Object domContributionCost() { return dom("contributionCost"); }
    public String desContributionCost() { return des("contributionCost"); }

    public boolean getReciprocity() { return params.reciprocity; }
    public void setReciprocity(boolean v) { set("reciprocity", v); }
    public String desReciprocity() { return des("reciprocity"); }

    public double getReciprocityStrength() { return params.reciprocityStrength; }
    public void setReciprocityStrength(double v) { set("reciprocityStrength", v); }
    public Object domReciprocityStrength() { return dom("reciprocityStrength"); }
    public String desReciprocityStrength() { return des("reciprocityStrength"); }

    public boolean getExclusion() { return params.exclusion; }
    public void setExclusion(boolean v) { set("exclusion", v); }
    public String desExclusion() { return des("exclusion"); }

    public double getExclusionRate() { return params.exclusionRate; }
    public void setExclusionRate(double v) { set("exclusionRate", v); }
    public Object domExclusionRate() { return dom("exclusionRate"); }
    public String desExclusionRate() { return des("exclusionRate"); }

    public double getStrategyUpdateRate() { return params.strategyUpdateRate; }
    public void setStrategyUpdateRate(double v) { set("strategyUpdateRate", v); }
    public Object domStrategyUpdateRate() { return dom("strategyUpdateRate"); }
    public String desStrategyUpdateRate() { return des("strategyUpdateRate"); }

    public double getMutation() { return params.mutation; }
    public void setMutation(double v) { set("mutation", v); }
    public Object domMutation() { return dom("mutation"); }
    public String desMutation() { return des("mutation"); }

    // ------------------------------------------------------------------ trust and knowledge (live)

    public double getTrustGain() { return params.trustGain; }
    public void setTrustGain(double v) { set("trustGain", v); }
    public Object domTrustGain() { return dom("trustGain"); }
    public String desTrustGain() { return des("trustGain"); }

    public double getTrustLoss() { return params.trustLoss; }
    public void setTrustLoss(double v) { set("trustLoss", v); }
    public Object domTrustLoss() { return dom("trustLoss"); }
    public String desTrustLoss() { return des("trustLoss"); }

    public double getSocializationRate() { return params.socializationRate; }
    public void setSocializationRate(double v) { set("socializationRate", v); }
    public Object domSocializationRate() { return dom("socializationRate"); }
    public String desSocializationRate() { return des("socializationRate"); }

    public double getExternalizationRate() { return params.externalizationRate; }
    public void setExternalizationRate(double v) { set("externalizationRate", v); }
    public Object domExternalizationRate() { return dom("externalizationRate"); }
    public String desExternalizationRate() { return des("externalizationRate"); }

    public double getCombinationRate() { return params.combinationRate; }
    public void setCombinationRate(double v) { set("combinationRate", v); }
    public Object domCombinationRate() { return dom("combinationRate"); }
    public String desCombinationRate() { return des("combinationRate"); }

    public double getInternalizationRate() { return params.internalizationRate; }
    public void setInternalizationRate(double v) { set("internalizationRate", v); }
    public Object domInternalizationRate() { return dom("internalizationRate"); }
    public String desInternalizationRate() { return des("internalizationRate"); }

    public double getForgetting() { return params.forgetting; }
    public void setForgetting(double v) { set("forgetting", v); }
    public Object domForgetting() { return dom("forgetting"); }
    public String desForgetting() { return des("forgetting"); }

    public double getAttentionBudget() { return params.attentionBudget; }
    public void setAttentionBudget(double v) { set("attentionBudget", v); }
    public Object domAttentionBudget() { return dom("attentionBudget"); }
    public String desAttentionBudget() { return des("attentionBudget"); }

    public double getTriadicClosureRate() { return params.triadicClosureRate; }
    public void setTriadicClosureRate(double v) { set("triadicClosureRate", v); }
    public Object domTriadicClosureRate() { return dom("triadicClosureRate"); }
    public String desTriadicClosureRate() { return des("triadicClosureRate"); }

    // ------------------------------------------------------------------ growth (live)

    public double getInnovation() { return params.innovation; }
    public void setInnovation(double v) { set("innovation", v); }
    public Object domInnovation() { return dom("innovation"); }
    public String desInnovation() { return des("innovation"); }

    public double getImitation() { return params.imitation; }
    public void setImitation(double v) { set("imitation", v); }
    public Object domImitation() { return dom("imitation"); }
    public String desImitation() { return des("imitation"); }

    public double getFollowerBoost() { return params.followerBoost; }
    public void setFollowerBoost(double v) { set("followerBoost", v); }
    public Object domFollowerBoost() { return dom("followerBoost"); }
    public String desFollowerBoost() { return des("followerBoost"); }

    // ------------------------------------------------------------------ next start only

    public int getHorizon() { return params.horizon; }
    public void setHorizon(int v) { set("horizon", v); }
    public Object domHorizon() { return dom("horizon"); }
    public String desHorizon() { return des("horizon"); }

    public double getInitialFreeRiderShare() { return params.initialFreeRiderShare; }
    public void setInitialFreeRiderShare(double v) { set("initialFreeRiderShare", v); }
    public Object domInitialFreeRiderShare() { return dom("initialFreeRiderShare"); }
    public String desInitialFreeRiderShare() { return des("initialFreeRiderShare"); }

    public double getInitialContributorShare() { return params.initialContributorShare; }
    public void setInitialContributorShare(double v) { set("initialContributorShare", v); }
    public Object domInitialContributorShare() { return dom("initialContributorShare"); }
    public String desInitialContributorShare() { return des("initialContributorShare"); }

    public double getPhysicalOnlyShare() { return params.physicalOnlyShare; }
    public void setPhysicalOnlyShare(double v) { set("physicalOnlyShare", v); }
    public Object domPhysicalOnlyShare() { return dom("physicalOnlyShare"); }
    public String desPhysicalOnlyShare() { return des("physicalOnlyShare"); }

    public double getVirtualOnlyShare() { return params.virtualOnlyShare; }
    public void setVirtualOnlyShare(double v) { set("virtualOnlyShare", v); }
    public Object domVirtualOnlyShare() { return dom("virtualOnlyShare"); }
    public String desVirtualOnlyShare() { return des("virtualOnlyShare"); }

    public int getInitialMembers() { return params.initialMembers; }
    public void setInitialMembers(int v) { set("initialMembers", v); }
    public Object domInitialMembers() { return dom("initialMembers"); }
    public String desInitialMembers() { return des("initialMembers"); }

    // ------------------------------------------------------------------ helpers

    /** Every parameter this bean exposes. */
    public static List<String> parameters() {
        Set<String> all = new LinkedHashSet<>(LIVE);
        all.addAll(AT_START);
        return List.copyOf(all);
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
        if (LIVE.contains(name)) {
            NetcapModel m = running == null ? null : running.get();
            if (m != null) {
                Object v = ParamRegistry.get(params, name);
                synchronized (m.schedule) {
                    ParamRegistry.set(m.params, name, v);
                }
            }
        }
    }

    /** The slider range of a numeric parameter: its allowed range, closed above by {@link #SLIDER_MAX}. */
    static Interval dom(String name) {
        ParamRegistry.Def d = ParamRegistry.find(name);
        double max = Math.min(d.max(), SLIDER_MAX.getOrDefault(name, Double.POSITIVE_INFINITY));
        double min = d.min();
        if (d.type() == int.class) {
            return new Interval((long) min, (long) max);
        }
        return new Interval(min, max);
    }

    /** The tooltip: the parameter's name, meaning, unit and whether it acts now or at the next start. */
    static String des(String name) {
        ParamRegistry.Def d = ParamRegistry.find(name);
        String when = LIVE.contains(name)
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
