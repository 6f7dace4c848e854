package netcap.model;

import netcap.experiment.Experiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A small version of experiments/ablation-knowledge.yaml (300 agents, 120 steps, 4 paired
 * replications, the defaults only): every part of the knowledge model, switched off, lowers what
 * docs/ODD.md says it lowers, with the whole paired interval below zero. It fails when a part
 * becomes decoration.
 */
class KnowledgeAblationTest {
    @TempDir
    Path tmp;

    @Test
    void everyPartSwitchedOffLowersWhatItIsFor() throws IOException {
        String spec = Files.readString(Path.of("experiments/ablation-knowledge.yaml"))
                .replaceAll("(?m)^  [a-z0-9-]+\\.2: .*\\n", "")        // the defaults only
                .replaceAll("(?m)^    - \\[[a-z0-9-]+\\.2, full\\.2\\]\\n", "");
        Path file = tmp.resolve("ablation-knowledge.yaml");
        Files.writeString(file, spec);
        Path out = tmp.resolve("run");
        Experiment.load(file).set("network.n", 300).set("steps", 120).set("replications", 4)
                .threads(2).charts(false).out(out).run();
        List<String> lines = Files.readAllLines(out.resolve("comparisons.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        int a = header.indexOf("a");
        int statistic = header.indexOf("statistic");
        int high = header.indexOf("diffHigh");
        int paired = header.indexOf("paired");
        List<String> checked = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            String expected = f[a].equals("no-physical-layer") ? "socializationMean" : "createdMean";
            if (!f[statistic].equals(expected)) {
                continue;
            }
            assertEquals("true", f[paired], f[a] + ": common random numbers pair the runs");
            assertTrue(Double.parseDouble(f[high]) < 0, f[a] + " switched off should lower " + expected + ": " + line);
            checked.add(f[a]);
        }
        assertEquals(List.of("no-socialization", "no-externalization", "no-combination", "no-internalization", "horizon-0",
                "no-virtual-rooms", "no-physical-layer", "no-teams"), checked);
    }
}
