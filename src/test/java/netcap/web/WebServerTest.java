package netcap.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import netcap.gui.Presets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The browser view's server over real HTTP: what it refuses, what it serves, and that every page sees the same frames. */
class WebServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static WebServer server;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws IOException {
        server = new WebServer("127.0.0.1", 0, "en", Presets.find("baseline"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> post(String command, String session, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "api/" + command + "?session=" + session))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertRefused(int status, String expected, HttpResponse<String> r) {
        assertEquals(status, r.statusCode(), r.body());
        String body = r.body();
        assertTrue(body.contains(expected), body);
        assertEquals(1, body.strip().lines().count(), "one line: " + body);
        assertFalse(body.contains("Exception") || body.contains("\tat ") || body.contains(".java:"), "no stack trace: " + body);
    }

    @Test
    void badRequestsGet400AndOneLineAndTheServerKeepsRunning() throws Exception {
        assertRefused(400, "unknown preset 'basline'; did you mean 'baseline'?", post("preset", "main", "{\"preset\":\"basline\"}"));
        assertRefused(400, "trustGain must be in 0..1, was 1.5", post("param", "main", "{\"name\":\"trustGain\",\"value\":1.5}"));
        assertRefused(400, "trustGain must be in 0..1, was -0.1", post("param", "main", "{\"name\":\"trustGain\",\"value\":-0.1}"));
        assertRefused(400, "unknown parameter 'trustGian'", post("param", "main", "{\"name\":\"trustGian\",\"value\":0.1}"));
        assertRefused(400, "must be a number", post("param", "main", "{\"name\":\"trustGain\",\"value\":\"lots\"}"));
        assertRefused(400, "must be true or false", post("param", "main", "{\"name\":\"physicalLayer\",\"value\":0.5}"));
        assertRefused(400, "malformed JSON", post("step", "main", "{\"steps\": "));
        assertRefused(400, "malformed JSON", post("step", "main", "{steps: 1}"));
        assertRefused(400, "must be a JSON object", post("step", "main", "[1, 2]"));
        assertRefused(400, "steps must be 1..500, was 100000", post("step", "main", "{\"steps\": 100000}"));
        assertRefused(400, "\"steps\" must be a whole number", post("step", "main", "{\"steps\": 1.5}"));
        assertRefused(400, "speed must be 1..60", post("speed", "main", "{\"speed\": 0}"));
        assertRefused(400, "unknown contrast 'online-vs-ofline'; did you mean 'online-vs-offline'?", post("play", "online-vs-ofline", "{}"));
        assertRefused(400, "unknown contrast", get("side-by-side?contrast=nothing-like-it"));
        assertRefused(404, "no such command: launch", post("launch", "main", "{}"));
        assertRefused(415, "Content-Type: application/json", HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "api/play"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString()));
        assertRefused(413, "over 64 KiB", post("step", "main", "{\"x\":\"" + "a".repeat(70_000) + "\"}"));
        // a refused value changes nothing; the server still answers and steps
        JsonNode state = JSON.readTree(get("api/state").body());
        assertEquals(0.05, state.get("params").get(0).get("trustGain").asDouble(), 1e-12);
        long before = server.main().step();
        HttpResponse<String> ok = post("step", "main", "{\"steps\": 2}");
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals(before + 2, server.main().step());
    }

    /** The status line of a request sent byte for byte as given (no client normalizes the path). */
    private static String raw(String path) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
            StringBuilder all = new StringBuilder();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                all.append(line).append('\n');
            }
            return all.toString();
        }
    }

    @Test
    void servesOnlyItsOwnFilesWhateverThePath() throws Exception {
        for (String path : List.of("/", "/side-by-side", "/static/app.js", "/static/style.css", "/static/uPlot.iife.min.js", "/static/uPlot.min.css")) {
            HttpResponse<String> r = get(path.substring(1));
            assertEquals(200, r.statusCode(), path);
            assertFalse(r.body().isBlank(), path);
        }
        assertTrue(get("static/uPlot.iife.min.js").body().contains("uPlot"));
        for (String path : List.of("/../pom.xml", "/static/../../pom.xml", "/static/../pom.xml", "/%2e%2e/%2e%2e/etc/passwd",
                "/static/%2e%2e/%2e%2e/pom.xml", "/static/..%2f..%2fpom.xml", "/static/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
                "/..\\..\\pom.xml", "/static/..\\app.js", "//etc/passwd", "/static//etc/passwd", "/etc/passwd", "/pom.xml",
                "/C:/Windows/win.ini", "/file:///etc/passwd", "/netcap/web/app.js", "/netcap/web/index.html",
                "/META-INF/MANIFEST.MF", "/META-INF/resources/webjars/uplot/1.6.30/dist/uPlot.iife.min.js",
                "/presets/baseline.yaml", "/netcap/gui/Presets.class", "/static/app.js%00.html", "/static/app.js/..",
                "/static/./app.js", "/static/uPlot.iife.min.js/../../../pom.xml", "/static/", "/static", "/index.html")) {
            String answer = raw(path);
            String status = answer.lines().findFirst().orElse("");
            assertTrue(status.matches("HTTP/1\\.1 (400|404) .*"), path + " -> " + status);
            assertFalse(answer.contains("<project") || answer.contains("root:") || answer.contains("Manifest-Version")
                    || answer.contains("function") || answer.contains("<html") || answer.contains("scenarios:") || answer.contains("CAFEBABE"), path + " leaked: " + answer);
        }
        assertTrue(raw("/api/state").startsWith("HTTP/1.1 200"), "still running");
    }

    /** A page's stream: its messages in order (event and data), read on a thread of its own. */
    private static final class Page implements AutoCloseable {
        final List<String> messages = new CopyOnWriteArrayList<>();
        private final Thread reader;
        private volatile Stream<String> lines;

        Page(String session) {
            reader = new Thread(() -> {
                try {
                    HttpResponse<Stream<String>> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "api/events?session=" + session))
                            .build(), HttpResponse.BodyHandlers.ofLines());
                    lines = r.body();
                    StringBuilder m = new StringBuilder();
                    lines.forEach(line -> {
                        if (line.isEmpty()) {
                            if (m.length() > 0 && !m.toString().startsWith("retry:")) {
                                messages.add(m.toString());
                            }
                            m.setLength(0);
                        } else {
                            m.append(line).append('\n');
                        }
                    });
                } catch (Exception e) {
                    // closed
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        List<String> frames() {
            return messages.stream().filter(m -> m.startsWith("event: frame")).toList();
        }

        void await(java.util.function.Predicate<Page> done) throws InterruptedException {
            long end = System.nanoTime() + 20_000_000_000L;
            while (!done.test(this) && System.nanoTime() < end) {
                Thread.sleep(20);
            }
            assertTrue(done.test(this), "timed out; got " + messages.size() + " messages");
        }

        @Override
        public void close() {
            if (lines != null) {
                lines.close();
            }
            reader.interrupt();
        }
    }

    private static long step(String message) throws IOException {
        return JSON.readTree(message.substring(message.indexOf("data: ") + 6)).get("step").asLong();
    }

    @Test
    void twoPagesWatchingOneModelReceiveTheSameFramesInTheSameOrder() throws Exception {
        Presets.Contrast c = Presets.contrasts().get(0);
        Session s = server.session(c.key());
        try (Page a = new Page(c.key()); Page b = new Page(c.key())) {
            a.await(p -> !p.messages.isEmpty());
            b.await(p -> !p.messages.isEmpty());
            assertTrue(a.messages.get(0).startsWith("event: state"), a.messages.get(0).substring(0, 40));
            long start = s.step();
            assertEquals(200, post("step", c.key(), "{\"steps\": 3}").statusCode());
            assertEquals(200, post("param", c.key(), "{\"name\":\"trustGain\",\"value\":0.2}").statusCode());
            assertEquals(200, post("speed", c.key(), "{\"speed\": 60}").statusCode());
            assertEquals(200, post("play", c.key(), "{}").statusCode());
            a.await(p -> p.frames().size() >= 12);
            assertEquals(200, post("pause", c.key(), "{}").statusCode());
            long end = s.step();
            for (Page p : List.of(a, b)) { // every page has everything up to the pause
                p.await(q -> q.frames().size() == end - start && q.messages.get(q.messages.size() - 1).startsWith("event: control")
                        && q.messages.get(q.messages.size() - 1).contains("\"playing\":false"));
            }
            assertEquals(a.messages, b.messages);
            List<Long> steps = new ArrayList<>();
            for (String f : a.frames()) {
                steps.add(step(f));
                JsonNode sides = JSON.readTree(f.substring(f.indexOf("data: ") + 6)).get("sides");
                assertEquals(2, sides.size());
                assertEquals(500, sides.get(0).get("cls").size());
            }
            for (int i = 0; i < steps.size(); i++) {
                assertEquals(start + 1 + i, steps.get(i), "frames in step order, none missing");
            }
            assertTrue(a.messages.stream().anyMatch(m -> m.startsWith("event: params") && m.contains("\"trustGain\":0.2")));
            // the setting the two sides differ in has no slider
            for (String d : s.differs()) {
                assertRefused(400, "the setting the two sides differ in", post("param", c.key(),
                        "{\"name\":\"" + d + "\",\"value\":" + (netcap.model.ParamRegistry.find(d).key().kind() == netcap.schema.Key.Kind.BOOLEAN ? "true" : "0.5") + "}"));
            }
            assertFalse(s.differs().isEmpty(), "a contrast differs in at least one taught setting");
            // a late page starts from the whole state now
            try (Page late = new Page(c.key())) {
                late.await(p -> !p.messages.isEmpty());
                assertTrue(late.messages.get(0).startsWith("event: state"));
                assertEquals(end, step(late.messages.get(0)));
                JsonNode st = JSON.readTree(late.messages.get(0).substring(late.messages.get(0).indexOf("data: ") + 6));
                assertEquals(end + 1, st.get("sides").get(0).get("rows").size(), "every chart row since the start");
                assertEquals(0.2, st.get("params").get(1).get("trustGain").asDouble(), 1e-12);
            }
        }
    }
}
