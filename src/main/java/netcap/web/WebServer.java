package netcap.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import netcap.gui.Messages;
import netcap.gui.Presets;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The browser view's HTTP server (the JDK's {@code com.sun.net.httpserver}): the two pages, their
 * script and style, uPlot from its WebJar, and a small JSON API. Pages and files come only from a
 * fixed list of class-path resources, never from the file system: any other path is 404. A bad
 * request (unknown preset or parameter, a value out of its slider's range, malformed JSON) gets
 * 400 and one line of text; the server keeps running.
 *
 * <pre>
 * GET  /                          the live view of one model
 * GET  /side-by-side?contrast=K   two models side by side
 * GET  /api/meta?session=S&amp;lang=L  texts, presets, contrasts, sliders, Info text, colours
 * GET  /api/events?session=S      server-sent events: first the whole state, then a frame per step
 * GET  /api/state?session=S       the whole state once (for a page drawn without a stream)
 * POST /api/play|pause|reset|step|preset|param|speed?session=S   {"steps":N} {"preset":K} {"name":P,"value":V} {"speed":N}
 * </pre>
 * S is {@code main} or a contrast's key (default {@code main}).
 */
public final class WebServer implements AutoCloseable {
    /** Streams open at once; beyond, a new one is refused with 503. */
    public static final int MAX_STREAMS = 200;
    /** Largest request body read. */
    static final int MAX_BODY = 64 * 1024;
    /** Where uPlot's files are in its WebJar (the page and the replay use the same version). */
    public static final String UPLOT = "META-INF/resources/webjars/uplot/1.6.30/dist/";
    /** Every file served: its path on the server and its class-path resource. */
    static final Map<String, String> FILES = Map.of(
            "/", "netcap/web/index.html",
            "/side-by-side", "netcap/web/index.html",
            "/static/app.js", "netcap/web/app.js",
            "/static/style.css", "netcap/web/style.css",
            "/static/uPlot.iife.min.js", UPLOT + "uPlot.iife.min.js",
            "/static/uPlot.min.css", UPLOT + "uPlot.min.css");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ThreadPoolExecutor executor;
    private final String lang;
    private final Session main;
    private final Map<String, Session> sides = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger streams = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * Starts a server on {@code host}:{@code port} (0: a free port).
     *
     * @param lang   the pages' language when a page does not ask for one
     * @param preset the main page's first preset
     * @throws java.net.BindException when the port is taken
     */
    public WebServer(String host, int port, String lang, Presets.Preset preset) throws IOException {
        this.lang = Messages.of(lang).lang();
        this.main = Session.of(preset);
        server = HttpServer.create(new InetSocketAddress(host, port), 64);
        executor = new ThreadPoolExecutor(2, MAX_STREAMS + 16, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "netcap-web-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The address pages are served at, e.g. {@code http://127.0.0.1:8080/}. */
    public String url() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().isAnyLocalAddress() ? "localhost" : a.getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The main page's session. */
    public Session main() {
        return main;
    }

    /**
     * The session called {@code id}: {@code main} or a contrast's key (its side-by-side session is
     * made when first asked for).
     *
     * @throws IllegalArgumentException for an unknown contrast, naming the closest and listing all
     */
    public Session session(String id) {
        if (id == null || id.isEmpty() || id.equals("main")) {
            return main;
        }
        Presets.Contrast c = Presets.contrast(id);
        return sides.computeIfAbsent(c.key(), k -> Session.of(c));
    }

    @Override
    public void close() {
        server.stop(0);
        main.close();
        sides.values().forEach(Session::close);
        executor.shutdownNow();
    }

    // ------------------------------------------------------------------ requests

    /** A request the server refuses: its status and one line. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    private void handle(HttpExchange ex) {
        try (ex) {
            try {
                route(ex);
            } catch (Refused e) {
                send(ex, e.status, "text/plain; charset=utf-8", oneLine(e.getMessage()));
            } catch (IllegalArgumentException | netcap.InputException e) {
                send(ex, 400, "text/plain; charset=utf-8", oneLine(e.getMessage()));
            } catch (IOException e) {
                // the browser went away: nothing to answer
            } catch (RuntimeException e) {
                send(ex, 500, "text/plain; charset=utf-8", oneLine("internal error: " + e));
            }
        } catch (IOException | RuntimeException ignored) {
            // the answer could not be sent: the browser went away
        }
    }

    private void route(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath();
        String method = ex.getRequestMethod();
        Map<String, String> query = query(ex.getRequestURI().getRawQuery());
        if (path.startsWith("/api/")) {
            String command = path.substring(5);
            Session s = session(query.get("session"));
            if (method.equals("GET")) {
                switch (command) {
                    case "meta" -> sendJson(ex, Catalog.of(s, Messages.of(query.getOrDefault("lang", "").isBlank() ? lang : query.get("lang"))));
                    case "state" -> send(ex, 200, "application/json", Session.json(s.state()));
                    case "events" -> stream(ex, s);
                    default -> throw new Refused(404, "no such page: " + path);
                }
                return;
            }
            if (!method.equals("POST")) {
                throw new Refused(405, method + " is not allowed here; the API takes GET and POST");
            }
            command(s, command, body(ex));
            sendJson(ex, Map.of("ok", true, "step", s.step()));
            return;
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            throw new Refused(405, method + " is not allowed here; pages are read with GET");
        }
        String resource = FILES.get(path);
        if (resource == null) {
            throw new Refused(404, "no such page: " + path);
        }
        if (path.equals("/side-by-side")) {
            String c = query.get("contrast");
            if (c != null) {
                Presets.contrast(c); // an unknown contrast is a bad request, with its did-you-mean
            }
        }
        try (InputStream in = WebServer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new Refused(404, "no such page: " + path);
            }
            send(ex, 200, type(resource), in.readAllBytes());
        }
    }

    private static void command(Session s, String command, JsonNode body) {
        switch (command) {
            case "play" -> s.play();
            case "pause" -> s.pause();
            case "reset" -> s.reset();
            case "step" -> s.step(body.has("steps") ? integer(body, "steps") : 1);
            case "speed" -> s.speed(integer(body, "speed"));
            case "preset" -> s.preset(text(body, "preset"));
            case "param" -> {
                JsonNode v = body.get("value");
                Object value = v == null ? null : v.isBoolean() ? (Object) v.booleanValue() : v.isNumber() ? (Object) v.doubleValue() : null;
                if (value == null) {
                    throw new IllegalArgumentException("\"value\" must be a number or true/false, was " + v);
                }
                s.param(text(body, "name"), value);
            }
            default -> throw new Refused(404, "no such command: " + command
                    + "; commands: play, pause, step, reset, preset, param, speed");
        }
    }

    private static int integer(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || !v.isNumber() || !v.canConvertToInt() || v.doubleValue() != Math.rint(v.doubleValue())) {
            throw new IllegalArgumentException("\"" + field + "\" must be a whole number, was " + v);
        }
        return v.intValue();
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a text, was " + v);
        }
        return v.textValue();
    }

    /** The JSON object of a POST (an empty body is {}); only with Content-Type application/json, so other sites' forms cannot post. */
    private static JsonNode body(HttpExchange ex) throws IOException {
        String type = String.valueOf(ex.getRequestHeaders().getFirst("Content-Type"));
        if (!type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new Refused(415, "send the command as JSON with Content-Type: application/json");
        }
        byte[] b = ex.getRequestBody().readNBytes(MAX_BODY + 1);
        if (b.length > MAX_BODY) {
            throw new Refused(413, "request body over " + MAX_BODY / 1024 + " KiB");
        }
        if (new String(b, StandardCharsets.UTF_8).isBlank()) {
            return JSON.createObjectNode();
        }
        JsonNode n;
        try {
            n = JSON.readTree(b);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed JSON: " + e.getOriginalMessage());
        }
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("the body must be a JSON object, e.g. {\"steps\": 1}");
        }
        return n;
    }

    /** Server-sent events: the state, then every message of the session, with a comment every 15 s to notice a closed page. */
    private void stream(HttpExchange ex, Session s) throws IOException {
        if (streams.incrementAndGet() > MAX_STREAMS) {
            streams.decrementAndGet();
            throw new Refused(503, "too many pages open (" + MAX_STREAMS + "); close some and reload");
        }
        Session.Subscriber sub = s.subscribe();
        try {
            ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            ex.getResponseHeaders().set("Cache-Control", "no-cache");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            out.write("retry: 1000\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            while (!sub.dropped()) {
                String m = sub.next(15_000);
                out.write((m == null ? ": still here\n\n" : m).getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IllegalStateException e) {
            // dropped: the page reconnects and starts from the state again
        } finally {
            s.unsubscribe(sub);
            streams.decrementAndGet();
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null) {
            return out;
        }
        for (String part : raw.split("&")) {
            int i = part.indexOf('=');
            String k = URLDecoder.decode(i < 0 ? part : part.substring(0, i), StandardCharsets.UTF_8);
            String v = i < 0 ? "" : URLDecoder.decode(part.substring(i + 1), StandardCharsets.UTF_8);
            out.putIfAbsent(k, v);
        }
        return out;
    }

    private static String type(String resource) {
        return resource.endsWith(".html") ? "text/html; charset=utf-8"
                : resource.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
    }

    private static void sendJson(HttpExchange ex, Object tree) throws IOException {
        send(ex, 200, "application/json", JSON.writeValueAsBytes(tree));
    }

    private static void send(HttpExchange ex, int status, String type, String text) throws IOException {
        send(ex, status, type, (text + (type.startsWith("text/plain") ? "\n" : "")).getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-cache");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            ex.getResponseBody().write(body);
        }
    }

    /** A message on one line, without a class name's stack. */
    static String oneLine(String message) {
        return message == null ? "bad request" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
