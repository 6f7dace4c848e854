package netcap.experiment;

import java.util.List;

/**
 * What one run produced: its identity, its time series rows (already formatted CSV lines) and
 * its summary values (final and time-averaged metrics).
 *
 * @param point     design point index
 * @param replicate replicate index within the point
 * @param seed      the run key
 * @param rows      timeseries lines without the leading run column
 * @param summary   summary values, in {@link Runner#summaryColumns} order
 */
public record RunResult(int point, int replicate, long seed, List<String> rows, double[] summary) {
}
