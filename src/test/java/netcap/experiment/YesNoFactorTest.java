package netcap.experiment;

import netcap.spec.Spec;
import netcap.spec.SpecException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A yes/no parameter as a factor of a sampling design: sampled on [0, 1], true from 0.5 up. */
class YesNoFactorTest {
    @TempDir
    Path tmp;

    private Path spec(String factor) throws IOException {
        Path f = tmp.resolve("yes-no.yaml");
        Files.writeString(f, """
                name: yes-no
                seed: 3
                steps: 5
                replications: 1
                network: {generator: wattsStrogatz, n: 60, k: 6, p: 0.1}
                design:
                  type: morris
                  samples: 4
                  dummy: true
                  factors:
                    synergy: {min: 1, max: 5}
                    teamSimilarMinds: %s
                  outputs: [totalKnowledge]
                """.formatted(factor));
        return f;
    }

    @Test
    void aYesNoParameterIsFlippedByEveryMorrisStep() throws IOException {
        Spec s = Spec.load(spec("{min: false, max: true}"), List.of());
        long yes = s.points().stream().filter(p -> Boolean.TRUE.equals(p.values().get("teamSimilarMinds"))).count();
        long no = s.points().stream().filter(p -> Boolean.FALSE.equals(p.values().get("teamSimilarMinds"))).count();
        assertEquals(s.points().size(), yes + no, "every point sets it to true or false");
        assertTrue(yes > 0 && no > 0, "both values are sampled: " + yes + " yes, " + no + " no");
        Path out = tmp.resolve("run");
        Experiment.load(spec("{min: false, max: true}")).threads(2).charts(false).out(out).run();
        String sensitivity = Files.readString(out.resolve("sensitivity.csv"));
        assertTrue(sensitivity.contains("teamSimilarMinds"), sensitivity);
        assertTrue(Files.readString(out.resolve("summary.csv")).contains("true"));
    }

    @Test
    void aYesNoParameterNeedsFalseAndTrueAsItsRange() throws IOException {
        Path f = spec("{min: 0, max: 1}");
        SpecException e = assertThrows(SpecException.class, () -> Spec.load(f, List.of()));
        assertTrue(e.getMessage().contains("a yes/no parameter is a factor with min: false and max: true"), e.getMessage());
    }
}
