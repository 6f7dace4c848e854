package netcap.game;

import netcap.schema.Choice;

/**
 * How a contributor's cost is spread over the public goods games it takes part in (Santos,
 * Santos &amp; Pacheco 2008, Nature 454:213-216). A node with game degree {@code k} (number of
 * playing neighbours) is a member of {@code k + 1} groups.
 */
public enum CostVariant implements Choice {
    /**
     * Fixed cost per game: a full contributor pays {@code c} into every group it belongs to,
     * {@code c (k + 1)} in total.
     */
    PER_GAME,
    /**
     * Fixed cost per individual: a full contributor pays {@code c / (k + 1)} into each of its
     * {@code k + 1} groups, {@code c} in total.
     */
    PER_INDIVIDUAL;
}
