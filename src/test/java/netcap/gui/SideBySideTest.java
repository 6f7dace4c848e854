package netcap.gui;

import netcap.model.observation.TrustStats;
import org.junit.jupiter.api.Test;

import javax.swing.SwingUtilities;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window's models without a display: a contrast's two sides stepped together, and the trust chart data. */
class SideBySideTest {
    @Test
    void aContrastStepsBothSidesTogetherFromTheSameSeed() throws Exception {
        Presets.Contrast c = Presets.contrast("online-vs-offline");
        NetcapWithUI gui = new NetcapWithUI(c, c.a().seed(), Messages.of("sv"));
        gui.start();
        for (int i = 0; i < 12; i++) {
            gui.step();
        }
        SwingUtilities.invokeAndWait(() -> { }); // the charts are fed on the Swing thread
        var a = gui.sides.get(0);
        var b = gui.sides.get(1);
        assertEquals(12, a.model().schedule.getSteps());
        assertEquals(12, b.model().schedule.getSteps());
        assertEquals(a.model().network.nodes(), b.model().network.nodes());
        assertEquals(a.model().series.rows().get(0)[1], b.model().series.rows().get(0)[1], "the same people at step 0");
        assertEquals(13, a.data.members.getItemCount());
        assertEquals(13, b.data.members.getItemCount());
        int socialization = ChartData.SECI.indexOf("socialization");
        assertEquals(0.0, a.data.seci[socialization].getMaxY(), "online only: nobody learns face to face");
        assertTrue(b.data.seci[socialization].getMaxY() > 0, "both rooms: people learn face to face");
        assertEquals(13, a.data.trustLayer[TrustStats.LAYERS].getItemCount(), "mean trust of all ties at every step");
        assertEquals(0, a.data.trustLayer[TrustStats.FACE_TO_FACE].getItemCount(), "no face-to-face ties online only: no line");
        assertEquals("Bara på nätet", a.data.side());
        assertNotEquals(a.data.side(), b.data.side());
        assertFalse(a.controls.params().physicalLayer);
        a.controls.properties().setValue(a.controls.index("synergy"), 6.5);
        assertEquals(6.5, b.controls.params().synergy, "a slider acts on both sides");
        assertEquals(6.5, b.model().params.synergy, "live: in the running model too");
        gui.finish();
    }

    @Test
    void theModelTabChoosesAnotherContrastForTheNextStart() throws Exception {
        Presets.Contrast c = Presets.contrast("online-vs-offline");
        NetcapWithUI gui = new NetcapWithUI(c, c.a().seed(), Messages.of("en"));
        Controls tab = gui.controls;
        int row = tab.index("preset");
        assertEquals(Presets.contrasts().indexOf(c), tab.properties().getValue(row));
        Presets.Contrast s = Presets.contrast("seller-vs-stalker");
        tab.properties().setValue(row, Presets.contrasts().indexOf(s));
        SwingUtilities.invokeAndWait(() -> { });
        assertEquals(s, gui.contrast);
        assertEquals(1.0, gui.sides.get(0).controls.params().initialSellerShare);
        assertEquals(0.0, gui.sides.get(1).controls.params().initialSellerShare);
        assertEquals(gui.sides.get(0).controls.getSeed(), gui.sides.get(1).controls.getSeed(), "one seed");
        assertTrue(gui.sides.get(1).controls.params().physicalLayer, "the old contrast's setting is gone");
        assertEquals(-1, tab.index("initialSellerShare"), "the new contrasted setting has no slider");
        assertTrue(tab.index("physicalLayer") >= 0);
        assertEquals(s.b().title(Messages.of("en")), gui.sides.get(1).data.side());
        assertEquals(1, gui.sides.get(1).data.tieLevels.getRowCount(), "the bars renamed, not doubled");
        gui.start();
        gui.step();
        assertEquals(1.0, gui.sides.get(0).model().params.initialSellerShare);
        gui.finish();
    }

    @Test
    void trustDataSkipsLevelsWithoutTiesAndBinsTheDistribution() {
        ChartData d = new ChartData();
        TrustStats t = new TrustStats.Builder().add(0.95, 4, true, true).add(0.15, 1, false, true).add(0.18, 1, false, true).build();
        d.appendTrust(List.of(new ChartData.TrustPoint(3, t)));
        assertEquals(1, d.trustLevel[4].getItemCount());
        assertEquals(0, d.trustLevel[0].getItemCount(), "no strangers: a gap, not a zero");
        assertEquals(0.165, d.trustLevel[1].getY(0).doubleValue(), 1e-9);
        assertEquals(2.0 / 3, d.trustHistogram.getValue("ties", ChartData.binName(1)).doubleValue(), 1e-9);
        assertEquals(1.0 / 3, d.trustHistogram.getValue("ties", ChartData.binName(9)).doubleValue(), 1e-9);
        assertEquals(3.0, d.trustLayer[TrustStats.BOTH].getX(0).doubleValue());
        d.clear();
        assertEquals(0, d.trustLevel[4].getItemCount());
        assertEquals(0.0, d.trustHistogram.getValue("ties", ChartData.binName(9)).doubleValue());
    }
}
