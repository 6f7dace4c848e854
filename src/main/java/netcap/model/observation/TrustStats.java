package netcap.model.observation;

import netcap.model.NetcapModel;
import netcap.world.Agents;
import netcap.world.MultiplexNetwork;

/**
 * Dyadic trust on the ties between members, as the teaching views chart it: the mean by level of
 * relationship (stranger to close friend), the mean by layer (face to face only, online only, both)
 * and the distribution in {@link #BINS} bins of width 0.1 over [0, 1]. Each tie entry (one
 * direction of a tie) counts once, as in {@link Metric#MEAN_TIE_TRUST}. Built from the live model
 * ({@link #of(NetcapModel)}) or from any list of entries (a recorded snapshot) with a {@link Builder}.
 *
 * @param meanByLevel mean trust of the entries at each level 0..4 ({@code NaN} when a level has none)
 * @param countByLevel entries at each level
 * @param meanByLayer mean trust of the entries by layer: 0 face to face only, 1 online only, 2 both ({@code NaN} when none)
 * @param countByLayer entries by layer, same indices
 * @param histogram entries whose trust falls in [b/10, (b+1)/10) (the last bin includes 1)
 * @param mean mean trust over all entries ({@code NaN} when there are none)
 */
public record TrustStats(double[] meanByLevel, long[] countByLevel, double[] meanByLayer, long[] countByLayer, long[] histogram,
                         double mean) {
    /** Levels of relationship (0 stranger … 4 close friend). */
    public static final int LEVELS = 5;
    /** Layer classes: face to face only, online only, both. */
    public static final int LAYERS = 3;
    /** Bins of the distribution. */
    public static final int BINS = 10;
    public static final int FACE_TO_FACE = 0;
    public static final int ONLINE = 1;
    public static final int BOTH = 2;

    /** The trust on every tie entry between two members of the model now. */
    public static TrustStats of(NetcapModel m) {
        MultiplexNetwork net = m.network;
        byte[] status = m.agents.status;
        float[] tt = net.trust();
        byte[] lv = net.levels();
        byte[] ly = net.layerMasks();
        int[] nbr = net.neighbors();
        int physical = 1 << MultiplexNetwork.PHYSICAL;
        int virtual = net.virtualLayersMask();
        Builder b = new Builder();
        for (int u = 0; u < net.nodes(); u++) {
            if (status[u] != Agents.MEMBER) {
                continue;
            }
            int s = net.start(u);
            for (int k = s; k < s + net.degree(u); k++) {
                if (status[nbr[k]] == Agents.MEMBER) {
                    b.add(tt[k], lv[k], (ly[k] & physical) != 0, (ly[k] & virtual) != 0);
                }
            }
        }
        return b.build();
    }

    /** Collects tie entries. */
    public static final class Builder {
        private final double[] sumLevel = new double[LEVELS];
        private final long[] nLevel = new long[LEVELS];
        private final double[] sumLayer = new double[LAYERS];
        private final long[] nLayer = new long[LAYERS];
        private final long[] hist = new long[BINS];
        private double sum;
        private long n;

        /**
         * Adds one tie entry.
         *
         * @param trust     its dyadic trust in [0, 1]
         * @param level     its level 0..4
         * @param physical  whether the tie is face to face
         * @param online    whether it is on an online layer
         */
        public Builder add(double trust, int level, boolean physical, boolean online) {
            if (level < 0 || level >= LEVELS) {
                throw new IllegalArgumentException("level must be in 0..4, was " + level);
            }
            sumLevel[level] += trust;
            nLevel[level]++;
            int layer = physical && online ? BOTH : online ? ONLINE : FACE_TO_FACE;
            sumLayer[layer] += trust;
            nLayer[layer]++;
            hist[Math.max(0, Math.min(BINS - 1, (int) Math.floor(trust * BINS)))]++;
            sum += trust;
            n++;
            return this;
        }

        public TrustStats build() {
            double[] ml = new double[LEVELS];
            for (int l = 0; l < LEVELS; l++) {
                ml[l] = nLevel[l] == 0 ? Double.NaN : sumLevel[l] / nLevel[l];
            }
            double[] my = new double[LAYERS];
            for (int l = 0; l < LAYERS; l++) {
                my[l] = nLayer[l] == 0 ? Double.NaN : sumLayer[l] / nLayer[l];
            }
            return new TrustStats(ml, nLevel.clone(), my, nLayer.clone(), hist.clone(), n == 0 ? Double.NaN : sum / n);
        }
    }
}
