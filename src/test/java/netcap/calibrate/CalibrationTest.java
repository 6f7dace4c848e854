package netcap.calibrate;

import netcap.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** netcap calibrate on a tiny model: the files, their independence of the thread count, resume. */
class CalibrationTest {
    static final Path TINY = Path.of("src/test/resources/calibrate/tiny.yaml");

    @TempDir
    Path tmp;

    /** Every CSV of the folder and of fitted/, by relative name, with its text. */
    static Map<String, String> csvs(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (var s = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) s::iterator) {
                String rel = dir.relativize(f).toString();
                if (rel.endsWith(".csv") && !rel.startsWith("parts")) {
                    out.put(rel, Files.readString(f));
                }
            }
        }
        return out;
    }

    private CliRun calibrate(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("calibrate", TINY.toString(), "--out", out.toString(), "-q"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(new String[0]));
    }

    @Test
    void abcWritesEveryFileInItsFormatAndTheSameBytesWithOneOrTwoThreads() throws IOException {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        CliRun r1 = calibrate(one, "--threads", "1");
        assertEquals(0, r1.code(), r1.err());
        CliRun r2 = calibrate(two, "--threads", "2");
        assertEquals(0, r2.code(), r2.err());
        Map<String, String> a = csvs(one);
        assertEquals(a, csvs(two));
        for (String f : List.of("calibration.csv", "generations.csv", "posterior.csv", "estimates.csv", "fit.csv", "fitted/timeseries.csv",
                "fitted/summary.csv", "fitted/aggregate.csv")) {
            assertTrue(a.containsKey(f), f + " written: " + a.keySet());
        }
        assertTrue(Files.exists(one.resolve("manifest.json")) && Files.exists(one.resolve("spec.yaml"))
                && Files.exists(one.resolve("fitted/manifest.json")));
        assertTrue(Files.readString(one.resolve("spec.yaml")).startsWith(
                "# The spec of this run, with the command-line overrides applied: netcap calibrate spec.yaml repeats it.\n"),
                "a calibration folder's spec.yaml names the command that repeats it");
        assertTrue(a.get("calibration.csv").startsWith("generation,candidate,innovation,imitation,distance,accepted,weight\n"));
        assertTrue(a.get("generations.csv").startsWith("generation,tolerance,simulations,accepted,acceptanceRate,ess\n0,inf,20,20,1,"),
                a.get("generations.csv"));
        assertTrue(a.get("posterior.csv").startsWith("particle,innovation,imitation,weight,distance\n"));
        assertEquals(21, a.get("posterior.csv").lines().count());
        List<String> est = a.get("estimates.csv").lines().toList();
        assertEquals("parameter,estimate,median,low,high,method,true", est.get(0));
        assertTrue(est.get(1).startsWith("innovation,") && est.get(1).endsWith(",abc-smc,0.02"), est.get(1));
        for (String line : est.subList(1, est.size())) {
            String[] c = line.split(",");
            double e = Double.parseDouble(c[1]);
            assertTrue(Double.parseDouble(c[3]) <= e && e <= Double.parseDouble(c[4]), "estimate inside its interval: " + line);
        }
        List<String> fit = a.get("fit.csv").lines().toList();
        assertEquals("target,time,observed,fitted,low,high", fit.get(0));
        assertEquals(1 + 12 + 1 + 1, fit.size());
        assertTrue(fit.get(1).startsWith("joined,1,1,"), fit.get(1));
        assertTrue(fit.get(13).startsWith("members-step12,12,40,"), fit.get(13));
        assertTrue(fit.get(14).startsWith("meanDegree,12,5,"), fit.get(14));
        // the fitted runs are those the fit compares: fit.csv's fitted members at step 12 is the mean of fitted/ at step 12
        double fitted = Double.parseDouble(fit.get(13).split(",")[3]);
        List<String> ts = a.get("fitted/timeseries.csv").lines().toList();
        int col = List.of(ts.get(0).split(",")).indexOf("members");
        double sum = 0;
        int n = 0;
        for (String line : ts.subList(1, ts.size())) {
            String[] c = line.split(",");
            if (c[List.of(ts.get(0).split(",")).indexOf("step")].equals("12")) {
                sum += Double.parseDouble(c[col]);
                n++;
            }
        }
        assertEquals(2, n);
        assertEquals(sum / n, fitted, 1e-9);
    }

    @Test
    void cmaesWritesTheSameBytesWithOneOrTwoThreads() throws IOException {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        CliRun r1 = calibrate(one, "--threads", "1", "--set", "calibrate.method=cmaes", "--set", "calibrate.cmaes.evaluations=24");
        assertEquals(0, r1.code(), r1.err());
        CliRun r2 = calibrate(two, "--threads", "2", "--set", "calibrate.method=cmaes", "--set", "calibrate.cmaes.evaluations=24");
        assertEquals(0, r2.code(), r2.err());
        Map<String, String> a = csvs(one);
        assertEquals(a, csvs(two));
        assertFalse(a.containsKey("posterior.csv"));
        assertEquals(1 + 24, a.get("calibration.csv").lines().count());
        assertTrue(a.get("estimates.csv").contains(",cmaes,"));
    }

    @Test
    void resumeReplaysTheCachedBatchesAndGivesTheSameBytes() throws IOException {
        Path full = tmp.resolve("full");
        assertEquals(0, calibrate(full, "--threads", "2").code());
        Map<String, String> expected = csvs(full);

        // an interrupted calibration: the batches of the last generation and everything after them are missing
        Path cut = tmp.resolve("cut");
        assertEquals(0, calibrate(cut, "--threads", "1").code());
        List<Path> parts;
        try (var s = Files.list(cut.resolve("parts"))) {
            parts = s.sorted().toList();
        }
        int deleted = 0;
        for (Path p : parts) {
            String n = p.getFileName().toString();
            if (n.startsWith("abc-g0002") || n.equals("predictive.csv") || n.equals("fitted.csv")) {
                Files.delete(p);
                deleted++;
            }
        }
        assertTrue(deleted >= 3, "deleted " + deleted);
        for (String f : List.of("calibration.csv", "generations.csv", "posterior.csv", "estimates.csv", "fit.csv")) {
            Files.delete(cut.resolve(f));
        }
        CliRun r = calibrate(cut, "--threads", "2", "--resume");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("simulated now") && !r.out().contains(" 0 simulated now"), r.out());
        assertEquals(expected, csvs(cut));

        // a resume with nothing missing simulates nothing and writes the same bytes
        CliRun again = calibrate(cut, "--threads", "1", "--resume");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains(" 0 simulated now"), again.out());
        assertEquals(expected, csvs(cut));
    }

    @Test
    void cmaesResumeReplaysTheCachedEvaluationsAndGivesTheSameBytes() throws IOException {
        String[] cmaes = {"--set", "calibrate.method=cmaes", "--set", "calibrate.cmaes.evaluations=18"};
        Path full = tmp.resolve("full");
        List<String> args = new ArrayList<>(List.of("--threads", "1"));
        args.addAll(List.of(cmaes));
        assertEquals(0, calibrate(full, args.toArray(new String[0])).code());
        Map<String, String> expected = csvs(full);
        Path cut = tmp.resolve("cut");
        assertEquals(0, calibrate(cut, args.toArray(new String[0])).code());
        int deleted = 0;
        try (var s = Files.list(cut.resolve("parts"))) {
            for (Path p : s.sorted().toList()) {
                String n = p.getFileName().toString();
                if (n.compareTo("cmaes-e000009.csv") >= 0 && n.startsWith("cmaes-") || n.equals("fitted.csv")) {
                    Files.delete(p);
                    deleted++;
                }
            }
        }
        assertEquals(10, deleted);
        Files.delete(cut.resolve("estimates.csv"));
        List<String> resume = new ArrayList<>(List.of("--threads", "2", "--resume"));
        resume.addAll(List.of(cmaes));
        CliRun r = calibrate(cut, resume.toArray(new String[0]));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("(19 simulations, 10 simulated now"), r.out());
        assertEquals(expected, csvs(cut));
    }

    @Test
    void aFolderOfAnotherCalibrationIsNotResumed() {
        Path out = tmp.resolve("x");
        assertEquals(0, calibrate(out, "--threads", "1").code());
        CliRun r = calibrate(out, "--threads", "1", "--resume", "--set", "calibrate.abc.particles=30");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("different spec"), r.err());
    }
}
