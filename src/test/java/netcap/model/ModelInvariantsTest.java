package netcap.model;

import ec.util.MersenneTwisterFast;
import netcap.model.observation.TimeSeries;
import netcap.random.Streams;
import netcap.world.Agents;
import netcap.world.MultiplexNetwork;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelInvariantsTest {

    /** Random parameters within their documented ranges (rates kept in plausible bounds). */
    private static Params randomParams(MersenneTwisterFast r) {
        Params p = new Params();
        for (ParamRegistry.Def d : ParamRegistry.all()) {
            if (d.type() != double.class || d.group().equals("world")) {
                continue;
            }
            double lo = Math.max(d.min(), 0);
            double hi = Double.isInfinite(d.max()) ? 2 * Math.max((Double) d.defaultValue(), 0.01) : d.max();
            ParamRegistry.set(p, d.name(), lo + (hi - lo) * r.nextDouble());
        }
        p.horizon = r.nextInt(6);
        p.physicalLayer = r.nextDouble() < 0.8;
        p.virtualRooms = !p.physicalLayer || r.nextDouble() < 0.8;
        p.teamSize = 2 + r.nextInt(5);
        p.teamSimilarMinds = r.nextBoolean();
        p.teamDiverseKnowledge = r.nextBoolean();
        p.leavePatience = 1 + r.nextInt(20);
        p.satisfactionScale = 0.001 + 0.1 * r.nextDouble();
        p.leaveThreshold = -0.05 + 0.1 * r.nextDouble();
        return p;
    }

    @Test
    void longRandomRunsKeepStateInItsRanges() {
        MersenneTwisterFast r = Streams.rng(Streams.child(5L, "invariants"));
        for (int trial = 0; trial < 6; trial++) {
            Params p = randomParams(r);
            NetcapModel m = new NetcapModel(trial, p, TestNetworks.ringWithChords(300, 6, 200), List.of("online", "forum"), Set.of(), 1);
            m.start();
            for (int s = 0; s < 150; s++) {
                m.schedule.step(m);
                if (s % 10 == 0 || s == 149) {
                    check(m, "trial " + trial + " step " + s);
                }
            }
        }
    }

    private static void check(NetcapModel m, String where) {
        Agents a = m.agents;
        for (int q = 0; q < a.size() * a.domains; q++) {
            assertTrue(a.tacit[q] >= 0 && Double.isFinite(a.tacit[q]), where + ": tacit " + a.tacit[q]);
            assertTrue(a.explicit[q] >= 0 && Double.isFinite(a.explicit[q]), where + ": explicit " + a.explicit[q]);
        }
        for (int i = 0; i < a.size(); i++) {
            assertTrue(a.generalTrust[i] >= 0 && a.generalTrust[i] <= 1, where + ": generalTrust");
            assertTrue(a.activity[i] >= 0 && a.activity[i] <= 1, where + ": activity");
            assertTrue(Double.isFinite(a.satisfaction[i]), where + ": satisfaction");
            if (a.status[i] == Agents.LEFT) {
                assertEquals(0, m.network.degree(i), where + ": leavers keep no ties");
            }
        }
        MultiplexNetwork net = m.network;
        for (int u = 0; u < net.nodes(); u++) {
            for (int e = net.start(u); e < net.start(u) + net.degree(u); e++) {
                float t = net.trust()[e];
                assertTrue(t >= 0 && t <= 1, where + ": tie trust " + t);
                int lvl = net.levels()[e];
                assertTrue(lvl >= 0 && lvl <= 4, where + ": level " + lvl);
                assertEquals(lvl, net.levels()[net.twins()[e]], where + ": level symmetric");
            }
        }
        double[] row = m.series.rows().get(m.series.size() - 1);
        for (int c = 0; c < row.length; c++) {
            String col = m.series.columns().get(c);
            assertTrue(Double.isFinite(row[c]) || col.equals("timeToTakeoff"), where + ": metric " + col + " finite");
        }
    }

    @Test
    void withEveryRateZeroNothingChanges() {
        Params p = new Params();
        for (ParamRegistry.Def d : ParamRegistry.all()) {
            if (d.doc().contains("per step") || d.unit().startsWith("1/")) {
                ParamRegistry.set(p, d.name(), 0.0);
            }
        }
        p.trustGain = 0;
        p.trustLoss = 0;
        p.generalTrustRate = 0;
        p.leavePatience = 0;
        p.demoteAfter = 127;
        p.dropAfter = 127;
        p.promoteAfter = 127;
        p.synergy = 0; // the commons creates knowledge from the public good
        p.relationshipBudget = 1000; // no tie above its owner's attention
        NetcapModel m = new NetcapModel(3L, p, TestNetworks.ringWithChords(200, 6, 100));
        m.start();
        double[] tacit = m.agents.tacit.clone();
        double[] explicit = m.agents.explicit.clone();
        double[] trust = m.agents.generalTrust.clone();
        double[] activity = m.agents.activity.clone();
        float[] tieTrust = Arrays.copyOf(m.network.trust(), m.network.trust().length);
        byte[] levels = m.network.levels().clone();
        long entries = m.network.tieEntries();
        m.run(100);
        assertArrayEquals(tacit, m.agents.tacit);
        assertArrayEquals(explicit, m.agents.explicit);
        assertArrayEquals(trust, m.agents.generalTrust);
        assertArrayEquals(activity, m.agents.activity);
        assertArrayEquals(tieTrust, Arrays.copyOf(m.network.trust(), tieTrust.length));
        assertArrayEquals(levels, m.network.levels());
        assertEquals(entries, m.network.tieEntries());
        assertEquals(0, m.series.last("socialization") + m.series.last("externalization")
                + m.series.last("combination") + m.series.last("internalization") + m.series.last("uptake"));
    }

    @Test
    void resultsDoNotDependOnTheNumberOfThreads() {
        double[][] one = run(1);
        double[][] two = run(2);
        double[][] three = run(3);
        for (int t = 0; t < one.length; t++) {
            assertArrayEquals(one[t], two[t], "step " + t);
            assertArrayEquals(one[t], three[t], "step " + t);
        }
    }

    /**
     * The metrics rows and, as the last rows, the final tacit and explicit stocks and tie trust.
     * 20,000 agents: large enough that every loop is really split between threads
     * ({@link Parallel#MIN_WORK}, {@link Parallel#MIN_AGENTS}).
     */
    private static double[][] run(int threads) {
        int n = 20_000;
        assertTrue(n >= Parallel.MIN_AGENTS && n * 11L > Parallel.MIN_WORK);
        NetcapModel m = new NetcapModel(11L, new Params(), TestNetworks.ringWithChords(n, 10, n), List.of("online"), Set.of(), threads);
        m.start();
        m.run(30);
        m.finish();
        List<double[]> out = new java.util.ArrayList<>(m.series.rows());
        out.add(m.agents.tacit.clone());
        out.add(m.agents.explicit.clone());
        float[] t = m.network.trust();
        double[] trust = new double[t.length];
        for (int k = 0; k < t.length; k++) {
            trust[k] = t[k];
        }
        out.add(trust);
        return out.toArray(new double[0][]);
    }

    @Test
    void theBaselineShowsTheKnowledgeSpiral() {
        NetcapModel m = new NetcapModel(Streams.runKey(1, 0, 0), new Params(), TestNetworks.ringWithChords(1000, 10, 500));
        m.start();
        m.run(200);
        TimeSeries s = m.series;
        double[] soc = s.column("socialization");
        double[] ext = s.column("externalization");
        double[] comb = s.column("combination");
        double[] intl = s.column("internalization");
        double sumS = 0;
        double sumE = 0;
        double sumC = 0;
        double sumI = 0;
        for (int t = 1; t < s.size(); t++) {
            sumS += soc[t];
            sumE += ext[t];
            sumC += comb[t];
            sumI += intl[t];
        }
        assertTrue(sumS > 0 && sumE > 0 && sumC > 0 && sumI > 0, "all four SECI flows are non-zero");
        double k0 = s.column("totalKnowledge")[0];
        double k200 = s.last("totalKnowledge");
        assertTrue(k200 > 1.5 * k0, "knowledge grows: " + k0 + " -> " + k200);
        double multi = 0;
        double single = 0;
        for (int t = 1; t <= 100; t++) {
            multi += s.column("meanTieTrustMultiplex")[t];
            single += s.column("meanTieTrustSingle")[t];
        }
        assertTrue(multi > single, "two-layer ties gain trust faster: mean over steps 1..100 " + multi / 100 + " vs " + single / 100);
        assertTrue(s.last("tieLevel4") > s.column("tieLevel4")[0], "relationships deepen");
    }
}
