package netcap.gui;

import netcap.model.observation.Metrics;
import netcap.model.observation.TrustStats;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.util.ArrayList;
import java.util.List;

/**
 * The data behind the live charts of one model, fed one metrics row at a time (a row of
 * {@code NetcapModel.series}, columns {@link Metrics#COLUMNS}) and, for trust, one
 * {@link TrustStats} per step. Each line keeps at most {@link #WINDOW} points (older points are
 * dropped), so a long run does not grow memory. Series and categories are named in the window's
 * language. JFreeChart datasets are plain objects: this class is tested headless; in the GUI it is
 * only touched on the Swing thread.
 */
public final class ChartData {
    /** Points kept per line. */
    public static final int WINDOW = 3000;
    /** The SECI flows charted, in order. */
    public static final List<String> SECI = List.of("socialization", "socializationCreation", "externalization", "uptake",
            "combination", "internalization", "teamCreation");
    /** The exchange flows charted per step (trust = purchase). */
    public static final List<String> EXCHANGE = List.of("purchases", "approaches", "tiesFormed");

    public final XYSeries members;
    public final XYSeries active;
    public final XYSeries freeRiderShare;
    public final XYSeries totalKnowledge;
    public final XYSeries[] seci = new XYSeries[SECI.size()];
    public final XYSeries[] exchange = new XYSeries[EXCHANGE.size()];
    /** Mean dyadic trust of ties face to face only, online only, both, and of all ties. */
    public final XYSeries[] trustLayer = new XYSeries[TrustStats.LAYERS + 1];
    /** Mean dyadic trust of ties at each level of relationship. */
    public final XYSeries[] trustLevel = new XYSeries[TrustStats.LEVELS];
    /** Members and active members. */
    public final XYSeriesCollection population = new XYSeriesCollection();
    /** Free-rider share (left axis). */
    public final XYSeriesCollection freeRiders = new XYSeriesCollection();
    /** Total knowledge (right axis). */
    public final XYSeriesCollection knowledge = new XYSeriesCollection();
    /** The SECI flows per step. */
    public final XYSeriesCollection flows = new XYSeriesCollection();
    /** Purchases, approaches and new ties per step. */
    public final XYSeriesCollection exchanges = new XYSeriesCollection();
    /** Mean trust by channel over time. */
    public final XYSeriesCollection trustByLayer = new XYSeriesCollection();
    /** Mean trust by level of relationship over time. */
    public final XYSeriesCollection trustByLevel = new XYSeriesCollection();
    /** Ties between members by relationship level, now. */
    public final DefaultCategoryDataset tieLevels = new DefaultCategoryDataset();
    /** The distribution of trust over the ties between members, now (share of tie entries per bin of 0.1). */
    public final DefaultCategoryDataset trustHistogram = new DefaultCategoryDataset();

    private final Messages messages;
    /** The row key of the category datasets: the side's name in a contrast, else a fixed key. */
    private String side;
    private final int step = col("step");
    private final int membersCol = col("members");
    private final int activeCol = col("active");
    private final int freeRiderCol = col("freeRiderShare");
    private final int knowledgeCol = col("totalKnowledge");
    private final int[] seciCols = SECI.stream().mapToInt(ChartData::col).toArray();
    private final int[] exchangeCols = EXCHANGE.stream().mapToInt(ChartData::col).toArray();
    private final int tieLevel0 = col("tieLevel0");
    private int rows;

    /** The trust on the ties between members at one step. */
    public record TrustPoint(long step, TrustStats stats) {
    }

    /** Chart data named in English. */
    public ChartData() {
        this(Messages.of("en"), "ties");
    }

    /**
     * @param messages the window's texts
     * @param side     the row key of the bar charts (a contrast's side title, so two sides can share a chart)
     */
    public ChartData(Messages messages, String side) {
        this.messages = messages;
        this.side = side;
        members = series(messages.get("gui.series.members"));
        active = series(messages.get("gui.series.active"));
        freeRiderShare = series(messages.get("gui.series.freeRiderShare"));
        totalKnowledge = series(messages.get("gui.series.totalKnowledge"));
        population.addSeries(members);
        population.addSeries(active);
        freeRiders.addSeries(freeRiderShare);
        knowledge.addSeries(totalKnowledge);
        for (int i = 0; i < seci.length; i++) {
            seci[i] = series(messages.get("gui.series." + SECI.get(i)));
            flows.addSeries(seci[i]);
        }
        for (int i = 0; i < exchange.length; i++) {
            exchange[i] = series(messages.get("gui.series." + EXCHANGE.get(i)));
            exchanges.addSeries(exchange[i]);
        }
        for (int i = 0; i < trustLayer.length; i++) {
            trustLayer[i] = series(messages.get("gui.series.trustLayer" + i));
            trustByLayer.addSeries(trustLayer[i]);
        }
        for (int l = 0; l < trustLevel.length; l++) {
            trustLevel[l] = series(levelName(messages, l));
            trustByLevel.addSeries(trustLevel[l]);
        }
        setLevels(new double[5]);
        setHistogram(new long[TrustStats.BINS]);
    }

    /** Renames the side (another contrast): the bars keep their values under the new name. Swing thread only. */
    public void rename(String name) {
        DefaultCategoryDataset levels = copy(tieLevels);
        DefaultCategoryDataset hist = copy(trustHistogram);
        tieLevels.clear();
        trustHistogram.clear();
        String old = side;
        side = name;
        for (Object col : levels.getColumnKeys()) {
            tieLevels.setValue(levels.getValue(old, (Comparable<?>) col), side, (Comparable<?>) col);
        }
        for (Object col : hist.getColumnKeys()) {
            trustHistogram.setValue(hist.getValue(old, (Comparable<?>) col), side, (Comparable<?>) col);
        }
    }

    private static DefaultCategoryDataset copy(DefaultCategoryDataset d) {
        try {
            return (DefaultCategoryDataset) d.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The side's name (the row key of the bar charts). */
    public String side() {
        return side;
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
            if (row[step] > 0) {
                for (int i = 0; i < seci.length; i++) {
                    seci[i].add(x, row[seciCols[i]], false);
                }
                for (int i = 0; i < exchange.length; i++) {
                    exchange[i].add(x, row[exchangeCols[i]], false);
                }
            }
            rows++;
        }
        double[] last = batch.get(batch.size() - 1);
        double[] levels = new double[5];
        System.arraycopy(last, tieLevel0, levels, 0, 5);
        for (XYSeries s : lines()) {
            s.fireSeriesChanged();
        }
        setLevels(levels);
    }

    /**
     * Appends the trust on the ties between members at the given steps (means by channel and by
     * level as lines, the distribution of the last as bars). A mean over no ties leaves a gap.
     */
    public void appendTrust(List<TrustPoint> points) {
        if (points.isEmpty()) {
            return;
        }
        for (TrustPoint p : points) {
            double x = p.step();
            TrustStats t = p.stats();
            for (int l = 0; l < TrustStats.LAYERS; l++) {
                add(trustLayer[l], x, t.meanByLayer()[l]);
            }
            add(trustLayer[TrustStats.LAYERS], x, t.mean());
            for (int l = 0; l < TrustStats.LEVELS; l++) {
                add(trustLevel[l], x, t.meanByLevel()[l]);
            }
        }
        for (XYSeries s : trustLayer) {
            s.fireSeriesChanged();
        }
        for (XYSeries s : trustLevel) {
            s.fireSeriesChanged();
        }
        setHistogram(points.get(points.size() - 1).stats().histogram());
    }

    private static void add(XYSeries s, double x, double y) {
        if (!Double.isNaN(y)) {
            s.add(x, y, false);
        }
    }

    private List<XYSeries> lines() {
        List<XYSeries> out = new ArrayList<>(List.of(members, active, freeRiderShare, totalKnowledge));
        out.addAll(List.of(seci));
        out.addAll(List.of(exchange));
        return out;
    }

    /** Empties every line (a new run). */
    public void clear() {
        for (XYSeries s : lines()) {
            s.clear();
        }
        for (XYSeries s : trustLayer) {
            s.clear();
        }
        for (XYSeries s : trustLevel) {
            s.clear();
        }
        setLevels(new double[5]);
        setHistogram(new long[TrustStats.BINS]);
        rows = 0;
    }

    private void setLevels(double[] counts) {
        tieLevels.setNotify(false); // one change event for all bars
        for (int l = 0; l < counts.length; l++) {
            // the metrics count each tie once
            tieLevels.setValue(counts[l], side, levelName(messages, l));
        }
        tieLevels.setNotify(true);
    }

    private void setHistogram(long[] counts) {
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        trustHistogram.setNotify(false); // one change event for all bins
        for (int b = 0; b < counts.length; b++) {
            trustHistogram.setValue(n == 0 ? 0 : (double) counts[b] / n, side, binName(b));
        }
        trustHistogram.setNotify(true);
    }

    /** A bin's name ("0.3"), its lower end. */
    static String binName(int bin) {
        return String.format(java.util.Locale.ROOT, "%.1f", bin / (double) TrustStats.BINS);
    }

    /** A level's name in English for the bar chart ("close friend"). */
    public static String levelName(int level) {
        return levelName(Messages.of("en"), level);
    }

    /** A level's name in a language. */
    public static String levelName(Messages m, int level) {
        return m.get("gui.level." + level);
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
