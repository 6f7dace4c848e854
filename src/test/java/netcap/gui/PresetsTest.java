package netcap.gui;

import netcap.model.Params;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PresetsTest {
    @Test
    void everyPresetLoadsWithADescription() {
        List<String> keys = Presets.all().stream().map(Presets.Preset::key).toList();
        assertTrue(keys.containsAll(List.of("baseline", "first-followers", "free-riders-take-over",
                "online-vs-offline/virtual-only", "online-vs-offline/both-layers")), keys.toString());
        assertEquals(Presets.FILES.size() + Presets.contrasts().size(), keys.size(), "one preset per file, two per contrast");
        for (Presets.Preset p : Presets.all()) {
            assertTrue(p.description().length() > 100, p.title());
            assertTrue(p.point().generator(p.spec()).nodes() <= 500, p.title());
            assertTrue(p.spec().steps <= 300, p.title());
        }
    }

    @Test
    void findsByTitleOrKeyIgnoringCaseAndDashes() {
        assertEquals("first-followers", Presets.find("first followers").key());
        assertEquals("first-followers", Presets.find("First-Followers").key());
        assertEquals("online-vs-offline/both-layers", Presets.find("online vs offline: both layers").key());
        assertEquals("online-vs-offline/virtual-only", Presets.find("online vs offline").key());
    }

    @Test
    void unknownPresetSuggestsTheClosest() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Presets.find("first folowers"));
        assertTrue(e.getMessage().contains("did you mean 'first followers'"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void presetsSetWhatTheyPromise() {
        Params ff = Presets.find("first followers").params();
        assertEquals(1, ff.initialMembers);
        assertEquals(netcap.model.JoinRule.BASS, ff.joinRule);
        assertTrue(ff.followerBoost > 0);
        Params fr = Presets.find("free riders take over").params();
        assertTrue(fr.initialFreeRiderShare >= 0.5);
        assertFalse(fr.reciprocity);
        assertFalse(fr.exclusion);
        assertTrue(fr.synergy < new Params().synergy);
        Params virtual = Presets.find("online vs offline: virtual only").params();
        assertFalse(virtual.physicalLayer);
        Params both = Presets.find("online vs offline: both layers").params();
        assertTrue(both.physicalLayer);
        assertEquals(0.0, both.virtualOnlyShare);
        assertEquals(0.0, both.physicalOnlyShare);
        assertEquals(-1, Presets.find("baseline").params().initialMembers);
    }

    @Test
    void everyContrastDiffersInOneSettingAndEveryPresetFileSaysWhatItShows() {
        List<String> contrasts = Presets.contrasts().stream().map(Presets.Contrast::key).toList();
        assertEquals(List.of("early-vs-late-followers", "seller-vs-stalker", "trust-is-purchase", "online-vs-offline",
                "with-vs-without-free-riders", "strong-vs-weak-ties", "six-degrees"), contrasts);
        for (Presets.Contrast c : Presets.contrasts()) {
            assertEquals(1, NetcapWithUI.differences(c.a(), c.b()).size(), c.key() + ": " + NetcapWithUI.differences(c.a(), c.b()));
        }
        assertEquals(Presets.FILES, Presets.demos().stream().map(Presets.Demo::key).toList());
        for (Presets.Demo d : Presets.demos()) {
            assertFalse(d.shows().claims().isEmpty(), d.key());
        }
    }

    @Test
    void showsIsReadWithItsOwnErrorsAndKeepsTheSpecsLineNumbers() {
        String text = "name: x\nshows:\n  a: \"membersFinal > 1\"\n  b: >\n    more text\nseed: 3\n";
        String stripped = Presets.withoutShows(text);
        assertEquals(text.split("\n", -1).length, stripped.split("\n", -1).length);
        assertEquals("seed: 3", stripped.split("\n")[5]);
        assertFalse(stripped.contains("membersFinal"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Shows.read("p.yaml", java.util.Map.of("grows", "membersFinl > 1"), 100, false));
        assertTrue(e.getMessage().startsWith("p.yaml: shows.grows: column 1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Shows.read("p.yaml", java.util.Map.of("grows", "membersAt150 > 1"), 100, false));
        assertTrue(e.getMessage().contains("membersAt150"), "no step 150 in a run of 100: " + e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Shows.read("p.yaml", java.util.Map.of("grows", "membersFinal + 1"), 100, false));
        assertTrue(e.getMessage().contains("not a condition"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Shows.read("p.yaml", java.util.Map.of("x", "membersFinal > 1"), 100, true),
                "a contrast's names carry the side");
    }

    @Test
    void aClaimThatFailsIsNamed() {
        Presets.Preset p = Presets.find("seci");
        Shows s = Shows.read("t.yaml", new java.util.LinkedHashMap<>(java.util.Map.of("alwaysTrue", "membersStart >= 0",
                "impossible", "totalKnowledgeFinal < 0")), p.spec().steps, false);
        Shows.Outcome o = s.check(List.of(p), p.seed());
        assertEquals(List.of("impossible"), o.failed());
        assertEquals(500.0, o.vars().get("agents"));
        assertEquals((double) p.spec().steps, o.vars().get("steps"));
        assertEquals(o.vars().get("totalKnowledgeAt" + p.spec().steps), o.vars().get("totalKnowledgeFinal"));
    }

    @Test
    void aPresetRunsReplicate0OfItsPointUnderTheSpecsSeedScheme() {
        Presets.Preset p = Presets.find("online vs offline: both layers");
        assertTrue(p.point().index() > 0, "a scenario after the first");
        netcap.model.NetcapModel m = p.model(p.params(), 77);
        assertEquals(p.spec().runKey(77, p.point(), 0), m.runKey);
        assertEquals(netcap.random.Streams.runKey(77, 0, 0), m.runKey, "common random numbers: the key does not depend on the point");
    }

    @Test
    void eachCallGivesFreshParameters() {
        Presets.Preset p = Presets.find("baseline");
        p.params().synergy = 99;
        assertEquals(new Params().synergy, p.params().synergy);
    }

    @Test
    void aSpecWithTwoScenariosIsAContrastWithOneSeed() {
        Presets.Contrast c = Presets.contrast("online vs offline");
        assertEquals("online-vs-offline/virtual-only", c.a().key());
        assertEquals("online-vs-offline/both-layers", c.b().key());
        assertEquals(c.a().seed(), c.b().seed());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Presets.contrast("online vs ofline"));
        assertTrue(e.getMessage().contains("did you mean 'online-vs-offline'"), e.getMessage());
    }
}
