package dev.nestql.processor.sql;

/** Hands out the table aliases of one statement: {@code t0}, {@code t1}, ... */
final class Aliases {
    private int next;

    String next() {
        return "t" + next++;
    }

    int mark() {
        return next;
    }

    void reset(int mark) {
        next = mark;
    }
}
