/**
 * The teaching window ({@code netcap gui}, docs/gui.md): a MASON {@code GUIState} around
 * {@link netcap.model.NetcapModel} with the network view, parameter controls, presets, live charts
 * and screenshots. Depends on {@code model}, {@code world}, {@code generate}, {@code experiment}
 * (to load specs), {@code chart} (labels), {@code random} and {@code util}; nothing depends on it
 * but the command line.
 */
package netcap.gui;
