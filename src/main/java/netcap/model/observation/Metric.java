package netcap.model.observation;

import netcap.schema.Markdown;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The metric catalogue: every column of the time series, declared once, in output order, with
 * its label and unit (for charts), its definition and the mechanisms whose rules produce it. The
 * column name is the constant's name in lower camel case ({@code MEAN_TIE_TRUST} is
 * {@code meanTieTrust}); {@link Metrics} fills each row by constant, so a value cannot land in
 * another metric's column. docs/ODD.md (section 7.13) and docs/experiments.md show the table
 * {@link #markdownTable()} renders. Means are over members; flows are totals over the step; tie
 * counts and degrees are over ties between members (ties of non-members are latent).
 */
public enum Metric {
    STEP("step", "", "The step after which the row is recorded (0: the initial state)."),
    MEMBERS("members", "agents", "Agents that are members.", "joining", "satisfaction"),
    ACTIVE("active members", "agents", "Members that acted this step (0 at step 0).", "activation"),
    JOINED("joined per step", "agents/step", "Agents that joined this step.", "joining"),
    LEFT("left per step", "agents/step", "Members that left this step.", "satisfaction"),
    CHURNED("left (cumulative)", "agents", "Members that left since the start.", "satisfaction"),
    ADOPTION_SHARE("adopters", "share of members", "Members as a share of all agents.", "joining"),
    TIME_TO_TAKEOFF("timeToTakeoff", "", "The first step at which the adoption share reached 10% (NaN until then, and when"
            + " at least 10% of the agents were members at the start).", "joining"),
    GLOBAL_CASCADE("globalCascade", "", "1 when the agents that joined since the start are at least 1% of all agents"
            + " (a global cascade, Watts 2002), otherwise 0.", "joining"),
    LARGEST_COMPONENT("largestComponent", "", "Members in the largest connected component of the ties between members (any"
            + " layer).", "joining", "ties", "tieFormation", "satisfaction"),
    MEAN_TRUST("mean generalized trust", "trust, 0–1", "Mean generalized trust of members.", "trust"),
    MEAN_TIE_TRUST("mean tie trust", "trust, 0–1", "Mean dyadic trust over the tie entries between members.", "trust"),
    MEAN_TIE_TRUST_SINGLE("mean tie trust, single-layer ties", "trust, 0–1", "Mean dyadic trust over the entries of ties"
            + " between members that are not both physical and virtual.", "trust"),
    MEAN_TIE_TRUST_MULTIPLEX("mean tie trust, multiplex ties", "trust, 0–1", "Mean dyadic trust over the entries of ties"
            + " between members that are both physical and virtual.", "trust"),
    MEAN_TACIT("mean tacit knowledge", "ku per member and domain", "Mean tacit knowledge per member and domain.",
            "socialization", "externalization", "internalization", "teams", "forgetting"),
    MEAN_EXPLICIT("mean explicit knowledge", "ku per member and domain", "Mean explicit knowledge per member and domain.",
            "externalization", "posts", "combination", "internalization", "forgetting"),
    TOTAL_KNOWLEDGE("total knowledge", "ku", "Distributed knowledge: what the members know, tacit plus explicit, summed over"
            + " members and domains (tacit and explicit are two forms of an agent's knowledge in a domain; a conversion moves"
            + " content from one to the other, so nothing is counted twice).",
            "socialization", "posts", "combination", "teams", "forgetting"),
    SYSTEM_KNOWLEDGE("system knowledge", "ku", "What the system knows: per domain the most any member knows (tacit plus"
            + " explicit), summed over domains. Creation can raise it; transfers and conversions never do.",
            "socialization", "combination", "teams", "forgetting"),
    KNOWLEDGE_GINI("knowledge Gini coefficient", "0–1", "Gini coefficient of the members' total knowledge.",
            "socialization", "posts", "combination", "teams", "forgetting"),
    CREATED("knowledge created", "ku/step", "New knowledge created this step: socialization's creation, combination,"
            + " project teams and the commons.", "socialization", "combination", "teams", "contribution"),
    TRANSFERRED("knowledge transferred", "ku/step", "Knowledge that moved between agents this step: socialization, uptake"
            + " of posts, and what purchases, samples and cold offers passed on.", "socialization", "posts", "exchange", "tieFormation"),
    FORGOTTEN("knowledge forgotten", "ku/step", "Tacit and explicit knowledge forgotten this step.", "forgetting"),
    SOCIALIZATION("socialization", "ku/step", "Tacit knowledge learnt face to face this step (a transfer).", "socialization"),
    SOCIALIZATION_CREATION("socialization creation", "ku/step", "Tacit knowledge created by working together face to face"
            + " this step (a creation).", "socialization"),
    EXTERNALIZATION("externalization", "ku/step", "Tacit knowledge converted into explicit knowledge this step (a conversion).",
            "externalization"),
    UPTAKE("uptake of explicit knowledge", "ku/step", "Explicit knowledge taken up from posts this step (a transfer).", "posts"),
    COMBINATION("combination", "ku/step", "Explicit knowledge created by combination this step (a creation).", "combination"),
    INTERNALIZATION("internalization", "ku/step", "Explicit knowledge converted into tacit knowledge this step (a"
            + " conversion).", "internalization"),
    TEAM_CREATION("team creation", "ku/step", "Tacit knowledge created by project teams this step (a creation).", "teams"),
    TEAMS_FORMED("teams formed", "teams/step", "Project teams formed this step.", "teams"),
    TRANSFER_DIRECT("direct transfer", "ku/step", "Explicit knowledge taken up this step from neighbours' posts.", "posts"),
    TRANSFER_INDIRECT("indirect transfer", "ku/step", "Explicit knowledge taken up this step from posts relayed by one or"
            + " more intermediaries.", "posts"),
    MEAN_TRANSFER_DISTANCE("mean transfer distance", "hops", "Mean distance (1: from a neighbour) of the explicit knowledge"
            + " taken up this step, weighted by amount (0 when none was).", "posts"),
    EFFORT("effort", "effort units/step", "Effort spent this step on externalization, rooms, projects and contributions to"
            + " public goods.", "socialization", "externalization", "posts", "teams", "contribution"),
    EXCHANGE_COST("exchangeCost", "", "Mean effort per unit externalized over the agents that externalized this step"
            + " (externalizationCost when none did; since model version 4 always externalizationCost, as no rule discounts it).",
            "externalization"),
    MEAN_SATISFACTION("mean satisfaction", "relative return, -1..1", "Mean satisfaction of members: the moving average of their"
            + " relative return on time, (value - cost) / (value + cost).", "satisfaction"),
    MEAN_ACTIVITY("mean activity", "probability of acting", "Mean activity of members.", "satisfaction"),
    CONTRIBUTOR_SHARE("contributors", "share of members", "Share of members with the contributor strategy.", "strategyUpdate"),
    FREE_RIDER_SHARE("free riders", "share of members", "Share of members with the free-rider strategy.", "strategyUpdate"),
    CONDITIONAL_SHARE("conditional cooperators", "share of members", "Share of members with the conditional-cooperator"
            + " strategy.", "strategyUpdate"),
    CONTRIBUTION_RATE("contributionRate", "", "Mean contribution of the members that acted this step (0 at step 0).",
            "contribution"),
    MEAN_PAYOFF("meanPayoff", "", "Mean payoff of members: value received minus effort and prices paid in their last step.", "satisfaction"),
    MEAN_REPUTATION("meanReputation", "", "Mean reputation of members.", "contribution"),
    TIES("ties", "ties", "Ties between members.", "joining", "ties", "tieFormation", "satisfaction"),
    TIES_FORMED("ties formed", "ties/step", "Ties created this step (tie formation and arrivals).", "joining", "tieFormation"),
    TIES_DROPPED("ties dropped", "ties/step", "Ties dropped this step (idle strangers, exclusion; not those of leavers).",
            "ties"),
    TIE_LEVEL_0("stranger", "ties", "Ties between members at level 0 (stranger).", "ties", "tieFormation"),
    TIE_LEVEL_1("acquaintance", "ties", "Ties between members at level 1 (acquaintance).", "ties", "tieFormation"),
    TIE_LEVEL_2("contact", "ties", "Ties between members at level 2 (contact).", "ties", "tieFormation"),
    TIE_LEVEL_3("friend", "ties", "Ties between members at level 3 (friend).", "ties", "tieFormation"),
    TIE_LEVEL_4("close friend", "ties", "Ties between members at level 4 (close friend).", "ties", "tieFormation"),
    MULTIPLEX_SHARE("multiplex ties", "share of ties", "Share of the ties between members that are both physical and"
            + " virtual.", "ties", "tieFormation"),
    MEAN_DEGREE("mean degree", "ties per member", "Mean number of ties to members per member.", "joining", "ties",
            "tieFormation", "satisfaction"),
    CLUSTERING("clustering coefficient", "0–1", "Mean local clustering of members (networkx convention; exact up to 2,000"
            + " agents, over a fixed random sample of 2,000 agents beyond).", "ties", "tieFormation"),
    COMMONS("commons creation", "ku/step", "Explicit knowledge created by the commons this step: the players' shares of the"
            + " public good (a creation).", "contribution"),
    PURCHASES("purchases", "purchases/step", "Purchases made this step, by members and outsiders, cold offers accepted"
            + " included.", "exchange", "tieFormation"),
    OUTSIDER_PURCHASES("purchases by outsiders", "purchases/step", "Purchases made this step by agents that are not members"
            + " from members they know.", "exchange"),
    UNPAID_PURCHASES("unpaid purchases", "purchases/step", "Purchases made this step that the buyer (a free rider) did not"
            + " pay.", "exchange"),
    PURCHASE_VALUE("value bought", "ku/step", "Explicit knowledge agents received this step from purchases, free samples"
            + " and cold offers (a transfer).", "exchange", "tieFormation"),
    REVENUE("revenue", "ku/step", "Payments sellers received this step.", "exchange", "tieFormation"),
    REVENUE_GINI("revenue Gini coefficient", "0–1", "Gini coefficient of the members' revenue since the start.", "exchange",
            "tieFormation"),
    APPROACHES("approaches", "approaches/step", "Approaches made this step to members not yet known (accepted ones become"
            + " ties).", "tieFormation"),
    SELLER_SHARE("sellers", "share of members", "Share of members whose contact strategy is seller (the rest are"
            + " stalkers).", "tieFormation", "strategyUpdate"),
    VALUE_COST("cost of value", "effort per ku", "The members' effort this step per unit of knowledge they received (learnt,"
            + " created and bought); prices are left out, since what one member pays another earns.", "socialization", "posts",
            "exchange", "satisfaction"),
    JOIN_RATE("join rate", "share of outsiders per step", "Share of the agents that were not members at the start of the step"
            + " (and had never been) that joined in it.", "joining"),
    OUTSIDER_VALUE("value to an outsider", "ku per outsider and step", "Mean net value (value bought minus price paid) the"
            + " agents that are not members received this step from members' sales.", "exchange");

    private static final List<String> NAMES;
    private static final Map<String, Metric> BY_NAME = new HashMap<>();

    static {
        List<String> names = new ArrayList<>();
        for (Metric m : values()) {
            names.add(m.column);
            BY_NAME.put(m.column, m);
        }
        NAMES = Collections.unmodifiableList(names);
    }

    private final String column;
    private final String label;
    private final String unit;
    private final String definition;
    private final List<String> mechanisms;

    Metric(String label, String unit, String definition, String... mechanisms) {
        this.column = camel(name());
        this.label = label;
        this.unit = unit;
        this.definition = definition;
        this.mechanisms = List.of(mechanisms);
    }

    private static String camel(String constant) {
        StringBuilder b = new StringBuilder();
        boolean upper = false;
        for (char ch : constant.toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                b.append(upper ? ch : Character.toLowerCase(ch));
                upper = false;
            }
        }
        return b.toString();
    }

    /** The column name in outputs and specs. */
    public String column() {
        return column;
    }

    /** The readable name for chart axes and legends (the column name when there is none). */
    public String label() {
        return label;
    }

    /** The unit phrase ("" when none). */
    public String unit() {
        return unit;
    }

    /** What the metric measures, in one sentence. */
    public String definition() {
        return definition;
    }

    /** The mechanisms whose rules produce or change it (empty for {@link #STEP}). */
    public List<String> mechanisms() {
        return mechanisms;
    }

    /** Every column name, in output order. */
    public static List<String> names() {
        return NAMES;
    }

    /** The metric of a column name, or null. */
    public static Metric byName(String column) {
        return BY_NAME.get(column);
    }

    /** The metric table of docs/ODD.md and docs/experiments.md. */
    public static String markdownTable() {
        List<List<String>> rows = new ArrayList<>();
        for (Metric m : values()) {
            rows.add(List.of("`" + m.column + "`", m.label, m.unit, m.definition,
                    m.mechanisms.isEmpty() ? "" : "`" + String.join("`, `", m.mechanisms) + "`"));
        }
        return Markdown.table(List.of("metric", "label", "unit", "definition", "produced by"), rows);
    }
}
