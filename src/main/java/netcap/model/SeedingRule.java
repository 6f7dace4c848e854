package netcap.model;

import netcap.schema.Choice;

/** Who the first members are (parameter {@code seeding}). */
public enum SeedingRule implements Choice {
    /** The best-connected agent and contacts of it: a leader and first followers. */
    FOUNDER,
    /** Agents drawn at random. */
    RANDOM;
}
