package netcap.model;

import netcap.schema.Choice;

/** Whether thresholds are shares or numbers of contacts (parameter {@code thresholdType}). */
public enum ThresholdKind implements Choice {
    /** A share of contacts. */
    FRACTIONAL,
    /** A number of contacts. */
    ABSOLUTE;
}
