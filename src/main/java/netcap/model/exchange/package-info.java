/**
 * The exchange rules of the model (docs/ODD.md, 7.9a): {@link netcap.model.exchange.Exchange}
 * (purchases over ties: trust = purchase). They depend on the model core
 * ({@code netcap.model}), {@code random} and {@code world}, and on no other rule family.
 */
package netcap.model.exchange;
