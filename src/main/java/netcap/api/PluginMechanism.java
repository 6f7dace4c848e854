package netcap.api;

import java.util.List;

/**
 * A rule added to the model's step: it runs once per step, at its {@link #order()} among the
 * built-in mechanisms, on one thread (so its draws from {@link Model#random()} are the same
 * whatever the number of threads). A spec switches it off like a built-in one
 * ({@code mechanisms: {NAME: false}}), and a sweep or design may vary {@code mechanisms.NAME}.
 */
public interface PluginMechanism {
    /** The mechanism's name: a letter, then letters or digits; not the name of a built-in mechanism. */
    String name();

    /** One sentence on what the rule does (shown by {@code netcap docs plugins}). */
    default String doc() {
        return "";
    }

    /** Its place in the step: one of the {@link StepOrder} constants plus or minus a small offset. */
    int order();

    /**
     * The step-state variables the rule reads (their names as in docs/ODD.md, section 3, "Step state": e.g.
     * {@code effort}, {@code active}); {@link Model#stepDoubles} and the other step-state accessors
     * refuse a variable not declared here or in {@link #writes()}.
     */
    default List<String> reads() {
        return List.of();
    }

    /** The step-state variables the rule writes (added to; the begin step clears them). */
    default List<String> writes() {
        return List.of();
    }

    /** Runs the rule for the current step. */
    void step(Model model);
}
