package netcap.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FiguresCommandTest {
    @TempDir
    Path tmp;

    private Path manifest(String numbers) throws IOException {
        Path spec = tmp.resolve("tiny.yaml");
        Files.writeString(spec, """
                name: tiny
                seed: 5
                steps: 6
                replications: 2
                network: {generator: wattsStrogatz, n: 60, k: 4, p: 0.1}
                scenarios:
                  weak: {trustGain: 0.02}
                  strong: {trustGain: 0.1}
                charts:
                  - {type: timeseries, metrics: [totalKnowledge], by: scenario}
                regimes:
                  grown: "totalKnowledgeFinal > totalKnowledgeMean"
                comparisons:
                  statistics: [totalKnowledgeFinal]
                  pairs: [[strong, weak]]
                """);
        Path m = tmp.resolve("figures.yaml");
        Files.writeString(m, "experiments:\n  " + spec + ":\n    charts:\n      timeseries-totalKnowledge-by-scenario: "
                + tmp.resolve("img/tiny.png") + "\n    numbers: " + numbers + "\n");
        return m;
    }

    private CliRun figures(Path manifest) {
        return CliRun.of("figures", "--manifest", manifest.toString(), "--numbers", tmp.resolve("numbers.csv").toString(),
                "--runs", tmp.resolve("runs").toString(), "--threads", "2");
    }

    @Test
    void drawsTheFiguresWritesTheQuotedNumbersAndSaysWhatChanged() throws IOException {
        Path m = manifest("[totalKnowledgeFinal, membersFinal]");
        CliRun first = figures(m);
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("1 figures: 1 changed"), first.out());
        byte[] png = Files.readAllBytes(tmp.resolve("img/tiny.png"));
        assertArrayEquals(Files.readAllBytes(tmp.resolve("runs/tiny/charts/timeseries-totalKnowledge-by-scenario.png")), png);
        List<String> rows = Files.readAllLines(tmp.resolve("numbers.csv"));
        assertEquals("experiment,what,setting,statistic,n,value,low,high,p,pHolm", rows.get(0));
        assertEquals(1 + 2 * 2 * 2 + 2 + 2, rows.size(), "2 scenarios x 2 statistics x (mean, median), 2 regime shares, "
                + "2 comparison rows (the statistic and the regime share); no time to take-off: everybody is a member from the start");
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("tiny,mean,scenario=strong,membersFinal,2,60,")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("tiny,share,scenario=weak,regime:grown,2,")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("tiny,paired difference,strong vs weak,totalKnowledgeFinal,2/2,")),
                "common random numbers: the two scenarios share seeds, so the difference is paired: " + rows);

        CliRun again = figures(m);
        assertTrue(again.out().contains("1 figures: 0 changed"), again.out());
        assertTrue(again.out().contains("numbers.csv: unchanged"), again.out());
    }

    @Test
    void aStatisticTheRunDoesNotHaveIsAClearError() throws IOException {
        CliRun r = figures(manifest("[totalKnowledgeFinl]"));
        assertEquals(2, r.code());
        assertTrue(r.err().contains("'totalKnowledgeFinl' is not a statistic of"), r.err());
        assertTrue(!Files.exists(tmp.resolve("numbers.csv")), "nothing half-written");
    }

    @Test
    void anUnknownKeyOrOnlyNameIsAClearError() throws IOException {
        Path m = tmp.resolve("bad.yaml");
        Files.writeString(m, "experimentz: {}\n");
        CliRun r = figures(m);
        assertEquals(2, r.code());
        assertEquals("netcap: error: " + m + ": unknown key 'experimentz'; allowed: experiments, validations", r.err().strip());
        CliRun o = CliRun.of("figures", "--manifest", manifest("[membersFinal]").toString(), "--only", "nope");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("--only nope: not in"), o.err());
    }

    @Test
    void roundsToFourSignificantDigits() {
        assertEquals("54890", FiguresCommand.round("54891.234"));
        assertEquals("0.6732", FiguresCommand.round("0.67321999"));
        assertEquals("0", FiguresCommand.round("0.0"));
        assertEquals("4.823E-13", FiguresCommand.round("4.8234e-13"));
        assertEquals("0.0001235", FiguresCommand.round("0.00012345678"));
        assertEquals("", FiguresCommand.round(""));
    }
}
