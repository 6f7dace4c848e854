package netcap.cli;

import netcap.InputException;
import netcap.gui.Messages;
import netcap.gui.Presets;
import netcap.web.Chromium;
import netcap.web.replay.Replay;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code netcap replay}: one self-contained HTML file that replays a recorded run (its network
 * snapshots and time series) with a time slider, for students without Java; or the same for a
 * preset run on the spot.
 */
@Command(name = "replay",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
                "Write one self-contained HTML file that replays a run: the network at each snapshot with a time slider,"
                        + " play and speed, and charts of members, strategies, knowledge, SECI flows, tie levels and trust.",
                "It needs no server and no internet: put it on a learning platform. The run must record snapshots"
                        + " (output.snapshots in the spec, e.g. experiments/replay.yaml); or use --preset to run a preset here."
        },
        sortOptions = false)
public final class ReplayCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "RUN_DIR", description = "A run folder written by netcap run.")
    Path dir;

    @Option(names = "--point", paramLabel = "N", description = "Design point to replay (default: ${DEFAULT-VALUE}).")
    int point = 0;

    @Option(names = "--replicate", paramLabel = "R", description = "Replicate to replay (default: ${DEFAULT-VALUE}).")
    int replicate = 0;

    @Option(names = "--preset", paramLabel = "NAME", description = "Run this preset here instead of reading a run folder.")
    String preset;

    @Option(names = "--steps", paramLabel = "N", description = "Steps to run the preset (default: the preset's).")
    Integer steps;

    @Option(names = "--every", paramLabel = "K", description = "A snapshot of the preset every K steps (default: about 30 snapshots).")
    Integer every;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed of the preset run (default: the preset's).")
    Long seed;

    @Option(names = "--out", paramLabel = "FILE.html",
            description = "The file to write (default: RUN_DIR/replay.html, or replay-PRESET.html with --preset).")
    Path out;

    @Option(names = "--lang", paramLabel = "sv|en", description = "Language of the page (default: from the locale).")
    String lang;

    @Option(names = "--screenshot", paramLabel = "FILE.png",
            description = "Also save a picture of the page as headless Chromium draws it (for the docs).")
    Path screenshot;

    @Option(names = "--at", paramLabel = "STEP", description = "With --screenshot: show this step (default: the last snapshot).")
    Integer at;

    @Option(names = "--size", paramLabel = "WxH", description = "With --screenshot: the window (default: ${DEFAULT-VALUE}).")
    String size = "1500x1100";

    @Override
    public Integer call() {
        Messages m = Messages.of(lang);
        if (!size.matches("\\d{3,5}x\\d{3,5}")) {
            throw new InputException("--size must look like 1500x1100, was '" + size + "'");
        }
        Replay.Written w;
        if (preset != null) {
            if (dir != null) {
                throw new InputException("give either a RUN_DIR or --preset, not both");
            }
            for (String o : new String[] {"--point", "--replicate"}) {
                if (spec.commandLine().getParseResult().hasMatchedOption(o)) {
                    throw new InputException(o + " chooses a run of a RUN_DIR; a preset is run once, here");
                }
            }
            Presets.Preset p = Presets.find(preset);
            int n = steps == null ? p.spec().steps : steps;
            int k = every == null ? Math.max(1, (int) Math.ceil(n / 30.0)) : every;
            Path file = out != null ? out : Path.of("replay-" + p.key().replace('/', '-') + ".html");
            w = Replay.fromPreset(p, seed == null ? p.seed() : seed, n, k, file, m);
        } else {
            if (dir == null) {
                throw new InputException("give a RUN_DIR (a run folder with snapshots) or --preset NAME; see netcap replay --help");
            }
            for (String o : new String[] {"--steps", "--every", "--seed"}) {
                if (spec.commandLine().getParseResult().hasMatchedOption(o)) {
                    throw new InputException(o + " goes with --preset; a run folder is replayed as it was recorded");
                }
            }
            w = Replay.fromRunFolder(dir, point, replicate, out != null ? out : dir.resolve("replay.html"), m);
        }
        var o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "wrote %s (%d snapshots, %.0f KB)%n", w.file(), w.frames(), w.bytes() / 1024.0);
        if (screenshot != null) {
            String[] wh = size.split("x");
            String url = w.file().toAbsolutePath().toUri() + (at == null ? "#frame=" + (w.frames() - 1) : "#step=" + at);
            Chromium.screenshot(url, screenshot, Integer.parseInt(wh[0]), Integer.parseInt(wh[1]), 3000);
            o.println("wrote " + screenshot);
        }
        o.flush();
        return 0;
    }
}
