package netcap.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegimeSectionTest {
    @TempDir
    Path tmp;

    @Test
    void aShareBetweenTenAndNinetyPercentOfTenRunsFlagsASplit() {
        assertTrue(RegimeSection.splits(6, 12));
        assertTrue(RegimeSection.splits(2, 10) && RegimeSection.splits(8, 10));
        assertFalse(RegimeSection.splits(1, 10), "10% is not inside");
        assertFalse(RegimeSection.splits(9, 10), "90% is not inside");
        assertFalse(RegimeSection.splits(4, 9), "fewer than 10 runs");
        assertFalse(RegimeSection.splits(0, 12));
        assertFalse(RegimeSection.splits(12, 12));
    }

    @Test
    void theBimodalityColumnIsUsedWhenPresent() throws IOException {
        Files.writeString(tmp.resolve("aggregate.csv"), """
                point,trustGain,statistic,n,mean,sd,ciLow,ciHigh
                0,0.1,membersFinal,12,5,1,4,6
                """);
        assertEquals(List.of(), RegimeSection.bimodal(tmp));
        Files.writeString(tmp.resolve("aggregate.csv"), """
                point,trustGain,statistic,n,mean,sd,ciLow,ciHigh,median,q25,q75,min,max,medianLow,medianHigh,bimodality
                0,0.1,membersFinal,12,5,1,4,6,5,4,6,3,7,4,6,0.8
                0,0.1,membersMean,12,5,1,4,6,5,4,6,3,7,4,6,0.5555
                1,0.2,membersFinal,12,5,1,4,6,5,4,6,3,7,4,6,
                1,0.2,membersMean,12,5,1,4,6,5,4,6,3,7,4,6,0.56
                """);
        assertEquals(List.of("point 0, membersFinal: 0.8", "point 1, membersMean: 0.56"), RegimeSection.bimodal(tmp));
    }
}
