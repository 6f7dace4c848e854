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
        List<String> titles = List.of(Presets.titles());
        assertEquals(List.of("baseline", "first followers", "free riders take over",
                "online vs offline: virtual only", "online vs offline: both layers"), titles);
        for (Presets.Preset p : Presets.all()) {
            assertTrue(p.description().length() > 200, p.title());
            assertEquals(500, p.point().generator(p.spec()).nodes(), p.title());
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
        assertEquals(1.0, virtual.virtualOnlyShare);
        Params both = Presets.find("online vs offline: both layers").params();
        assertEquals(0.0, both.virtualOnlyShare);
        assertEquals(0.0, both.physicalOnlyShare);
        assertEquals(-1, Presets.find("baseline").params().initialMembers);
    }

    @Test
    void baselineSeedShowsTheSpiralItsDescriptionPromises() {
        Presets.Preset p = Presets.find("baseline");
        netcap.model.NetcapModel m = p.model(p.params(), p.seed());
        m.start();
        m.run(300);
        double[] total = m.series.column("totalKnowledge");
        assertTrue(total[150] > 4 * total[0], "total knowledge climbs four- to fivefold by step 150: " + total[0] + " -> " + total[150]);
        assertTrue(total[100] > 1.5 * total[50], "most of it in the first 100 steps: " + total[50] + " -> " + total[100]);
        double[] contributors = m.series.column("contributorShare");
        assertTrue(contributors[300] < 0.5 * contributors[0] && total[300] < total[150],
                "contributors lose ground and knowledge falls back: contributors " + contributors[0] + " -> " + contributors[300]
                        + ", knowledge " + total[150] + " -> " + total[300]);
        m.finish();
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
