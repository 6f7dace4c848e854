package netcap.web;

import netcap.Browser;
import netcap.gui.Presets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages in a real headless Chromium (Selenium): the network and the charts are drawn, Play
 * runs the model, a slider reaches the server, and the charts change; the same side by side,
 * where the two sides' charts share their axes. Also measures the frames the page draws per
 * second at 500 agents.
 */
class WebPageTest {
    private static WebServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        server = new WebServer("127.0.0.1", 0, "en", Presets.find("baseline"));
        browser = new Browser(1400, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        server.close();
    }

    private static void await(String what, BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + 30_000_000_000L;
        while (!done.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, () -> "timed out waiting for " + what + "; page: "
                    + browser.js("return JSON.stringify(window.netcapStats) + ' | '"
                    + " + document.body.innerText.slice(0, 200)"));
            Thread.sleep(50);
        }
    }

    private static long number(String script) {
        Object o = browser.js("return " + script);
        return o == null ? -1 : ((Number) o).longValue();
    }

    /** Pixels of the i-th canvas matching the selector that are not the white background. */
    private static long inked(String selector, int i) {
        return number("(() => { const c = document.querySelectorAll('" + selector + "')[" + i + "];"
                + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;"
                + " for (let k = 0; k < d.length; k += 4) if (d[k + 3] > 0 && (d[k] < 235 || d[k + 1] < 235 || d[k + 2] < 235)) n++;"
                + " return n; })()");
    }

    /** A fingerprint of every chart canvas of the page. */
    @SuppressWarnings("unchecked")
    private static List<String> charts() {
        return (List<String>) browser.js("return [...document.querySelectorAll('.chart canvas')].map(c => c.toDataURL())");
    }

    private static void checkDrawnPlayAndSlider(String session, int sides) throws InterruptedException {
        await("the page's first state", () -> number("window.netcapStats.draws") >= 1);
        assertEquals(sides, number("document.querySelectorAll('canvas.network').length"));
        assertEquals(8L * sides, number("document.querySelectorAll('.chart').length"));
        for (int i = 0; i < sides; i++) {
            long ink = inked("canvas.network", i);
            assertTrue(ink > 5_000, "the network is drawn: " + ink + " pixels");
        }
        for (int i = 0; i < 8 * sides; i++) {
            assertTrue(inked(".chart canvas", i) > 300, "chart " + i + " is drawn");
        }
        List<String> before = charts();
        long population = inked(".chart canvas", 0);
        long step0 = number("window.netcapStats.lastStep");

        browser.driver.findElement(By.id("play")).click();
        await("20 steps played", () -> number("window.netcapStats.lastStep") >= step0 + 20);
        browser.driver.findElement(By.id("pause")).click();
        await("the pause", () -> Boolean.FALSE.equals(browser.js("return document.getElementById('play').classList.contains('on')")));
        await("the page to catch up", () -> number("window.netcapStats.lastStep") == server.session(session).step());
        Thread.sleep(300);
        List<String> played = charts();
        for (int i = 0; i < played.size(); i++) {
            if (i % 8 != 4) { // the tie-level bars may look alike after 20 steps; every line chart has moved
                assertNotEquals(before.get(i), played.get(i), "chart " + i + " changed after Play");
            }
        }
        assertTrue(inked(".chart canvas", 0) > population, "the population lines grew");

        // open the trust group and move its first slider three notches right with the keyboard
        WebElement group = browser.driver.findElement(By.cssSelector("details.group[data-group=trust] summary"));
        group.click();
        WebElement slider = browser.driver.findElement(By.cssSelector(".param[data-param=trustGain] input"));
        double old = server.session(session).paramValue("trustGain");
        slider.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        await("the slider's value at the server", () -> Math.abs(server.session(session).paramValue("trustGain") - (old + 0.03)) < 1e-9);
        assertEquals(String.valueOf(Math.round((old + 0.03) * 100) / 100.0),
                browser.driver.findElement(By.cssSelector(".param[data-param=trustGain] output")).getText(), "the slider shows its value");
        List<String> slid = charts();
        long now = server.session(session).step();
        browser.driver.findElement(By.id("step")).click();
        await("a step", () -> number("window.netcapStats.lastStep") == now + 1);
        Thread.sleep(300);
        assertNotEquals(slid, charts(), "the charts change after the slider and a step");
    }

    @Test
    void theMainPageDrawsPlaysAndTakesASlider() throws InterruptedException {
        browser.open(server.url());
        checkDrawnPlayAndSlider("main", 1);
        assertEquals("baseline", browser.js("return document.getElementById('chooser').value"));
        assertTrue(browser.driver.findElement(By.id("info-body")).getText().length() > 100, "the preset's Info text is shown");
        // another preset: the server starts it, the page rebuilds for it and draws it
        String info = browser.driver.findElement(By.id("info-body")).getText();
        for (String preset : List.of("first-followers", "baseline")) {
            long states = number("window.netcapStats.states");
            new Select(browser.driver.findElement(By.id("chooser"))).selectByValue(preset);
            await("the state of " + preset, () -> number("window.netcapStats.states") > states
                    && preset.equals(browser.js("return document.getElementById('chooser').value")));
            assertEquals(preset, server.main().preset().key());
            await("the network of " + preset, () -> inked("canvas.network", 0) > 2_000);
            assertEquals(8, number("document.querySelectorAll('.chart').length"));
            assertEquals(preset.equals("baseline"), browser.driver.findElement(By.id("info-body")).getText().equals(info));
        }
    }

    @Test
    void sideBySideDrawsBothSidesOnSharedAxes() throws InterruptedException {
        Presets.Contrast c = Presets.contrasts().get(0);
        browser.open(server.url() + "side-by-side?contrast=" + c.key() + "&lang=sv");
        checkDrawnPlayAndSlider(c.key(), 2);
        assertEquals("sv", browser.js("return document.documentElement.lang"));
        assertEquals("▶ Kör", browser.driver.findElement(By.id("play")).getText());
        @SuppressWarnings("unchecked")
        List<List<Map<String, Object>>> ranges = (List<List<Map<String, Object>>>) browser.js("return window.netcapCharts()");
        assertEquals(2, ranges.size());
        for (int k = 0; k < ranges.get(0).size(); k++) {
            assertEquals(ranges.get(0).get(k).get("max").toString(), ranges.get(1).get(k).get("max").toString(),
                    "chart " + ranges.get(0).get(k).get("id") + " has one y axis on both sides");
        }
        String differs = server.session(c.key()).differs().iterator().next();
        assertEquals(Boolean.TRUE, browser.js("return document.querySelector('.param[data-param=" + differs + "] input').disabled"),
                "the setting the sides differ in has no slider");
    }

    @Test
    void framesDrawnPerSecondAt500Agents() throws InterruptedException {
        browser.open(server.url());
        await("the page's first state", () -> number("window.netcapStats.draws") >= 1);
        Session s = server.main();
        s.speed(Session.MAX_SPEED);
        s.play();
        Thread.sleep(1000); // warm up
        long draws = number("window.netcapStats.draws");
        long frames = number("window.netcapStats.frames");
        long chartDraws = number("window.netcapStats.chartDraws");
        double net = number("Math.round(window.netcapStats.networkMs)");
        double chartMs = number("Math.round(window.netcapStats.chartsMs)");
        long t0 = System.nanoTime();
        Thread.sleep(4000);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double drawn = (number("window.netcapStats.draws") - draws) / seconds;
        double received = (number("window.netcapStats.frames") - frames) / seconds;
        long n = number("window.netcapStats.draws") - draws;
        net = (number("Math.round(window.netcapStats.networkMs)") - net) / Math.max(1, n);
        chartMs = (number("Math.round(window.netcapStats.chartsMs)") - chartMs) / Math.max(1, number("window.netcapStats.chartDraws") - chartDraws);
        double chartRate = (number("window.netcapStats.chartDraws") - chartDraws) / seconds;
        s.pause();
        s.speed(Session.DEFAULT_SPEED);
        System.out.printf("web page at %d agents: %.1f frames drawn/s, %.1f frames received/s (server asked for %d steps/s);"
                        + " network %.1f ms a frame; charts %.1f times/s, %.1f ms each%n", 500, drawn, received, Session.MAX_SPEED, net, chartRate, chartMs);
        assertTrue(drawn >= 3, "at least 3 frames drawn per second, was " + drawn);
    }
}
