package netcap.web.replay;

import netcap.Browser;
import netcap.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An exported replay opened from its file (no server) in a real headless Chromium. */
class ReplayBrowserTest {
    @TempDir
    Path tmp;

    /** Non-white pixels and a checksum of every canvas: [network, chart 1, chart 2, ...]. */
    @SuppressWarnings("unchecked")
    static List<List<Long>> canvases(Browser b) {
        return (List<List<Long>>) b.js("""
                return [...document.querySelectorAll('#network, .chart canvas')].map(c => {
                  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                  let ink = 0, sum = 0;
                  for (let i = 0; i < d.length; i += 4) {
                    const white = d[i] > 245 && d[i + 1] > 245 && d[i + 2] > 245 || d[i + 3] === 0;
                    if (!white) ink++;
                    sum = (sum * 31 + d[i] + 7 * d[i + 1] + 13 * d[i + 2]) % 1000000007;
                  }
                  return [ink, sum];
                });""");
    }

    @Test
    void theFileDrawsTheNetworkAndChartsAndTheSliderAndPlayMoveThem() throws Exception {
        Path html = tmp.resolve("replay.html");
        CliRun r = CliRun.of("replay", "--preset", "baseline", "--steps", "12", "--every", "3", "--out", html.toString(), "--lang", "en");
        assertEquals(0, r.code(), r.err());
        try (Browser b = new Browser(1400, 1000)) {
            b.open(html.toFile());
            new WebDriverWait(b.driver, Duration.ofSeconds(20)).until(d -> b.js("return window.netcapReplay && netcapReplay.frames") != null);
            assertEquals(5L, b.js("return netcapReplay.frames"));
            assertEquals(0L, b.js("return netcapReplay.frame()"));
            Thread.sleep(100); // the legends follow the cursor after a timeout of 0
            List<List<Long>> before = canvases(b);
            assertEquals(9, before.size(), "the network and eight charts: " + before);
            assertTrue(before.get(0).get(0) > 5000, "the network is drawn: " + before.get(0));
            for (int c = 1; c < before.size(); c++) {
                assertTrue(before.get(c).get(0) > 500, "chart " + c + " is drawn: " + before.get(c));
            }
            // the time slider, by keyboard as a student would: two snapshots on
            WebElement slider = b.driver.findElement(By.id("slider"));
            slider.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
            assertEquals(2L, b.js("return netcapReplay.frame()"));
            assertEquals("6", b.driver.findElement(By.tagName("body")).getDomAttribute("data-step"));
            assertTrue(b.driver.findElement(By.id("stepLabel")).getText().contains("6"));
            Thread.sleep(100);
            List<List<Long>> after = canvases(b);
            assertNotEquals(before.get(0), after.get(0), "the network changed");
            assertNotEquals(before.get(1), after.get(1), "the cursor of the members chart moved");
            assertNotEquals(before.get(5), after.get(5), "the cursor of the trust chart moved");
            // play: the frames advance by themselves to the end, then it stops
            b.driver.findElement(By.id("play")).click();
            assertEquals(true, b.js("return netcapReplay.playing()"));
            new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(d -> Long.valueOf(4).equals(b.js("return netcapReplay.frame()")));
            new WebDriverWait(b.driver, Duration.ofSeconds(5)).until(d -> Boolean.FALSE.equals(b.js("return netcapReplay.playing()")));
            assertNotEquals(after.get(0), canvases(b).get(0), "the network changed while playing");
        }
    }
}
