package netcap.model;

import netcap.schema.Choice;

/** How non-members join (parameter {@code joinRule}). */
public enum JoinRule implements Choice {
    /** Innovation p plus imitation q times the share of member contacts (Bass 1969). */
    BASS("bass"),
    /** When enough contacts are members (Granovetter 1978; Watts 2002). */
    THRESHOLD("threshold"),
    /** Nobody joins by a rule (arrivals only). */
    NONE("none");

    private final String label;

    JoinRule(String label) {
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
