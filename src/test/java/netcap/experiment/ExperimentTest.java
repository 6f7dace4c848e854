package netcap.experiment;

import netcap.cli.CliRun;
import netcap.spec.Spec;
import netcap.spec.SpecException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExperimentTest {
    @TempDir
    Path tmp;

    private static final String SWEEP = """
            name: small-sweep
            seed: 99
            steps: 15
            replications: 3
            network:
              generator: wattsStrogatz
              n: 120
              k: 6
              p: 0.1
            sweep:
              trustGain: [0.02, 0.1]
              network.k: [4, 6]
            """;

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static final List<String> TABLES = List.of("timeseries.csv", "summary.csv", "aggregate.csv");

    @Test
    void outputIsByteIdenticalWhateverTheThreads() throws IOException {
        Path spec = write("sweep.yaml", SWEEP);
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        Experiment.load(spec).threads(1).charts(false).out(one).run();
        Experiment.load(spec).threads(2).charts(false).out(two).run();
        for (String f : TABLES) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f);
        }
        List<String> ts = Files.readAllLines(one.resolve("timeseries.csv"));
        assertTrue(ts.get(0).startsWith("run,point,replicate,seed,trustGain,network.k,step,members"), ts.get(0));
        assertEquals(1 + 4 * 3 * 16, ts.size(), "4 points x 3 replicates x 16 steps");
        List<String> summary = Files.readAllLines(one.resolve("summary.csv"));
        assertEquals(13, summary.size());
        // replicates of a point have distinct seeds, and the seeds are not consecutive
        long s0 = Long.parseLong(summary.get(1).split(",")[3]);
        long s1 = Long.parseLong(summary.get(2).split(",")[3]);
        assertNotEquals(s0, s1);
        assertTrue(Math.abs(s1 - s0) > 1000);
        // a different master seed gives different numbers
        Path other = tmp.resolve("other");
        Experiment.load(spec).set("seed", 100).threads(2).charts(false).out(other).run();
        assertFalse(Files.readString(other.resolve("summary.csv")).equals(Files.readString(one.resolve("summary.csv"))));
    }

    @Test
    void aggregateHoldsMeansAndConfidenceIntervalsOverReplicates() throws IOException {
        Path spec = write("sweep.yaml", SWEEP);
        Path out = tmp.resolve("agg");
        Experiment.load(spec).threads(2).charts(false).out(out).run();
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        List<String> header = List.of(summary.get(0).split(","));
        int col = header.indexOf("totalKnowledgeFinal");
        double[] v = new double[3];
        for (int r = 0; r < 3; r++) {
            v[r] = Double.parseDouble(summary.get(1 + r).split(",")[col]);
        }
        double mean = (v[0] + v[1] + v[2]) / 3;
        String row = Files.readAllLines(out.resolve("aggregate.csv")).stream()
                .filter(l -> l.startsWith("0,") && l.contains(",totalKnowledgeFinal,")).findFirst().orElseThrow();
        String[] cells = row.split(",");
        assertEquals("3", cells[4]);
        assertEquals(mean, Double.parseDouble(cells[5]), 1e-9 * Math.abs(mean));
        double lo = Double.parseDouble(cells[7]);
        double hi = Double.parseDouble(cells[8]);
        assertTrue(lo < mean && mean < hi);
    }

    @Test
    void resumeAfterSigkillGivesTheSameFiles() throws Exception {
        String text = SWEEP.replace("replications: 3", "replications: 6").replace("steps: 15", "steps: 60")
                .replace("n: 120", "n: 400");
        Path spec = write("long.yaml", text);
        Path full = tmp.resolve("full");
        Experiment.load(spec).threads(2).charts(false).out(full).run();

        Path killed = tmp.resolve("killed");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "netcap.cli.Main",
                "run", spec.toString(), "--out", killed.toString(), "--threads", "1", "--quiet")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        Path parts = killed.resolve("parts");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (countFinished(parts) < 3 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(p.isAlive(), "the child must still be running when killed: " + Files.readString(tmp.resolve("child.log")));
        p.destroyForcibly(); // SIGKILL
        p.waitFor();
        int finishedBefore = countFinished(parts);
        assertTrue(finishedBefore >= 3 && finishedBefore < 24, "killed midway, finished " + finishedBefore);
        assertFalse(Files.exists(killed.resolve("timeseries.csv")));

        Runner.Result r = Experiment.load(spec).threads(2).charts(false).out(killed).resume(true).run();
        assertEquals(24, r.runs());
        assertEquals(24 - finishedBefore, r.ranNow());
        for (String f : TABLES) {
            assertArrayEquals(Files.readAllBytes(full.resolve(f)), Files.readAllBytes(killed.resolve(f)), f);
        }
    }

    @Test
    void theJavaApiWritesTheSameFolderAsTheCommandLineChartsIncluded() throws IOException {
        Runner.Result r = javaAndCommandLine(true);
        List<String> files = files(r.folder());
        assertTrue(files.contains("report.html"), files.toString());
        assertTrue(files.stream().anyMatch(f -> f.startsWith("charts/") && f.endsWith(".png")), files.toString());
        assertTrue(files.stream().anyMatch(f -> f.startsWith("charts/") && f.endsWith(".svg")), files.toString());
        assertNotNull(r.charts());
        assertEquals(r.folder().resolve("report.html"), r.charts().report());
    }

    @Test
    void withChartsOffTheFolderHasNeitherChartsNorReport() throws IOException {
        Runner.Result r = javaAndCommandLine(false);
        List<String> files = files(r.folder());
        assertNull(r.charts());
        assertTrue(files.contains("aggregate.csv") && files.contains("manifest.json"), files.toString());
        assertFalse(files.contains("report.html"), files.toString());
        assertFalse(Files.exists(r.folder().resolve("charts")));
    }

    /**
     * Runs a small sweep with the Java API and with {@code netcap run} (with {@code --no-charts}
     * when {@code charts} is false), checks that both folders hold the same files with the same
     * tables, and returns the Java API's result.
     */
    private Runner.Result javaAndCommandLine(boolean charts) throws IOException {
        Path spec = write("sweep.yaml", SWEEP.replace("replications: 3", "replications: 1"));
        Path api = tmp.resolve("api");
        Path cli = tmp.resolve("cli");
        Runner.Result r = Experiment.load(spec).threads(2).charts(charts).out(api).run();
        List<String> args = new ArrayList<>(List.of("run", spec.toString(), "--out", cli.toString(), "--threads", "2", "--quiet"));
        if (!charts) {
            args.add("--no-charts");
        }
        CliRun c = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, c.code(), c.err());
        assertEquals(files(cli), files(api));
        for (String f : TABLES) {
            assertArrayEquals(Files.readAllBytes(cli.resolve(f)), Files.readAllBytes(api.resolve(f)), f);
        }
        return r;
    }

    /** The files of a folder, as relative paths with '/', sorted. */
    private static List<String> files(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString().replace(File.separatorChar, '/'))
                    .sorted().toList();
        }
    }

    private static int countFinished(Path parts) {
        File[] fs = parts.toFile().listFiles((d, n) -> n.endsWith(".summary.csv"));
        return fs == null ? 0 : fs.length;
    }

    @Test
    void resumeRefusesAnotherSpecAndAFreshRunRefusesAFullFolder() throws IOException {
        Path spec = write("sweep.yaml", SWEEP.replace("replications: 3", "replications: 1"));
        Path out = tmp.resolve("o");
        Experiment.load(spec).threads(2).charts(false).out(out).run();
        var e1 = assertThrows(netcap.InputException.class, () -> Experiment.load(spec).out(out).run());
        assertTrue(e1.getMessage().contains("exists and is not empty"), e1.getMessage());
        var e2 = assertThrows(netcap.InputException.class, () -> Experiment.load(spec).set("steps", 3).out(out).resume(true).run());
        assertTrue(e2.getMessage().contains("different spec"), e2.getMessage());
    }

    @Test
    void setOverridesAnyKey() throws IOException {
        Path spec = write("sweep.yaml", SWEEP);
        Spec s = Experiment.load(spec).set("steps", 7).set("trustLoss", 0.2).set("network.n", 50)
                .set("mechanisms.tieFormation", false).spec();
        assertEquals(7, s.steps);
        assertEquals(0.2, s.params.get("trustLoss"));
        assertEquals(50L, s.network.params().get("n"));
        assertFalse(s.mechanisms.get("tieFormation"));
        var e = assertThrows(SpecException.class, () -> Experiment.load(spec).set("trustGian", 1).spec());
        assertTrue(e.getMessage().contains("did you mean 'trustGain'"), e.getMessage());
    }

    @Test
    void adaptiveReplicationStopsWhenTheIntervalIsNarrow() throws IOException {
        Path spec = write("adaptive.yaml", """
                name: adaptive
                steps: 2
                network: {generator: wattsStrogatz, n: 100, k: 4, p: 0.1}
                sweep:
                  initialSpread: [0.0, 0.5]
                adaptive:
                  metric: meanTrust
                  target: 0.02
                  min: 3
                  max: 30
                """);
        Path out = tmp.resolve("adaptive");
        Experiment.load(spec).threads(2).charts(false).out(out).run();
        List<String> agg = Files.readAllLines(out.resolve("aggregate.csv"));
        int n0 = -1;
        int n1 = -1;
        for (String l : agg) {
            String[] c = l.split(",");
            if (c[2].equals("meanTrustFinal")) {
                double mean = Double.parseDouble(c[4]);
                double half = (Double.parseDouble(c[7]) - Double.parseDouble(c[6])) / 2;
                int n = Integer.parseInt(c[3]);
                assertTrue(n >= 3 && n <= 30);
                assertTrue(n == 30 || half / Math.abs(mean) <= 0.02, "stopped only when precise: " + l);
                if (c[0].equals("0")) {
                    n0 = n;
                } else {
                    n1 = n;
                }
            }
        }
        assertTrue(n1 > n0, "the noisier point (spread 0.5) needs more replications: " + n0 + " vs " + n1);
    }

    @Test
    void sobolDesignWritesSensitivityIndices() throws IOException {
        Path spec = write("sobol.yaml", """
                name: sobol
                steps: 10
                replications: 1
                network: {generator: wattsStrogatz, n: 60, k: 4, p: 0.1}
                design:
                  type: sobol
                  samples: 8
                  factors:
                    initialTrust: {min: 0.1, max: 0.9}
                    trustGain: {min: 0.0, max: 0.1}
                  outputs: [meanTrust]
                """);
        Path out = tmp.resolve("sobol");
        Experiment.load(spec).threads(2).charts(false).out(out).run();
        List<String> sens = Files.readAllLines(out.resolve("sensitivity.csv"));
        assertEquals("method,output,factor,S1,S1Low,S1High,ST,STLow,STHigh,muStar,mu,sigma,muStarLow,muStarHigh,muLow,muHigh,"
                + "sigmaLow,sigmaHigh,n,inert,reliable", sens.get(0));
        assertEquals(3, sens.size());
        assertTrue(sens.get(1).startsWith("sobol,meanTrustFinal,initialTrust,"));
        // initial trust drives final mean trust after 10 steps far more than the gain does
        double stTrust = Double.parseDouble(sens.get(1).split(",")[6]);
        double stGain = Double.parseDouble(sens.get(2).split(",")[6]);
        assertTrue(stTrust > stGain, sens.toString());
        assertTrue(sens.get(1).endsWith(",8,,false"), "N = 8, no dummy, too small to be reliable: " + sens.get(1));
        assertEquals(1 + 8 * 4 * 11, Files.readAllLines(out.resolve("timeseries.csv")).size());
    }

    @Test
    void snapshotsAndAgentMicrodataOnRequest() throws Exception {
        Path spec = write("snap.yaml", """
                name: snap
                steps: 6
                replications: 2
                network: {generator: wattsStrogatz, n: 40, k: 4, p: 0.1}
                output:
                  agentsEvery: 3
                  snapshots: [0, 6]
                """);
        Path out = tmp.resolve("snap");
        Experiment.load(spec).threads(2).charts(false).out(out).run();
        Path snap = out.resolve("snapshots").resolve("p000000-r000001-s000006.graphml");
        assertTrue(Files.exists(snap));
        org.w3c.dom.Document doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(snap.toFile());
        assertEquals(40, doc.getElementsByTagName("node").getLength());
        String xml = Files.readString(snap);
        for (String attr : List.of("\"level\"", "\"trustUV\"", "\"layers\"", "\"generalTrust\"", "\"tacitTotal\"", "\"sourceId\"")) {
            assertTrue(xml.contains(attr), "snapshot declares " + attr);
        }
        assertEquals(4, Files.list(out.resolve("snapshots")).count(), "steps 0 and 6 of two runs");
        List<String> agents = Files.readAllLines(out.resolve("agents.csv"));
        assertEquals("run,point,replicate,seed,step,agent,sourceId,status,strategy,generalTrust,activity,propensity,reputation,"
                + "satisfaction,tacit,explicit,degree,contact,revenue,purchases,sales,memberDegree,strength,degree_physical,degree_online,"
                + "strength_physical,strength_online,tieLevel0,tieLevel1,tieLevel2,tieLevel3,tieLevel4,"
                + "clustering,effectiveSize,constraint,betweenness,betweennessSE", agents.get(0));
        for (String line : agents) {
            assertEquals(37, line.split(",", -1).length, "one cell per column: " + line);
        }
        assertEquals(1 + 2 * 3 * 40, agents.size(), "steps 0, 3, 6 for 40 agents in 2 runs");
        assertTrue(agents.get(1).startsWith("0,0,0,"));
    }

    @Test
    void docsExperimentsMdMatchesTheCode() throws IOException {
        String committed = Files.readString(Path.of("docs/experiments.md"));
        assertEquals(SpecDoc.markdown(), committed,
                "docs/experiments.md is out of date: regenerate it with ./netcap docs experiments > docs/experiments.md");
        String odd = Files.readString(Path.of("docs/ODD.md"));
        assertEquals(SpecDoc.withParameterTable(odd), odd,
                "the parameter table in docs/ODD.md is out of date: ./netcap docs odd > /tmp/odd.md && mv /tmp/odd.md docs/ODD.md");
        for (var d : netcap.model.ParamRegistry.all()) {
            assertTrue(odd.contains("`" + d.name() + "`"), "docs/ODD.md names parameter " + d.name());
        }
    }

    @Test
    void aRetiredParameterSaysWhatReplacedIt() throws IOException {
        Path spec = write("ok.yaml", SWEEP);
        netcap.spec.SpecException e = assertThrows(netcap.spec.SpecException.class,
                () -> Experiment.load(spec).set("freeRiderShare", 0.3).spec());
        assertTrue(e.getMessage().contains("--set freeRiderShare=0.3: no longer a parameter: renamed initialFreeRiderShare"), e.getMessage());
        assertTrue(netcap.model.ParamRegistry.unknown("trustGian").contains("did you mean 'trustGain'"));
        netcap.spec.SpecException noDesign = assertThrows(netcap.spec.SpecException.class,
                () -> Experiment.load(spec).set("design.samples", 8).spec());
        assertTrue(noDesign.getMessage().contains("--set design.samples=8: the spec has no design"), noDesign.getMessage());
        for (String retired : netcap.model.ParamRegistry.RETIRED.keySet()) {
            assertTrue(netcap.model.ParamRegistry.find(retired) == null, retired + " is retired, so it must not be a parameter again");
        }
    }
}
