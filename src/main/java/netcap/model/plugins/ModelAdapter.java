package netcap.model.plugins;

import netcap.api.Model;
import netcap.api.RandomStream;
import netcap.model.NetcapModel;
import netcap.model.ParamRegistry;
import netcap.model.StepState;
import netcap.util.Names;
import netcap.world.Agents;
import netcap.world.MultiplexNetwork;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The model as a plug-in sees it ({@link Model}): for a mechanism, with the step-state variables
 * it declared and its own random stream; for a metric, read-only. Every call reads the model's
 * current arrays, so the adapter stays valid when agents or ties are added.
 */
final class ModelAdapter implements Model {
    private static final Map<String, Field> VARIABLES = new LinkedHashMap<>();

    static {
        for (Field f : StepState.variables()) {
            VARIABLES.put(f.getName(), f);
        }
    }

    private final NetcapModel m;
    private final String who;
    private final Set<String> reads;
    private final Set<String> writes;
    private final RandomStream random;
    private final boolean readOnly;
    private long recordedStep;

    private ModelAdapter(NetcapModel m, String who, Set<String> reads, Set<String> writes, RandomStream random, boolean readOnly) {
        this.m = m;
        this.who = who;
        this.reads = reads;
        this.writes = writes;
        this.random = random;
        this.readOnly = readOnly;
    }

    /** The view for a plug-in mechanism: what it declared, and its stream. */
    static ModelAdapter forMechanism(NetcapModel m, LoadedPlugin.MechanismInfo info, RandomStream random) {
        Set<String> r = new HashSet<>(info.reads());
        r.addAll(info.writes());
        return new ModelAdapter(m, "mechanism '" + info.name() + "'", r, new HashSet<>(info.writes()), random, false);
    }

    /** The read-only view for the plug-in metrics of a run. */
    static ModelAdapter forMetrics(NetcapModel m) {
        return new ModelAdapter(m, "a metric", null, Set.of(), null, true);
    }

    NetcapModel model() {
        return m;
    }

    /** Sets the step a metric is recorded for. */
    void recording(long step) {
        this.recordedStep = step;
    }

    private int agent(int i) {
        if (i < 0 || i >= m.agents.size()) {
            throw new IndexOutOfBoundsException("agent " + i + " is outside 0.." + (m.agents.size() - 1));
        }
        return i;
    }

    private int domain(int q) {
        if (q < 0 || q >= m.params.domains) {
            throw new IndexOutOfBoundsException("domain " + q + " is outside 0.." + (m.params.domains - 1));
        }
        return q;
    }

    private void changing(String what) {
        if (readOnly) {
            throw new IllegalStateException(who + " cannot change the model (" + what + "); only a mechanism can");
        }
    }

    @Override
    public long step() {
        return readOnly ? recordedStep : m.step() + 1;
    }

    @Override
    public int agents() {
        return m.agents.size();
    }

    @Override
    public int domains() {
        return m.params.domains;
    }

    @Override
    public List<String> channels() {
        List<String> out = new ArrayList<>();
        for (int l = 0; l < m.network.layerCount(); l++) {
            if (l != MultiplexNetwork.PHYSICAL) {
                out.add(m.network.layerName(l));
            }
        }
        return out;
    }

    @Override
    public boolean member(int i) {
        return m.agents.status[agent(i)] == Agents.MEMBER;
    }

    @Override
    public double activity(int i) {
        return m.agents.activity[agent(i)];
    }

    @Override
    public double trust(int i) {
        return m.agents.generalTrust[agent(i)];
    }

    @Override
    public void setTrust(int i, double trust) {
        changing("setTrust");
        m.agents.generalTrust[agent(i)] = Math.max(0, Math.min(1, trust));
    }

    @Override
    public double satisfaction(int i) {
        return m.agents.satisfaction[agent(i)];
    }

    @Override
    public boolean freeRider(int i) {
        return m.agents.strategy[agent(i)] == Agents.FREE_RIDER;
    }

    @Override
    public double tacit(int i, int q) {
        return m.agents.tacit[agent(i) * m.params.domains + domain(q)];
    }

    @Override
    public double explicit(int i, int q) {
        return m.agents.explicit[agent(i) * m.params.domains + domain(q)];
    }

    @Override
    public void addTacit(int i, int q, double amount) {
        changing("addTacit");
        int k = agent(i) * m.params.domains + domain(q);
        m.agents.tacit[k] = Math.max(0, m.agents.tacit[k] + finite(amount));
    }

    @Override
    public void addExplicit(int i, int q, double amount) {
        changing("addExplicit");
        int k = agent(i) * m.params.domains + domain(q);
        m.agents.explicit[k] = Math.max(0, m.agents.explicit[k] + finite(amount));
    }

    private static double finite(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("amount must be finite, was " + v);
        }
        return v;
    }

    @Override
    public double similarity(int i, int j) {
        return m.agents.similarity(agent(i), agent(j));
    }

    @Override
    public int region(int i) {
        return m.agents.region[agent(i)];
    }

    @Override
    public double x(int i) {
        return m.agents.x[agent(i)];
    }

    @Override
    public double y(int i) {
        return m.agents.y[agent(i)];
    }

    @Override
    public int degree(int i) {
        return m.network.degree(agent(i));
    }

    @Override
    public int neighbor(int i, int k) {
        int d = m.network.degree(agent(i));
        if (k < 0 || k >= d) {
            throw new IndexOutOfBoundsException("agent " + i + " has " + d + " ties; no tie " + k);
        }
        return m.network.neighbors()[m.network.start(i) + k];
    }

    @Override
    public boolean tied(int i, int j) {
        return m.network.hasTie(agent(i), agent(j));
    }

    @Override
    public boolean physical(int i, int j) {
        return (m.network.layers(agent(i), agent(j)) & (1 << MultiplexNetwork.PHYSICAL)) != 0;
    }

    @Override
    public int level(int i, int j) {
        return m.network.level(agent(i), agent(j));
    }

    @Override
    public double tieTrust(int i, int j) {
        return m.network.trust(agent(i), agent(j));
    }

    @Override
    public boolean addTie(int i, int j, String layer, int level, double trust) {
        changing("addTie");
        int l = m.network.layerIndex(layer);
        if (l < 0) {
            throw new IllegalArgumentException("unknown layer '" + layer + "'; layers: " + String.join(", ", layerNames()));
        }
        if (!(trust >= 0 && trust <= 1)) {
            throw new IllegalArgumentException("tie trust must be in [0, 1], was " + trust);
        }
        if (level < 0 || level > 4) {
            throw new IllegalArgumentException("level must be 0..4, was " + level);
        }
        return m.network.addTie(agent(i), agent(j), 1 << l, level, (float) trust, (float) trust);
    }

    private List<String> layerNames() {
        List<String> out = new ArrayList<>();
        for (int l = 0; l < m.network.layerCount(); l++) {
            out.add(m.network.layerName(l));
        }
        return out;
    }

    @Override
    public void setLevel(int i, int j, int level) {
        changing("setLevel");
        m.network.setLevel(agent(i), agent(j), level);
    }

    @Override
    public boolean removeTie(int i, int j) {
        changing("removeTie");
        return m.network.removeTie(agent(i), agent(j));
    }

    private Object param(String name) {
        Object v = ParamRegistry.get(m.params, name);
        if (v == null) {
            throw new IllegalArgumentException("unknown parameter '" + name + "'");
        }
        return v;
    }

    @Override
    public double number(String parameter) {
        Object v = param(parameter);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException("parameter '" + parameter + "' is not a number (it is " + v + ")");
    }

    @Override
    public int integer(String parameter) {
        Object v = param(parameter);
        if (v instanceof Integer n) {
            return n;
        }
        throw new IllegalArgumentException("parameter '" + parameter + "' is not an integer (it is " + v + ")");
    }

    @Override
    public boolean flag(String parameter) {
        Object v = param(parameter);
        if (v instanceof Boolean b) {
            return b;
        }
        throw new IllegalArgumentException("parameter '" + parameter + "' is not a yes/no parameter (it is " + v + ")");
    }

    @Override
    public RandomStream random() {
        if (random == null) {
            throw new IllegalStateException(who + " draws no random numbers; metrics are functions of the state");
        }
        return random;
    }

    private Object variable(String name, Class<?> type, boolean write) {
        Field f = VARIABLES.get(name);
        if (f == null) {
            throw new IllegalArgumentException("unknown step-state variable '" + name + "'" + Names.didYouMean(name, VARIABLES.keySet()));
        }
        if (f.getType() != type) {
            throw new IllegalArgumentException("step-state variable '" + name + "' is of type " + f.getType().getSimpleName()
                    + ", not " + type.getSimpleName());
        }
        if (reads != null && !(write ? writes : reads).contains(name)) {
            throw new IllegalStateException(who + " uses step-state variable '" + name + "' without declaring it in its "
                    + (write ? "writes()" : "reads() or writes()"));
        }
        try {
            return f.get(m.state);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public double[] stepDoubles(String variable) {
        return (double[]) variable(variable, double[].class, false);
    }

    @Override
    public float[] stepFloats(String variable) {
        return (float[]) variable(variable, float[].class, false);
    }

    @Override
    public int[] stepInts(String variable) {
        return (int[]) variable(variable, int[].class, false);
    }

    @Override
    public byte[] stepBytes(String variable) {
        return (byte[]) variable(variable, byte[].class, false);
    }

    @Override
    public double stepCounter(String variable) {
        Field f = VARIABLES.get(variable);
        Object v = variable(variable, f != null && f.getType() == int.class ? int.class : double.class, false);
        return ((Number) v).doubleValue();
    }

    @Override
    public void addToStepCounter(String variable, double amount) {
        changing("addToStepCounter");
        Field f = VARIABLES.get(variable);
        Class<?> type = f != null && f.getType() == int.class ? int.class : double.class;
        Object v = variable(variable, type, true);
        try {
            if (type == int.class) {
                if (amount != Math.rint(amount)) {
                    throw new IllegalArgumentException("step-state counter '" + variable + "' counts whole numbers; cannot add " + amount);
                }
                f.setInt(m.state, (Integer) v + (int) amount);
            } else {
                f.setDouble(m.state, (Double) v + finite(amount));
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
