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
    static String hint(Messages m) {
        return m.get("gui.agent.hint");
    }

    public AgentPanel(Messages messages) {
        setEditable(false);
        setRows(6);
        setFont(new Font(Font.MONOSPACED, Font.PLAIN, 12));
        setBorder(BorderFactory.createEmptyBorder(4, 10, 6, 10));
        setBackground(new Color(0xFAFAF2));
        setText(hint(messages));
    }

    /**
     * The description of agent {@code u} in model {@code m}, in a language (call with the model not
     * stepping: on the model thread or holding the schedule's lock).
     */
    public static String describe(Messages msg, NetcapModel m, int u) {
        Agents a = m.agents;
        MultiplexNetwork net = m.network;
        if (u < 0 || u >= a.size()) {
            return hint(msg);
        }
        String status = msg.get("gui.agent.status." + a.status[u]);
        double know = Layout.knowledge(a.tacit, a.explicit, u, a.domains);
        StringBuilder b = new StringBuilder();
        b.append(msg.format("gui.agent.head", String.valueOf(u), status, msg.get("gui.legend.strategy." + a.strategy[u]),
                String.valueOf(m.schedule.getSteps()), know, a.generalTrust[u])).append('\n');
        if (a.status[u] != Agents.MEMBER) {
            b.append(msg.format("gui.agent.notMember", String.valueOf(net.degree(u))));
            return b.toString();
        }
        boolean[] member = new boolean[net.nodes()];
        for (int i = 0; i < member.length; i++) {
            member[i] = a.status[i] == Agents.MEMBER;
        }
        SocialCapital.Measures sc = SocialCapital.of(net, member, SocialCapital.EXACT_BETWEENNESS_LIMIT,
                SocialCapital.BETWEENNESS_PIVOTS, m.stream("gui/betweenness/" + m.schedule.getSteps()));
        int all = sc.layers();
        b.append(msg.get("gui.agent.ties")).append(' ').append(sc.degree()[all][u]);
        StringBuilder strength = new StringBuilder(msg.get("gui.agent.strength")).append(' ').append(num(msg, "%.2f", sc.strength()[all][u]));
        for (int l = 0; l < all; l++) {
            b.append(", ").append(msg.get("gui.layer." + net.layerName(l), net.layerName(l))).append(' ').append(sc.degree()[l][u]);
            strength.append(", ").append(msg.get("gui.layer." + net.layerName(l), net.layerName(l))).append(' ').append(num(msg, "%.2f", sc.strength()[l][u]));
        }
        b.append('\n').append(msg.get("gui.agent.byLevel"));
        for (int lvl = 0; lvl < sc.levels().length; lvl++) {
            b.append(' ').append(ChartData.levelName(msg, lvl)).append(' ').append(sc.levels()[lvl][u]);
        }
        b.append('\n').append(strength).append('\n');
        SocialCapital.Structure st = sc.structure();
        b.append(msg.get("gui.agent.closure")).append(' ').append(num(msg, "%.3f", st.clustering()[u])).append('\n');
        SocialCapital.Betweenness bt = st.betweenness();
        b.append(msg.get("gui.agent.brokerage")).append(' ').append(num(msg, "%.2f", st.effectiveSize()[u])).append(", ")
                .append(msg.get("gui.agent.constraint")).append(' ').append(num(msg, "%.3f", st.constraint()[u])).append(", ")
                .append(msg.get("gui.agent.betweenness")).append(' ').append(num(msg, "%.4f", bt.value()[u]))
                .append(bt.exact() ? "" : " (+- " + num(msg, "%.4f", bt.standardError()[u]) + ")");
        return b.toString();
    }

    /** A number in the language's manner (a decimal comma in Swedish). */
    private static String num(Messages msg, String pattern, double v) {
        return String.format(Locale.forLanguageTag(msg.lang()), pattern, v);
    }
}
