package netcap.util;

/** Helpers for the generated parts of the Markdown documentation. */
public final class Markdown {
    private Markdown() {
    }

    /** Text made safe for a table cell: {@code |} escaped, line breaks as spaces. */
    public static String cell(String text) {
        return text.replace("|", "\\|").replace('\n', ' ');
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
