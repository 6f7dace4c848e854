package netcap.model;

import netcap.schema.Choice;

/** The distribution joining thresholds are drawn from (parameter {@code thresholdDistribution}). */
public enum ThresholdShape implements Choice {
    /** Every agent has thresholdMean. */
    FIXED("fixed"),
    /** Uniform on thresholdMean +- thresholdSpread. */
    UNIFORM("uniform"),
    /** Normal with sd thresholdSpread, clipped at 0 (and 1 if fractional). */
    NORMAL("normal");

    private final String label;

    ThresholdShape(String label) {
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
