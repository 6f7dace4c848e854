package netcap.cli;

import netcap.InputException;
import netcap.gui.Messages;
import netcap.gui.Presets;
import netcap.web.Chromium;
import netcap.web.Session;
import netcap.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.BindException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code netcap serve}: the teaching view in the browser (a small HTTP server; the model runs
 * here, the pages draw it), or with {@code --screenshot} a picture of a page after N steps.
 */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
                "Serve the teaching view to browsers: the network, live charts, presets and grouped sliders, and two "
                        + "presets side by side (/side-by-side). Several browsers can watch and drive one model.",
                "Listens on 127.0.0.1 (this computer only) unless --host says otherwise. --host 0.0.0.0 lets every "
                        + "computer on the network open the page AND drive the model: there is no login. Use it only on a "
                        + "trusted classroom network."
        },
        sortOptions = false)
public final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", paramLabel = "P", description = "Port (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port = 8080;

    @Option(names = "--host", paramLabel = "H",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this computer only; 0.0.0.0: every network, no login).")
    String host = "127.0.0.1";

    @Option(names = "--lang", paramLabel = "sv|en", description = "Language of the pages (default: from the locale; a page can switch).")
    String lang;

    @Option(names = "--preset", paramLabel = "NAME", description = "Preset of the main page (default: baseline).")
    String preset = "baseline";

    @Option(names = "--screenshot", paramLabel = "FILE.png",
            description = "Start on a free port, run --steps steps, save a picture of the page (headless Chromium) and exit.")
    Path screenshot;

    @Option(names = "--contrast", paramLabel = "NAME", description = "With --screenshot: the side-by-side page of this contrast.")
    String contrast;

    @Option(names = "--steps", paramLabel = "N", description = "Steps before the --screenshot (default: ${DEFAULT-VALUE}).")
    int steps = 150;

    @Option(names = "--open", paramLabel = "GROUP[,GROUP]", description = "With --screenshot: slider groups shown open (e.g. trust,seci).")
    String open;

    @Option(names = "--size", paramLabel = "WxH", description = "Window of the --screenshot (default: 1600x1000; side by side 1600x1480).")
    String size;

    @Override
    public Integer call() {
        String language = Messages.of(lang).lang(); // the locale's when not given; an unknown one refused before anything starts
        Presets.Preset p = Presets.find(preset);
        if (port < 0 || port > 65535) {
            throw new InputException("--port must be 0..65535, was " + port);
        }
        if (screenshot != null) {
            return screenshot(language, p);
        }
        if (contrast != null) {
            throw new InputException("--contrast needs --screenshot (the page lists the contrasts: /side-by-side)");
        }
        WebServer server = start(host, port, language, p);
        var out = spec.commandLine().getOut();
        out.println("netcap serve: open " + server.url() + "  (side by side: " + server.url() + "side-by-side; Ctrl+C stops)");
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
            out.println("netcap serve: listening on " + host + ": anyone who can reach this computer can open the page and drive"
                    + " the model (no login); use it only on a trusted classroom network");
        }
        out.flush();
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static WebServer start(String host, int port, String lang, Presets.Preset p) {
        try {
            return new WebServer(host, port, lang, p);
        } catch (BindException e) {
            throw new InputException("cannot listen on " + host + ":" + port + ": " + e.getMessage()
                    + " (the port is in use: choose another with --port, or --port 0 for any free port)");
        } catch (IOException | RuntimeException e) {
            throw new InputException("cannot listen on " + host + ":" + port + ": " + e.getMessage());
        }
    }

    private int screenshot(String language, Presets.Preset p) {
        if (steps < 0 || steps > 100_000) {
            throw new InputException("--steps must be 0..100000, was " + steps);
        }
        String sz = size != null ? size : contrast != null ? "1600x1480" : "1600x1000";
        if (!sz.matches("\\d{3,5}x\\d{3,5}")) {
            throw new InputException("--size must look like 1600x1000, was '" + sz + "'");
        }
        Presets.Contrast c = contrast == null ? null : Presets.contrast(contrast);
        try (WebServer server = start("127.0.0.1", 0, language, p)) {
            Session s = c == null ? server.main() : server.session(c.key());
            for (int done = 0; done < steps; done += Session.MAX_STEPS) {
                s.step(Math.min(Session.MAX_STEPS, steps - done));
            }
            String url = server.url() + (c == null ? "?" : "side-by-side?contrast=" + URLEncoder.encode(c.key(), StandardCharsets.UTF_8) + "&")
                    + "still=1&lang=" + language + (open == null ? "" : "&open=" + URLEncoder.encode(open, StandardCharsets.UTF_8));
            String[] wh = sz.split("x");
            Chromium.screenshot(url, screenshot, Integer.parseInt(wh[0]), Integer.parseInt(wh[1]), 8000);
            var out = spec.commandLine().getOut();
            out.println("netcap serve: wrote " + screenshot + " (" + (c == null ? p.key() : c.key()) + ", step " + s.step() + ", " + language + ")");
            out.flush();
        }
        return 0;
    }
}
