package netcap.experiment;

import netcap.spec.Point;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of the output tables: the cells that identify a run (run, point, replicate, seed,
 * the varying keys), the metrics of the time series, and the summary statistics (for each metric,
 * {@code <metric>Final} and {@code <metric>Mean}).
 */
final class Columns {
    private final List<Point> points;
    private final List<String> varying;
    private final List<String> metrics;
    private final List<String> summary;

    Columns(List<Point> points, List<String> varying, List<String> metrics) {
        this.points = points;
        this.varying = List.copyOf(varying);
        this.metrics = List.copyOf(metrics);
        List<String> sc = new ArrayList<>();
        for (String m : metrics) {
            if (!m.equals("step")) {
                sc.add(m + "Final");
                sc.add(m + "Mean");
            }
        }
        this.summary = List.copyOf(sc);
    }

    /** The varying keys, in column order. */
    List<String> varying() {
        return varying;
    }

    /** The time series metrics, in column order. */
    List<String> metrics() {
        return metrics;
    }

    /** The summary statistics, in column order. */
    List<String> summary() {
        return summary;
    }

    /** The header cells that identify a run: run, point, replicate, seed, the varying keys. */
    List<String> keyHeader() {
        List<String> h = new ArrayList<>(List.of("run", "point", "replicate", "seed"));
        h.addAll(varying);
        return h;
    }

    /** The cells that identify a run after its run number: point, replicate, seed, the varying values. */
    List<String> keyCells(int point, int replicate, long seed) {
        List<String> cells = new ArrayList<>();
        cells.add(Integer.toString(point));
        cells.add(Integer.toString(replicate));
        cells.add(Long.toString(seed));
        cells.addAll(varyingCells(point));
        return cells;
    }

    /** The values of the varying keys at a point. */
    List<String> varyingCells(int point) {
        List<String> cells = new ArrayList<>();
        for (String k : varying) {
            cells.add(Csv.value(points.get(point).values().get(k)));
        }
        return cells;
    }
}
