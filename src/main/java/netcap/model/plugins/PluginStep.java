package netcap.model.plugins;

import netcap.InputException;
import netcap.api.PluginMechanism;
import netcap.model.Mechanism;
import netcap.model.NetcapModel;
import netcap.random.Streams;

/**
 * A plug-in's mechanism in the model's schedule: named and ordered as its plug-in declared when
 * loaded, run on the schedule's thread with its own random stream
 * ({@code key(run / "plugin/" + plug-in + "/" + mechanism)}), so its draws do not depend on the
 * number of threads. An exception thrown by the plug-in's code ends the run with one line naming
 * the plug-in, the mechanism, the step and the plug-in's code line.
 */
public final class PluginStep extends Mechanism {
    private static final long serialVersionUID = 1L;

    private final transient LoadedPlugin plugin;
    private final transient LoadedPlugin.MechanismInfo info;
    private final transient PluginMechanism rule;
    private transient ModelAdapter view;

    PluginStep(LoadedPlugin plugin, LoadedPlugin.MechanismInfo info, PluginMechanism rule) {
        this.plugin = plugin;
        this.info = info;
        this.rule = rule;
    }

    @Override
    public String name() {
        return info.name();
    }

    /** The plug-in the mechanism belongs to. */
    public String plugin() {
        return plugin.name();
    }

    @Override
    public int order() {
        return info.order();
    }

    @Override
    public void apply(NetcapModel model) {
        if (view == null || view.model() != model) {
            view = ModelAdapter.forMechanism(model, info,
                    new Stream(Streams.child(model.runKey, "plugin/" + plugin.name() + "/" + info.name())));
        }
        try {
            rule.step(view);
        } catch (InputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InputException("plug-in '" + plugin.name() + "' " + plugin.version() + ", mechanism '" + info.name()
                    + "', failed in step " + (model.step() + 1) + ": " + describe(e), e);
        }
    }

    /** An exception as one line: its class, message and the first line of code outside the JDK and netcap. */
    static String describe(Throwable e) {
        String where = "";
        for (StackTraceElement s : e.getStackTrace()) {
            String c = s.getClassName();
            if (!c.startsWith("java.") && !c.startsWith("jdk.") && !c.startsWith("sun.") && !c.startsWith("netcap.")) {
                where = " (at " + c + "." + s.getMethodName() + "(" + s.getFileName() + ":" + s.getLineNumber() + "))";
                break;
            }
        }
        return Plugins.oneLine(e) + where;
    }
}
