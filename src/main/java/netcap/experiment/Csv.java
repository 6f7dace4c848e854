package netcap.experiment;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

/** CSV formatting shared by every netcap output: RFC 4180 via commons-csv, '\n' line ends, deterministic numbers. */
public final class Csv {
    /** The format of every CSV netcap writes. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').build();

    private Csv() {
    }

    /**
     * A number as text: integers without a decimal point, other values as Java's shortest
     * round-tripping decimal (so the text parses back to exactly the same double), NaN as empty.
     */
    public static String num(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** A value (number, boolean or text) as text. */
    public static String value(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double || v instanceof Float) {
            return num(((Number) v).doubleValue());
        }
        if (v instanceof Enum<?> e) {
            return netcap.schema.Key.label(e);
        }
        return v.toString();
    }

    /** One CSV record (with its line end). */
    public static String line(List<String> cells) {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, FORMAT)) {
            p.printRecord(cells);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return w.toString();
    }
}
