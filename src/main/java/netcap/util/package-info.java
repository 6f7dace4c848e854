/**
 * Small utilities with no domain knowledge: "did you mean" suggestions ({@link netcap.util.Names})
 * and waiting for pooled tasks ({@link netcap.util.Tasks}). Depends on nothing else in netcap.
 */
package netcap.util;
