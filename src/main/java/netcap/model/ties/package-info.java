/**
 * The tie rules of the model (docs/ODD.md, 7.7 to 7.9): {@link netcap.model.ties.Trust} (dyadic
 * and generalized trust from the step's exchanges), {@link netcap.model.ties.Ties} (relationship
 * levels promoted, demoted and dropped) and {@link netcap.model.ties.TieFormation} (triadic
 * closure, homophily, discovery lists). They depend on the model core ({@code netcap.model}) and
 * {@code world}, and on no other rule family.
 */
package netcap.model.ties;
