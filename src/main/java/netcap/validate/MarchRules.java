package netcap.validate;

/**
 * Variants of March's (1991) mutual-learning rules. {@link #PAPER} is the rule set as written in
 * the paper (p. 74 and footnote 1) and is what {@code netcap validate march} checks; the other
 * presets exist to show how much the published figure depends on details the text leaves open.
 *
 * @param name                 preset name
 * @param gradualSocialization one-step socialization, as in March's BASIC program (as ported by
 *                             Watts &amp; Gilbert 2014 and described by Christensen 2015): an
 *                             individual holding 0 adopts the code's belief, one holding the
 *                             opposite belief moves to 0. When false the individual adopts the
 *                             code's belief outright, as the paper's text says.
 * @param gradualCode          one-step code learning (BASIC program): a code holding the opposite
 *                             of the dominant view moves to 0. When false it adopts the dominant view.
 * @param scoreSuperior        the superior group is the individuals whose score
 *                             {@code sum(belief * reality)} (+1 per right, -1 per wrong dimension)
 *                             exceeds the code's, as in the BASIC program; when false, whose
 *                             knowledge (number of dimensions matching reality, the paper's words)
 *                             exceeds the code's.
 * @param sequential           socialization first, then the code learns from the socialized
 *                             beliefs; when false both read the state at the start of the period
 *                             ("at the same time", March 1991 p. 74; also the BASIC program's order).
 * @param literalK             k is footnote 1 read word for word: the number of superior
 *                             individuals who differ from the code on the dimension minus the
 *                             number who do not (holders of 0 differ from a non-zero code, and
 *                             both non-zero beliefs differ from a code of 0); the code can change
 *                             only when k &gt; 0. When false, k = |#(+1) - #(-1)| in the superior
 *                             group, the margin by which the dominant belief exceeds the other one
 *                             (as the BASIC program computes it from the sum of beliefs).
 * @param actions              individuals act each period (Christensen 2015, from March's
 *                             program): a belief of 0 becomes a random action of +1 or -1; the
 *                             superior group is those whose action score {@code sum(action *
 *                             reality)} exceeds the code's score, and the code learns the majority
 *                             of their actions (implies score superiority).
 */
public record MarchRules(String name, boolean gradualSocialization, boolean gradualCode, boolean scoreSuperior,
                         boolean sequential, boolean literalK, boolean actions) {
    /** The paper's text: outright adoption, knowledge-count superiority, simultaneous updates. */
    public static final MarchRules PAPER = new MarchRules("paper", false, false, false, false, false, false);
    /** The paper's text, but socialization before code learning within a period. */
    public static final MarchRules SEQUENTIAL = new MarchRules("sequential", false, false, false, true, false, false);
    /** The paper's text with footnote 1's k read word for word ({@link #literalK()}). */
    public static final MarchRules LITERAL_K = new MarchRules("literal-k", false, false, false, false, true, false);
    /** March's BASIC program as ported by Watts &amp; Gilbert (2014): gradual moves, score superiority. */
    public static final MarchRules BASIC = new MarchRules("basic", true, true, true, false, false, false);
    /**
     * Christensen's (2015) reading of March's program, as coded by Workiewicz (2019): gradual
     * socialization, individuals act (random action for a 0 belief), superiority by action score,
     * the code adopts the superior group's majority action outright.
     */
    public static final MarchRules CHRISTENSEN = new MarchRules("christensen", true, false, true, false, false, true);

    /** Every preset, {@link #PAPER} first. */
    public static final java.util.List<MarchRules> PRESETS = java.util.List.of(PAPER, SEQUENTIAL, LITERAL_K, BASIC, CHRISTENSEN);
}
