/**
 * Small helpers with no domain knowledge: "did you mean" suggestions ({@link netcap.util.Names}),
 * waiting for pooled tasks ({@link netcap.util.Tasks}) and the generated parts of the Markdown
 * documentation ({@link netcap.util.Markdown}). Depends on nothing else in netcap.
 */
package netcap.util;
