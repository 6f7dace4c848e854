package netcap.chart;

import java.util.Map;

/** Readable names and units of metrics and summary statistics, for axes and legends. */
public final class Labels {
    private Labels() {
    }

    /** Unit phrases. */
    public static final String AGENTS = "agents";
    public static final String SHARE = "share of members";
    public static final String KU = "ku";
    public static final String KU_STEP = "ku/step";
    public static final String STEPS = "time (steps)";

    private static final Map<String, String[]> M = Map.ofEntries(
            e("members", "members", AGENTS),
            e("active", "active members", AGENTS),
            e("joined", "joined per step", "agents/step"),
            e("left", "left per step", "agents/step"),
            e("churned", "left (cumulative)", AGENTS),
            e("meanTrust", "mean generalized trust", "trust, 0–1"),
            e("meanTieTrust", "mean tie trust", "trust, 0–1"),
            e("meanTieTrustSingle", "mean tie trust, single-layer ties", "trust, 0–1"),
            e("meanTieTrustMultiplex", "mean tie trust, multiplex ties", "trust, 0–1"),
            e("meanTacit", "mean tacit knowledge", "ku per member and domain"),
            e("meanExplicit", "mean explicit knowledge", "ku per member and domain"),
            e("totalKnowledge", "total knowledge", KU),
            e("knowledgeGini", "knowledge Gini coefficient", "0–1"),
            e("socialization", "socialization", KU_STEP),
            e("externalization", "externalization", KU_STEP),
            e("uptake", "uptake of explicit knowledge", KU_STEP),
            e("combination", "combination", KU_STEP),
            e("internalization", "internalization", KU_STEP),
            e("transferDirect", "direct transfer", KU_STEP),
            e("transferIndirect", "indirect transfer", KU_STEP),
            e("meanTransferDistance", "mean transfer distance", "hops"),
            e("effort", "effort", "effort units/step"),
            e("meanSatisfaction", "mean satisfaction", KU_STEP),
            e("meanActivity", "mean activity", "probability of acting"),
            e("contributorShare", "contributors", SHARE),
            e("freeRiderShare", "free riders", SHARE),
            e("conditionalShare", "conditional cooperators", SHARE),
            e("adoptionShare", "adopters", SHARE),
            e("ties", "ties", "ties"),
            e("tiesFormed", "ties formed", "ties/step"),
            e("tiesDropped", "ties dropped", "ties/step"),
            e("tieLevel0", "stranger", "ties"),
            e("tieLevel1", "acquaintance", "ties"),
            e("tieLevel2", "contact", "ties"),
            e("tieLevel3", "friend", "ties"),
            e("tieLevel4", "close friend", "ties"),
            e("multiplexShare", "multiplex ties", "share of ties"),
            e("meanDegree", "mean degree", "ties per member"),
            e("clustering", "clustering coefficient", "0–1"));

    private static Map.Entry<String, String[]> e(String k, String label, String unit) {
        return Map.entry(k, new String[]{label, unit});
    }

    /** The readable name of a metric (the column name when unknown). */
    public static String label(String metric) {
        String[] v = M.get(metric);
        return v == null ? metric : v[0];
    }

    /** The unit of a metric ("" when unknown). */
    public static String unit(String metric) {
        String[] v = M.get(metric);
        return v == null ? "" : v[1];
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
