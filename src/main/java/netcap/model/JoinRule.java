package netcap.model;

import netcap.schema.Choice;

/** How non-members join (parameter {@code joinRule}). */
public enum JoinRule implements Choice {
    /** Innovation p plus imitation q times the share of member contacts (Bass 1969). */
    BASS,
    /** When enough contacts are members (Granovetter 1978; Watts 2002). */
    THRESHOLD,
    /** Nobody joins by a rule (arrivals only). */
    NONE;
}
