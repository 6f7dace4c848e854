package netcap.model;

import netcap.schema.Choice;

/** How non-members join (parameter {@code joinRule}). */
public enum JoinRule implements Choice {
    /** Innovation p plus imitation q times the share of member contacts (Bass 1969). */
    BASS,
    /**
     * Word of mouth and value: innovation p, plus imitation q times the share of contacts who are
     * satisfied members (a member recommends the network as much as its satisfaction is above 0),
     * plus {@code joinValue} times the value the outsider got last step from members' sales.
     */
    VALUE,
    /** When enough contacts are members (Granovetter 1978; Watts 2002). */
    THRESHOLD,
    /** Nobody joins by a rule (arrivals only). */
    NONE;
}
