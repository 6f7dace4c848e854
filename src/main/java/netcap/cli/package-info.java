/**
 * The {@code netcap} command line (picocli): {@code run}, {@code docs}, {@code network},
 * {@code validate}, {@code chart}, {@code gui}, {@code bench} and {@code figures}. Bad input prints
 * one line naming what was wrong and exits with code 2 ({@link netcap.cli.Main#commandLine()}).
 *
 * <p>The top layer: it may use every other package, and none uses it.
 */
package netcap.cli;
