package dev.nestql.query;

import dev.nestql.internal.ColumnType;

/**
 * A handle on a text value, with {@link #like(String)} besides the comparisons of {@link Column}.
 *
 * @param <Q> the projection record of the query class this handle belongs to
 */
public final class StringColumn<Q> extends Column<Q, String> {

    private StringColumn(String sql) {
        super(sql, ColumnType.STRING);
    }

    /**
     * A handle on the raw SQL text expression {@code sql}, put into statements as it is: for
     * generated query classes only (see {@link Column#ofSql}).
     *
     * @param sql the expression as it appears in the query's {@code WHERE} clause
     */
    public static <Q> StringColumn<Q> ofSql(String sql) {
        return new StringColumn<>(sql);
    }

    /**
     * {@code column LIKE pattern}: {@code %} matches any run of characters, {@code _} one
     * character, and a backslash escapes either.
     */
    public Condition<Q> like(String pattern) {
        return compare("LIKE", pattern);
    }
}
