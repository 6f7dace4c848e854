package netcap.util;

import java.util.Collection;

/** "Did you mean" suggestions for misspelt names. */
public final class Names {
    private Names() {
    }

    /** Levenshtein edit distance between two strings, case-insensitive. O(|a| |b|). */
    public static int distance(String a, String b) {
        a = a.toLowerCase();
        b = b.toLowerCase();
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * The closest known name to {@code name}, or null when none is close (distance at most
     * max(2, length/3)).
     */
    public static String closest(String name, Collection<String> known) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(name, k);
            if (d < bestD) {
                bestD = d;
                best = k;
            }
        }
        return best != null && bestD <= Math.max(2, name.length() / 3) ? best : null;
    }

    /** {@code "; did you mean 'x'?"} or an empty string. */
    public static String didYouMean(String name, Collection<String> known) {
        String c = closest(name, known);
        return c == null ? "" : "; did you mean '" + c + "'?";
    }
}
