package netcap.random;


/**
 * Stateless, counter-based uniform numbers: {@code uniform(key, step, agent, salt)} is a pure
 * function of its arguments (SplitMix64 mixing of the four). Mechanisms that draw one number per
 * agent per step use it, so the draws do not depend on the order in which threads visit agents:
 * results are identical with one thread or many. Quality: each output is a full 64-bit mix;
 * 53 bits are used for the double.
 */
public final class CounterRandom {
    private CounterRandom() {
    }

    /** A uniform double in [0,1) for (key, step, agent, salt). */
    public static double uniform(long key, long step, int agent, int salt) {
        long z = Streams.mix64(key ^ Streams.mix64(step * Streams.GOLDEN + agent));
        z = Streams.mix64(z + (salt + 1) * 0xD1B54A32D192ED03L);
        return (z >>> 11) * 0x1.0p-53;
    }
}
