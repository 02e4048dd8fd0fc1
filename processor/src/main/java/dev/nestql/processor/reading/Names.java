package dev.nestql.processor.reading;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Name conventions of the schema records and suggestions for misspelt names. */
final class Names {
    private Names() {}

    /**
     * The default reverse relation name for references from record {@code simpleName}: lowerCamel
     * and plural by English rules ({@code Product} {@code products}, {@code Category}
     * {@code categories}, {@code Address} {@code addresses}).
     */
    static String plural(String simpleName) {
        String name = Character.toLowerCase(simpleName.charAt(0)) + simpleName.substring(1);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z") || lower.endsWith("ch")
                || lower.endsWith("sh")) {
            return name + "es";
        }
        if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return name.substring(0, name.length() - 1) + "ies";
        }
        return name + "s";
    }

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
