/**
 * The membership rules of the model (docs/ODD.md, 7.0, 7.1 and 7.10):
 * {@link netcap.model.growth.Joining} (Bass or threshold adoption and arrivals),
 * {@link netcap.model.growth.Activation} (who acts this step) and
 * {@link netcap.model.growth.Satisfaction} (satisfaction, activity and leaving). They adapt the
 * adoption models of {@code netcap.growth} to the model's state; they depend on the model core
 * ({@code netcap.model}), {@code growth}, {@code random} and {@code world}, and on no other rule
 * family.
 */
package netcap.model.growth;
