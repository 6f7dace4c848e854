/**
 * The one schema of user-facing keys: every model parameter, generator parameter, spec key and
 * chart option is declared once as a {@link netcap.schema.Key} (name, type, default, allowed
 * range or choices, group, one-line explanation, unit, translation key, whether a change applies
 * live or at the next start, slider range) and every value a user gives is converted by the one
 * converter {@link netcap.schema.Values}, with one error format. Documentation tables are
 * rendered from the keys ({@link netcap.schema.Markdown}).
 *
 * <p>Depends only on {@code netcap.util}: every other package may use it.
 */
package netcap.schema;
