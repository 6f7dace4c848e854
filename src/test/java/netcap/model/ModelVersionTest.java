package netcap.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import netcap.experiment.Experiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelVersionTest {
    @TempDir
    Path tmp;

    @Test
    void everyRunRecordsTheModelVersionAndTheOddStatesIt() throws Exception {
        Path spec = tmp.resolve("v.yaml");
        Files.writeString(spec, "name: v\nsteps: 2\nreplications: 1\nnetwork: {generator: ringLattice, n: 30, k: 4}\n");
        Path out = tmp.resolve("out");
        Experiment.load(spec).threads(1).charts(false).out(out).run();
        JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(ModelVersion.CURRENT, m.path("modelVersion").asInt(-1));
        assertEquals(ModelVersion.CURRENT, ModelVersion.HISTORY.size(), "one history entry per version");
        assertTrue(ModelVersion.HISTORY.get(ModelVersion.HISTORY.size() - 1).startsWith(ModelVersion.CURRENT + ":"));
        assertTrue(Files.readString(Path.of("docs/ODD.md")).contains("**Model version " + ModelVersion.CURRENT + ".**"),
                "docs/ODD.md names the model version it describes");
    }
}
