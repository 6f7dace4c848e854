package example.meetup;

import netcap.api.Parameter;
import netcap.api.PluginGenerator;
import netcap.api.RandomStream;

import java.util.List;

/**
 * Islands: n agents in equal groups; two agents of one island are tied with probability
 * {@code inside}, and each island has {@code bridges} ties to agents of other islands. Dense
 * islands with few bridges are where a meetup across the whole membership brings new contacts.
 */
final class Islands implements PluginGenerator {
    @Override
    public String name() {
        return "islands";
    }

    @Override
    public String description() {
        return "Equal groups (islands) of agents, dense inside and joined by a few random bridges.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.integer("n", 500, 2, 10_000_000, "Number of agents."),
                Parameter.integer("islands", 10, 1, 100_000, "Number of islands (at most n)."),
                Parameter.number("inside", 0.2, 0, 1, "Probability that two agents of one island are tied."),
                Parameter.integer("bridges", 2, 0, 1_000_000, "Ties from each island to random agents of other islands."));
    }

    @Override
    public int nodes(Settings s) {
        if (s.integer("islands") > s.integer("n")) {
            throw new IllegalArgumentException("islands must be <= n (" + s.integer("n") + "), was " + s.integer("islands"));
        }
        return s.integer("n");
    }

    @Override
    public void generate(Settings s, RandomStream random, Ties ties) {
        int n = s.integer("n");
        int islands = s.integer("islands");
        double inside = s.number("inside");
        for (int g = 0; g < islands; g++) {
            int first = first(g, n, islands);
            int next = first(g + 1, n, islands);
            for (int a = first; a < next; a++) {
                for (int b = a + 1; b < next; b++) {
                    if (random.nextBoolean(inside)) {
                        ties.add(a, b);
                    }
                }
            }
        }
        if (islands < 2) {
            return;
        }
        for (int g = 0; g < islands; g++) {
            int first = first(g, n, islands);
            int size = first(g + 1, n, islands) - first;
            for (int k = 0; k < s.integer("bridges"); k++) {
                int a = first + random.nextInt(size);
                int b = random.nextInt(n - size);
                ties.add(a, b >= first ? b + size : b);
            }
        }
    }

    /** The first agent of island {@code g}: agents are split into consecutive, nearly equal blocks. */
    private static int first(int g, int n, int islands) {
        return (int) ((long) g * n / islands);
    }
}
