package netcap.validate;

/**
 * Externalization (tacit to explicit) in {@link MarchModel}: the superior group, the
 * individuals whose knowledge exceeds the code's, articulate their tacit beliefs as a tally per
 * dimension (how many hold +1, how many -1), which {@link MarchCombination} reads. March
 * (1991, p. 74): "the organizational code adapts to the beliefs of those individuals whose
 * beliefs correspond with reality on more dimensions than does the code". Cost O(n m).
 */
final class MarchExternalization extends MarchMechanism {
    private static final long serialVersionUID = 1L;

    @Override
    String name() {
        return "externalization";
    }

    @Override
    void apply(MarchModel model) {
        model.articulateSuperiorGroup();
    }
}
