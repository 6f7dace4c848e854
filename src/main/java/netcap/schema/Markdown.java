package netcap.schema;

import java.util.List;

/** Documentation tables rendered from keys. */
public final class Markdown {
    private Markdown() {
    }

    /** Text safe in a Markdown table cell: {@code |} escaped, line breaks as spaces. */
    public static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace('\n', ' ');
    }

    /** A table with a header row, every cell escaped. */
    public static String table(List<String> header, List<List<String>> rows) {
        StringBuilder b = new StringBuilder();
        row(b, header);
        b.append('|');
        for (int i = 0; i < header.size(); i++) {
            b.append("---|");
        }
        b.append('\n');
        for (List<String> r : rows) {
            row(b, r);
        }
        return b.toString();
    }

    private static void row(StringBuilder b, List<String> cells) {
        b.append('|');
        for (String c : cells) {
            b.append(' ').append(cell(c)).append(" |");
        }
        b.append('\n');
    }
}
