package netcap.calibrate;

import netcap.experiment.Batches;
import netcap.experiment.RunFolder;
import netcap.model.NetcapModel;
import netcap.model.observation.TimeSeries;
import netcap.random.Streams;
import netcap.spec.Point;
import netcap.spec.Spec;
import netcap.util.Tasks;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Simulates candidates: the spec's model with the candidate's parameter values, {@code replications}
 * times with the run keys {@code Streams.runKey(seed, 0, r)} (common random numbers: every candidate
 * sees the same noise), and returns for each replicate the model's value of every target row. The
 * (candidate, replicate) runs go to a pool of threads, or with {@code --engine spark} each to an
 * Apache Spark task ({@link Batches}); the results are collected by index, so they do not depend
 * on the number of threads or the engine. Nothing is written.
 */
public final class Simulator implements AutoCloseable {
    private final Spec spec;
    private final CalibrationSpec cal;
    /** netcap's own threads, or null when the batches go to {@link #batches}. */
    private final ExecutorService pool;
    /** Where the batches go instead of the pool (Apache Spark), or null; closed with the simulator. */
    private final Batches batches;
    /** The task each (candidate, replicate) is on {@link #batches} (null without). */
    private final SimTask task;

    /** A simulator whose batches go to {@code batches} (each (candidate, replicate) one task), or to {@code threads} threads when null. */
    public Simulator(Spec spec, CalibrationSpec cal, int threads, Batches batches) {
        this.spec = spec;
        this.cal = cal;
        this.batches = batches;
        this.task = batches == null ? null : new SimTask(spec.name, RunFolder.resolvedYaml(spec), cal);
        this.pool = batches != null ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "netcap-calibrate");
            t.setDaemon(true);
            return t;
        });
    }

    /** The number of values of one replicate: the rows of all targets. */
    public int values() {
        return cal.targetRows();
    }

    private static Point point(CalibrationSpec cal, double[] theta) {
        Map<String, Object> v = new LinkedHashMap<>();
        for (int i = 0; i < theta.length; i++) {
            v.put(cal.names().get(i), theta[i]);
        }
        return new Point(0, v);
    }

    /** For each candidate, for each replicate, the model's value of every target row. */
    public double[][][] simulate(List<double[]> thetas) {
        List<Sim> sims = new ArrayList<>();
        for (double[] theta : thetas) {
            for (int r = 0; r < cal.replications(); r++) {
                sims.add(new Sim(theta, r));
            }
        }
        List<double[]> values;
        if (batches != null) {
            values = batches.map(sims, task);
        } else {
            List<Future<double[]>> futures = new ArrayList<>();
            for (Sim s : sims) {
                futures.add(pool.submit(() -> run(spec, cal, s.theta(), s.replicate())));
            }
            values = new ArrayList<>();
            for (Future<double[]> f : futures) {
                values.add(Tasks.await(f));
            }
        }
        double[][][] out = new double[thetas.size()][cal.replications()][];
        for (int k = 0; k < sims.size(); k++) {
            out[k / cal.replications()][k % cal.replications()] = values.get(k);
        }
        return out;
    }

    /** One replicate of one candidate of a spec. */
    static double[] run(Spec spec, CalibrationSpec cal, double[] theta, int replicate) {
        Point point = point(cal, theta);
        long key = Streams.runKey(spec.seed, 0, replicate);
        NetcapModel model = new NetcapModel(key, point.params(spec), point.generator(spec), spec.layers, point.disabled(spec), 1);
        model.start();
        try {
            for (int t = 1; t <= spec.steps; t++) {
                model.schedule.step(model);
            }
        } finally {
            model.finish();
        }
        return values(cal, model.series, model.agents.size());
    }

    /** The value of every target row in a run's time series (rows indexed by step). */
    static double[] values(CalibrationSpec cal, TimeSeries ts, int agents) {
        List<double[]> rows = ts.rows();
        double[] out = new double[cal.targetRows()];
        int k = 0;
        for (Target t : cal.targets()) {
            if (t.kind().equals("network")) {
                out[k++] = statistic(t.metric(), ts, rows.get(rows.size() - 1));
                continue;
            }
            int c = ts.columnIndex(t.metric());
            for (int[] steps : t.steps()) {
                double v;
                switch (t.combine()) {
                    case "last" -> v = rows.get(steps[steps.length - 1])[c];
                    case "mean" -> {
                        double s = 0;
                        for (int st : steps) {
                            s += rows.get(st)[c];
                        }
                        v = s / steps.length;
                    }
                    default -> {
                        double s = 0;
                        for (int st : steps) {
                            s += rows.get(st)[c];
                        }
                        v = s;
                    }
                }
                out[k++] = t.scale().equals("agents") ? v / agents : v;
            }
        }
        return out;
    }

    /** A statistic of the end state, from the last row of the time series. */
    static double statistic(String name, TimeSeries ts, double[] last) {
        switch (name) {
            case "meanDegree":
            case "clustering":
                return last[ts.columnIndex(name)];
            case "largestComponentShare": {
                double members = last[ts.columnIndex("members")];
                return members == 0 ? 0 : last[ts.columnIndex("largestComponent")] / members;
            }
            default: { // levelShareK: the share of the ties between members at level K
                int level = name.charAt(name.length() - 1) - '0';
                double total = 0;
                for (int l = 0; l <= 4; l++) {
                    total += last[ts.columnIndex("tieLevel" + l)];
                }
                return total == 0 ? 0 : last[ts.columnIndex("tieLevel" + level)] / total;
            }
        }
    }

    /** The mean over replicates of each value. */
    static double[] mean(double[][] reps) {
        double[] m = new double[reps[0].length];
        for (double[] r : reps) {
            for (int i = 0; i < m.length; i++) {
                m[i] += r[i];
            }
        }
        for (int i = 0; i < m.length; i++) {
            m[i] /= reps.length;
        }
        return m;
    }

    /** The distance of a candidate's replicate values: sqrt of the sum over targets of their discrepancies. */
    static double distance(CalibrationSpec cal, double[][] reps) {
        double[] m = mean(reps);
        double sum = 0;
        int k = 0;
        for (Target t : cal.targets()) {
            double[] part = java.util.Arrays.copyOfRange(m, k, k + t.rows());
            k += t.rows();
            sum += t.discrepancy(part);
        }
        return Math.sqrt(sum);
    }

    /** The values of one target, scaled as compared (total: divided by their sum), from a row of all values. */
    static double[] scaled(CalibrationSpec cal, int target, double[] all) {
        int k = 0;
        for (int i = 0; i < target; i++) {
            k += cal.targets().get(i).rows();
        }
        Target t = cal.targets().get(target);
        return t.scaleTotal(java.util.Arrays.copyOfRange(all, k, k + t.rows()));
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
        if (batches != null) {
            batches.close();
        }
    }

    /** A simulation of a batch: a candidate and a replicate. */
    record Sim(double[] theta, int replicate) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * A simulation as a task of another engine: the resolved spec as text (parsed once per JVM),
     * the calibration block as read by the driver (with its observed data), the candidate and
     * replicate; returns what {@link #run} returns on netcap's own threads.
     */
    static final class SimTask implements Batches.Task<Sim, double[]> {
        private static final long serialVersionUID = 1L;
        private static final Map<String, Spec> PARSED = new ConcurrentHashMap<>();
        private final String name;
        private final String yaml;
        private final CalibrationSpec cal;

        SimTask(String name, String yaml, CalibrationSpec cal) {
            this.name = name;
            this.yaml = yaml;
            this.cal = cal;
        }

        @Override
        public double[] call(Sim sim) {
            Spec spec = PARSED.computeIfAbsent(yaml, y -> Spec.parse(name + ".yaml", y, null, List.of()));
            return run(spec, cal, sim.theta(), sim.replicate());
        }
    }
}
