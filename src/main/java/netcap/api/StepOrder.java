package netcap.api;

/**
 * Where the built-in mechanisms run within a step (lower runs first). A plug-in mechanism's
 * {@link PluginMechanism#order()} places it between them: strictly between {@link #BEGIN} and
 * {@link #METRICS}, and not at the order of a built-in mechanism or of another plug-in's
 * mechanism (two rules at one order would run in no defined order). For example
 * {@code StepOrder.TIE_FORMATION + 5} runs after tie formation and before satisfaction.
 */
public final class StepOrder {
    /** The begin step: clears the per-step state. Plug-in mechanisms run after it. */
    public static final int BEGIN = 0;
    public static final int JOINING = 5;
    public static final int ACTIVATION = 10;
    public static final int SOCIALIZATION = 20;
    public static final int EXTERNALIZATION = 30;
    public static final int POSTS = 35;
    public static final int COMBINATION = 40;
    public static final int INTERNALIZATION = 50;
    public static final int TEAMS = 55;
    public static final int FORGETTING = 60;
    public static final int EXCHANGE = 62;
    public static final int CONTRIBUTION = 65;
    public static final int TRUST = 70;
    public static final int TIES = 80;
    public static final int TIE_FORMATION = 90;
    public static final int SATISFACTION = 100;
    public static final int STRATEGY = 110;
    /** The metrics are recorded at this order, after every mechanism. Plug-in mechanisms run before it. */
    public static final int METRICS = 1000;

    private StepOrder() {
    }
}
