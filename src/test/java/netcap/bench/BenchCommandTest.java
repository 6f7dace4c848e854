package netcap.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import netcap.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchCommandTest {
    @TempDir
    Path tmp;

    @Test
    void writesTheRequiredKeysForEverySize() throws IOException {
        Path json = tmp.resolve("bench.json");
        int rc = Main.commandLine().execute("bench", "--sizes", "200,400", "--reps", "1", "--warmup-ms", "0",
                "--sweep-agents", "60", "--sweep-steps", "5", "--sweep-runs", "2", "--no-processes",
                "--json", json.toString());
        assertEquals(0, rc);
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals(2, root.get("sizes").size());
        for (String n : new String[] {"200", "400"}) {
            JsonNode r = root.get("results").get(n);
            for (String key : new String[] {"speedupVsClassic", "ratioToBound", "parallelSpeedup", "bytesPerTieEntry",
                    "classicBytesPerTieEntry", "networkMemoryBytes", "msPerStep", "breakdownMsPerStep", "ratioToModelBound",
                    "ratioToModelBoundFull", "modelBound"}) {
                assertTrue(r.has(key), n + " has " + key);
            }
            for (String key : new String[] {"netcapSubset1", "netcapSubsetAll", "netcapFull1", "netcapFullAll", "classic",
                    "bound1", "boundAll", "modelBound1", "modelBoundFull1", "reference1"}) {
                assertTrue(r.get("msPerStep").get(key).asDouble() > 0, n + " msPerStep." + key);
            }
            assertTrue(r.get("speedupVsClassic").asDouble() > 0);
            assertTrue(r.get("tieEntries").asLong() > 0);
            JsonNode mb = r.get("modelBound");
            assertEquals(ModelBound.passes(new netcap.model.Params()).size(), mb.get("passes").size());
            assertTrue(mb.get("bytesPerTieEntryFull").asLong() > mb.get("bytesPerTieEntrySubset").asLong());
            assertTrue(r.get("msPerStep").get("modelBoundFull1").asDouble() >= r.get("msPerStep").get("modelBound1").asDouble());
        }
        assertTrue(root.get("runsPerSecond").get("threads1").asDouble() > 0);
        assertTrue(root.get("runsPerSecond").get("threadsAll").asDouble() > 0);
        assertTrue(root.get("modelBoundRates").get("inCacheMaddsPerNs").asDouble() > 0);
        JsonNode machine = root.get("machine");
        assertTrue(machine.get("cores").asInt() >= 1);
        assertTrue(machine.has("java") && machine.has("maxHeap"));
        assertTrue(root.has("jvmStartMs") && root.has("runCommandWallMs"));
    }
}
