package netcap.gui;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Each preset shows what it claims for most seeds: every preset file's {@code shows:} holds in at
 * least {@value #NEEDED} of {@value #SEEDS} runs (the preset's own seed and the next 19; a contrast's
 * two sides with the same seed), at the preset's own size and steps, the run a class sees.
 */
class PresetDemosTest {
    static final int SEEDS = 20;
    static final int NEEDED = 18;

    @Test
    void everyPresetShowsWhatItClaimsInAtLeast18Of20Seeds() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Map<String, List<Future<Shows.Outcome>>> runs = new java.util.LinkedHashMap<>();
            for (Presets.Demo d : Presets.demos()) {
                List<Future<Shows.Outcome>> fs = new ArrayList<>();
                for (long seed : Shows.seeds(d.seed(), SEEDS)) {
                    fs.add(pool.submit(() -> d.check(seed)));
                }
                runs.put(d.key(), fs);
            }
            List<String> weak = new ArrayList<>();
            for (Map.Entry<String, List<Future<Shows.Outcome>>> e : runs.entrySet()) {
                int held = 0;
                Map<String, Integer> failed = new TreeMap<>();
                for (Future<Shows.Outcome> f : e.getValue()) {
                    Shows.Outcome o = f.get();
                    held += o.holds() ? 1 : 0;
                    o.failed().forEach(c -> failed.merge(c, 1, Integer::sum));
                }
                System.out.printf("preset %-28s shows what it claims in %2d of %d seeds%s%n", e.getKey(), held, SEEDS,
                        failed.isEmpty() ? "" : "; claims that failed: " + failed);
                if (held < NEEDED) {
                    weak.add(e.getKey() + " (" + held + " of " + SEEDS + ", failed " + failed + ")");
                }
            }
            assertEquals(List.of(), weak, "presets that do not show what they claim in " + NEEDED + " of " + SEEDS + " seeds");
        } finally {
            pool.shutdownNow();
        }
    }
}
