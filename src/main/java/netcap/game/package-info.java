/**
 * Evolutionary games on networks, written for synchronous, allocation-free, thread-order
 * independent updates of primitive arrays over any {@link netcap.world.Adjacency}.
 *
 * <p>{@link netcap.game.PublicGoodsGame}: the public goods game on graphs of Santos, F. C.,
 * Santos, M. D. &amp; Pacheco, J. M. (2008), "Social diversity promotes the emergence of
 * cooperation in public goods games", Nature 454:213-216: every node centres one group made of
 * itself and its neighbours, every node plays in the groups of itself and of each neighbour,
 * pooled contributions are multiplied by r and shared equally; contributions per game
 * ({@link netcap.game.CostVariant#PER_GAME}) or per individual
 * ({@link netcap.game.CostVariant#PER_INDIVIDUAL}); strategies spread by imitation of a random
 * neighbour ({@link netcap.game.UpdateRule}). The replication of the paper's main result is
 * {@code netcap.validate.SantosValidation} ({@code netcap validate santos2008}).
 *
 * <p>Random draws come from {@link netcap.random.CounterRandom}, keyed by (key, step, agent,
 * salt), so any split of the nodes over threads gives the same result.
 */
package netcap.game;
