package netcap.model;

import netcap.schema.Choice;

/** Who the first members are (parameter {@code seeding}). */
public enum SeedingRule implements Choice {
    /** The best-connected agent and contacts of it: a leader and first followers. */
    FOUNDER("founder"),
    /** Agents drawn at random. */
    RANDOM("random");

    private final String label;

    SeedingRule(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
