package netcap.gui;

import netcap.model.NetcapModel;
import netcap.model.ParamRegistry;
import org.junit.jupiter.api.Test;
import sim.util.Interval;

import java.lang.reflect.Method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ControlsTest {
    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @Test
    void everyParameterIsABeanPropertyWithinItsAllowedRange() throws Exception {
        for (String name : Controls.parameters()) {
            ParamRegistry.Def d = ParamRegistry.find(name);
            assertNotNull(d, name);
            Class<?> type = d.type();
            Method get = Controls.class.getMethod("get" + cap(name));
            assertEquals(type, get.getReturnType(), name);
            assertNotNull(Controls.class.getMethod("set" + cap(name), type), name);
            String des = (String) Controls.class.getMethod("des" + cap(name)).invoke(new Controls(null, Presets.find("baseline")));
            assertTrue(des.contains(name), name);
            assertTrue(des.contains(Controls.LIVE.contains(name) ? "Acts live" : "next start"), name);
            if (type != boolean.class) {
                Interval i = (Interval) Controls.class.getMethod("dom" + cap(name)).invoke(new Controls(null, Presets.find("baseline")));
                assertTrue(i.getMin().doubleValue() >= d.min(), name);
                assertTrue(i.getMax().doubleValue() <= d.max(), name);
                assertTrue(Double.isFinite(i.getMax().doubleValue()), name + " needs a finite slider end");
                assertEquals(type == int.class, i.isDouble() == false, name);
            }
        }
    }

    @Test
    void startOnlyParametersAreNotLive() {
        assertFalse(Controls.LIVE.contains("horizon"));
        assertFalse(Controls.LIVE.contains("initialFreeRiderShare"));
        assertTrue(Controls.AT_START.contains("horizon"));
    }

    @Test
    void liveParametersReachTheRunningModelOthersWaitForTheNextStart() {
        Presets.Preset p = Presets.find("baseline");
        NetcapModel model = p.model(p.params(), 1);
        Controls c = new Controls(() -> model, p);
        c.setSynergy(5.5);
        assertEquals(5.5, c.params().synergy);
        assertEquals(5.5, model.params.synergy);
        int horizon = model.params.horizon;
        c.setHorizon(2);
        assertEquals(2, c.params().horizon);
        assertEquals(horizon, model.params.horizon);
    }

    @Test
    void outOfRangeValuesAreIgnoredAndSharesStayConsistent() {
        Controls c = new Controls(null, Presets.find("baseline"));
        c.setTrustGain(7);
        assertEquals(0.05, c.getTrustGain());
        c.setInitialFreeRiderShare(0.95);
        assertEquals(0.95, c.getInitialFreeRiderShare());
        assertTrue(c.getInitialContributorShare() + c.getInitialFreeRiderShare() <= 1 + 1e-12);
        c.setVirtualOnlyShare(0.9);
        assertTrue(c.getPhysicalOnlyShare() + c.getVirtualOnlyShare() <= 1 + 1e-12);
        ParamRegistry.validate(c.params());
    }

    @Test
    void choosingAPresetResetsTheParametersAndSeed() {
        Controls c = new Controls(null, Presets.find("baseline"));
        int[] calls = {0};
        c.onPresetChange(() -> calls[0]++);
        c.setSynergy(7);
        c.setPreset(Presets.indexOf(Presets.find("first followers")));
        assertEquals(1, calls[0]);
        assertEquals(1, c.params().initialMembers);
        assertEquals(Presets.find("first followers").seed(), c.getSeed());
        assertEquals(3.0, c.getSynergy());
        assertEquals(Presets.all().size(), ((String[]) c.domPreset()).length);
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
