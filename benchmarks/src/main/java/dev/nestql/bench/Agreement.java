package dev.nestql.bench;

import dev.nestql.testsupport.Json;
import java.util.List;
import java.util.Objects;

/** Checks, before anything is timed, that every peer returns what nestql returns. */
public final class Agreement {
    private Agreement() {}

    /** Throws when {@code actual} differs from {@code expected}, naming the peer and the first difference. */
    public static void sameRecords(String peer, List<?> expected, List<?> actual) {
        if (expected.size() != actual.size()) {
            throw new IllegalStateException(peer + " returned " + actual.size() + " rows, nestql " + expected.size());
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!Objects.equals(expected.get(i), actual.get(i))) {
                throw new IllegalStateException(peer + " differs from nestql at row " + i + ":\n  nestql: "
                        + expected.get(i) + "\n  " + peer + ": " + actual.get(i));
            }
        }
    }

    /** Throws when the two JSON texts are not the same value (key order and spacing aside). */
    public static void sameJson(String peer, String expected, String actual) {
        if (!Json.parse(expected).equals(Json.parse(actual))) {
            throw new IllegalStateException(peer + " returned other JSON than nestql:\n  nestql: "
                    + abbreviate(expected) + "\n  " + peer + ": " + abbreviate(actual));
        }
    }

    /** Throws unless {@code condition}: a sanity check of the data set's shape. */
    public static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
