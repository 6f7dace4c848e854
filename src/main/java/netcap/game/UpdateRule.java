package netcap.game;

import netcap.schema.Choice;

/** Imitation rules of {@link PublicGoodsGame#imitate}: x compares its payoff with a random neighbour y's. */
public enum UpdateRule implements Choice {
    /**
     * Santos, Santos &amp; Pacheco (2008), after Santos &amp; Pacheco (2005, PRL 95:098104): if
     * {@code P_y > P_x}, x adopts y's strategy with probability {@code (P_y - P_x) / M}, M the
     * largest payoff difference possible for the two degrees
     * ({@link PublicGoodsGame#maxPayoffDifference}); never if {@code P_y <= P_x}.
     */
    PAIRWISE_COMPARISON("pairwise"),
    /**
     * Fermi rule (Szabó &amp; Tőke 1998, PRE 58:69; Traulsen, Nowak &amp; Pacheco 2006, PRE
     * 74:011909): x adopts y's strategy with probability {@code 1 / (1 + exp(-beta (P_y - P_x)))}.
     */
    FERMI("fermi");

    private final String label;

    UpdateRule(String label) {
        this.label = label;
    }

    /** How specs write it ({@code pairwise}, {@code fermi}). */
    @Override
    public String label() {
        return label;
    }
}
