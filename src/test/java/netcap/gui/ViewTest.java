package netcap.gui;

import netcap.model.observation.Metrics;
import netcap.model.NetcapModel;
import netcap.world.Agents;
import netcap.world.MultiplexNetwork;
import org.junit.jupiter.api.Test;
import sim.portrayal.DrawInfo2D;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The non-Swing parts of the window: colours, layout, chart data, and drawing into an image. */
class ViewTest {
    @Test
    void strategiesHaveDistinctOkabeItoColours() {
        Set<Integer> rgb = new HashSet<>();
        for (int s : new int[] {Agents.CONTRIBUTOR, Agents.FREE_RIDER, Agents.CONDITIONAL}) {
            rgb.add(Palette.strategy(s).getRGB());
        }
        assertEquals(3, rgb.size());
        assertEquals(new Color(0x009E73), Palette.strategy(Agents.CONTRIBUTOR));
        assertEquals(new Color(0xD55E00), Palette.strategy(Agents.FREE_RIDER));
    }

    @Test
    void knowledgeRampRunsFromDarkToLightAndClamps() {
        assertEquals(new Color(0x440154), Palette.knowledge(0));
        assertEquals(new Color(0xFDE725), Palette.knowledge(1));
        assertEquals(Palette.knowledge(0), Palette.knowledge(Double.NaN));
        assertEquals(Palette.knowledge(1), Palette.knowledge(3));
        double prev = -1;
        for (int i = 0; i <= 10; i++) {
            Color c = Palette.knowledge(i / 10.0);
            double lum = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
            assertTrue(lum > prev, "viridis gets lighter");
            prev = lum;
        }
    }

    @Test
    void tieStylesAndLevels() {
        int phys = 1 << MultiplexNetwork.PHYSICAL;
        assertEquals(Palette.PHYSICAL_ONLY, Palette.tieStyle(phys));
        assertEquals(Palette.VIRTUAL_ONLY, Palette.tieStyle(2));
        assertEquals(Palette.BOTH, Palette.tieStyle(phys | 4));
        for (int l = 1; l < 5; l++) {
            assertTrue(Palette.tieAlpha(l) > Palette.tieAlpha(l - 1));
            assertTrue(Palette.tieWidth(l) > Palette.tieWidth(l - 1));
            assertTrue(Palette.tieAlpha(l) <= 1);
        }
        assertTrue(Palette.tie(0, 4, 2).getAlpha() < Palette.tie(0, 4, 0).getAlpha(), "long ties fade");
    }

    @Test
    void layoutIsDeterministicInsideTheSquareAndKeepsNeighboursClose() {
        Presets.Preset p = Presets.find("free riders take over"); // a small world, laid out by force
        NetcapModel m = p.model(p.params(), 3);
        m.start();
        int n = m.agents.size();
        double[][] a = Layout.forceDirected(m.network, n, m.agents.x, m.agents.y, Layout.ITERATIONS);
        double[][] b = Layout.forceDirected(m.network, n, m.agents.x, m.agents.y, Layout.ITERATIONS);
        assertArrayEquals(a[0], b[0]);
        assertArrayEquals(a[1], b[1]);
        double tie = 0;
        long ties = 0;
        for (int u = 0; u < n; u++) {
            assertTrue(a[0][u] >= Layout.MARGIN - 1e-9 && a[0][u] <= 1 - Layout.MARGIN + 1e-9);
            assertTrue(a[1][u] >= Layout.MARGIN - 1e-9 && a[1][u] <= 1 - Layout.MARGIN + 1e-9);
            for (int k = m.network.start(u); k < m.network.start(u) + m.network.degree(u); k++) {
                int v = m.network.neighbors()[k];
                tie += Math.hypot(a[0][u] - a[0][v], a[1][u] - a[1][v]);
                ties++;
            }
        }
        double any = 0;
        for (int u = 0; u < n; u++) {
            int v = (u * 7 + 13) % n;
            any += Math.hypot(a[0][u] - a[0][v], a[1][u] - a[1][v]);
        }
        assertTrue(tie / ties < 0.5 * any / n, "tied agents sit closer than arbitrary pairs");
        m.finish();
    }

    @Test
    void chartDataFollowsTheSeriesAndStaysBounded() {
        ChartData data = new ChartData();
        int levels = Metrics.COLUMNS.indexOf("tieLevel0");
        int step = Metrics.COLUMNS.indexOf("step");
        int members = Metrics.COLUMNS.indexOf("members");
        for (int t = 0; t < ChartData.WINDOW + 500; t++) {
            double[] row = new double[Metrics.COLUMNS.size()];
            row[step] = t;
            row[members] = t % 100;
            for (int l = 0; l < 5; l++) {
                row[levels + l] = 2 * (l + 1);
            }
            data.append(List.of(row));
        }
        assertEquals(ChartData.WINDOW, data.members.getItemCount());
        assertEquals(ChartData.WINDOW + 499.0, data.members.getMaxX());
        assertEquals(10.0, data.tieLevels.getValue("ties", ChartData.levelName(4)).doubleValue(),
                "the metrics count each tie once; the bars show the count as it is");
        assertEquals(ChartData.WINDOW + 500, data.rows());
        data.clear();
        assertEquals(0, data.members.getItemCount());
        assertEquals(0, data.rows());
    }

    @Test
    void chartDataFromARealRun() {
        Presets.Preset p = Presets.find("first followers");
        NetcapModel m = p.model(p.params(), p.seed());
        m.start();
        m.run(30);
        ChartData data = new ChartData();
        data.append(m.series.rows());
        assertEquals(31, data.members.getItemCount());
        assertEquals(1.0, data.members.getY(0).doubleValue(), "the founder alone at step 0");
        assertTrue(data.members.getY(30).doubleValue() > 1, "someone followed");
        assertEquals(30, data.seci[0].getItemCount(), "flows from step 1");
        m.finish();
    }

    @Test
    void networkViewDrawsIntoAnImage() {
        for (String name : List.of("baseline", "free riders take over")) {
            Presets.Preset p = Presets.find(name);
            NetcapModel m = p.model(p.params(), 1);
            m.start();
            m.run(5);
            Controls c = new Controls(() -> m, p);
            NetworkView v = new NetworkView(c);
            v.show(m, m.agentsPlaced);
            assertEquals(!m.agentsPlaced, v.layout() != null);
            BufferedImage img = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            Rectangle2D.Double r = new Rectangle2D.Double(0, 0, 400, 400);
            v.draw(m, g, new DrawInfo2D(null, v, r, r));
            sim.util.Properties props = c.properties();
            for (int i = 0; i < props.numProperties(); i++) {
                if (props.getName(i).equals("colourBy") || props.getName(i).equals("sizeBy")) {
                    props.setValue(i, 1); // knowledge, as the Model tab's menus set it
                }
            }
            v.draw(m, g, new DrawInfo2D(null, v, r, r));
            g.dispose();
            Set<Integer> colours = new HashSet<>();
            for (int y = 0; y < 400; y += 3) {
                for (int x = 0; x < 400; x += 3) {
                    colours.add(img.getRGB(x, y));
                }
            }
            assertTrue(colours.size() > 20, name + ": a picture, not a blank");
            m.finish();
        }
    }
}
