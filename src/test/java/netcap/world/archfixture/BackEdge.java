package netcap.world.archfixture;

import netcap.model.Params;

/**
 * Test fixture for {@code netcap.ArchitectureTest}: a class in the world package that uses the
 * model, which uses the world, so the slices {@code world} and {@code model} form a cycle the
 * cycle rule must reject. Not part of the checked code.
 */
public final class BackEdge {
    private BackEdge() {
    }

    /** Default parameters: the kind of dependency that closes a cycle. */
    public static Params defaults() {
        return new Params();
    }
}
