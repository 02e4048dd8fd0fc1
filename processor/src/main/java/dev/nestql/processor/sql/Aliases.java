package dev.nestql.processor.sql;

/**
 * The aliases that one rendering hands out: tables {@code t0}, {@code t1}, ..., derived tables
 * {@code s1}, {@code s2}, ...
 *
 * <p>A {@link #fork()} continues from where this one stands without moving it. Renderings that
 * must give the same components the same aliases (the typed select list, the JSON object, the
 * joined aggregates and the nested-rows branches all render the same components) each take a
 * fork taken at the same point; a subquery that ends with its value takes a fork, so that its
 * aliases are free again for the next one.
 */
final class Aliases {
    private int tables;
    private int derivedTables;

    private Aliases(int tables, int derivedTables) {
        this.tables = tables;
        this.derivedTables = derivedTables;
    }

    /** The aliases of a statement, from {@code t0}. */
    static Aliases first() {
        return new Aliases(0, 0);
    }

    /** The next table alias. */
    String next() {
        return "t" + tables++;
    }

    /** The next derived-table alias. */
    String nextDerived() {
        return "s" + ++derivedTables;
    }

    /** Aliases that continue from this point, independently of this one. */
    Aliases fork() {
        return new Aliases(tables, derivedTables);
    }
}
