package netcap.model;

import netcap.world.Agents;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Growth in the full model: joining by threshold and by Bass, founders, first followers, arrivals. */
class GrowthTest {
    private static Set<String> only(String... keep) {
        Set<String> off = new HashSet<>(Mechanisms.NAMES);
        for (String k : keep) {
            off.remove(k);
        }
        return off;
    }

    private static String thresholds(int n, int replaceOneWith) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",").append(i == 1 && replaceOneWith >= 0 ? replaceOneWith : i);
        }
        return b.toString();
    }

    private static double riot(int replaceOneWith) {
        Params p = new Params();
        p.initialMembers = 0;
        p.joinRule = JoinRule.THRESHOLD;
        p.thresholdType = ThresholdKind.ABSOLUTE;
        p.thresholdList = thresholds(100, replaceOneWith);
        NetcapModel m = new NetcapModel(1L, p, TestNetworks.complete(100), List.of("online"), only("joining"), 1);
        m.start();
        m.run(150);
        return m.series.last("members");
    }

    @Test
    void granovettersRiotInTheFullModel() {
        assertEquals(100, riot(-1), "thresholds 0..99 on a complete graph: all join");
        assertEquals(1, riot(2), "threshold 1 replaced by 2: only the instigator joins");
    }

    @Test
    void bassGrowthFromAFounderGivesAnSCurveAndFirstFollowersSpeedItUp() {
        double[] plain = members(0);
        double[] boosted = members(4);
        assertEquals(1, plain[0], "the founder alone at the start");
        // S-curve: slow start, fast middle, saturation
        int n = plain.length - 1;
        double early = (plain[10] - plain[0]) / 10;
        double middle = 0;
        for (int t = 11; t <= n; t++) {
            middle = Math.max(middle, plain[t] - plain[t - 1]);
        }
        assertTrue(middle > 3 * early, "growth accelerates: early mean rate " + early + ", peak " + middle);
        assertTrue(plain[n] > 0.9 * 500, "most join in the end: " + plain[n]);
        double sumPlain = 0;
        double sumBoost = 0;
        for (int t = 0; t <= n; t++) {
            sumPlain += plain[t];
            sumBoost += boosted[t];
        }
        assertTrue(sumBoost > sumPlain, "visible first followers make the network grow sooner");
    }

    private static double[] members(double boost) {
        double[] sum = null;
        for (int rep = 0; rep < 8; rep++) {
            Params p = new Params();
            p.initialMembers = 1;
            p.joinRule = JoinRule.BASS;
            p.innovation = 0.001;
            p.imitation = 0.15;
            p.firstFollowers = 10;
            p.followerBoost = boost;
            NetcapModel m = new NetcapModel(100 + rep, p, TestNetworks.ringWithChords(500, 6, 400), List.of("online"),
                    only("joining"), 1);
            m.start();
            m.run(120);
            double[] col = m.series.column("members");
            if (sum == null) {
                sum = new double[col.length];
            }
            for (int t = 0; t < col.length; t++) {
                sum[t] += col[t] / 8;
            }
        }
        return sum;
    }

    @Test
    void arrivalsJoinAndAttachToMembers() {
        Params p = new Params();
        p.initialMembers = 50;
        p.seeding = SeedingRule.RANDOM;
        p.joinRule = JoinRule.NONE;
        p.arrivalRate = 2.5;
        p.arrivalTies = 3;
        NetcapModel m = new NetcapModel(5L, p, TestNetworks.ringWithChords(300, 4, 0), List.of("online"), only("joining"), 1);
        m.start();
        assertEquals(50, m.series.column("members")[0]);
        m.run(20);
        double members = m.series.last("members");
        assertTrue(members >= 50 + 2 * 20 && members <= 50 + 3 * 20, "about 2.5 arrivals per step: " + members);
        int withTies = 0;
        for (int i = 0; i < 300; i++) {
            if (m.agents.status[i] == Agents.MEMBER && m.joinRank[i] > 50) {
                int memberTies = 0;
                for (int k = m.network.start(i); k < m.network.start(i) + m.network.degree(i); k++) {
                    if (m.agents.status[m.network.neighbors()[k]] == Agents.MEMBER) {
                        memberTies++;
                    }
                }
                if (memberTies >= 3) {
                    withTies++;
                }
            }
        }
        assertTrue(withTies >= members - 50 - 2, "arrivals attach to members: " + withTies);
        assertEquals(m.series.last("joined") >= 0, true);
        assertEquals((members - 50) / 300.0 >= 0.01 ? 1.0 : 0.0, m.series.last("globalCascade"));
    }

    @Test
    void nonMembersDoNothingAndTheirContactsStayLatent() {
        Params p = new Params();
        p.initialMembers = 0;
        p.joinRule = JoinRule.NONE;
        NetcapModel m = new NetcapModel(9L, p, TestNetworks.ringWithChords(100, 4, 20));
        m.start();
        long entries = m.network.tieEntries();
        double[] tacit = m.agents.tacit.clone();
        m.run(50);
        assertEquals(0, m.series.last("members"));
        assertEquals(entries, m.network.tieEntries(), "latent contacts are kept");
        org.junit.jupiter.api.Assertions.assertArrayEquals(tacit, m.agents.tacit);
        assertEquals(0, m.series.last("ties"), "ties among members only");
    }
}
