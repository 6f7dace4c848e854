package netcap.validate;

import ec.util.MersenneTwisterFast;

/**
 * Combination (explicit to explicit) in {@link MarchModel}: the code combines the superior
 * group's articulated beliefs. On each dimension where the dominant view of the superior group
 * (the sign of #(+1) - #(-1); a tie has none) is non-zero and differs from the code, the code
 * changes with probability {@code 1 - (1 - p2)^k} (March 1991, footnote 1; k from
 * {@link MarchModel#k(int)}), to the dominant view, or to 0 with {@link MarchRules#gradualCode()}
 * when the code held the opposite view. Dimensions are independent. Cost O(m).
 */
final class MarchCombination extends MarchMechanism {
    private static final long serialVersionUID = 1L;

    @Override
    String name() {
        return "combination";
    }

    @Override
    void apply(MarchModel model) {
        double[] explicit = model.agents.explicit;
        MersenneTwisterFast rng = model.codeRng;
        int base = MarchModel.CODE * model.m;
        double stay = 1 - model.p2;
        for (int d = 0; d < model.m; d++) {
            int dom = model.dominant(d);
            double c = explicit[base + d];
            if (dom == 0 || dom == c) {
                continue;
            }
            int k = model.k(d);
            if (k <= 0) {
                continue;
            }
            if (rng.nextDouble() >= Math.pow(stay, k)) {
                explicit[base + d] = model.rules.gradualCode() && c != 0 ? 0 : dom;
            }
        }
    }
}
