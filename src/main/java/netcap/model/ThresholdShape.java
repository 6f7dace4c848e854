package netcap.model;

import netcap.schema.Choice;

/** The distribution joining thresholds are drawn from (parameter {@code thresholdDistribution}). */
public enum ThresholdShape implements Choice {
    /** Every agent has thresholdMean. */
    FIXED,
    /** Uniform on thresholdMean +- thresholdSpread. */
    UNIFORM,
    /** Normal with sd thresholdSpread, clipped at 0 (and 1 if fractional). */
    NORMAL;
}
