package netcap.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import netcap.gui.Controls;
import netcap.gui.Presets;
import netcap.model.ParamRegistry;
import netcap.schema.Key;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * What a class watches together: one model (the main page) or two (side by side: the two
 * scenarios of a {@link Presets.Contrast}, same seed), stepped by one thread of its own. Every
 * change (play, pause, step, reset, preset, parameter, speed) takes the session's one lock, so
 * it falls between two steps. After each step the session writes one frame (both sides in one)
 * and hands the same text to every subscriber in the same order; a subscriber that joins gets
 * the whole current state first ({@link #subscribe()}), under the same lock, so it misses no frame
 * and sees none twice.
 *
 * <p>Parameters: the page's sliders set the parameters of the next reset; a live one
 * ({@link Key.Apply#LIVE}) is also written into the running models at once. Side by side, a
 * slider sets both sides, and the settings in which the two scenarios differ have no slider.
 */
public final class Session implements AutoCloseable {
    /** Steps per second while playing: allowed range and default. */
    public static final int MIN_SPEED = 1;
    public static final int MAX_SPEED = 60;
    public static final int DEFAULT_SPEED = 10;
    /** Frames a subscriber may fall behind before it is dropped (its browser reconnects and gets the state anew). */
    static final int QUEUE = 2000;
    /** Most steps one "step" request may ask for. */
    public static final int MAX_STEPS = 500;

    private static final JsonFactory JSON = new JsonFactory();

    /** {@code main}, or the contrast's key. */
    public final String id;
    private final Presets.Contrast contrast;
    private final Object lock = new Object();
    private List<Presets.Preset> presets;
    /** Per side, the parameters of the next reset, set as the MASON window's Model tab sets them. */
    private List<Controls> next;
    private List<Side> sides = List.of();
    private boolean playing;
    private int speed = DEFAULT_SPEED;
    private volatile boolean closed;
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final Thread stepper;

    /** The main page's session on {@code preset}. */
    public static Session of(Presets.Preset preset) {
        return new Session("main", null, List.of(preset));
    }

    /** A side-by-side session on a contrast. */
    public static Session of(Presets.Contrast c) {
        return new Session(c.key(), c, List.of(c.a(), c.b()));
    }

    private Session(String id, Presets.Contrast contrast, List<Presets.Preset> presets) {
        this.id = id;
        this.contrast = contrast;
        choose(presets);
        stepper = new Thread(this::loop, "netcap-web-" + id);
        stepper.setDaemon(true);
        stepper.start();
    }

    private void choose(List<Presets.Preset> ps) {
        presets = List.copyOf(ps);
        next = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            int side = i;
            next.add(new Controls(() -> side < sides.size() ? sides.get(side).model : null, ps.get(i)));
        }
        build();
    }

    private void build() {
        List<Side> out = new ArrayList<>();
        long seed = presets.get(0).seed(); // side by side: one seed for both (common random numbers)
        for (int i = 0; i < presets.size(); i++) {
            out.add(new Side(presets.get(i), next.get(i).params(), seed));
        }
        sides = out;
    }

    /** The contrast shown, or null on the main page. */
    public Presets.Contrast contrast() {
        return contrast;
    }

    /** The preset of the first (or only) side. */
    public Presets.Preset preset() {
        synchronized (lock) {
            return presets.get(0);
        }
    }

    /** Completed steps. */
    public long step() {
        synchronized (lock) {
            return sides.get(0).steps();
        }
    }

    // ------------------------------------------------------------------ commands

    public void play() {
        synchronized (lock) {
            playing = true;
            lock.notifyAll();
            broadcast(control());
        }
    }

    public void pause() {
        synchronized (lock) {
            playing = false;
            broadcast(control());
        }
    }

    /** Steps {@code n} times now (paused or not), sending a frame after each. */
    public void step(int n) {
        if (n < 1 || n > MAX_STEPS) {
            throw new IllegalArgumentException("steps must be 1.." + MAX_STEPS + ", was " + n);
        }
        synchronized (lock) {
            for (int i = 0; i < n; i++) {
                stepOnce();
            }
        }
    }

    /** Builds the models anew from the parameters set (at-start parameters take effect here) and the preset's seed. */
    public void reset() {
        synchronized (lock) {
            build();
            broadcast(state());
        }
    }

    /** Another preset (main page only): its parameters, then a reset. */
    public void preset(String name) {
        if (contrast != null) {
            throw new IllegalArgumentException("the side-by-side view shows the contrast '" + contrast.key() + "'; choose another contrast instead");
        }
        Presets.Preset p = Presets.find(name);
        synchronized (lock) {
            playing = false;
            choose(List.of(p));
            broadcast(state());
        }
    }

    /** Steps per second while playing. */
    public void speed(int stepsPerSecond) {
        if (stepsPerSecond < MIN_SPEED || stepsPerSecond > MAX_SPEED) {
            throw new IllegalArgumentException("speed must be " + MIN_SPEED + ".." + MAX_SPEED + " steps per second, was " + stepsPerSecond);
        }
        synchronized (lock) {
            speed = stepsPerSecond;
            broadcast(control());
        }
    }

    /**
     * Sets a taught parameter within its slider range for the next reset, and in the running
     * models at once when it is live.
     *
     * @throws IllegalArgumentException for an unknown parameter, a value of the wrong type or out of range,
     *                                  or (side by side) the setting the two sides differ in
     */
    public void param(String name, Object value) {
        if (name == null || !Controls.parameters().contains(name)) {
            throw new IllegalArgumentException("unknown parameter '" + name + "'" + (name == null ? ""
                    : netcap.util.Names.didYouMean(name, Controls.parameters())));
        }
        Key k = ParamRegistry.find(name).key();
        if (k.kind() == Key.Kind.BOOLEAN) {
            if (!(value instanceof Boolean)) {
                throw new IllegalArgumentException(name + " must be true or false, was " + value);
            }
        } else {
            if (!(value instanceof Number num) || !Double.isFinite(num.doubleValue())) {
                throw new IllegalArgumentException(name + " must be a number, was " + value);
            }
            double v = num.doubleValue();
            if (v < k.sliderMin() || v > k.sliderMax()) {
                throw new IllegalArgumentException(name + " must be in " + Key.fmt(k.sliderMin()) + ".." + Key.fmt(k.sliderMax()) + ", was " + Key.fmt(v));
            }
            if ((k.kind() == Key.Kind.INTEGER || k.kind() == Key.Kind.LONG) && v != Math.rint(v)) {
                throw new IllegalArgumentException(name + " must be a whole number, was " + Key.fmt(v));
            }
        }
        synchronized (lock) {
            if (differs().contains(name)) {
                throw new IllegalArgumentException(name + " is the setting the two sides differ in; it has no slider here");
            }
            // as the Model tab does: shares that must sum to at most 1 push their partner down, a live value reaches the running model
            for (Controls c : next) {
                int row = c.index(name);
                if (row >= 0) {
                    c.properties().setValue(row, value);
                }
            }
            broadcast(params());
        }
    }

    /** The value of a numeric parameter for the next reset (of the first side). */
    public double paramValue(String name) {
        synchronized (lock) {
            return ((Number) ParamRegistry.get(next.get(0).params(), name)).doubleValue();
        }
    }

    /** The taught parameters whose values differ between the two sides (none on the main page). */
    public java.util.Set<String> differs() {
        synchronized (lock) {
            java.util.Set<String> out = new TreeSet<>();
            if (next.size() == 2) {
                Map<String, Object> a = ParamRegistry.values(presets.get(0).params());
                Map<String, Object> b = ParamRegistry.values(presets.get(1).params());
                for (String name : Controls.parameters()) {
                    if (!java.util.Objects.equals(a.get(name), b.get(name))) {
                        out.add(name);
                    }
                }
            }
            return out;
        }
    }

    // ------------------------------------------------------------------ frames

    private void stepOnce() {
        for (Side s : sides) {
            s.step();
        }
        broadcast(frame());
    }

    private void loop() {
        long due = System.nanoTime();
        while (!closed) {
            long pause;
            synchronized (lock) {
                while (!playing && !closed) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                    due = System.nanoTime();
                }
                if (closed) {
                    return;
                }
                stepOnce();
                due += 1_000_000_000L / speed;
                long now = System.nanoTime();
                if (due < now - 200_000_000L) {
                    due = now; // fell behind (slow steps): do not race to catch up
                }
                pause = due - now;
            }
            if (pause > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(pause);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** The whole state as one SSE message: positions, every chart row kept, parameters and controls. */
    public String state() {
        synchronized (lock) {
            return event("state", g -> {
                writeControls(g);
                writeParams(g);
                g.writeArrayFieldStart("differs");
                for (String d : differs()) {
                    g.writeString(d);
                }
                g.writeEndArray();
                writeSides(g, true);
            });
        }
    }

    private String frame() {
        return event("frame", g -> {
            writeControls(g);
            writeSides(g, false);
        });
    }

    private String control() {
        return event("control", this::writeControls);
    }

    private String params() {
        return event("params", this::writeParams);
    }

    private void writeControls(JsonGenerator g) throws IOException {
        g.writeStringField("session", id);
        g.writeNumberField("step", sides.get(0).steps());
        g.writeBooleanField("playing", playing);
        g.writeNumberField("speed", speed);
    }

    private void writeParams(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("params");
        for (Controls c : next) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (String name : Controls.parameters()) {
                values.put(name, ParamRegistry.get(c.params(), name));
            }
            g.writeStartObject();
            for (Map.Entry<String, Object> e : values.entrySet()) {
                g.writeFieldName(e.getKey());
                if (e.getValue() instanceof Boolean b) {
                    g.writeBoolean(b);
                } else if (e.getValue() instanceof Number n) {
                    g.writeNumber(n.doubleValue());
                } else {
                    g.writeString(String.valueOf(e.getValue()));
                }
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void writeSides(JsonGenerator g, boolean full) throws IOException {
        g.writeArrayFieldStart("sides");
        for (Side s : sides) {
            s.write(g, full);
        }
        g.writeEndArray();
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    /** One SSE message {@code event: TYPE / data: {"type": TYPE, ...}}. */
    private static String event(String type, Body body) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("type", type);
            body.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "event: " + type + "\ndata: " + w + "\n\n";
    }

    /** The JSON of an SSE message (for a page that loads the state once, without a stream). */
    static String json(String message) {
        int i = message.indexOf("\ndata: ");
        return message.substring(i + 7).strip();
    }

    // ------------------------------------------------------------------ subscribers

    /** A browser's stream: the messages for it, in order. */
    public static final class Subscriber {
        private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(QUEUE);
        private volatile boolean dropped;

        /** The next message, or null after {@code timeoutMs} without one; throws when dropped. */
        public String next(long timeoutMs) throws InterruptedException {
            if (dropped) {
                throw new IllegalStateException("dropped: fell " + QUEUE + " messages behind");
            }
            return queue.poll(timeoutMs, TimeUnit.MILLISECONDS);
        }

        public boolean dropped() {
            return dropped;
        }
    }

    /** A new subscriber whose first message is the whole state now. */
    public Subscriber subscribe() {
        Subscriber s = new Subscriber();
        synchronized (lock) {
            s.queue.add(state());
            subscribers.add(s);
        }
        return s;
    }

    public void unsubscribe(Subscriber s) {
        subscribers.remove(s);
    }

    /** Subscribers now. */
    public int subscribers() {
        return subscribers.size();
    }

    private void broadcast(String message) {
        for (Subscriber s : subscribers) {
            if (!s.queue.offer(message)) {
                s.dropped = true;
                subscribers.remove(s);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (lock) {
            lock.notifyAll();
        }
        stepper.interrupt();
    }
}
