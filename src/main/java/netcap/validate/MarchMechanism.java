package netcap.validate;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One rule of {@link MarchModel}, run once per period by MASON's schedule. Like
 * {@code netcap.model.Mechanism} but for a {@link MarchModel} (that class requires a
 * {@code NetcapModel}).
 */
abstract class MarchMechanism implements Steppable {
    private static final long serialVersionUID = 1L;

    /** The SECI name of the mechanism. */
    abstract String name();

    /** Runs the mechanism for the current period. */
    abstract void apply(MarchModel model);

    @Override
    public final void step(SimState state) {
        apply((MarchModel) state);
    }
}
