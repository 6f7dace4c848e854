package netcap.bench;

import netcap.generate.Generators;
import netcap.model.NetcapModel;
import netcap.model.Params;
import netcap.model.observation.Metric;
import netcap.model.observation.Metrics;
import netcap.random.Streams;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A run that records only some metrics skips the costly ones and leaves every other column as it was. */
class MetricsSelectionTest {
    private static NetcapModel run(List<String> recorded) {
        NetcapModel m = new NetcapModel(Streams.runKey(11, 0, 0), new Params(),
                Generators.create("wattsStrogatz", Map.of("n", 120, "k", 6, "p", 0.1)), List.of("online"), Set.of(), 1);
        if (recorded != null) {
            m.recordOnly(recorded);
        }
        m.start();
        for (int t = 0; t < 6; t++) {
            m.schedule.step(m);
        }
        m.finish();
        return m;
    }

    @Test
    void skipsOnlyTheCostlyColumnsThatAreNotRecorded() {
        NetcapModel all = run(null);
        NetcapModel some = run(List.of("step", "meanTrust", "clustering"));
        List<String> costly = List.of(Metric.LARGEST_COMPONENT.column(), Metric.KNOWLEDGE_GINI.column(), Metric.REVENUE_GINI.column());
        List<double[]> a = all.series.rows();
        List<double[]> b = some.series.rows();
        assertEquals(a.size(), b.size());
        for (String c : Metrics.COLUMNS) {
            int k = all.series.columnIndex(c);
            for (int t = 0; t < a.size(); t++) {
                if (costly.contains(c)) {
                    assertTrue(Double.isNaN(b.get(t)[k]), c + " is skipped");
                    assertFalse(Double.isNaN(a.get(t)[k]), c + " is computed when recorded");
                } else {
                    assertEquals(Double.doubleToLongBits(a.get(t)[k]), Double.doubleToLongBits(b.get(t)[k]), c + " at row " + t);
                }
            }
        }
        assertTrue(a.get(a.size() - 1)[all.series.columnIndex("clustering")] > 0);
    }
}
