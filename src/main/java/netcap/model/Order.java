package netcap.model;

/**
 * The fixed order in which mechanisms run within a step (MASON schedule orderings). Lower runs
 * first. Gaps leave room for mechanisms added later.
 */
public final class Order {
    /** Clears the per-step scratch state; always runs. */
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
    public static final int METRICS = 1000;

    private Order() {
    }
}
