package netcap.schema;

/**
 * An enum whose constants are written in specs, on the command line and in documentation by a
 * label rather than by the Java constant's name (e.g. {@code socialProof} for {@code SOCIAL_PROOF}).
 */
public interface Choice {
    /** The constant as users write it. */
    String label();
}
