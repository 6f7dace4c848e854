package netcap.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One rule of the model, run once per step by MASON's schedule at its {@link #order()}. A
 * mechanism reads and writes the model's state arrays; it holds no agent objects.
 */
public abstract class Mechanism implements Steppable {
    private static final long serialVersionUID = 1L;

    /** The mechanism's name as used in specs ({@code mechanisms: {name: false}}). */
    public abstract String name();

    /** Its place in the step, one of the {@link Order} constants. */
    public abstract int order();

    /** Runs the mechanism for the current step. */
    public abstract void apply(NetcapModel model);

    @Override
    public final void step(SimState state) {
        apply((NetcapModel) state);
    }
}
