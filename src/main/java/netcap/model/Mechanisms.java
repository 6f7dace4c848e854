package netcap.model;

import java.util.List;

/** The catalogue of mechanisms, in schedule order. */
public final class Mechanisms {
    /** Every mechanism name, in schedule order. */
    public static final List<String> NAMES = create().stream().map(Mechanism::name).toList();

    private Mechanisms() {
    }

    /** One fresh instance of every mechanism for {@code model}, in schedule order. */
    static List<Mechanism> create() {
        return List.of(
                new Joining(), new Activation(), new Socialization(), new Externalization(), new Combination(),
                new Internalization(), new Forgetting(), new Contribution(), new Trust(), new Ties(),
                new TieFormation(), new Satisfaction(), new StrategyUpdate());
    }
}
