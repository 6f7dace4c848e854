/**
 * The state of a simulated population as primitive arrays: {@link netcap.world.Agents} (struct of
 * arrays per agent), the immutable {@link netcap.world.Graph} and the dynamic multiplex
 * {@link netcap.world.MultiplexNetwork} (both {@link netcap.world.Adjacency}), edge lists and the
 * generators' node attributes. Depends on nothing else in netcap.
 */
package netcap.world;
