package netcap.model;

import netcap.model.observation.Metric;
import netcap.util.Markdown;

/**
 * The parts of docs/ODD.md generated from the model's own declarations: the step-state table
 * (section 3, from {@link StepState}) and the metric catalogue (section 7.13, from {@link Metric}). Tests check the
 * committed document against them.
 */
public final class ModelDoc {
    private ModelDoc() {
    }

    /** {@code odd} with every generated model section replaced by its current text. */
    public static String withGeneratedSections(String odd) {
        String withSteps = Markdown.replaceSection(odd, "stepstate", StepState.markdownTable());
        return Markdown.replaceSection(withSteps, "metrics", Metric.markdownTable());
    }
}
