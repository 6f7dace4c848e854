package netcap.model.knowledge;

/**
 * Absorptive capacity (Cohen &amp; Levinthal 1990; the absorptive capacity of Cowan &amp; Jonard
 * 2004): the share of what it could learn in a domain that an agent can make its own, rising with
 * the tacit knowledge it already has nearby. The related knowledge of agent i in domain q is
 * <pre>  b_iq = T_iq + rho * (sum_(q' != q) T_iq') / (D - 1)</pre>
 * (rho = {@code relatedness}; b = T_iq when D = 1) and the capacity is b / (b + h), h =
 * {@code absorptionHalf}: 0 for an agent that knows nothing related, 1/2 at b = h, approaching 1.
 * It rests on tacit knowledge (know-how to use what one reads), so internalization and
 * socialization feed it and externalization, which turns tacit into explicit, draws on it.
 */
public final class Absorption {
    private Absorption() {
    }

    /**
     * The absorptive capacity of the agent whose tacit stocks start at {@code base} in
     * {@code tacit}, in domain {@code q} of {@code d}, given the sum {@code tacitSum} of its
     * tacit stocks over all domains.
     */
    public static double capacity(double[] tacit, int base, int d, int q, double tacitSum, double half, double relatedness) {
        double own = tacit[base + q];
        double b = d == 1 ? own : own + relatedness * (tacitSum - own) / (d - 1);
        return b <= 0 ? 0 : b / (b + half);
    }

    /** The sum of the agent's tacit stocks over its {@code d} domains. */
    public static double tacitSum(double[] tacit, int base, int d) {
        double sum = 0;
        for (int q = 0; q < d; q++) {
            sum += tacit[base + q];
        }
        return sum;
    }
}
