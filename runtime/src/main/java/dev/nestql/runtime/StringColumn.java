package dev.nestql.runtime;

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
     * A handle on the text expression {@code sql}; called by generated query classes.
     *
     * @param sql the expression as it appears in the query's {@code WHERE} clause
     */
    public static <Q> StringColumn<Q> of(String sql) {
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
