package netcap.cli;

import netcap.InputException;
import netcap.gui.Presets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code netcap gui}: the teacher's window (a MASON Console, the network and live charts), or with
 * {@code --screenshot} a non-interactive run that times N drawn steps and saves a PNG.
 */
@Command(name = "gui",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
                "Open the teaching window: the network, live charts and sliders (a MASON Console), in English or Swedish.",
                "--list-presets names the presets and the contrasts (two versions side by side, --contrast NAME). "
                        + "Needs a display; on a server use xvfb-run."
        },
        sortOptions = false)
public final class GuiCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--preset", paramLabel = "NAME", description = "Preset to open (default: baseline; with --spec, the spec's first point).")
    String preset;

    @Option(names = "--spec", paramLabel = "FILE.yaml",
            description = "Open an experiment spec as the preset (one preset per design point), e.g. one that uses plug-ins "
                    + "(with --plugins DIR); its taught parameters, the plug-ins' too, get sliders.")
    Path specFile;

    @Option(names = "--contrast", paramLabel = "NAME",
            description = "Open a contrast side by side: two models with the same seed that differ in one setting "
                    + "(e.g. online-vs-offline, seller-vs-stalker; see --list-presets).")
    String contrast;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of the window: en or sv (default: from the locale, ${DEFAULT-VALUE} here).")
    String lang = netcap.gui.Messages.defaultLanguage();

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: the preset's).")
    Long seed;

    @Option(names = "--list-presets", description = "Print the presets (key, title, what it is) and the contrasts in --lang, and exit.")
    boolean list;

    @Option(names = "--screenshot", paramLabel = "FILE.png",
            description = "Run --steps steps with the display and charts drawn after each, print steps/s, save the window as PNG and exit.")
    Path screenshot;

    @Option(names = "--steps", paramLabel = "N", description = "Steps for --screenshot (default: ${DEFAULT-VALUE}).")
    int steps = 200;

    @Option(names = "--size", paramLabel = "WxH", description = "Window area for --screenshot (default: ${DEFAULT-VALUE}).")
    String size = "1920x1080";

    /**
     * Java2D's XRender pipeline is the default on Linux; drawing this window through it took
     * 1.6x as long per step as the plain X11 pipeline (measured under Xvfb with --screenshot:
     * 15-19 vs 25-28 steps/s at 500 agents), with the same picture. Set before the toolkit
     * starts; {@code -Dsun.java2d.xrender=true} in JAVA_OPTS keeps XRender.
     */
    static void preferPlainX11Pipeline() {
        if (System.getProperty("sun.java2d.xrender") == null) {
            System.setProperty("sun.java2d.xrender", "false");
        }
    }

    @Override
    public Integer call() {
        preferPlainX11Pipeline();
        var out = spec.commandLine().getOut();
        netcap.gui.Messages m;
        try {
            m = netcap.gui.Messages.of(lang);
        } catch (IllegalArgumentException e) {
            throw new InputException("--lang: " + e.getMessage());
        }
        if (list) {
            for (Presets.Preset p : Presets.all()) {
                out.println(p.key() + ": " + p.title(m) + "\n    " + p.info(m).what().replaceAll("\\s+", " ") + "\n");
            }
            out.println(m.get("gui.option.contrast") + " (--contrast):");
            for (Presets.Contrast c : Presets.contrasts()) {
                out.println("  " + c.key() + ": " + c.title(m));
            }
            out.flush();
            return 0;
        }
        if (contrast != null && (preset != null || specFile != null)) {
            throw new InputException("--contrast opens its own two presets; leave out --preset and --spec");
        }
        Presets.Contrast k = contrast == null ? null : Presets.contrast(contrast);
        Presets.Preset opened = specFile == null ? null : Presets.open(netcap.spec.Spec.load(specFile, java.util.List.of()));
        Presets.Preset p = k != null ? k.a() : preset != null ? Presets.find(preset) : opened != null ? opened : Presets.find("baseline");
        long s = seed == null ? p.seed() : seed;
        if (steps < 0) {
            throw new InputException("--steps must be >= 0, was " + steps);
        }
        if (!size.matches("\\d{3,5}x\\d{3,5}")) {
            throw new InputException("--size must look like 1600x1000, was '" + size + "'");
        }
        if (GraphicsEnvironment.isHeadless()) {
            throw new InputException("netcap gui needs a display; on a server run it under xvfb-run "
                    + "(e.g. xvfb-run -s \"-screen 0 1600x1000x24\" ./netcap gui ...)");
        }
        if (screenshot != null) {
            String[] wh = size.split("x");
            netcap.gui.Screenshot.run(window(k, p, s, m), steps, screenshot, Integer.parseInt(wh[0]), Integer.parseInt(wh[1]), out);
            System.exit(0); // the Console leaves AWT threads behind
            return 0;
        }
        java.awt.EventQueue.invokeLater(() -> {
            netcap.gui.NetcapWithUI gui = window(k, p, s, m);
            sim.display.Console c = new sim.display.Console(gui);
            java.awt.Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
            gui.arrange(c, screen.width, screen.height);
            c.setVisible(true);
        });
        return waitForever();
    }

    private static netcap.gui.NetcapWithUI window(Presets.Contrast k, Presets.Preset p, long seed, netcap.gui.Messages m) {
        return k != null ? new netcap.gui.NetcapWithUI(k, seed, m) : new netcap.gui.NetcapWithUI(p, seed, m);
    }

    /** The Console's window keeps the JVM alive; the command returns only when it is closed. */
    private static int waitForever() {
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
