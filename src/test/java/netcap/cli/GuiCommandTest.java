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
    void listsPresetsAndContrastsInALanguage() {
        CliRun r = CliRun.of("gui", "--list-presets", "--lang", "en");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("first-followers: First followers"), r.out());
        assertTrue(r.out().contains("online-vs-offline/both-layers: Face to face and online"), r.out());
        assertTrue(r.out().contains("  seller-vs-stalker: Seller vs stalker"), r.out());
        CliRun sv = CliRun.of("gui", "--list-presets", "--lang", "sv");
        assertTrue(sv.out().contains("first-followers: De första följarna"), sv.out());
    }

    @Test
    void badLanguageOrContrastIsOneLineAndExitTwo() {
        CliRun r = CliRun.of("gui", "--lang", "de", "--list-presets");
        assertEquals(2, r.code());
        assertTrue(r.err().trim().startsWith("netcap: error: --lang: unknown language 'de'; allowed: en, sv"), r.err());
        CliRun c = CliRun.of("gui", "--contrast", "seller vs stalkr");
        assertEquals(2, c.code());
        assertEquals(1, c.err().trim().lines().count(), c.err());
        assertTrue(c.err().contains("did you mean 'seller-vs-stalker'"), c.err());
        CliRun both = CliRun.of("gui", "--contrast", "six-degrees", "--preset", "baseline");
        assertEquals(2, both.code());
        assertTrue(both.err().contains("leave out --preset"), both.err());
    }
}
