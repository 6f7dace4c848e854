package netcap.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The parts of {@code netcap gui} that need no display (tests run headless). */
class GuiCommandTest {
    @Test
    void badPresetIsOneLineWithASuggestionAndExitTwo() {
        CliRun r = CliRun.of("gui", "--preset", "free riders take ovr");
        assertEquals(2, r.code());
        String msg = r.err().trim();
        assertEquals(1, msg.lines().count(), msg);
        assertTrue(msg.startsWith("netcap: error: unknown preset 'free riders take ovr'; did you mean 'free riders take over'?"), msg);
    }

    @Test
    void headlessSaysHowToGetADisplay() {
        CliRun r = CliRun.of("gui", "--preset", "first followers");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("xvfb-run"), r.err());
    }

    @Test
    void listsPresets() {
        CliRun r = CliRun.of("gui", "--list-presets");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("first followers"));
        assertTrue(r.out().contains("online vs offline: both layers"));
    }
}
