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
    public static final int CURRENT = 4;

    /** What each version is, oldest first; the last entry describes {@link #CURRENT}. */
    public static final List<String> HISTORY = List.of(
            "1: the first published model (docs/ODD.md): SECI knowledge flows with a horizon of intermediaries, trust, "
                    + "five relationship levels, tie formation, a public goods game with conditional cooperation, "
                    + "reputation and exclusion, satisfaction-driven activity, growth by social proof or thresholds",
            "2: knowledge revised (docs/ODD.md): one stock of knowledge per agent and domain in two forms, tacit and explicit, "
                    + "with books that balance; socialization and posts transfer, externalization and internalization convert, "
                    + "combination and project teams create; posts travel in virtual rooms without echoes (best level in reach, "
                    + "non-backtracking) and are taken up in proportion to the gap, relevance and absorptive capacity; "
                    + "tacit knowledge travels only face to face; rooms have costs and channel-specific trust",
            "3: repairs (docs/ODD.md): conditional cooperators heed only the neighbours that acted; trust falls only for "
                    + "an empty contact (teaching costs nothing) and rises for an exchange that repays a share of the effort; "
                    + "no fixed participation fee: satisfaction is the relative return on time, with the value of the time "
                    + "elsewhere rising with what the agent knows",
            "4: relationships and exchange (docs/ODD.md): purchases over ties (trust = purchase; free riders do not pay); "
                    + "new ties by approaches that are judged by what they deliver (seller or stalker, the room where the two "
                    + "stand nearest to equal); levels kept up with a limited relationship budget and gating what ties carry; "
                    + "the public good is a commons of knowledge; reputation from what an agent gives, standing by rank; "
                    + "outsiders join by the value members give them and the word of satisfied members; no trust discount on costs");

    private ModelVersion() {
    }
}
