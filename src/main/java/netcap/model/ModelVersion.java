package netcap.model;

import java.util.List;

/**
 * The version of the model's rules. It changes whenever a change to the model alters what a run
 * computes from the same spec and seed (a rule, a default, a metric's definition), not when only
 * the engine, the outputs' format or the tools around the model change. Every run folder's
 * {@code manifest.json} records it, so results made by different models are never mixed up.
 */
public final class ModelVersion {
    /** The current version. */
    public static final int CURRENT = 1;

    /** What each version is, oldest first; the last entry describes {@link #CURRENT}. */
    public static final List<String> HISTORY = List.of(
            "1: the first published model (docs/ODD.md): SECI knowledge flows with a horizon of intermediaries, trust, "
                    + "five relationship levels, tie formation, a public goods game with conditional cooperation, "
                    + "reputation and exclusion, satisfaction-driven activity, growth by social proof or thresholds");

    private ModelVersion() {
    }
}
