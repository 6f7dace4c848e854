package netcap.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The parts of {@code netcap gui} that need no display (tests run headless). */
class GuiCommandTest {
    private static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void badPresetIsOneLineWithASuggestionAndExitTwo() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(2, run(out, err, "gui", "--preset", "free riders take ovr"));
        String msg = err.toString().trim();
        assertEquals(1, msg.lines().count(), msg);
        assertTrue(msg.startsWith("netcap: error: unknown preset 'free riders take ovr'; did you mean 'free riders take over'?"), msg);
    }

    @Test
    void headlessSaysHowToGetADisplay() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(new StringWriter(), err, "gui", "--preset", "first followers"));
        assertTrue(err.toString().contains("xvfb-run"), err.toString());
    }

    @Test
    void listsPresets() {
        StringWriter out = new StringWriter();
        assertEquals(0, run(out, new StringWriter(), "gui", "--list-presets"));
        assertTrue(out.toString().contains("first followers"));
        assertTrue(out.toString().contains("online vs offline: both layers"));
    }
}
