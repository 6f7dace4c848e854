package netcap.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompareCommandTest {
    @TempDir
    Path tmp;

    private Path run(String name, double trustGain) throws IOException {
        Path spec = tmp.resolve(name + ".yaml");
        Files.writeString(spec, """
                name: %s
                seed: 3
                steps: 8
                replications: 4
                network: {generator: wattsStrogatz, n: 60, k: 4, p: 0.1}
                params: {trustGain: %s}
                """.formatted(name, trustGain));
        Path out = tmp.resolve(name);
        CliRun r = CliRun.of("run", spec.toString(), "--out", out.toString(), "--quiet", "--no-charts");
        assertEquals(0, r.code(), r.err());
        return out;
    }

    @Test
    void comparesTwoRunFoldersPairedBySeed() throws IOException {
        Path a = run("high", 0.2);
        Path b = run("low", 0.01);
        CliRun r = CliRun.of("compare", a.toString(), b.toString(), "--statistic", "meanTieTrust", "--statistic", "membersMean");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("meanTieTrustFinal"), r.out());
        List<String> lines = Files.readAllLines(a.resolve("compare-low.csv"));
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).startsWith("comparison,a,b,statistic,nA,nB,paired,"), lines.get(0));
        // same seed and one point each: replicate r of both folders has the same run key
        assertTrue(lines.get(1).contains(",4,4,true,"), lines.get(1));
    }

    @Test
    void badInputIsRefusedWithExitCode2() throws IOException {
        Path a = run("one", 0.1);
        CliRun notRun = CliRun.of("compare", a.toString(), tmp.toString());
        assertEquals(2, notRun.code());
        assertTrue(notRun.err().contains("not a run folder (no summary.csv)"), notRun.err());
        CliRun noStat = CliRun.of("compare", a.toString(), a.toString(), "--statistic", "nonsense", "--out", tmp.resolve("x.csv").toString());
        assertEquals(2, noStat.code());
        assertTrue(noStat.err().contains("has no column nonsenseFinal"), noStat.err());
        assertFalse(Files.exists(tmp.resolve("x.csv")), "nothing written");
    }
}
