package netcap.gui;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every text of the teaching views exists in English and Swedish. */
class MessagesTest {
    @Test
    void everyKeyExistsInBothLanguagesWithItsAreaPrefix() {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (String area : Messages.AREAS) {
            Map<String, String> en = Messages.bundle(area, "en");
            Map<String, String> sv = Messages.bundle(area, "sv");
            for (String k : en.keySet()) {
                if (!sv.containsKey(k)) {
                    problems.add(area + ": '" + k + "' has no Swedish text");
                }
            }
            for (String k : sv.keySet()) {
                if (!en.containsKey(k)) {
                    problems.add(area + ": '" + k + "' has no English text");
                }
            }
            for (Map<String, String> b : List.of(en, sv)) {
                b.forEach((k, v) -> {
                    if (!k.startsWith(area + ".")) {
                        problems.add(area + ": key '" + k + "' does not start with '" + area + ".'");
                    }
                    if (v.isBlank()) {
                        problems.add(area + ": '" + k + "' is blank");
                    }
                });
            }
            for (String k : en.keySet()) {
                if (!seen.add(k)) {
                    problems.add("'" + k + "' is in two bundles");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theTwoLanguagesHaveTheSameKeys() {
        assertEquals(Messages.of("en").all().keySet(), Messages.of("sv").all().keySet());
    }

    @Test
    void anUnknownLanguageIsRefusedNamingTheAllowedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Messages.of("de"));
        assertTrue(e.getMessage().contains("en, sv"), e.getMessage());
        assertEquals("sv", Messages.of(" SV ").lang());
    }
}
