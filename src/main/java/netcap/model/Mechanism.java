package netcap.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One rule of the model, run once per step by MASON's schedule at its {@link #order()}. A
 * mechanism reads and writes the model's state arrays; it holds no agent objects. What it writes
 * and reads of the {@link StepState} is declared by a {@link StepAccess} annotation on its class.
 */
public abstract class Mechanism implements Steppable {
    private static final long serialVersionUID = 1L;

    /**
     * The mechanism's name as used in specs ({@code mechanisms: {name: false}}) and as the name of
     * its random stream: the class's simple name with its first letter in lower case
     * ({@code TieFormation} is {@code tieFormation}), so the two cannot drift apart. Only the
     * adapter of a plug-in's mechanism (which is named by its plug-in) overrides it.
     */
    public String name() {
        return nameOf(getClass());
    }

    /** The rule name of a mechanism class: its simple name, decapitalized. */
    public static String nameOf(Class<? extends Mechanism> type) {
        String s = type.getSimpleName();
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** Its place in the step, one of the {@link netcap.api.StepOrder} constants. */
    public abstract int order();

    /** Runs the mechanism for the current step. */
    public abstract void apply(NetcapModel model);

    @Override
    public final void step(SimState state) {
        NetcapModel m = (NetcapModel) state;
        apply(m);
        m.state.fit(m.network); // a rule that added ties (arrivals) may have moved the network past the per-entry arrays
    }
}
