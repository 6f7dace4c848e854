package netcap.model;

import netcap.model.observation.Metric;

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
        String withSteps = replaceSection(odd, "stepstate", StepState.markdownTable());
        return replaceSection(withSteps, "metrics", Metric.markdownTable());
    }

    /**
     * {@code doc} with the text between the lines {@code <!-- NAME:begin -->} and
     * {@code <!-- NAME:end -->} replaced by {@code content}.
     *
     * @throws IllegalArgumentException when the markers are missing
     */
    public static String replaceSection(String doc, String name, String content) {
        String begin = "<!-- " + name + ":begin -->\n";
        String end = "<!-- " + name + ":end -->";
        int s = doc.indexOf(begin);
        int e = doc.indexOf(end);
        if (s < 0 || e < s) {
            throw new IllegalArgumentException("the document lacks the " + begin.trim() + " / " + end + " markers");
        }
        return doc.substring(0, s + begin.length()) + content + doc.substring(e);
    }
}
