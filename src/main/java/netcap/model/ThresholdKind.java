package netcap.model;

import netcap.schema.Choice;

/** Whether thresholds are shares or numbers of contacts (parameter {@code thresholdType}). */
public enum ThresholdKind implements Choice {
    /** A share of contacts. */
    FRACTIONAL("fractional"),
    /** A number of contacts. */
    ABSOLUTE("absolute");

    private final String label;

    ThresholdKind(String label) {
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
