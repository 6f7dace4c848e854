package netcap.spec;

import netcap.model.NetcapModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The size of an experiment before it runs: its design points and runs, an estimate of the disk
 * its outputs take and (after a short timed pilot run) of the time it takes. {@code netcap run
 * --dry-run} prints it; {@code netcap run} refuses to start an experiment above
 * {@link #MAX_RUNS} runs or {@link #MAX_BYTES} bytes of estimated output without {@code --yes}.
 *
 * <p>Both figures are estimates. The time is that of a pilot run (replicate 0 of the first point
 * for {@link #PILOT_STEPS} steps; building the model is timed apart from the steps; repeated up to
 * three times within 5 s, the fastest counting, as the first ones also pay for loading and
 * compiling the code), scaled by
 * each point's agents / the first point's agents, by steps and by runs, and divided by the
 * threads. The disk is {@link #BYTES_PER_CELL} bytes per number of {@code timeseries.csv} and
 * {@code summary.csv} (and {@code agents.csv} when asked) times their rows, twice over (the runs'
 * part files are kept until the end), plus {@link #BYTES_PER_SNAPSHOT_AGENT} bytes per agent and
 * GraphML snapshot.
 */
public record Estimate(int points, long runs, boolean adaptive, long bytes, double seconds, boolean timed) {
    /** Above this many runs, {@code netcap run} asks for {@code --yes}. */
    public static final long MAX_RUNS = 100_000;
    /** Above this many bytes of estimated output (10 GB), {@code netcap run} asks for {@code --yes}. */
    public static final long MAX_BYTES = 10_000_000_000L;
    /** The steps of the pilot run that times the model. */
    public static final int PILOT_STEPS = 5;
    /** Estimated bytes of a number in a CSV output (digits and comma). */
    public static final int BYTES_PER_CELL = 12;
    /** Estimated bytes per agent of a GraphML snapshot (its node and its share of the edges). */
    public static final int BYTES_PER_SNAPSHOT_AGENT = 600;
    /** Cells of an {@code agents.csv} row besides the social-capital columns. */
    private static final int AGENT_CELLS = 21;

    /** The figures of {@code spec}; with {@code pilot}, a pilot run times the model. */
    public static Estimate of(Spec spec, int threads, boolean pilot) {
        List<Point> points = spec.points();
        int reps = spec.adaptive == null ? spec.replications : spec.adaptive.max();
        long runs = (long) points.size() * reps;
        int[] agents = agents(spec, points);
        long agentTotal = 0;
        for (int a : agents) {
            agentTotal += a;
        }
        // disk: timeseries rows, summary rows, agents rows, snapshots; the parts double the tables
        long tsRows = spec.steps / spec.every + 1 + (spec.steps % spec.every == 0 ? 0 : 1);
        int keyCells = 4 + spec.varyingKeys().size();
        double tsBytes = (double) runs * tsRows * (keyCells + spec.metrics.size()) * BYTES_PER_CELL;
        double summaryBytes = (double) runs * (keyCells + 2 * spec.metrics.size()) * BYTES_PER_CELL;
        double agentBytes = 0;
        if (spec.agentsEvery > 0) {
            long rowsPerAgent = spec.steps / spec.agentsEvery + 1;
            int cells = AGENT_CELLS + netcap.metrics.SocialCapital.columns(spec.layers).size();
            agentBytes = (double) agentTotal * reps * rowsPerAgent * cells * BYTES_PER_CELL;
        }
        double snapshotBytes = (double) agentTotal * reps * spec.snapshots.size() * BYTES_PER_SNAPSHOT_AGENT;
        double bytes = 2 * (tsBytes + summaryBytes + agentBytes) + snapshotBytes;
        double seconds = Double.NaN;
        if (pilot && !points.isEmpty()) {
            // up to three pilots while they are short, the fastest counting: the first ones also pay for loading and compiling the code
            long start = System.nanoTime();
            double perRun = pilotSecondsPerRun(spec, points.get(0));
            for (int i = 0; i < 2 && System.nanoTime() - start < 5_000_000_000L; i++) {
                perRun = Math.min(perRun, pilotSecondsPerRun(spec, points.get(0)));
            }
            double perAgent = perRun / Math.max(1, agents[0]);
            seconds = perAgent * agentTotal * reps / Math.max(1, Math.min(threads, runs));
        }
        return new Estimate(points.size(), runs, spec.adaptive != null, (long) Math.min(Long.MAX_VALUE, bytes), seconds, pilot);
    }

    /** The agents of every point (the first point's count for all when no network key varies). */
    private static int[] agents(Spec spec, List<Point> points) {
        int[] out = new int[points.size()];
        if (out.length == 0) {
            return out;
        }
        boolean varies = spec.varyingKeys().stream().anyMatch(k -> k.startsWith("network."));
        int first = points.get(0).generator(spec).nodes();
        for (int i = 0; i < out.length; i++) {
            out[i] = varies && i > 0 ? points.get(i).generator(spec).nodes() : first;
        }
        return out;
    }

    /** Times replicate 0 of {@code p} for {@link #PILOT_STEPS} steps and scales the steps to the spec's. */
    private static double pilotSecondsPerRun(Spec spec, Point p) {
        int steps = Math.min(PILOT_STEPS, spec.steps);
        long t0 = System.nanoTime();
        NetcapModel model = new NetcapModel(spec.runKey(p, 0), p.params(spec), p.generator(spec), spec.layers, p.disabled(spec), 1);
        model.start();
        long t1 = System.nanoTime();
        try {
            for (int t = 1; t <= steps; t++) {
                model.schedule.step(model);
            }
        } finally {
            model.finish();
        }
        long t2 = System.nanoTime();
        double build = (t1 - t0) / 1e9;
        double perStep = steps == 0 ? 0 : (t2 - t1) / 1e9 / steps;
        return build + perStep * spec.steps;
    }

    /** Whether {@code netcap run} needs {@code --yes} to start: more than {@link #MAX_RUNS} runs or {@link #MAX_BYTES} bytes. */
    public boolean aboveLimits() {
        return runs > MAX_RUNS || bytes > MAX_BYTES;
    }

    /** The figures as lines of text, as {@code --dry-run} prints them. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "design points: %d", points));
        out.add(String.format(Locale.ROOT, "runs: %d%s", runs, adaptive ? " at most (adaptive replication)" : ""));
        out.add(String.format(Locale.ROOT, "estimated output: %s on disk at most (an estimate)", size(bytes)));
        if (timed) {
            out.add(String.format(Locale.ROOT, "estimated time: %s (an estimate, scaled from a %d-step pilot run of the first point)",
                    duration(seconds), PILOT_STEPS));
        }
        if (aboveLimits()) {
            out.add(String.format(Locale.ROOT, "above the limits of %d runs or %s of output: netcap run starts it only with --yes",
                    MAX_RUNS, size(MAX_BYTES)));
        }
        return out;
    }

    /** A byte count in B, kB, MB, GB or TB (powers of 1000). */
    public static String size(double bytes) {
        String[] units = {"B", "kB", "MB", "GB", "TB", "PB"};
        int u = 0;
        while (bytes >= 1000 && u < units.length - 1) {
            bytes /= 1000;
            u++;
        }
        return u == 0 ? String.format(Locale.ROOT, "%.0f B", bytes) : String.format(Locale.ROOT, "%.1f %s", bytes, units[u]);
    }

    /** A duration in s, min, h or days. */
    public static String duration(double s) {
        if (Double.isNaN(s)) {
            return "unknown";
        }
        if (s < 120) {
            return String.format(Locale.ROOT, "%.1f s", s);
        }
        if (s < 7200) {
            return String.format(Locale.ROOT, "%.0f min", s / 60);
        }
        if (s < 172800) {
            return String.format(Locale.ROOT, "%.1f h", s / 3600);
        }
        return String.format(Locale.ROOT, "%.1f days", s / 86400);
    }
}
