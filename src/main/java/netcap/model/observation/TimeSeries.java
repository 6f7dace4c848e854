package netcap.model.observation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Rows of numbers under fixed column names; one row per recorded step. */
public final class TimeSeries {
    private final List<String> columns;
    private final List<double[]> rows = new ArrayList<>();

    public TimeSeries(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    public List<String> columns() {
        return columns;
    }

    public int columnIndex(String name) {
        int i = columns.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("unknown metric '" + name + "'");
        }
        return i;
    }

    public void add(double[] row) {
        if (row.length != columns.size()) {
            throw new IllegalArgumentException("row has " + row.length + " values for " + columns.size() + " columns");
        }
        rows.add(row);
    }

    public List<double[]> rows() {
        return Collections.unmodifiableList(rows);
    }

    public int size() {
        return rows.size();
    }

    /** The value of {@code column} in the last row. */
    public double last(String column) {
        return rows.get(rows.size() - 1)[columnIndex(column)];
    }

    /** The whole column as an array. */
    public double[] column(String column) {
        int c = columnIndex(column);
        double[] v = new double[rows.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = rows.get(i)[c];
        }
        return v;
    }

    public void clear() {
        rows.clear();
    }
}
