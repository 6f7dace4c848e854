package netcap.validate;

import ec.util.MersenneTwisterFast;

/**
 * Internalization (explicit to tacit) in {@link MarchModel}, March's "socialization": on each
 * dimension where the code is non-zero and differs from an individual's belief, the individual
 * adopts the code's belief with probability p1 (or, with {@link MarchRules#gradualSocialization()}, moves one
 * step: 0 to the code's belief, the opposite belief to 0). March (1991, p. 74): "if the code is 0
 * on a particular dimension, individual belief is not affected. In each period in which the code
 * differs on any particular dimension from the belief of an individual, individual belief
 * changes to that of the code with probability, p1." Dimensions and individuals are independent;
 * draws are made in individual-then-dimension order for eligible pairs only. Cost O(n m).
 */
final class MarchInternalization extends MarchMechanism {
    private static final long serialVersionUID = 1L;

    @Override
    String name() {
        return "internalization";
    }

    @Override
    void apply(MarchModel model) {
        int m = model.m;
        double[] tacit = model.agents.tacit;
        double[] explicit = model.agents.explicit;
        MersenneTwisterFast rng = model.socializationRng;
        int base = MarchModel.CODE * m;
        boolean gradual = model.rules.gradualSocialization();
        for (int i = 1; i <= model.n; i++) {
            for (int d = 0; d < m; d++) {
                double c = explicit[base + d];
                double b = tacit[i * m + d];
                if (c != 0 && b != c && rng.nextDouble() < model.p1) {
                    tacit[i * m + d] = gradual && b != 0 ? 0 : c;
                }
            }
        }
    }
}
