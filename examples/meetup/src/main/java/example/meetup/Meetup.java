package example.meetup;

import netcap.api.Model;
import netcap.api.PluginMechanism;
import netcap.api.RandomStream;
import netcap.api.StepOrder;

import java.util.ArrayList;
import java.util.List;

/**
 * The meetup rule. Runs after tie formation and before satisfaction, so a tie made at a meetup
 * counts in the step's metrics and carries knowledge from the next step on.
 */
final class Meetup implements PluginMechanism {
    private final MeetupPlugin plugin;

    Meetup(MeetupPlugin plugin) {
        this.plugin = plugin;
    }

    @Override
    public String name() {
        return "meetup";
    }

    @Override
    public String doc() {
        return "Every meetupInterval steps, members attend with their activity as probability (at most meetupSize, in random"
                + " order); each untied pair of attendees becomes acquainted face to face with probability meetupTieChance.";
    }

    @Override
    public int order() {
        return StepOrder.TIE_FORMATION + 5;
    }

    @Override
    public List<String> writes() {
        return List.of("tiesFormed");
    }

    @Override
    public void step(Model model) {
        plugin.tiesMade(0);
        int interval = model.integer("meetupInterval");
        if (model.step() % interval != 0) {
            return;
        }
        RandomStream random = model.random();
        List<Integer> members = new ArrayList<>();
        for (int i = 0; i < model.agents(); i++) {
            if (model.member(i)) {
                members.add(i);
            }
        }
        // the members in random order (Fisher-Yates); each attends with its activity as probability
        for (int k = members.size() - 1; k > 0; k--) {
            int j = random.nextInt(k + 1);
            Integer t = members.get(k);
            members.set(k, members.get(j));
            members.set(j, t);
        }
        int size = model.integer("meetupSize");
        List<Integer> attendees = new ArrayList<>();
        for (int i : members) {
            if (attendees.size() < size && random.nextBoolean(model.activity(i))) {
                attendees.add(i);
            }
        }
        double chance = model.number("meetupTieChance");
        double trust = model.number("initialTieTrust");
        int made = 0;
        for (int a = 0; a < attendees.size(); a++) {
            for (int b = a + 1; b < attendees.size(); b++) {
                int i = attendees.get(a);
                int j = attendees.get(b);
                if (!model.tied(i, j) && random.nextBoolean(chance)) {
                    model.addTie(i, j, "physical", 1, trust);
                    made++;
                }
            }
        }
        model.addToStepCounter("tiesFormed", made);
        plugin.tiesMade(made);
    }
}
