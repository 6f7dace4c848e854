package netcap.web;

import netcap.gui.Controls;
import netcap.gui.Messages;
import netcap.gui.Palette;
import netcap.gui.Presets;
import netcap.model.ParamRegistry;
import netcap.schema.Key;
import netcap.world.Agents;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a page needs besides the frames, in one language: its texts (the {@code web} bundle), the
 * presets and contrasts, the sliders grouped by the parameter's group with labels and
 * explanations ({@code gui.param.NAME}, {@code gui.group.GROUP}; the schema's own text when a
 * translation is missing), the Info text of what is shown, the chart columns and the colours of
 * the MASON window.
 */
final class Catalog {
    private Catalog() {
    }

    /** The page data of a session in a language, as a tree for Jackson. */
    static Map<String, Object> of(Session session, Messages m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("lang", m.lang());
        out.put("languages", Messages.LANGUAGES);
        Map<String, String> texts = new LinkedHashMap<>();
        m.all().forEach((k, v) -> {
            if (k.startsWith("web.")) {
                texts.put(k.substring(4), v);
            }
        });
        out.put("texts", texts);
        out.put("session", session.id);
        List<Map<String, Object>> presets = new ArrayList<>();
        for (Presets.Preset p : Presets.all()) {
            presets.add(Map.of("key", p.key(), "title", p.title(m)));
        }
        out.put("presets", presets);
        List<Map<String, Object>> contrasts = new ArrayList<>();
        for (Presets.Contrast c : Presets.contrasts()) {
            contrasts.add(Map.of("key", c.key(), "title", c.title(m)));
        }
        out.put("contrasts", contrasts);
        Presets.Contrast c = session.contrast();
        if (c == null) {
            Presets.Preset p = session.preset();
            out.put("preset", p.key());
            out.put("title", p.title(m));
            out.put("info", info(p.info(m)));
            out.put("sides", List.of(p.title(m)));
        } else {
            out.put("title", c.title(m));
            out.put("info", info(c.info(m)));
            out.put("sides", List.of(c.a().title(m), c.b().title(m)));
        }
        out.put("groups", groups(m));
        out.put("columns", Side.COLUMNS);
        out.put("levels", netcap.world.MultiplexNetwork.LEVEL_NAMES.size());
        out.put("maxTies", Side.MAX_TIES);
        out.put("speed", Map.of("min", Session.MIN_SPEED, "max", Session.MAX_SPEED));
        out.put("palette", palette());
        return out;
    }

    private static Map<String, String> info(Presets.Info i) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("what", i.what());
        out.put("how", i.how());
        out.put("notice", i.notice());
        out.put("try", i.tryIt());
        out.put("idea", i.idea());
        return out;
    }

    /** The taught parameters by group, groups in the order their first parameter is declared. */
    static List<Map<String, Object>> groups(Messages m) {
        Map<String, List<Map<String, Object>>> byGroup = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(Controls.parameters());
        List<String> declared = ParamRegistry.keys().stream().map(Key::name).toList();
        names.sort(java.util.Comparator.comparingInt(declared::indexOf));
        for (String name : names) {
            Key k = ParamRegistry.find(name).key();
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", name);
            p.put("label", m.get("gui.param." + name, words(name)));
            p.put("help", m.get("gui.param." + name + ".help", k.doc()));
            p.put("kind", k.kind() == Key.Kind.BOOLEAN ? "boolean" : k.kind() == Key.Kind.NUMBER ? "number" : "integer");
            if (k.kind() != Key.Kind.BOOLEAN) {
                p.put("min", k.sliderMin());
                p.put("max", k.sliderMax());
                p.put("step", k.kind() == Key.Kind.NUMBER ? step(k.sliderMax() - k.sliderMin()) : 1);
            }
            p.put("unit", "1".equals(k.unit()) ? "" : k.unit());
            p.put("live", k.apply() == Key.Apply.LIVE);
            byGroup.computeIfAbsent(k.group(), g -> new ArrayList<>()).add(p);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        byGroup.forEach((g, ps) -> {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("key", g);
            group.put("label", m.get("gui.group." + g, capitalized(words(g))));
            group.put("help", m.get("gui.group." + g + ".help", ""));
            group.put("params", ps);
            out.add(group);
        });
        return out;
    }

    /** A slider step of about a hundredth of the range, rounded to 1, 2 or 5 times a power of ten. */
    static double step(double range) {
        double raw = range / 100;
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / p;
        return (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * p;
    }

    /** "initialFreeRiderShare" as "initial free rider share". */
    static String words(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Agent colours by class (the strategies, left, not joined) and tie colours and widths by tie code, as CSS. */
    static Map<String, Object> palette() {
        List<String> agents = new ArrayList<>(List.of("", "", ""));
        agents.set(Agents.CONTRIBUTOR, css(Palette.strategy(Agents.CONTRIBUTOR)));
        agents.set(Agents.FREE_RIDER, css(Palette.strategy(Agents.FREE_RIDER)));
        agents.set(Agents.CONDITIONAL, css(Palette.strategy(Agents.CONDITIONAL)));
        agents.add(css(Palette.LEFT));
        agents.add(css(Palette.NOT_JOINED));
        List<String> ties = new ArrayList<>();
        List<Double> widths = new ArrayList<>();
        for (int lc = 0; lc < Palette.LENGTH_CLASSES; lc++) {
            for (int style = 0; style < 3; style++) {
                for (int level = 0; level < 5; level++) {
                    ties.add(css(Palette.tie(style, level, lc)));
                    widths.add(Palette.tieWidth(level, lc));
                }
            }
        }
        ties.add(css(Palette.latentTie()));
        widths.add(0.6);
        List<String> knowledge = new ArrayList<>();
        for (int i = 0; i <= Side.SCALE; i++) {
            knowledge.add(css(Palette.knowledge(i / (double) Side.SCALE)));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("agents", agents);
        out.put("outline", css(Palette.OUTLINE));
        out.put("ties", ties);
        out.put("tieWidths", widths);
        out.put("knowledge", knowledge);
        out.put("styles", List.of(css(Palette.tie(Palette.PHYSICAL_ONLY, 4)), css(Palette.tie(Palette.VIRTUAL_ONLY, 4)),
                css(Palette.tie(Palette.BOTH, 4))));
        out.put("chart", List.of(css(Palette.BLUE), css(Palette.SKY_BLUE), css(Palette.VERMILLION), css(Palette.BLUISH_GREEN),
                css(Palette.ORANGE), css(Palette.REDDISH_PURPLE), css(Palette.YELLOW), css(Color.DARK_GRAY)));
        return out;
    }

    static String css(Color c) {
        return String.format(Locale.ROOT, "rgba(%d,%d,%d,%.3f)", c.getRed(), c.getGreen(), c.getBlue(), c.getAlpha() / 255.0);
    }
}
