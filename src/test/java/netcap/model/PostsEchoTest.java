package netcap.model;

import netcap.model.knowledge.Posts;
import org.junit.jupiter.api.Test;

import static netcap.model.MechanismTest.ONLINE;
import static netcap.model.MechanismTest.PHYS;
import static netcap.model.MechanismTest.blank;
import static netcap.model.MechanismTest.know;
import static netcap.model.MechanismTest.tie;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * How posts travel (one intermediary per step, non-backtracking, attenuated by delta per
 * intermediary) and that an agent's own posts never come back to it as news, on paths, stars and
 * triangles computed by hand.
 */
class PostsEchoTest {
    static final double DELTA = 0.5;

    /** A blank model on n agents with posts only: horizon 3, fidelity 1/2, no attention limit, uptake off. */
    private static NetcapModel model(int n, double uptake) {
        Params p = new Params();
        p.horizon = 3;
        p.distanceDecay = DELTA;
        p.attentionBudget = 0;
        p.explicitUptake = uptake;
        p.reciprocity = false;
        p.absorptionHalf = 1;
        return blank(n, p);
    }

    /** Runs Posts alone for the given number of steps (one instance, as in a run). */
    private static void steps(NetcapModel m, int steps) {
        Posts posts = new Posts();
        for (int s = 0; s < steps; s++) {
            m.beginStep();
            posts.apply(m);
        }
    }

    private static void assertReach(NetcapModel m, int i, double... perHop) {
        for (int h = 0; h < perHop.length; h++) {
            assertEquals(perHop[h], m.reach(i, h, 0), 1e-7, "agent " + i + " at hop " + h);
        }
    }

    @Test
    void onAPathALevelIsRelayedOnceAndNeverComesBack() {
        NetcapModel m = model(3, 0);
        tie(m, 0, 1, ONLINE, 1, 1, 1);
        tie(m, 1, 2, ONLINE, 1, 1, 1);
        know(m, 0, 0, 1.0); // a publishes 1, b and c publish nothing (but relay)
        steps(m, 1);
        assertReach(m, 1, 1.0, 0, 0, 0);
        assertReach(m, 2, 0, 0, 0, 0); // one hop per step: nothing at c yet
        steps(m, 5);
        assertReach(m, 2, 0, DELTA * 1.0, 0, 0); // relayed by b, attenuated once
        assertEquals(1, m.state.reachedFrom[(2 * 4 + 1)], "c's hop-1 best came from b");
        assertReach(m, 0, 0, 0, 0, 0); // a's own level never comes back, and c publishes nothing
        assertReach(m, 1, 1.0, 0, 0, 0); // nothing comes back to b through a or c either

        // c publishes 0.4: a gets it at hop 1 through b (b's best at hop 0 came from a: a gets the second best)
        know(m, 2, 0, 0.4);
        steps(m, 5);
        assertReach(m, 0, 0, DELTA * 0.4, 0, 0);
        assertReach(m, 2, 0, DELTA * 1.0, 0, 0);
        assertReach(m, 1, 1.0, 0, 0, 0);
        assertEquals(0.4, m.state.reachedSecond[1 * 4 * 1], 1e-7, "b keeps c's level as its second best");
    }

    @Test
    void aLeafOfAStarGetsTheOtherLeavesLevelsNeverItsOwn() {
        NetcapModel m = model(4, 0);
        double[] level = {0, 0.3, 0.5, 0.9};
        for (int leaf = 1; leaf <= 3; leaf++) {
            tie(m, 0, leaf, ONLINE, 1, 1, 1);
            know(m, leaf, 0, level[leaf]);
        }
        steps(m, 6);
        assertReach(m, 0, 0.9, 0, 0, 0); // the centre: the best leaf, second best 0.5
        assertEquals(3, m.state.reachedFrom[0]);
        assertEquals(0.5, m.state.reachedSecond[0], 1e-7);
        assertReach(m, 1, 0, DELTA * 0.9, 0, 0);
        assertReach(m, 2, 0, DELTA * 0.9, 0, 0);
        assertReach(m, 3, 0, DELTA * 0.5, 0, 0); // its own 0.9 came by this tie: the second best is relayed to it
    }

    @Test
    void roundATriangleAnOwnPostNeverComesBackAndAPostByTwoPathsIsMaterialOnce() {
        NetcapModel m = model(3, 1.0);
        tie(m, 0, 1, ONLINE, 1, 1, 1);
        tie(m, 1, 2, ONLINE, 1, 1, 1);
        tie(m, 0, 2, ONLINE, 1, 1, 1);
        know(m, 0, 1.0, 1.0); // a knows 2 (it can absorb); b and c know nothing, so they absorb nothing
        Posts posts = new Posts();
        for (int s = 1; s <= 6; s++) {
            m.beginStep();
            posts.apply(m);
            if (s == 1) {
                assertReach(m, 0, 0, 0, 0, 0);
                assertReach(m, 1, 1.0, 0, 0, 0);
            } else if (s == 2) {
                assertReach(m, 1, 1.0, DELTA, 0, 0); // from a, then a's post through c
                assertReach(m, 0, 0, 0, 0, 0); // b's and c's hop-0 best came from a: nothing to relay back
            }
            assertEquals(0, m.state.flowUptake[0], 0, "step " + s + ": a echo is never news");
            assertEquals(0, m.state.flowUptake[1] + m.state.flowUptake[2], 0, "no absorptive capacity");
        }
        // a -> b -> c -> a would bring a's own post back at hop 2: its publisher is a, so it is dropped
        assertReach(m, 0, 0, 0, 0, 0);
        // b has a's post directly (hop 0) and through c (hop 1); nothing comes back through a
        assertReach(m, 1, 1.0, DELTA, 0, 0);
        assertEquals(0, m.state.reachedOrigin[(1 * 4) * 1]);
        assertEquals(0, m.state.reachedOrigin[(1 * 4 + 1) * 1]);
        assertEquals(1.0, Posts.material(m.network, 1, m.state.reached, m.state.reachedOrigin, 1 * 4, 4, 1, 0), 1e-7,
                "a's post reaches b by two paths and is material once, at its best level");
        assertEquals(1.0, m.agents.explicit[0], 0);
        assertEquals(1.0, m.agents.tacit[0], 0);
        for (int h = 0; h < 4; h++) {
            assertEquals(0, m.state.hopUptake[h], 0);
        }
    }

    @Test
    void aReceiverThatKnowsMoreThanEverySourceTakesUpNothing() {
        NetcapModel m = model(3, 1.0);
        tie(m, 0, 1, ONLINE, 1, 1, 1);
        tie(m, 0, 2, ONLINE, 1, 1, 1);
        know(m, 1, 0, 2.0);
        know(m, 2, 0, 1.5);
        know(m, 0, 1.5, 0.6); // knows 2.1 > 2
        steps(m, 1);
        assertEquals(0, m.state.flowUptake[0], 0);
        assertEquals(0.6, m.agents.explicit[0], 0);

        know(m, 0, 1.5, 0.4); // knows 1.9 < 2: takes up a share of the gap to the best post
        steps(m, 1);
        double absorb = 1.5 / (1.5 + 1);
        assertEquals(1.0 * 1.0 * absorb * (2.0 - 1.9), m.state.flowUptake[0], 1e-9);
        assertEquals(0.4 + 1.0 * absorb * 0.1, m.agents.explicit[0], 1e-9);
    }

    @Test
    void freeRidersNeitherPublishNorRelayButStillRead() {
        NetcapModel m = model(3, 0);
        tie(m, 0, 1, ONLINE, 1, 1, 1);
        tie(m, 1, 2, ONLINE, 1, 1, 1);
        know(m, 0, 0, 1.0);
        know(m, 1, 0, 5.0);
        m.agents.propensity[1] = 0; // b is a free rider
        steps(m, 5);
        assertReach(m, 1, 1.0, 0, 0, 0); // b reads a's post
        assertReach(m, 2, 0, 0, 0, 0); // b neither relays it nor publishes its own 5
        assertReach(m, 0, 0, 0, 0, 0);

        m.agents.propensity[0] = 0; // a too
        steps(m, 5);
        assertReach(m, 1, 0, 0, 0, 0);
    }

    @Test
    void faceToFaceTiesCarryNoPosts() {
        NetcapModel m = model(3, 0);
        tie(m, 0, 1, PHYS, 4, 1, 1);
        tie(m, 1, 2, ONLINE, 1, 1, 1);
        know(m, 0, 0, 1.0);
        know(m, 2, 0, 0.7);
        steps(m, 5);
        assertReach(m, 1, 0.7, 0, 0, 0);
        assertReach(m, 0, 0, 0, 0, 0);
    }
}
