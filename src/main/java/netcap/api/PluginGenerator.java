package netcap.api;

import java.util.List;

/**
 * A network generator, named in a spec's {@code network: {generator: NAME, ...}}; the other keys
 * of that block are its {@link #parameters()} (a sweep varies them as {@code network.KEY}). It
 * builds the initial ties; the model then spreads them over the layers and levels as it does for
 * the built-in generators.
 */
public interface PluginGenerator {
    /** The generator's name: not the name of a built-in generator. */
    String name();

    /** One line on what it generates. */
    String description();

    /** Its parameters (given in the spec's network block); a parameter named {@code n} is usual for the size. */
    List<Parameter> parameters();

    /**
     * The number of agents the generated network has, from the settings alone.
     *
     * @throws IllegalArgumentException naming the parameter when the settings do not fit together
     */
    int nodes(Settings settings);

    /** Adds the ties of the network between agents {@code 0 .. nodes - 1} to {@code ties}, drawing only from {@code random}. */
    void generate(Settings settings, RandomStream random, Ties ties);

    /** The values of the generator's parameters for one network (defaults filled in, ranges checked). */
    interface Settings {
        int integer(String name);

        double number(String name);

        boolean flag(String name);
    }

    /** Where a generator puts its ties. */
    interface Ties {
        /**
         * Adds an undirected tie between {@code a} and {@code b}; a second tie between the same
         * agents is ignored.
         *
         * @throws IllegalArgumentException for a self-tie or an agent outside {@code 0 .. nodes - 1}
         */
        void add(int a, int b);
    }
}
