package netcap.bench;

import netcap.model.NetcapModel;
import sim.engine.Schedule;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-mechanism timing of a {@link NetcapModel} without touching its code: clock steppables
 * scheduled at orderings between the model's mechanisms ({@link netcap.api.StepOrder}) record the
 * time each segment of the step takes. The segments are the step's preparation ("begin"), each
 * mechanism, and the metrics row.
 */
public final class StepTimer {
    /** Segment names and the ordering of the clock that ends each (the clock before the first is at -1000). */
    private static final String[] NAMES = {
        "begin", "joining", "activation", "socialization", "externalization", "combination", "internalization",
        "forgetting", "exchange", "contribution", "trust", "ties", "tieFormation", "satisfaction", "strategyUpdate", "metrics"};
    private static final int[] END_ORDER = {1, 6, 11, 21, 31, 41, 51, 61, 63, 66, 71, 81, 91, 101, 111, 1001};

    private final long[] nanos = new long[NAMES.length];
    private long last;
    private long steps;

    private StepTimer() {
    }

    /** Attaches clocks to a started model; they run with every later {@code schedule.step}. */
    public static StepTimer attach(NetcapModel m) {
        StepTimer t = new StepTimer();
        m.schedule.scheduleRepeating(Schedule.EPOCH, -1000, state -> t.last = System.nanoTime(), 1.0);
        for (int s = 0; s < NAMES.length; s++) {
            final int seg = s;
            m.schedule.scheduleRepeating(Schedule.EPOCH, END_ORDER[s], state -> {
                long now = System.nanoTime();
                t.nanos[seg] += now - t.last;
                t.last = now;
                if (seg == NAMES.length - 1) {
                    t.steps++;
                }
            }, 1.0);
        }
        return t;
    }

    /** Forgets what was recorded so far. */
    public void reset() {
        java.util.Arrays.fill(nanos, 0);
        steps = 0;
    }

    /** Mean milliseconds per step of each segment since the last {@link #reset()}. */
    public Map<String, Double> msPerStep() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int s = 0; s < NAMES.length; s++) {
            out.put(NAMES[s], steps == 0 ? 0 : nanos[s] / 1e6 / steps);
        }
        return out;
    }
}
