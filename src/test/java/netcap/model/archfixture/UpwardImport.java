package netcap.model.archfixture;

import netcap.chart.Theme;

import java.awt.Color;

/**
 * Test fixture for {@code netcap.ArchitectureTest}: a class in a model package that imports the
 * charts, which the layer rule must reject. Not part of the checked code.
 */
public final class UpwardImport {
    private UpwardImport() {
    }

    /** The chart colour of the model's first series: the kind of dependency the layers forbid. */
    public static Color seriesColour() {
        return Theme.BLUE;
    }
}
