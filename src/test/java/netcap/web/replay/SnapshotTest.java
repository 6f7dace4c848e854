package netcap.web.replay;

import netcap.gui.Presets;
import netcap.io.GraphExport;
import netcap.io.GraphMLWriter;
import netcap.model.NetcapModel;
import netcap.model.observation.TrustStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A snapshot read back from GraphML is the snapshot of the live model, and its trust is the model's. */
class SnapshotTest {
    @TempDir
    Path tmp;

    @Test
    void graphMLRoundTripAndTrustAgreeWithTheLiveModel() {
        Presets.Preset p = Presets.find("online vs offline");
        NetcapModel m = p.model(p.params(), 7);
        m.start();
        m.run(5);
        GraphExport g = GraphExport.of(m.network, m.agents);
        Path file = tmp.resolve("s.graphml");
        GraphMLWriter.write(g, file);
        Snapshot live = Snapshot.of(5, g, "live");
        Snapshot read = Snapshot.of(5, GraphMLReader.read(file), file.toString());
        assertEquals(live.n(), read.n());
        assertArrayEquals(live.x(), read.x(), 1e-12);
        assertArrayEquals(live.state(), read.state());
        assertArrayEquals(live.knowledge(), read.knowledge(), 1e-9);
        assertArrayEquals(live.us(), read.us());
        assertArrayEquals(live.vs(), read.vs());
        assertArrayEquals(live.level(), read.level());
        assertArrayEquals(live.style(), read.style());
        assertArrayEquals(live.trustUV(), read.trustUV());
        TrustStats model = TrustStats.of(m);
        TrustStats snap = read.trust();
        assertArrayEquals(model.histogram(), snap.histogram());
        assertArrayEquals(model.countByLayer(), snap.countByLayer());
        assertArrayEquals(model.countByLevel(), snap.countByLevel());
        assertEquals(model.mean(), snap.mean(), 1e-6);
        m.finish();
    }

    @Test
    void theStyleOfATieComesFromItsLayerNames() {
        assertEquals(TrustStats.FACE_TO_FACE, Snapshot.style("physical"));
        assertEquals(TrustStats.ONLINE, Snapshot.style("online"));
        assertEquals(TrustStats.ONLINE, Snapshot.style("forum|chat"));
        assertEquals(TrustStats.BOTH, Snapshot.style("physical|online"));
    }
}
