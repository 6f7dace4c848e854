package netcap.random;

import ec.util.MersenneTwisterFast;

import java.nio.charset.StandardCharsets;

/**
 * Derivation of independent random streams from one master seed.
 *
 * <p>Every random draw in netcap comes from a {@link MersenneTwisterFast} whose seed is derived
 * from the experiment's master seed by this class, never from an unseeded generator and never by
 * {@code seed + i}. The scheme is a tree of 64-bit keys:
 *
 * <pre>
 *   key(child) = mix64(key(parent) XOR mix64(GOLDEN * (index + 1)))          for an integer index
 *   key(child) = mix64(key(parent) XOR mix64(fnv1a64(label)))                for a named child
 * </pre>
 *
 * where {@code mix64} is the SplitMix64 finalizer (Steele, Lea &amp; Flood, "Fast splittable
 * pseudorandom number generators", OOPSLA 2014) and {@code GOLDEN = 0x9E3779B97F4A7C15}. A run's
 * stream for a mechanism is {@code key(master / point p / replicate r / "mechanism name")}.
 * Adjacent indices therefore give keys that differ in about half of their bits, unlike
 * {@code seed + i}, whose Mersenne Twister states would be seeded from nearly equal values.
 * The derived key seeds a Mersenne Twister through its full {@code int[]} seeding routine.
 */
public final class Streams {
    /** The 64-bit golden ratio constant used by SplitMix64. */
    public static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Streams() {
    }

    /** SplitMix64's output finalizer (variant 13 of Stafford's mixers); a bijection on longs. */
    public static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** 64-bit FNV-1a hash of a label's UTF-8 bytes. */
    public static long fnv1a64(String label) {
        long h = 0xcbf29ce484222325L;
        for (byte b : label.getBytes(StandardCharsets.UTF_8)) {
            h ^= (b & 0xff);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** The key of the {@code index}-th child of {@code parent}. */
    public static long child(long parent, long index) {
        return mix64(parent ^ mix64(GOLDEN * (index + 1)));
    }

    /** The key of the child of {@code parent} named {@code label}. */
    public static long child(long parent, String label) {
        return mix64(parent ^ mix64(fnv1a64(label)));
    }

    /** The key of replicate {@code replicate} of design point {@code point} under a master seed. */
    public static long runKey(long masterSeed, int point, int replicate) {
        return child(child(child(masterSeed, "netcap"), point), replicate);
    }

    /** A Mersenne Twister seeded with all 64 bits of {@code key}. */
    public static MersenneTwisterFast rng(long key) {
        return new MersenneTwisterFast(new int[] {(int) key, (int) (key >>> 32), 0x6e657463 /* "netc" */});
    }

    /** A Mersenne Twister for the named child stream of {@code key}. */
    public static MersenneTwisterFast rng(long key, String label) {
        return rng(child(key, label));
    }
}
