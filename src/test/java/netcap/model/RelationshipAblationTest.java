package netcap.model;

import netcap.experiment.Experiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A small version of experiments/ablation-relationships.yaml (400 agents, 120 steps, 8 paired
 * replications): every part of the relationship model, switched off, moves the outcome docs/ODD.md
 * states for it in the stated direction. Where the effect is large the whole paired 95% interval
 * must lie on that side; where it is small at this size (the room of approach, the three ways to
 * new ties, reputation and reciprocity) the mean paired difference must. It fails when a part becomes decoration or its
 * effect changes sign.
 */
class RelationshipAblationTest {
    @TempDir
    Path tmp;

    /** The scenario, the outcome, its stated sign (+1 higher when switched off, -1 lower) and whether the interval must clear zero. */
    private record Expectation(String statistic, int sign, boolean interval) {
    }

    @Test
    void everyPartSwitchedOffMovesWhatTheOddSays() throws IOException {
        Map<String, Expectation> expected = new LinkedHashMap<>();
        expected.put("no-contact-strategies", new Expectation("purchasesMean", -1, true));
        expected.put("random-room", new Expectation("purchasesMean", -1, false));
        expected.put("no-exchange", new Expectation("membersMean", -1, true));
        expected.put("no-levels", new Expectation("meanTieTrustMean", 1, true));
        expected.put("no-triadic-closure", new Expectation("createdMean", -1, false));
        expected.put("no-homophily", new Expectation("createdMean", -1, false));
        expected.put("no-discovery", new Expectation("purchasesMean", -1, false));
        expected.put("no-reputation", new Expectation("createdMean", -1, false));
        expected.put("no-reciprocity", new Expectation("createdMean", -1, false));
        expected.put("no-exclusion", new Expectation("meanTieTrustMean", 1, true));
        expected.put("no-game", new Expectation("createdMean", -1, true));
        Path out = tmp.resolve("run");
        Experiment.load(Path.of("experiments/ablation-relationships.yaml")).set("network.n", 400).set("steps", 120)
                .set("replications", 8).threads(2).charts(false).out(out).run();
        List<String> lines = Files.readAllLines(out.resolve("comparisons.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        int a = header.indexOf("a");
        int statistic = header.indexOf("statistic");
        int diff = header.indexOf("diff");
        int low = header.indexOf("diffLow");
        int high = header.indexOf("diffHigh");
        int paired = header.indexOf("paired");
        int checked = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            Expectation e = expected.get(f[a]);
            if (e == null || !f[statistic].equals(e.statistic())) {
                continue;
            }
            assertEquals("true", f[paired], f[a] + ": common random numbers pair the runs");
            double value = e.interval() ? (e.sign() > 0 ? Double.parseDouble(f[low]) : Double.parseDouble(f[high])) : Double.parseDouble(f[diff]);
            assertTrue(e.sign() * value > 0, f[a] + " switched off should move " + e.statistic() + (e.sign() > 0 ? " up" : " down")
                    + ": " + line);
            checked++;
        }
        assertEquals(expected.size(), checked, "every part was compared");
    }
}
