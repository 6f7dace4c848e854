package netcap.gui;

import netcap.world.Agents;
import netcap.world.MultiplexNetwork;

import java.awt.Color;

/**
 * The colours of the network view, from the Okabe–Ito palette (safe for the common forms of
 * colour blindness; Okabe &amp; Ito 2008) and the viridis ramp for knowledge. Pure functions of
 * the agent's state, so they are tested headless.
 */
public final class Palette {
    /** Okabe–Ito colours. */
    public static final Color BLUISH_GREEN = netcap.chart.Theme.GREEN;
    public static final Color VERMILLION = netcap.chart.Theme.VERMILLION;
    public static final Color ORANGE = netcap.chart.Theme.ORANGE;
    public static final Color SKY_BLUE = netcap.chart.Theme.SKY;
    public static final Color BLUE = netcap.chart.Theme.BLUE;
    public static final Color REDDISH_PURPLE = netcap.chart.Theme.PURPLE;
    public static final Color YELLOW = netcap.chart.Theme.YELLOW;
    public static final Color BLACK = Color.BLACK;

    /** Contributors, free riders and conditional cooperators (indexed by {@link Agents#CONTRIBUTOR} etc.). */
    private static final Color[] STRATEGY = new Color[3];

    static {
        STRATEGY[Agents.CONTRIBUTOR] = BLUISH_GREEN;
        STRATEGY[Agents.FREE_RIDER] = VERMILLION;
        STRATEGY[Agents.CONDITIONAL] = ORANGE;
    }

    /** Names of the strategies as shown in the legend, same indices. */
    public static final String[] STRATEGY_NAMES = new String[3];

    static {
        STRATEGY_NAMES[Agents.CONTRIBUTOR] = "contributor";
        STRATEGY_NAMES[Agents.FREE_RIDER] = "free rider";
        STRATEGY_NAMES[Agents.CONDITIONAL] = "conditional cooperator";
    }

    /** Members who left: mid grey. */
    public static final Color LEFT = new Color(0x9A9A9A);
    /** Not (yet) members: a faint grey outline. */
    public static final Color NOT_JOINED = new Color(0, 0, 0, 45);
    /** Outline of member circles. */
    public static final Color OUTLINE = new Color(40, 40, 40, 160);

    /** Tie styles: only physical, only virtual, both layers. */
    public static final int PHYSICAL_ONLY = 0;
    public static final int VIRTUAL_ONLY = 1;
    public static final int BOTH = 2;
    /** Names of the tie styles for the legend. */
    public static final String[] TIE_STYLE_NAMES = {"face to face only", "online only", "face to face and online"};
    private static final Color[] TIE_BASE = {new Color(0x333333), BLUE, REDDISH_PURPLE};

    /** Viridis at five stops (van der Walt &amp; Smith 2015), dark purple (low) to yellow (high). */
    private static final int[] VIRIDIS = {0x440154, 0x3B528B, 0x21918C, 0x5EC962, 0xFDE725};

    private Palette() {
    }

    /** Colour of a strategy ({@link Agents#CONTRIBUTOR}, {@link Agents#FREE_RIDER}, {@link Agents#CONDITIONAL}). */
    public static Color strategy(int strategy) {
        return STRATEGY[strategy];
    }

    /** Viridis colour of {@code t} in [0,1] (clamped; NaN counts as 0). */
    public static Color knowledge(double t) {
        if (!(t > 0)) {
            t = 0;
        }
        if (t > 1) {
            t = 1;
        }
        double pos = t * (VIRIDIS.length - 1);
        int i = Math.min(VIRIDIS.length - 2, (int) pos);
        double f = pos - i;
        int a = VIRIDIS[i];
        int b = VIRIDIS[i + 1];
        int r = (int) Math.round(((a >> 16) & 255) * (1 - f) + ((b >> 16) & 255) * f);
        int g = (int) Math.round(((a >> 8) & 255) * (1 - f) + ((b >> 8) & 255) * f);
        int bl = (int) Math.round((a & 255) * (1 - f) + (b & 255) * f);
        return new Color(r, g, bl);
    }

    /** The style of a tie from its layer mask: physical only, virtual only or both. */
    public static int tieStyle(int layerMask) {
        boolean physical = (layerMask & (1 << MultiplexNetwork.PHYSICAL)) != 0;
        boolean virtual = (layerMask & ~(1 << MultiplexNetwork.PHYSICAL)) != 0;
        return physical && virtual ? BOTH : (physical ? PHYSICAL_ONLY : VIRTUAL_ONLY);
    }

    /** Ties are drawn in three length classes: short, medium, long (fainter and thinner). */
    public static final int LENGTH_CLASSES = 3;
    private static final double[] LENGTH_LIMITS = {0.1, 0.25};
    private static final double[] LENGTH_FADE = {1.0, 0.5, 0.22};

    /**
     * The drawing bucket of a tie between members: its length class, style and level,
     * {@code (lengthClass * 3 + style) * 5 + level}; the window, the page and the replay use the same
     * codes, and their palettes list the buckets in this order.
     */
    public static int tieCode(int lengthClass, int style, int level) {
        return (lengthClass * 3 + style) * 5 + level;
    }

    /** The length class of a tie of length {@code len} on the unit square: 0 short, 1 medium, 2 long. */
    public static int lengthClass(double len) {
        return len < LENGTH_LIMITS[0] ? 0 : (len < LENGTH_LIMITS[1] ? 1 : 2);
    }

    /** Opacity of a tie of relationship level {@code level} (0 stranger .. 4 close friend): darker when closer. */
    public static double tieAlpha(int level) {
        return 0.22 + 0.17 * level;
    }

    /** Width of a tie in pixels at zoom 1: thicker when closer. */
    public static double tieWidth(int level) {
        return 0.5 + 0.45 * level;
    }

    /** Width of a tie of a length class: long ties at most 1 pixel. */
    public static double tieWidth(int level, int lengthClass) {
        double w = tieWidth(level);
        return lengthClass == 2 ? Math.min(1.0, w) : (lengthClass == 1 ? Math.min(1.6, w) : w);
    }

    /** The colour of a tie of a length class: long ties fade. */
    public static Color tie(int style, int level, int lengthClass) {
        Color c = TIE_BASE[style];
        return new Color(c.getRed(), c.getGreen(), c.getBlue(),
                (int) Math.round(255 * tieAlpha(level) * LENGTH_FADE[lengthClass]));
    }

    /** The colour of a tie: its style's hue at its level's opacity. */
    public static Color tie(int style, int level) {
        Color c = TIE_BASE[style];
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * tieAlpha(level)));
    }

    /** The colour of a latent tie (between agents who are not both members). */
    public static Color latentTie() {
        return new Color(0, 0, 0, 22);
    }
}
