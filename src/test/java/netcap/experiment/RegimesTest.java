package netcap.experiment;

import netcap.stats.KaplanMeier;
import netcap.stats.Wilson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regimes and time-to-event tables end to end on a small growth experiment, checked against
 * values recomputed here from summary.csv.
 */
class RegimesTest {
    @TempDir
    Path tmp;

    private static final String BASE = """
            name: regimes
            seed: 601
            steps: 50
            replications: 10
            network: {generator: wattsStrogatz, n: 150, k: 6, p: 0.1}
            params:
              initialMembers: 1
              seeding: founder
              joinRule: bass
              innovation: 0.0005
              imitation: 0.08
            sweep:
              network.n: [100, 150]
              followerBoost: [0, 4]
            """;
    private static final String REGIMES = """
            regimes:
              takeoff: "membersFinal >= 0.5 * agents"
              early: "not (timeToTakeoffFinal >= steps / 2) and network.n > 0"
            """;

    private static List<String[]> rows(Path file) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            out.add(line.split(",", -1));
        }
        return out;
    }

    private static double num(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    @Test
    void regimesAndSurvivalMatchTheSummary() throws IOException {
        Path spec = tmp.resolve("regimes.yaml");
        Files.writeString(spec, BASE + REGIMES);
        Path out = tmp.resolve("out");
        Experiment.load(spec).threads(2).charts(false).out(out).run();

        // the summary, recomputed: point -> runs
        List<String[]> summary = rows(out.resolve("summary.csv"));
        List<String> head = List.of(summary.get(0));
        int n = head.indexOf("network.n");
        int members = head.indexOf("membersFinal");
        int ttt = head.indexOf("timeToTakeoffFinal");
        int points = 4;
        int[] runs = new int[points];
        int[] takeoff = new int[points];
        int[] early = new int[points];
        double[] sumMembersIn = new double[points];
        List<List<Double>> times = new ArrayList<>();
        for (int p = 0; p < points; p++) {
            times.add(new ArrayList<>());
        }
        for (String[] r : summary.subList(1, summary.size())) {
            int p = Integer.parseInt(r[1]);
            runs[p]++;
            double m = num(r[members]);
            double t = num(r[ttt]);
            if (m >= 0.5 * Integer.parseInt(r[n])) {
                takeoff[p]++;
                sumMembersIn[p] += m;
            }
            if (!(t >= 25)) {
                early[p]++;
            }
            times.get(p).add(t);
        }

        List<String[]> regimes = rows(out.resolve("regimes.csv"));
        assertEquals("point,network.n,followerBoost,regime,runs,count,share,shareLow,shareHigh", String.join(",", regimes.get(0)));
        assertEquals(1 + 2 * points, regimes.size());
        boolean split = false;
        for (int p = 0; p < points; p++) {
            String[] t = regimes.get(1 + 2 * p);
            String[] e = regimes.get(2 + 2 * p);
            assertEquals("takeoff", t[3]);
            assertEquals("early", e[3]);
            assertEquals(runs[p], Integer.parseInt(t[4]));
            assertEquals(takeoff[p], Integer.parseInt(t[5]), "takeoff count at point " + p);
            assertEquals(early[p], Integer.parseInt(e[5]), "early count at point " + p);
            Wilson w = Wilson.of(takeoff[p], runs[p]);
            assertEquals(w.lower(), num(t[7]), 1e-15);
            assertEquals(w.upper(), num(t[8]), 1e-15);
            split |= takeoff[p] > 0 && takeoff[p] < runs[p];
        }
        assertTrue(split, "the test spec should split runs into regimes somewhere");

        // regime-aggregate: the runs in and out of a regime add up, and the conditional mean is the mean of the runs in it
        List<String[]> ra = rows(out.resolve("regime-aggregate.csv"));
        assertEquals("point,network.n,followerBoost,regime,inRegime,statistic,n,mean,sd,ciLow,ciHigh,median,q25,q75,min,max,medianLow,medianHigh,bimodality",
                String.join(",", ra.get(0)));
        for (int p = 0; p < points; p++) {
            int in = -1;
            int outside = -1;
            for (String[] r : ra) {
                if (r[0].equals(Integer.toString(p)) && r[3].equals("takeoff") && r[5].equals("membersFinal")) {
                    if (r[4].equals("true")) {
                        in = Integer.parseInt(r[6]);
                        if (in > 0) {
                            assertEquals(sumMembersIn[p] / in, num(r[7]), 1e-9);
                        }
                    } else {
                        outside = Integer.parseInt(r[6]);
                    }
                }
            }
            assertEquals(takeoff[p], in);
            assertEquals(runs[p], in + outside);
        }

        // events and survival: Kaplan-Meier of the times, censored at step 50
        List<String[]> events = rows(out.resolve("events.csv"));
        assertEquals("point,network.n,followerBoost,event,runs,events,censored,median,medianLow,medianHigh",
                String.join(",", events.get(0)));
        List<String[]> survival = rows(out.resolve("survival.csv"));
        assertEquals("point,network.n,followerBoost,event,step,atRisk,events,censored,survival,low,high",
                String.join(",", survival.get(0)));
        for (int p = 0; p < points; p++) {
            List<Double> t = times.get(p);
            double[] time = new double[t.size()];
            boolean[] event = new boolean[t.size()];
            int count = 0;
            for (int i = 0; i < time.length; i++) {
                event[i] = !Double.isNaN(t.get(i));
                time[i] = event[i] ? t.get(i) : 50;
                count += event[i] ? 1 : 0;
            }
            KaplanMeier km = KaplanMeier.estimate(time, event);
            String[] e = events.get(1 + p);
            assertEquals("timeToTakeoff", e[3]);
            assertEquals(runs[p], Integer.parseInt(e[4]));
            assertEquals(count, Integer.parseInt(e[5]));
            assertEquals(runs[p] - count, Integer.parseInt(e[6]));
            assertEquals(km.median(), num(e[7]));
            int rowsOfPoint = 0;
            double last = 1;
            int censored = 0;
            for (String[] r : survival.subList(1, survival.size())) {
                if (r[0].equals(Integer.toString(p))) {
                    rowsOfPoint++;
                    double s = num(r[8]);
                    assertTrue(s <= last, "survival does not increase");
                    last = s;
                    censored += Integer.parseInt(r[7]);
                    assertEquals(km.survival(num(r[4])), s, 1e-15);
                }
            }
            assertEquals(km.steps().size(), rowsOfPoint);
            assertEquals(runs[p] - count, censored, "never-taking-off runs are censored, not dropped");
        }

        // the regimes change nothing in the three main tables
        Path plain = tmp.resolve("plain.yaml");
        Files.writeString(plain, BASE);
        Path out2 = tmp.resolve("out2");
        Experiment.load(plain).threads(1).charts(false).out(out2).run();
        for (String f : List.of("timeseries.csv", "summary.csv", "aggregate.csv", "survival.csv", "events.csv")) {
            assertArrayEquals(Files.readAllBytes(out.resolve(f)), Files.readAllBytes(out2.resolve(f)), f);
        }
        assertFalse(Files.exists(out2.resolve("regimes.csv")), "no regimes, no regimes.csv");
    }

    /** Take-off cannot happen when everybody is a member from the start: no survival curve claims that every run "never" took off. */
    @Test
    void noTimeToTakeoffWhereTakeoffCannotHappen() throws IOException {
        Path spec = tmp.resolve("members.yaml");
        Files.writeString(spec, """
                name: all-members
                seed: 3
                steps: 5
                replications: 2
                network: {generator: wattsStrogatz, n: 60, k: 4, p: 0.1}
                scenarios:
                  everybody: {initialMembers: -1}
                  founder: {initialMembers: 1}
                """);
        Path out = tmp.resolve("members");
        Experiment.load(spec).threads(1).charts(false).out(out).run();
        List<String> events = Files.readAllLines(out.resolve("events.csv"));
        assertEquals(2, events.size(), "only the growing point has a time to take-off: " + events);
        assertTrue(events.get(1).startsWith("1,founder,"), events.get(1));
        Files.writeString(spec, Files.readString(spec).replace("  founder: {initialMembers: 1}\n", "  all: {initialMembers: -1}\n"));
        Path none = tmp.resolve("none");
        Experiment.load(spec).threads(1).charts(false).out(none).run();
        assertFalse(Files.exists(none.resolve("events.csv")));
        assertFalse(Files.exists(none.resolve("survival.csv")));
    }
}
