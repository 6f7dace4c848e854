package netcap.api;

import java.util.List;

/**
 * The model as a plug-in sees it: agents, their state and ties, the parameters, the step state
 * and a random stream. Agents are numbered {@code 0 .. agents() - 1}; only members take part
 * (non-members are potential joiners, their ties latent). Knowledge is in knowledge units (ku)
 * per domain {@code 0 .. domains() - 1}; trust is in [0, 1]; relationship levels run from 0
 * (stranger) to 4 (close friend).
 *
 * <p>A mechanism gets a model it may change; a metric gets a read-only one, whose changing
 * methods throw {@link IllegalStateException}. Methods that take an agent throw
 * {@link IndexOutOfBoundsException} for an id outside the range.
 */
public interface Model {
    /** The relationship levels, 0 to 4. */
    List<String> LEVELS = List.of("stranger", "acquaintance", "contact", "friend", "close friend");

    // ------------------------------------------------------------------ time and size

    /** The step being run (1 in the first step); for a metric, the step just recorded (0: the initial state). */
    long step();

    /** Every agent, members or not. */
    int agents();

    /** Number of knowledge domains. */
    int domains();

    /** The names of the virtual channels (a tie may also be in the layer {@code "physical"}). */
    List<String> channels();

    // ------------------------------------------------------------------ agents

    /** Whether agent {@code i} is a member now. */
    boolean member(int i);

    /** Agent {@code i}'s activity: its probability of acting in a step. */
    double activity(int i);

    /** Agent {@code i}'s generalized trust. */
    double trust(int i);

    /** Sets agent {@code i}'s generalized trust (clamped to [0, 1]). */
    void setTrust(int i, double trust);

    /** Agent {@code i}'s satisfaction (the moving average of its relative return, -1..1). */
    double satisfaction(int i);

    /** Whether agent {@code i} plays the free rider in the public-goods game. */
    boolean freeRider(int i);

    /** Agent {@code i}'s tacit knowledge in domain {@code q}. */
    double tacit(int i, int q);

    /** Agent {@code i}'s explicit knowledge in domain {@code q}. */
    double explicit(int i, int q);

    /** Adds {@code amount} (may be negative; the result is kept at or above 0) to agent {@code i}'s tacit knowledge in domain {@code q}. */
    void addTacit(int i, int q, double amount);

    /** Adds {@code amount} (the result is kept at or above 0) to agent {@code i}'s explicit knowledge in domain {@code q}. */
    void addExplicit(int i, int q, double amount);

    /** How alike the interests of agents {@code i} and {@code j} are, 0..1. */
    double similarity(int i, int j);

    /** Agent {@code i}'s region (0 when the network generator places no regions). */
    int region(int i);

    /** Agent {@code i}'s position on the unit square (drawn at random unless the generator places agents). */
    double x(int i);

    /** See {@link #x}. */
    double y(int i);

    // ------------------------------------------------------------------ ties

    /** Number of ties of agent {@code i} (any layer, members or not). */
    int degree(int i);

    /** The {@code k}-th neighbour of agent {@code i}, {@code 0 <= k < degree(i)}. */
    int neighbor(int i, int k);

    /** Whether {@code i} and {@code j} are tied in any layer. */
    boolean tied(int i, int j);

    /** Whether {@code i} and {@code j} are tied face to face (the physical layer). */
    boolean physical(int i, int j);

    /** The relationship level of the tie, or -1 when there is none. */
    int level(int i, int j);

    /** {@code i}'s trust in {@code j} over their tie, or NaN when there is none. */
    double tieTrust(int i, int j);

    /**
     * Ties {@code i} and {@code j} in {@code layer} ({@code "physical"} or a channel name) at
     * {@code level} with trust {@code trust} both ways; when they are tied already, the layer is
     * added and level and trust are kept.
     *
     * @return true when a new tie was made
     * @throws IllegalArgumentException for a self-tie, an unknown layer, a level outside 0..4 or trust outside [0, 1]
     */
    boolean addTie(int i, int j, String layer, int level, double trust);

    /** Sets the level of the tie between {@code i} and {@code j} (both directions). */
    void setLevel(int i, int j, int level);

    /** Removes the tie between {@code i} and {@code j} in every layer; false when there was none. */
    boolean removeTie(int i, int j);

    // ------------------------------------------------------------------ parameters

    /** The value of a number parameter (built-in or a plug-in's); an integer parameter is returned as a number. */
    double number(String parameter);

    /** The value of an integer parameter. */
    int integer(String parameter);

    /** The value of a yes/no parameter. */
    boolean flag(String parameter);

    // ------------------------------------------------------------------ random numbers

    /** The stream of the mechanism being run (derived from the run's seed and its name). */
    RandomStream random();

    // ------------------------------------------------------------------ step state

    /**
     * The live array of a step-state variable of type {@code double} (docs/ODD.md section 3, "Step state"),
     * indexed by agent (or as its shape says). The mechanism must declare the variable in its
     * reads or writes; a metric may read any.
     *
     * @throws IllegalArgumentException for an unknown variable or one of another type
     * @throws IllegalStateException    for a variable the mechanism did not declare
     */
    double[] stepDoubles(String variable);

    /** As {@link #stepDoubles}, for a variable of type {@code float}. */
    float[] stepFloats(String variable);

    /** As {@link #stepDoubles}, for a variable of type {@code int}. */
    int[] stepInts(String variable);

    /** As {@link #stepDoubles}, for a variable of type {@code byte} (e.g. {@code active}, 1 when the agent acts this step). */
    byte[] stepBytes(String variable);

    /** The value of a step-state counter (e.g. {@code tiesFormed}, {@code teamsFormed}); declared as above. */
    double stepCounter(String variable);

    /** Adds {@code amount} to a step-state counter the mechanism declared among its writes. */
    void addToStepCounter(String variable, double amount);
}
