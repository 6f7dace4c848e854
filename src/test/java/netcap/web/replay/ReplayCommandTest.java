package netcap.web.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import netcap.cli.CliRun;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code netcap replay} on a tiny recorded run and on a preset, and its refusals. */
class ReplayCommandTest {
    @TempDir
    static Path tmp;
    static Path run;

    /** A tiny run of experiments/replay.yaml: 40 agents, 6 steps, snapshots at 0, 3 and 6. */
    @BeforeAll
    static void recordATinyRun() {
        run = tmp.resolve("run");
        CliRun r = CliRun.of("run", "experiments/replay.yaml", "--set", "steps=6", "--set", "network.n=40",
                "--set", "output.snapshots=[0,3,6]", "--out", run.toString(), "-q", "--no-charts");
        assertEquals(0, r.code(), r.err());
    }

    /** The JSON data embedded in a replay page. */
    static JsonNode data(Path html) throws IOException {
        Matcher m = Pattern.compile("<script id=\"data\" type=\"application/json\">(.*?)</script>", Pattern.DOTALL)
                .matcher(Files.readString(html));
        assertTrue(m.find(), "the page embeds its data");
        return new ObjectMapper().readTree(m.group(1));
    }

    /** The ties between members of each frame, rebuilt from the changes as the page does. */
    static int[] tieCounts(JsonNode data) {
        JsonNode frames = data.get("frames");
        int[] out = new int[frames.size()];
        Map<Long, Integer> now = new HashMap<>();
        for (int f = 0; f < frames.size(); f++) {
            JsonNode drop = frames.get(f).get("drop");
            for (int i = 0; i < drop.size(); i += 2) {
                assertTrue(now.remove(((long) drop.get(i).asInt() << 32) | drop.get(i + 1).asInt()) != null, "a dropped tie existed");
            }
            JsonNode add = frames.get(f).get("add");
            for (int i = 0; i < add.size(); i += 3) {
                now.put(((long) add.get(i).asInt() << 32) | add.get(i + 1).asInt(), add.get(i + 2).asInt());
            }
            out[f] = now.size();
        }
        return out;
    }

    /** The time-series rows of run 0 by step. */
    static Map<Integer, CSVRecord> rows(Path dir) throws IOException {
        Map<Integer, CSVRecord> out = new HashMap<>();
        try (Reader r = Files.newBufferedReader(dir.resolve("timeseries.csv"))) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                out.put(Integer.parseInt(rec.get("step")), rec);
            }
        }
        return out;
    }

    @Test
    void aRunFolderBecomesOnePageWhoseFramesAgreeWithTheTimeSeries() throws IOException {
        CliRun r = CliRun.of("replay", run.toString(), "--lang", "sv");
        assertEquals(0, r.code(), r.err());
        Path html = run.resolve("replay.html");
        assertTrue(r.out().contains("3 snapshots"), r.out());
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("<html lang=\"sv\">"), "a Swedish page");
        JsonNode d = data(html);
        assertEquals("Spela", d.get("texts").get("play").asText());
        assertEquals(List.of(0, 3, 6), d.get("frames").findValues("step").stream().map(JsonNode::asInt).toList());
        assertEquals(7, d.get("series").get("step").size(), "every recorded step is charted");
        assertEquals(40, d.get("pos").get("x").size());
        Map<Integer, CSVRecord> ts = rows(run);
        int[] ties = tieCounts(d);
        for (int f = 0; f < 3; f++) {
            JsonNode frame = d.get("frames").get(f);
            CSVRecord row = ts.get(frame.get("step").asInt());
            assertEquals(40, frame.get("state").asText().length());
            assertEquals(Integer.parseInt(row.get("members")), frame.get("members").asInt(), "members at step " + row.get("step"));
            assertEquals(Integer.parseInt(row.get("ties")), ties[f], "ties between members at step " + row.get("step"));
            JsonNode trust = frame.get("trust");
            assertEquals(Double.parseDouble(row.get("meanTieTrust")), trust.get("mean").asDouble(), 0.0015, "mean tie trust");
            long entries = 0;
            for (JsonNode h : trust.get("hist")) {
                entries += h.asLong();
            }
            assertEquals(2L * ties[f], entries, "each tie between members has two ends in the distribution");
            assertEquals(5, trust.get("level").size());
            assertEquals(3, trust.get("layer").size());
        }
    }

    @Test
    void thePageFetchesNothing() throws IOException {
        Path html = tmp.resolve("own.html");
        assertEquals(0, CliRun.of("replay", run.toString(), "--out", html.toString(), "--lang", "en").code());
        String page = Files.readString(html);
        assertTrue(page.contains("uPlot") && page.contains("netcapReplay"), "uPlot and the page's script are inlined");
        for (String bad : List.of("(?i)<(script|img|iframe|source|video|audio)[^>]*\\ssrc\\s*=", "(?i)<link\\b", "(?i)@import",
                "(?i)url\\(\\s*['\"]?\\s*(https?:|//)", "(?i)(src|href)\\s*=\\s*['\"]?\\s*(https?:|//)", "(?i)\\bfetch\\(", "XMLHttpRequest")) {
            assertFalse(Pattern.compile(bad).matcher(page).find(), "the page must not load anything: " + bad);
        }
    }

    @Test
    void textsThatLookLikeMarkupCannotEndTheDataScript() throws IOException {
        String nasty = "a </script><!-- <b>b</b>";
        String page = Replay.html(Map.of("about", Map.of("title", nasty)), "en", nasty);
        int scripts = page.split("<script", -1).length - 1;
        assertEquals(scripts, page.split("</script>", -1).length - 1, "every script element ends where it should");
        Path f = tmp.resolve("nasty.html");
        Files.writeString(f, page);
        assertEquals(nasty, data(f).get("about").get("title").asText());
        assertTrue(page.contains("<title>a &lt;/script&gt;"), "the title is escaped");
    }

    @Test
    void aPresetIsRunHereIntoTheSameFrames() throws IOException {
        Path html = tmp.resolve("preset.html");
        CliRun r = CliRun.of("replay", "--preset", "baseline", "--steps", "4", "--every", "2", "--out", html.toString(), "--lang", "en");
        assertEquals(0, r.code(), r.err());
        JsonNode d = data(html);
        assertEquals(List.of(0, 2, 4), d.get("frames").findValues("step").stream().map(JsonNode::asInt).toList());
        JsonNode s = d.get("series");
        int[] ties = tieCounts(d);
        for (int f = 0; f < 3; f++) {
            int step = d.get("frames").get(f).get("step").asInt();
            assertEquals(s.get("tieLevel0").get(step).asInt() + s.get("tieLevel1").get(step).asInt() + s.get("tieLevel2").get(step).asInt()
                    + s.get("tieLevel3").get(step).asInt() + s.get("tieLevel4").get(step).asInt(), ties[f], "ties at step " + step);
            assertEquals(s.get("members").get(step).asInt(), d.get("frames").get(f).get("members").asInt());
        }
        assertTrue(d.get("about").get("what").asText().length() > 20, "the preset's Info text is on the page");
    }

    @Test
    void aRunWithoutSnapshotsIsRefusedWithTheKeyThatRecordsThem() {
        Path plain = tmp.resolve("plain");
        assertEquals(0, CliRun.of("run", "experiments/replay.yaml", "--set", "steps=2", "--set", "network.n=20",
                "--set", "output.snapshots=[]", "--out", plain.toString(), "-q", "--no-charts").code());
        CliRun r = CliRun.of("replay", plain.toString());
        assertRefused(r, "output.snapshots");
        assertFalse(Files.exists(plain.resolve("replay.html")));
    }

    @Test
    void anUnknownPointOrReplicateIsRefusedNamingTheAvailableOnes() {
        Path out = tmp.resolve("nothing.html");
        assertRefused(CliRun.of("replay", run.toString(), "--point", "3", "--out", out.toString()), "point 0 (replicates 0)");
        assertRefused(CliRun.of("replay", run.toString(), "--replicate", "1", "--out", out.toString()), "point 0 (replicates 0)");
        assertFalse(Files.exists(out));
    }

    @Test
    void aMissingFolderAnUnknownPresetAndMixedSourcesAreRefused() {
        Path out = tmp.resolve("none.html");
        assertRefused(CliRun.of("replay", tmp.resolve("absent").toString(), "--out", out.toString()), "no such folder");
        assertRefused(CliRun.of("replay", "--preset", "nonesuch", "--out", out.toString()), "unknown preset");
        assertRefused(CliRun.of("replay", run.toString(), "--preset", "baseline", "--out", out.toString()), "not both");
        assertRefused(CliRun.of("replay", run.toString(), "--seed", "3", "--out", out.toString()), "--preset");
        assertRefused(CliRun.of("replay", "--preset", "baseline", "--point", "1", "--out", out.toString()), "RUN_DIR");
        assertRefused(CliRun.of("replay", run.toString(), "--lang", "de", "--out", out.toString()), "en, sv");
        assertRefused(CliRun.of("replay"), "RUN_DIR");
        assertFalse(Files.exists(out));
    }

    static void assertRefused(CliRun r, String says) {
        assertEquals(2, r.code(), r.out() + r.err());
        String err = r.err().strip();
        assertFalse(err.contains("\n"), "one line: " + err);
        assertTrue(err.startsWith("netcap: error: ") && err.contains(says), err);
        assertFalse(err.contains("Exception"), err);
    }
}
