package netcap.gui;

import netcap.model.ParamRegistry;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Every taught parameter and every parameter group has a label and an explanation, and every preset
 * and contrast a title and the five parts of its Info text, in both languages (the MASON window and
 * the browser page use these keys).
 */
class TextsTest {
    private static final List<String> INFO = List.of("title", "what", "how", "notice", "try", "idea");

    @Test
    void everyTaughtParameterAndGroupHasALabelAndAnExplanation() {
        List<String> missing = new ArrayList<>();
        List<String> groups = new ArrayList<>(Controls.GROUPS);
        for (String name : Controls.parameters()) {
            String g = ParamRegistry.find(name).key().group();
            if (!groups.contains(g)) {
                missing.add("group '" + g + "' of " + name + " is not in Controls.GROUPS");
            }
        }
        for (String lang : Messages.LANGUAGES) {
            Messages m = Messages.of(lang);
            for (String name : Controls.parameters()) {
                for (String k : List.of("gui.param." + name, "gui.param." + name + ".help")) {
                    if (!m.has(k)) {
                        missing.add(lang + ": " + k);
                    }
                }
            }
            for (String g : groups) {
                for (String k : List.of("gui.group." + g, "gui.group." + g + ".help")) {
                    if (!m.has(k)) {
                        missing.add(lang + ": " + k);
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyPresetAndContrastHasATitleAndAnInfoText() {
        List<String> keys = new ArrayList<>();
        Presets.all().forEach(p -> keys.add(Presets.textKey(p.key())));
        Presets.contrasts().forEach(c -> keys.add(Presets.textKey(c.key())));
        List<String> missing = new ArrayList<>();
        for (String lang : Messages.LANGUAGES) {
            Messages m = Messages.of(lang);
            for (String k : keys) {
                for (String part : INFO) {
                    if (!m.has(k + "." + part)) {
                        missing.add(lang + ": " + k + "." + part);
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void theSwedishTextsAreSwedish() {
        Messages sv = Messages.of("sv");
        Messages en = Messages.of("en");
        List<String> same = new ArrayList<>();
        for (String k : en.all().keySet()) {
            if ((k.startsWith("gui.") || k.startsWith("preset.")) && en.get(k).length() > 25 && en.get(k).equals(sv.get(k))) {
                same.add(k);
            }
        }
        assertEquals(List.of(), same, "texts left in English in the Swedish bundle");
        Presets.Preset p = Presets.find("seller vs stalker");
        assertNotEquals(p.title(en), p.title(sv));
        assertEquals(sv.get("preset.seller-vs-stalker.sellers.what"), p.info(sv).what());
    }
}
