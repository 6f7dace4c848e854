/**
 * The public goods rules of the model (docs/ODD.md, 7.11 and 7.12):
 * {@link netcap.model.game.Contribution} (the public goods game on each neighbourhood,
 * conditional cooperation, reputation and standing) and {@link netcap.model.game.StrategyUpdate}
 * (strategies spread by imitation). They adapt the network games of {@code netcap.game} to the
 * model's state; they depend on the model core ({@code netcap.model}), {@code game},
 * {@code random} and {@code world}, and on no other rule family.
 */
package netcap.model.game;
