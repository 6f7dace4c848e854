/**
 * Network generators: classic random-graph models and two attribute-driven ones, each a
 * {@link netcap.generate.NetworkGenerator} producing an immutable {@link netcap.world.Graph}.
 *
 * <ul>
 *   <li>{@link netcap.generate.ErdosRenyiGnp} and {@link netcap.generate.ErdosRenyiGnm} — uniform
 *       random graphs;</li>
 *   <li>{@link netcap.generate.RingLattice} and {@link netcap.generate.WattsStrogatz} — small
 *       worlds;</li>
 *   <li>{@link netcap.generate.BarabasiAlbert} — preferential attachment (scale-free);</li>
 *   <li>{@link netcap.generate.RandomRegular} — every degree equal;</li>
 *   <li>{@link netcap.generate.Regional} — regional clusters on the unit square with distance
 *       decay; writes positions and regions into {@link netcap.world.NodeAttributes};</li>
 *   <li>{@link netcap.generate.Homophily} — ties more likely between agents of similar interests;
 *       reads the interest vectors of {@link netcap.world.NodeAttributes}.</li>
 * </ul>
 *
 * <p>{@link netcap.generate.Generators} creates them by name from a parameter map and lists them
 * with their parameters ({@link netcap.generate.Generators#catalog()}).
 *
 * <p>Conventions: constructors validate their parameters and throw an
 * {@link java.lang.IllegalArgumentException} whose message starts with the generator name and
 * names the parameter, its value and what is allowed; all randomness comes from the
 * {@link ec.util.MersenneTwisterFast} passed to {@code generate}, so output is a deterministic
 * function of the parameters and the stream; every generator runs in time about linear in nodes
 * plus edges, with primitive arrays only, and handles a million nodes of mean degree 20 in
 * seconds. Empirical networks are read by {@code netcap.io}, not here.
 */
package netcap.generate;
