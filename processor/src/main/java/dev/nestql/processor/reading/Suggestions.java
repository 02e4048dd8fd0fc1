package dev.nestql.processor.reading;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Suggestions for misspelt names, and lists of the names to choose from. */
final class Suggestions {
    private Suggestions() {}

    /** " Did you mean "x"?" for the closest candidate, or "" when none is close. */
    static String didYouMean(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best == null || bestDistance > Math.max(2, name.length() / 3)) {
            return "";
        }
        return " Did you mean \"" + best + "\"?";
    }

    /** The candidates as a sorted, comma-separated list, or "none". */
    static String list(Collection<String> candidates) {
        List<String> sorted = new ArrayList<>(candidates);
        sorted.sort(null);
        return sorted.isEmpty() ? "none" : String.join(", ", sorted);
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
