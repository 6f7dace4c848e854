package netcap.model.plugins;

import ec.util.MersenneTwisterFast;
import netcap.api.RandomStream;
import netcap.random.Streams;

/** A plug-in's random stream: a Mersenne Twister seeded from a key of the run's stream tree. */
final class Stream implements RandomStream {
    private final long key;
    private final MersenneTwisterFast rng;

    Stream(long key) {
        this.key = key;
        this.rng = Streams.rng(key);
    }

    @Override
    public double nextDouble() {
        return rng.nextDouble();
    }

    @Override
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("nextInt: bound must be positive, was " + bound);
        }
        return rng.nextInt(bound);
    }

    @Override
    public boolean nextBoolean(double p) {
        return rng.nextDouble() < p;
    }

    @Override
    public double nextGaussian() {
        return rng.nextGaussian();
    }

    @Override
    public RandomStream child(String label) {
        return new Stream(Streams.child(key, label));
    }
}
