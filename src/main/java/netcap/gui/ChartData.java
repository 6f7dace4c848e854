package netcap.gui;

import netcap.model.observation.Metrics;
import netcap.world.MultiplexNetwork;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.util.List;

/**
 * The data behind the live charts, fed one metrics row at a time (a row of
 * {@code NetcapModel.series}, columns {@link Metrics#COLUMNS}). Each line keeps at most
 * {@link #WINDOW} points (older points are dropped), so a long run does not grow memory. JFreeChart
 * datasets are plain objects: this class is tested headless; in the GUI it is only touched on the
 * Swing thread.
 */
public final class ChartData {
    /** Points kept per line. */
    public static final int WINDOW = 3000;
    /** The SECI flows charted, in order. */
    public static final List<String> SECI = List.of("socialization", "socializationCreation", "externalization", "uptake",
            "combination", "internalization", "teamCreation");

    public final XYSeries members = series("members");
    public final XYSeries active = series("active");
    public final XYSeries freeRiderShare = series("free-rider share");
    public final XYSeries totalKnowledge = series("total knowledge");
    public final XYSeries[] seci = new XYSeries[SECI.size()];
    /** Members and active members. */
    public final XYSeriesCollection population = new XYSeriesCollection();
    /** Free-rider share (left axis). */
    public final XYSeriesCollection freeRiders = new XYSeriesCollection();
    /** Total knowledge (right axis). */
    public final XYSeriesCollection knowledge = new XYSeriesCollection();
    /** The SECI flows per step. */
    public final XYSeriesCollection flows = new XYSeriesCollection();
    /** Ties between members by relationship level, now. */
    public final DefaultCategoryDataset tieLevels = new DefaultCategoryDataset();

    private final int step = col("step");
    private final int membersCol = col("members");
    private final int activeCol = col("active");
    private final int freeRiderCol = col("freeRiderShare");
    private final int knowledgeCol = col("totalKnowledge");
    private final int[] seciCols = SECI.stream().mapToInt(ChartData::col).toArray();
    private final int tieLevel0 = col("tieLevel0");
    private int rows;

    public ChartData() {
        population.addSeries(members);
        population.addSeries(active);
        freeRiders.addSeries(freeRiderShare);
        knowledge.addSeries(totalKnowledge);
        for (int i = 0; i < seci.length; i++) {
            seci[i] = series(SECI.get(i));
            flows.addSeries(seci[i]);
        }
        setLevels(new double[5]);
    }

    /** Rows appended since the last {@link #clear()}. */
    public int rows() {
        return rows;
    }

    /**
     * Appends metrics rows without notifying listeners, then notifies each line once: O(rows)
     * plus one chart redraw, however many rows arrive at once.
     */
    public void append(List<double[]> batch) {
        if (batch.isEmpty()) {
            return;
        }
        for (double[] row : batch) {
            double x = row[step];
            members.add(x, row[membersCol], false);
            if (row[step] > 0) { // nobody has acted at step 0
                active.add(x, row[activeCol], false);
            }
            freeRiderShare.add(x, row[freeRiderCol], false);
            totalKnowledge.add(x, row[knowledgeCol], false);
            for (int i = 0; i < seci.length; i++) {
                if (row[step] > 0) {
                    seci[i].add(x, row[seciCols[i]], false);
                }
            }
            rows++;
        }
        double[] last = batch.get(batch.size() - 1);
        double[] levels = new double[5];
        System.arraycopy(last, tieLevel0, levels, 0, 5);
        members.fireSeriesChanged();
        active.fireSeriesChanged();
        freeRiderShare.fireSeriesChanged();
        totalKnowledge.fireSeriesChanged();
        for (XYSeries s : seci) {
            s.fireSeriesChanged();
        }
        setLevels(levels);
    }

    /** Empties every line (a new run). */
    public void clear() {
        members.clear();
        active.clear();
        freeRiderShare.clear();
        totalKnowledge.clear();
        for (XYSeries s : seci) {
            s.clear();
        }
        setLevels(new double[5]);
        rows = 0;
    }

    private void setLevels(double[] counts) {
        for (int l = 0; l < counts.length; l++) {
            // each tie is counted from both ends in the metrics
            tieLevels.setValue(counts[l] / 2, "ties", levelName(l));
        }
    }

    /** A level's name for the bar chart ("close friend"). */
    public static String levelName(int level) {
        return MultiplexNetwork.LEVEL_NAMES.get(level).replace("closeFriend", "close friend");
    }

    private static XYSeries series(String name) {
        XYSeries s = new XYSeries(name, true, false);
        s.setMaximumItemCount(WINDOW);
        return s;
    }

    private static int col(String name) {
        int i = Metrics.COLUMNS.indexOf(name);
        if (i < 0) {
            throw new IllegalStateException("metric '" + name + "' is not recorded");
        }
        return i;
    }
}
