package netcap.chart;

import java.math.BigDecimal;
import java.math.MathContext;

/** Number formatting for chart labels and report tables. */
public final class Format {
    private Format() {
    }

    /** {@code v} to 4 significant digits, plain notation for 1e-4 &lt;= |v| &lt; 1e7, "–" for NaN. */
    public static String sig4(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal b = new BigDecimal(v).round(new MathContext(4));
        double a = Math.abs(v);
        if (a >= 1e-4 && a < 1e7) {
            String s = b.stripTrailingZeros().toPlainString();
            return s.startsWith("-") ? "−" + s.substring(1) : s;
        }
        String s = String.format(java.util.Locale.ROOT, "%.3e", v);
        return s.replace("-", "−");
    }

    /** A parameter value for labels: the text as written when it is short, otherwise 4 significant digits. */
    static String short4(double v, String text) {
        if (Double.isNaN(v) || text.length() <= 6) {
            return text;
        }
        return sig4(v);
    }
}
