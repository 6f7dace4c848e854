package netcap.validate;

import java.util.Locale;

/**
 * A cell of a validation study whose runs stop at a steady state or at a cap on periods: the
 * periods each run took and how many runs hit the cap (censored).
 */
public interface PeriodCell {
    /** Periods each run took. */
    int[] periods();

    /** Runs that hit the cap before the steady state. */
    int censored();

    /** Mean periods over runs. */
    default double meanPeriods() {
        double s = 0;
        for (int t : periods()) {
            s += t;
        }
        return s / periods().length;
    }

    /** One report line: {@code label} then each cell's mean periods and censored runs, e.g. {@code 89(0)}. */
    static String row(String label, PeriodCell[] cells) {
        StringBuilder b = new StringBuilder("  " + label + ":");
        for (PeriodCell c : cells) {
            b.append(String.format(Locale.ROOT, " %.0f(%d)", c.meanPeriods(), c.censored()));
        }
        return b.toString();
    }
}
