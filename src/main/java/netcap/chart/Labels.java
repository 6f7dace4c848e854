package netcap.chart;

import netcap.model.observation.Metric;

/** Readable names and units of metrics (from {@link Metric}) and summary statistics, for axes and legends. */
public final class Labels {
    private Labels() {
    }

    /** Unit phrases. */
    public static final String SHARE = "share of members";
    public static final String STEPS = "time (steps)";

    /** The readable name of a metric (the column name when unknown), from the metric catalogue or a loaded plug-in's declaration. */
    public static String label(String metric) {
        Metric m = Metric.byName(metric);
        if (m == null) {
            var p = pluginMetric(metric);
            return p == null ? metric : p.label();
        }
        return m.label();
    }

    /** The unit of a metric ("" when unknown), from the metric catalogue or a loaded plug-in's declaration. */
    public static String unit(String metric) {
        Metric m = Metric.byName(metric);
        if (m == null) {
            var p = pluginMetric(metric);
            return p == null ? "" : p.unit();
        }
        return m.unit();
    }

    private static netcap.model.plugins.LoadedPlugin.MetricInfo pluginMetric(String metric) {
        return netcap.model.plugins.Plugins.metric(metric);
    }

    /** "name (unit)". */
    public static String axis(String metric) {
        String u = unit(metric);
        return u.isEmpty() ? label(metric) : label(metric) + " (" + u + ")";
    }

    /** The metric of a statistic {@code <metric>Final} or {@code <metric>Mean}. */
    public static String metricOf(String statistic) {
        if (statistic.endsWith("Final")) {
            return statistic.substring(0, statistic.length() - 5);
        }
        if (statistic.endsWith("Mean")) {
            return statistic.substring(0, statistic.length() - 4);
        }
        return statistic;
    }

    /** "total knowledge, final (ku)" or "total knowledge, mean over steps (ku)". */
    public static String statistic(String statistic) {
        String m = metricOf(statistic);
        String how = statistic.endsWith("Mean") ? ", mean over steps" : statistic.endsWith("Final") ? ", final" : "";
        String u = unit(m);
        return label(m) + how + (u.isEmpty() ? "" : " (" + u + ")");
    }

    /** "total knowledge, final" without the unit. */
    public static String statisticName(String statistic) {
        String m = metricOf(statistic);
        return label(m) + (statistic.endsWith("Mean") ? ", mean over steps" : statistic.endsWith("Final") ? ", final" : "");
    }
}
