package netcap.experiment;

import netcap.io.AtomicFiles;
import netcap.io.GraphExport;
import netcap.io.GraphMLWriter;
import netcap.metrics.SocialCapital;
import netcap.model.NetcapModel;
import netcap.model.Params;
import netcap.model.observation.TimeSeries;
import netcap.spec.Point;
import netcap.spec.Spec;
import netcap.world.Agents;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One run of a design point: builds the model with the run key {@link Spec#runKey} (common random
 * numbers by default), steps it, and returns its time series rows
 * (every {@code every} steps and the last) and summary values; on request it writes the agents'
 * microdata to the run's part and GraphML snapshots of the network.
 */
final class ModelRun {
    /** The first columns of {@code agents.csv}; {@link #run} writes the rows without the run column. */
    static final String AGENTS_HEADER = "run,point,replicate,seed,step,agent,sourceId,status,strategy,generalTrust,activity,"
            + "propensity,reputation,satisfaction,tacit,explicit,degree,contact,revenue,purchases,sales\n";

    /** Name of the random stream (a child of the run key, one per written step) that draws betweenness pivots. */
    static final String BETWEENNESS_STREAM = "social-capital/betweenness/";

    /** The header of {@code agents.csv} for a spec with these virtual channels. */
    static String agentsHeader(List<String> virtualLayers) {
        return AGENTS_HEADER.substring(0, AGENTS_HEADER.length() - 1) + "," + String.join(",", SocialCapital.columns(virtualLayers)) + "\n";
    }

    private final Spec spec;
    private final List<Point> points;
    private final Columns columns;
    private final RunFolder folder;

    ModelRun(Spec spec, List<Point> points, Columns columns, RunFolder folder) {
        this.spec = spec;
        this.points = points;
        this.columns = columns;
        this.folder = folder;
    }

    /**
     * Test hook: with the system property {@code netcap.test.failRun=P/R} the run of point P,
     * replicate R throws (whatever the engine), as a run with a bug would.
     */
    static final String FAIL_RUN = "netcap.test.failRun";

    /**
     * {@link #run(int, int, int, Map)} with its wall time: the run, when it started and how long it
     * took, and the files it wrote into {@code files} (none when null: they went into the folder).
     */
    RunFolder.Made timed(int pointIndex, int replicate, int modelThreads, Map<String, byte[]> files) {
        long s = System.nanoTime();
        long started = java.time.Instant.now().toEpochMilli();
        RunResult res = run(pointIndex, replicate, modelThreads, files);
        return new RunFolder.Made(res, new RunFolder.Timing((System.nanoTime() - s) / 1e9, started), files == null ? Map.of() : files);
    }

    /**
     * Runs replicate {@code replicate} of point {@code pointIndex} with {@code modelThreads} threads
     * inside the model. The files the run writes
     * (microdata, snapshots) go into the folder, or, when {@code files} is not null, into
     * {@code files} by their name relative to the folder (a Spark task: the driver writes them).
     */
    RunResult run(int pointIndex, int replicate, int modelThreads, Map<String, byte[]> files) {
        Point point = points.get(pointIndex);
        long key = spec.runKey(point, replicate);
        if ((pointIndex + "/" + replicate).equals(System.getProperty(FAIL_RUN))) {
            throw new IllegalStateException("test failure (" + FAIL_RUN + ")");
        }
        Params params = point.params(spec);
        NetcapModel model = new NetcapModel(key, params, point.generator(spec), spec.layers, point.disabled(spec), modelThreads);
        model.recordOnly(columns.metrics()); // the costly columns only when the spec records them
        model.start();
        StringBuilder agents = spec.agentsEvery > 0 ? new StringBuilder() : null;
        try {
            observe(model, 0, pointIndex, replicate, key, agents, files);
            for (int t = 1; t <= spec.steps; t++) {
                model.schedule.step(model);
                observe(model, t, pointIndex, replicate, key, agents, files);
            }
        } finally {
            model.finish();
        }
        if (agents != null) {
            byte[] bytes = agents.toString().getBytes(StandardCharsets.UTF_8);
            emit(RunFolder.agentsName(pointIndex, replicate), o -> o.write(bytes), files);
        }
        List<String> metrics = columns.metrics();
        TimeSeries ts = model.series;
        int[] cols = new int[metrics.size()];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = ts.columnIndex(metrics.get(i));
        }
        List<String> prefix = columns.keyCells(pointIndex, replicate, key);
        List<String> rows = new ArrayList<>();
        List<double[]> all = ts.rows();
        for (int t = 0; t < all.size(); t++) {
            if (t % spec.every != 0 && t != all.size() - 1) {
                continue;
            }
            List<String> cells = new ArrayList<>(prefix);
            for (int c : cols) {
                cells.add(Csv.num(all.get(t)[c]));
            }
            rows.add(Csv.line(cells));
        }
        double[] summary = new double[columns.summary().size()];
        int s = 0;
        for (int i = 0; i < cols.length; i++) {
            if (metrics.get(i).equals("step")) {
                continue;
            }
            double last = all.get(all.size() - 1)[cols[i]];
            double sum = 0;
            for (int t = 1; t < all.size(); t++) {
                sum += all.get(t)[cols[i]];
            }
            summary[s++] = last;
            summary[s++] = all.size() > 1 ? sum / (all.size() - 1) : last;
        }
        return new RunResult(pointIndex, replicate, key, rows, summary);
    }

    private void observe(NetcapModel m, int t, int point, int replicate, long key, StringBuilder agents, Map<String, byte[]> files) {
        if (agents != null && t % spec.agentsEvery == 0) {
            Agents a = m.agents;
            int d = a.domains;
            boolean[] member = new boolean[m.network.nodes()];
            for (int i = 0; i < member.length; i++) {
                member[i] = a.status[i] == Agents.MEMBER;
            }
            // once per written step; the pivots (only above the exact limit) come from a stream of this run and step
            SocialCapital.Measures sc = SocialCapital.of(m.network, member, SocialCapital.EXACT_BETWEENNESS_LIMIT,
                    SocialCapital.BETWEENNESS_PIVOTS, m.stream(BETWEENNESS_STREAM + t));
            int all = sc.layers();
            for (int i = 0; i < a.size(); i++) {
                double tacit = 0;
                double explicit = 0;
                for (int q = i * d; q < (i + 1) * d; q++) {
                    tacit += a.tacit[q];
                    explicit += a.explicit[q];
                }
                agents.append(point).append(',').append(replicate).append(',').append(key).append(',')
                        .append(t).append(',').append(i).append(',').append(m.sourceId[i]).append(',')
                        .append(GraphExport.STATUS_NAMES.get(a.status[i])).append(',')
                        .append(GraphExport.STRATEGY_NAMES.get(a.strategy[i])).append(',')
                        .append(Csv.num(a.generalTrust[i])).append(',')
                        .append(Csv.num(a.activity[i])).append(',')
                        .append(Csv.num(a.propensity[i])).append(',')
                        .append(Csv.num(a.reputation[i])).append(',')
                        .append(Csv.num(a.satisfaction[i])).append(',')
                        .append(Csv.num(tacit)).append(',')
                        .append(Csv.num(explicit)).append(',')
                        .append(m.network.degree(i)).append(',')
                        .append(GraphExport.CONTACT_NAMES.get(a.contact[i])).append(',')
                        .append(Csv.num(a.revenue[i])).append(',')
                        .append(a.purchases[i]).append(',')
                        .append(a.sales[i]);
                if (i < member.length && member[i]) {
                    agents.append(',').append(sc.degree()[all][i]).append(',').append(Csv.num(sc.strength()[all][i]));
                    for (int l = 0; l < all; l++) {
                        agents.append(',').append(sc.degree()[l][i]);
                    }
                    for (int l = 0; l < all; l++) {
                        agents.append(',').append(Csv.num(sc.strength()[l][i]));
                    }
                    for (int[] level : sc.levels()) {
                        agents.append(',').append(level[i]);
                    }
                    SocialCapital.Structure st = sc.structure();
                    agents.append(',').append(Csv.num(st.clustering()[i]))
                            .append(',').append(Csv.num(st.effectiveSize()[i]))
                            .append(',').append(Csv.num(st.constraint()[i]))
                            .append(',').append(Csv.num(st.betweenness().value()[i]))
                            .append(',').append(Csv.num(st.betweenness().standardError()[i]));
                } else {
                    agents.append(",".repeat(2 + 2 * all + 5 + 5)); // not a member: empty cells
                }
                agents.append('\n');
            }
        }
        if (spec.snapshots.contains(t)) {
            GraphExport g = GraphExport.of(m.network, m.agents).addNodeAttribute(GraphExport.Column.ofInt("sourceId", m.sourceId));
            emit(RunFolder.snapshotName(point, replicate, t), o -> GraphMLWriter.write(g, o), files);
        }
    }

    /**
     * Writes a file of the run, named relative to the folder: into the folder, or, when
     * {@code files} is not null, into {@code files} (a Spark task: the driver writes them).
     */
    private void emit(String name, AtomicFiles.Body body, Map<String, byte[]> files) {
        if (files == null) {
            AtomicFiles.write(folder.path().resolve(name), body);
            return;
        }
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        try {
            body.write(b);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        files.put(name, b.toByteArray());
    }
}
