package netcap.gui;

import netcap.generate.NetworkGenerator;
import netcap.model.NetcapModel;
import netcap.model.Params;
import netcap.spec.Point;
import netcap.spec.Spec;
import netcap.util.Names;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The GUI's presets: experiment specs stored as {@code src/main/resources/presets/NAME.yaml} in the
 * ordinary spec format (network, layers, params and optionally scenarios). A spec with scenarios
 * gives one preset per scenario ({@code online-vs-offline/virtual-only}). No Swing here, so this
 * class is tested headless.
 */
public final class Presets {
    /** The preset files, in the order of the combo box. */
    public static final List<String> FILES = List.of("baseline", "the-gang", "first-followers", "early-vs-late-followers",
            "seller-vs-stalker", "trust-is-purchase", "online-vs-offline", "seci", "free-riders-take-over",
            "with-vs-without-free-riders", "five-levels", "strong-vs-weak-ties", "six-degrees");

    /**
     * One preset: a spec and one of its points.
     *
     * @param key         {@code spec} or {@code spec/scenario}
     * @param title       the key in words ("online vs offline: virtual only")
     * @param description what to watch for (the spec's description)
     */
    public record Preset(String key, String title, String description, Spec spec, Point point) {
        /** A fresh copy of the preset's parameters. */
        public Params params() {
            return point.params(spec);
        }

        /** A model of this preset with the given parameters and seed (not started): replicate 0 of the point, keyed as a run of the spec would be. */
        public NetcapModel model(Params params, long seed) {
            NetworkGenerator g = point.generator(spec);
            return new NetcapModel(spec.runKey(seed, point, 0), params, g, spec.layers, point.disabled(spec), 1);
        }

        /** The title in a language ({@code preset.KEY.title}, the key's slash a dot), or {@link #title()} for a spec without texts. */
        public String title(Messages m) {
            return m.get(textKey(key) + ".title", title);
        }

        /** The Info text in a language; a spec without texts (opened from a file) gets its description as "what is it". */
        public Info info(Messages m) {
            return Info.of(m, textKey(key), description);
        }

        /** The spec's seed. */
        public long seed() {
            return spec.seed;
        }

        @Override
        public String toString() {
            return title;
        }
    }

    /**
     * A preset's Info text in the NetLogo manner, from the {@code preset} bundle's keys
     * {@code preset.KEY.what|how|notice|try|idea}.
     *
     * @param what   what is it
     * @param how    how it works
     * @param notice things to notice
     * @param tryIt  things to try
     * @param idea   the idea of the source text it shows
     */
    public record Info(String what, String how, String notice, String tryIt, String idea) {
        static Info of(Messages m, String prefix, String fallback) {
            return new Info(m.get(prefix + ".what", fallback), m.get(prefix + ".how", ""), m.get(prefix + ".notice", ""),
                    m.get(prefix + ".try", ""), m.get(prefix + ".idea", ""));
        }
    }

    /**
     * Two presets to run side by side: the two scenarios of one preset spec, which differ in one
     * setting and share the spec's seed (common random numbers).
     *
     * @param key the spec's name
     * @param a   the first scenario
     * @param b   the second scenario
     */
    public record Contrast(String key, Preset a, Preset b) {
        /** The contrast's title in a language ({@code preset.KEY.title}). */
        public String title(Messages m) {
            return m.get(textKey(key) + ".title", words(key));
        }

        /** The contrast's Info text in a language. */
        public Info info(Messages m) {
            return Info.of(m, textKey(key), a.description());
        }
    }

    /**
     * A preset file with what it claims to show: one preset, or the two sides of a contrast.
     *
     * @param key   the file's spec name
     * @param sides the preset, or the contrast's two sides
     * @param shows its claims ({@code shows:})
     */
    public record Demo(String key, List<Preset> sides, Shows shows) {
        /** Runs the preset (both sides of a contrast with the same seed) for its steps and checks its claims. */
        public Shows.Outcome check(long seed) {
            return shows.check(sides, seed);
        }

        /** The preset's own seed. */
        public long seed() {
            return sides.get(0).seed();
        }
    }

    private static List<Preset> all;
    private static final java.util.Map<String, Shows> SHOWS = new java.util.HashMap<>();

    private Presets() {
    }

    /** Every preset, in order: the built-in ones, then those opened from spec files ({@link #open}). */
    public static synchronized List<Preset> all() {
        if (all == null) {
            List<Preset> out = new ArrayList<>();
            for (String f : FILES) {
                String text = netcap.util.Resources.text("presets/" + f + ".yaml");
                Spec spec = Spec.parse(f + ".yaml", withoutShows(text), null, List.of());
                List<Preset> ps = of(spec);
                if (ps.size() > 2) {
                    throw new IllegalStateException(f + ".yaml: a preset file has one point or two scenarios (a contrast), had " + ps.size());
                }
                SHOWS.put(spec.name, Shows.read(f + ".yaml", showsOf(f, text), spec.steps, ps.size() == 2));
                out.addAll(ps);
            }
            all = List.copyOf(out);
        }
        return all;
    }

    /** Every built-in preset file with its claims, in the order of {@link #FILES}. */
    public static List<Demo> demos() {
        List<Demo> out = new ArrayList<>();
        for (Preset p : all()) {
            String name = p.spec().name;
            if (FILES.contains(name) && out.stream().noneMatch(d -> d.key().equals(name))) {
                out.add(new Demo(name, all().stream().filter(q -> q.spec() == p.spec()).toList(), SHOWS.get(name)));
            }
        }
        return out;
    }

    /** The {@code shows:} map of a preset file. */
    @SuppressWarnings("unchecked")
    private static java.util.Map<String, Object> showsOf(String file, String text) {
        try {
            Object shows = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readValue(text, java.util.Map.class).get("shows");
            if (shows != null && !(shows instanceof java.util.Map)) {
                throw new IllegalStateException(file + ".yaml: shows: must be a map of NAME: \"condition\"");
            }
            return (java.util.Map<String, Object>) shows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The preset text with its {@code shows:} block turned into comment lines (a spec does not
     * know the key; the line numbers of the rest stay as they are for error messages).
     */
    static String withoutShows(String text) {
        StringBuilder out = new StringBuilder();
        boolean inShows = false;
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("#")) {
                inShows = line.startsWith("shows:");
            }
            out.append(inShows ? "#" : line).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    /** The presets of one spec: one per point (a spec with scenarios gives one per scenario). */
    private static List<Preset> of(Spec spec) {
        List<Preset> out = new ArrayList<>();
        for (Point p : spec.points()) {
            Object scenario = p.values().get("scenario");
            String key = p.values().isEmpty() ? spec.name : spec.name + "/" + (scenario != null ? scenario : p.values().toString()
                    .replaceAll("[{} ]", "").replace(',', '/'));
            String title = words(spec.name) + (p.values().isEmpty() ? "" : ": " + (scenario != null ? words(scenario.toString())
                    : p.values().toString().replaceAll("[{}]", "")));
            out.add(new Preset(key, title, spec.description.trim(), spec, p));
        }
        return out;
    }

    /**
     * Adds the points of a spec file (e.g. one that uses plug-ins, {@code netcap gui --spec FILE})
     * to the presets and returns the first of them; a spec opened again replaces its presets.
     */
    public static synchronized Preset open(Spec spec) {
        List<Preset> added = of(spec);
        if (added.isEmpty()) {
            throw new IllegalArgumentException(spec.name + ": the spec has no design point to open");
        }
        List<Preset> out = new ArrayList<>(all());
        out.removeIf(p -> p.spec().name.equals(spec.name) && !FILES.contains(spec.name));
        out.addAll(added);
        all = List.copyOf(out);
        return added.get(0);
    }

    /** Every preset spec with exactly two scenarios, as a contrast to run side by side, in the order of {@link #all()}. */
    public static List<Contrast> contrasts() {
        List<Contrast> out = new ArrayList<>();
        List<Preset> ps = all();
        for (int i = 0; i + 1 < ps.size(); i++) {
            Preset a = ps.get(i);
            if (a.spec().points().size() == 2 && ps.get(i + 1).spec() == a.spec()
                    && (i == 0 || ps.get(i - 1).spec() != a.spec())) {
                out.add(new Contrast(a.spec().name, a, ps.get(i + 1)));
            }
        }
        return out;
    }

    /**
     * The contrast called {@code name} (its key, ignoring case, spaces and dashes).
     *
     * @throws IllegalArgumentException naming the closest contrast and listing all of them
     */
    public static Contrast contrast(String name) {
        List<Contrast> cs = contrasts();
        for (Contrast c : cs) {
            if (normalize(c.key()).equals(normalize(name))) {
                return c;
            }
        }
        List<String> keys = cs.stream().map(Contrast::key).toList();
        String suggestion = Names.closest(name.toLowerCase(Locale.ROOT), keys);
        throw new IllegalArgumentException("unknown contrast '" + name + "'"
                + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?") + " Contrasts: " + String.join(", ", keys));
    }

    /** The prefix of a preset's texts in the {@code preset} bundle: {@code preset.} and its key, slashes as dots. */
    static String textKey(String key) {
        return "preset." + key.replace('/', '.');
    }

    /** The preset titles, in order (for the combo box). */
    public static String[] titles() {
        return all().stream().map(Preset::title).toArray(String[]::new);
    }

    /**
     * The preset called {@code name}: its key or title, ignoring case, spaces, dashes and
     * punctuation ("first followers" = "First-Followers"); a spec with scenarios also answers to
     * its bare name (its first scenario).
     *
     * @throws IllegalArgumentException naming the closest preset and listing all of them
     */
    public static Preset find(String name) {
        String n = normalize(name);
        for (Preset p : all()) {
            if (normalize(p.key()).equals(n)) {
                return p;
            }
        }
        for (Preset p : all()) {
            if (normalize(p.spec().name).equals(n)) {
                return p;
            }
        }
        List<String> titles = all().stream().map(Preset::title).toList();
        String suggestion = Names.closest(name.toLowerCase(Locale.ROOT), titles);
        if (suggestion == null) {
            List<String> keys = all().stream().map(Preset::key).toList();
            String k = Names.closest(name.toLowerCase(Locale.ROOT), keys);
            suggestion = k == null ? null : find(k).title();
        }
        throw new IllegalArgumentException("unknown preset '" + name + "'"
                + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?")
                + " Presets: " + String.join(", ", titles));
    }

    /** Index of a preset in {@link #all()}. */
    public static int indexOf(Preset p) {
        return all().indexOf(p);
    }

    static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String words(String s) {
        return s.replace('-', ' ').replace('_', ' ');
    }
}
