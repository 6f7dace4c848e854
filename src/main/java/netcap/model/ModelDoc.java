package netcap.model;

import netcap.util.Markdown;

/**
 * The parts of docs/ODD.md generated from the model's own declarations: the step-state table
 * (section 3, from {@link StepState}) and the metric catalogue (section 7.13). Tests check the
 * committed document against them.
 */
public final class ModelDoc {
    private ModelDoc() {
    }

    /** {@code odd} with every generated model section replaced by its current text. */
    public static String withGeneratedSections(String odd) {
        return Markdown.replaceSection(odd, "stepstate", StepState.markdownTable());
    }
}
