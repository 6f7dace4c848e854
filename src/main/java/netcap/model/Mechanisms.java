package netcap.model;

import netcap.model.exchange.Exchange;
import netcap.model.game.Contribution;
import netcap.model.game.StrategyUpdate;
import netcap.model.growth.Activation;
import netcap.model.growth.Joining;
import netcap.model.growth.Satisfaction;
import netcap.model.knowledge.Combination;
import netcap.model.knowledge.Externalization;
import netcap.model.knowledge.Forgetting;
import netcap.model.knowledge.Internalization;
import netcap.model.knowledge.Posts;
import netcap.model.knowledge.Socialization;
import netcap.model.knowledge.Teams;
import netcap.model.ties.TieFormation;
import netcap.model.ties.Ties;
import netcap.model.ties.Trust;

import java.util.List;

/** The catalogue of mechanisms, in schedule order. */
public final class Mechanisms {
    /** Every mechanism name, in schedule order. */
    public static final List<String> NAMES = create().stream().map(Mechanism::name).toList();

    private Mechanisms() {
    }

    /** One fresh instance of every built-in mechanism, in schedule order. */
    public static List<Mechanism> all() {
        return create();
    }

    /** One fresh instance of every mechanism for {@code model}, in schedule order. */
    static List<Mechanism> create() {
        return List.of(
                new Joining(), new Activation(), new Socialization(), new Externalization(), new Posts(), new Combination(),
                new Internalization(), new Teams(), new Forgetting(), new Exchange(), new Contribution(), new Trust(), new Ties(),
                new TieFormation(), new Satisfaction(), new StrategyUpdate());
    }
}
