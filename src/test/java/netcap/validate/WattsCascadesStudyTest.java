package netcap.validate;

import netcap.growth.WattsCascades;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CSV of the Watts (2002) cascade study. */
class WattsCascadesStudyTest {
    @TempDir
    Path dir;

    @Test
    void csvHasOneRowPerGridPoint() throws Exception {
        WattsCascades.Result r = WattsCascades.sweep(500, new double[] {0.5, 3, 9}, new double[] {0.18}, 5, 0.01, 1, 1);
        Path csv = dir.resolve("sub/w.csv");
        WattsCascadesStudy.writeCsv(r, csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(4, lines.size());
        assertTrue(lines.get(0).startsWith("n,z,phi,runs,global_cascades,frequency"));
        assertTrue(lines.get(2).startsWith("500,3,0.18,5,"), lines.get(2));
    }
}
