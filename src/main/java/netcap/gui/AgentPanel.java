package netcap.gui;

import netcap.metrics.SocialCapital;
import netcap.model.NetcapModel;
import netcap.world.Agents;
import netcap.world.MultiplexNetwork;

import javax.swing.BorderFactory;
import javax.swing.JTextArea;
import java.awt.Color;
import java.awt.Font;
import java.util.Locale;

/**
 * The "Agent" panel under the network: click an agent in the network view to select it; the panel
 * shows its social capital ({@link SocialCapital}: ties between members by layer and level, the
 * strength of its own trust, clustering, effective size, Burt's constraint and betweenness),
 * recomputed on the model thread when the agent is selected and every {@link #REFRESH_STEPS} steps.
 */
public class AgentPanel extends JTextArea {
    private static final long serialVersionUID = 1L;
    /** Steps between two recomputations of the selected agent's measures while the model runs. */
    public static final int REFRESH_STEPS = 5;
    /** Text shown while no agent is selected. */
    static final String HINT = "Agent: click an agent in the network to see its social capital "
            + "(ties by channel and level, closure, brokerage).";

    public AgentPanel() {
        setEditable(false);
        setRows(6);
        setFont(new Font(Font.MONOSPACED, Font.PLAIN, 12));
        setBorder(BorderFactory.createEmptyBorder(4, 10, 6, 10));
        setBackground(new Color(0xFAFAF2));
        setText(HINT);
    }

    /**
     * The description of agent {@code u} in model {@code m} (call with the model not stepping:
     * on the model thread or holding the schedule's lock).
     */
    public static String describe(NetcapModel m, int u) {
        Agents a = m.agents;
        MultiplexNetwork net = m.network;
        if (u < 0 || u >= a.size()) {
            return HINT;
        }
        String status = netcap.io.GraphExport.STATUS_NAMES.get(a.status[u]);
        double know = NetworkView.knowledge(a.tacit, a.explicit, u, a.domains);
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Agent %d (%s, %s), step %d: knowledge %.2f, general trust %.2f%n", u, status,
                netcap.io.GraphExport.STRATEGY_NAMES.get(a.strategy[u]), m.schedule.getSteps(), know, a.generalTrust[u]));
        if (a.status[u] != Agents.MEMBER) {
            b.append("Not a member: social capital counts ties between members only (").append(net.degree(u))
                    .append(" latent ties).");
            return b.toString();
        }
        boolean[] member = new boolean[net.nodes()];
        for (int i = 0; i < member.length; i++) {
            member[i] = a.status[i] == Agents.MEMBER;
        }
        SocialCapital.Measures sc = SocialCapital.of(net, member, SocialCapital.EXACT_BETWEENNESS_LIMIT,
                SocialCapital.BETWEENNESS_PIVOTS, m.stream("gui/betweenness/" + m.schedule.getSteps()));
        int all = sc.layers();
        b.append(String.format(Locale.ROOT, "Ties %d", sc.degree()[all][u]));
        StringBuilder strength = new StringBuilder(String.format(Locale.ROOT, "Strength (own trust) %.2f", sc.strength()[all][u]));
        for (int l = 0; l < all; l++) {
            b.append(String.format(Locale.ROOT, ", %s %d", net.layerName(l), sc.degree()[l][u]));
            strength.append(String.format(Locale.ROOT, ", %s %.2f", net.layerName(l), sc.strength()[l][u]));
        }
        b.append("\nTies by level:");
        for (int lvl = 0; lvl < sc.levels().length; lvl++) {
            b.append(' ').append(MultiplexNetwork.LEVEL_NAMES.get(lvl)).append(' ').append(sc.levels()[lvl][u]);
        }
        b.append('\n').append(strength).append('\n');
        SocialCapital.Structure st = sc.structure();
        b.append(String.format(Locale.ROOT, "Closure: clustering %.3f%n", st.clustering()[u]));
        SocialCapital.Betweenness bt = st.betweenness();
        b.append(String.format(Locale.ROOT, "Brokerage: effective size %.2f, constraint %.3f, betweenness %.4f%s",
                st.effectiveSize()[u], st.constraint()[u], bt.value()[u],
                bt.exact() ? " (exact)" : String.format(Locale.ROOT, " (+- %.4f, %d pivots)", bt.standardError()[u], bt.pivots())));
        return b.toString();
    }
}
