/**
 * The knowledge rules of the model, the SECI cycle of Nonaka and Takeuchi (docs/ODD.md, 7.2 to
 * 7.6): {@link netcap.model.knowledge.Socialization} (tacit to tacit),
 * {@link netcap.model.knowledge.Externalization} (tacit to explicit, published as posts),
 * {@link netcap.model.knowledge.Combination} (posts reaching agents within the horizon, uptake and
 * new explicit knowledge), {@link netcap.model.knowledge.Internalization} (explicit to tacit) and
 * {@link netcap.model.knowledge.Forgetting}. Each is a {@link netcap.model.Mechanism}; they depend
 * on the model core ({@code netcap.model}) and {@code world}, and on no other rule family.
 */
package netcap.model.knowledge;
