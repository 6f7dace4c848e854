package netcap.gui;

import netcap.model.NetcapModel;
import netcap.model.ParamRegistry;
import org.junit.jupiter.api.Test;
import sim.util.Interval;
import sim.util.Properties;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ControlsTest {
    /** Sets a row of the Model tab the way MASON's inspector does. */
    private static void set(Controls c, String name, Object value) {
        Properties p = c.properties();
        p.setValue(index(c, p, name), value);
    }

    private static Object get(Controls c, String name) {
        Properties p = c.properties();
        return p.getValue(index(c, p, name));
    }

    /** The row of a parameter or option, found by its key (the rows are labelled in the window's language). */
    private static int index(Controls c, Properties p, String name) {
        int i = c.index(name);
        if (i < 0) {
            throw new AssertionError("no row " + name);
        }
        return i;
    }

    @Test
    void theModelTabShowsEveryTaughtParameterWithinItsAllowedRange() {
        Controls c = new Controls(null, Presets.find("baseline"));
        Properties p = Properties.getProperties(c);
        int headings = 1 + Controls.groups(Controls.parameters()).size();
        assertEquals(headings + 6 + Controls.parameters().size(), p.numProperties(),
                "a heading per group, the display options and the taught parameters");
        assertTrue(Controls.parameters().size() >= 20);
        for (String name : Controls.parameters()) {
            ParamRegistry.Def d = ParamRegistry.find(name);
            assertTrue(d.key().taught(), name);
            int i = index(c, p, name);
            assertEquals(d.type(), p.getType(i), name);
            assertEquals(ParamRegistry.get(c.params(), name), p.getValue(i), name);
            String des = p.getDescription(i);
            assertTrue(des.contains(name), name);
            assertTrue(des.contains(Controls.live(name) ? "Acts live" : "next start"), name);
            if (d.type() != boolean.class) {
                Interval r = (Interval) p.getDomain(i);
                assertTrue(r.getMin().doubleValue() >= d.min(), name);
                assertTrue(r.getMax().doubleValue() <= d.max(), name);
                assertTrue(Double.isFinite(r.getMax().doubleValue()), name + " needs a finite slider end");
                assertEquals(d.type() == int.class, !r.isDouble(), name);
            }
        }
        assertEquals(Presets.all().size(), ((String[]) p.getDomain(index(c, p, "preset"))).length);
    }

    @Test
    void parametersComeInGroupsUnderAReadOnlyHeadingInTheWindowsLanguage() {
        Controls c = new Controls(null, Presets.find("baseline"), Messages.of("sv"));
        Properties p = c.properties();
        int heading = c.index("group.freeRiders");
        assertFalse(p.isReadWrite(heading), "a heading cannot be edited");
        assertTrue(p.getName(heading).contains("SNÅLSKJUTSÅKARE"), p.getName(heading));
        assertTrue(p.getDescription(heading).replace("<br>", " ").contains(Messages.of("sv").get("gui.group.freeRiders.help")),
                p.getDescription(heading));
        int synergy = c.index("synergy");
        assertTrue(synergy > heading && c.index("reciprocity") > heading, "the group's parameters follow its heading");
        assertTrue(c.index("group.growth") < c.index("innovation") && c.index("innovation") < c.index("group.world"));
        assertEquals("Synergi", p.getName(synergy));
        assertTrue(p.getDescription(synergy).contains("Verkar direkt"), p.getDescription(synergy));
        assertTrue(p.getDescription(c.index("horizon")).contains("nästa start"));
        p.setValue(heading, "x");
        assertEquals("", p.getValue(heading));
    }

    @Test
    void aTwinTakesEveryChangeButTheContrastedSetting() {
        Presets.Contrast k = Presets.contrast("online vs offline");
        Controls a = new Controls(null, k.a());
        Controls b = new Controls(null, k.b());
        a.twin(b, NetcapWithUI.differences(k.a(), k.b()));
        assertEquals(java.util.Set.of("physicalLayer"), NetcapWithUI.differences(k.a(), k.b()));
        set(a, "synergy", 6.0);
        assertEquals(6.0, b.params().synergy);
        assertEquals(-1, a.index("physicalLayer"), "the setting the sides differ in has no slider");
        assertFalse(a.params().physicalLayer);
        assertTrue(b.params().physicalLayer);
    }

    @Test
    void startOnlyParametersAreNotLive() {
        assertFalse(Controls.live("horizon"));
        assertFalse(Controls.live("initialFreeRiderShare"));
        assertTrue(Controls.live("synergy"));
        List<String> shown = Controls.parameters();
        assertTrue(shown.indexOf("synergy") < shown.indexOf("horizon"), "live parameters first");
    }

    @Test
    void liveParametersReachTheRunningModelOthersWaitForTheNextStart() {
        Presets.Preset p = Presets.find("baseline");
        NetcapModel model = p.model(p.params(), 1);
        Controls c = new Controls(() -> model, p);
        set(c, "synergy", "5.5");
        assertEquals(5.5, c.params().synergy);
        assertEquals(5.5, model.params.synergy);
        int horizon = model.params.horizon;
        set(c, "horizon", "2");
        assertEquals(2, c.params().horizon);
        assertEquals(horizon, model.params.horizon);
    }

    @Test
    void outOfRangeValuesAreIgnoredAndSharesStayConsistent() {
        Controls c = new Controls(null, Presets.find("baseline"));
        set(c, "trustGain", 7.0);
        assertEquals(0.05, get(c, "trustGain"));
        set(c, "initialFreeRiderShare", 0.95);
        assertEquals(0.95, get(c, "initialFreeRiderShare"));
        assertTrue(c.params().initialContributorShare + c.params().initialFreeRiderShare <= 1 + 1e-12);
        set(c, "virtualOnlyShare", 0.9);
        assertTrue(c.params().physicalOnlyShare + c.params().virtualOnlyShare <= 1 + 1e-12);
        ParamRegistry.validate(c.params());
    }

    @Test
    void displayOptionsAreClampedToTheirMenus() {
        Controls c = new Controls(null, Presets.find("baseline"));
        set(c, "colourBy", 1);
        assertTrue(c.colourByKnowledge());
        set(c, "ties", 99);
        assertEquals(Controls.TIES.length - 1, c.getTies());
        set(c, "latentTies", false);
        assertFalse(c.latentTies());
    }

    @Test
    void choosingAPresetResetsTheParametersAndSeed() {
        Controls c = new Controls(null, Presets.find("baseline"));
        int[] calls = {0};
        c.onPresetChange(() -> calls[0]++);
        set(c, "synergy", 7.0);
        set(c, "preset", Presets.indexOf(Presets.find("first followers")));
        assertEquals(1, calls[0]);
        assertEquals(1, c.params().initialMembers);
        assertEquals(Presets.find("first followers").seed(), c.getSeed());
        assertEquals(3.0, get(c, "synergy"));
    }

    @Test
    void tieFilter() {
        assertTrue(Controls.showsTie(0, Palette.VIRTUAL_ONLY, 0));
        assertFalse(Controls.showsTie(1, Palette.VIRTUAL_ONLY, 4));
        assertTrue(Controls.showsTie(1, Palette.BOTH, 0));
        assertFalse(Controls.showsTie(2, Palette.PHYSICAL_ONLY, 4));
        assertFalse(Controls.showsTie(3, Palette.BOTH, 2));
        assertTrue(Controls.showsTie(3, Palette.PHYSICAL_ONLY, 3));
    }
}
