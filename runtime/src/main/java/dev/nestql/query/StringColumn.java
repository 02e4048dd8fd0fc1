package dev.nestql.query;

import dev.nestql.internal.ColumnType;
import java.util.Objects;
import java.util.function.Function;

/**
 * A handle on a text value, with {@link #like(String)} besides the comparisons of {@link Column}.
 *
 * @param <Q> the projection record of the query class this handle belongs to
 */
public final class StringColumn<Q> extends Column<Q, String> {

    private StringColumn(String sql, Function<Q, String> component, boolean notNull) {
        super(sql, ColumnType.STRING, component, notNull);
    }

    /**
     * A handle on the raw SQL text expression {@code sql}, put into statements as it is: for
     * generated query classes only (see {@link Column#ofSql}).
     *
     * @param sql the expression as it appears in the query's {@code WHERE} clause
     */
    public static <Q> StringColumn<Q> ofSql(String sql) {
        return new StringColumn<>(sql, null, false);
    }

    /**
     * A handle on the raw SQL text expression {@code sql} whose value the record's component
     * {@code component} holds, for generated query classes only (see
     * {@link Column#ofSql(String, ColumnType, Function)}).
     */
    public static <Q> StringColumn<Q> ofSql(String sql, Function<Q, String> component) {
        return new StringColumn<>(sql, Objects.requireNonNull(component, "component"), false);
    }

    /** As {@link #ofSql(String, Function)}, for a text that is never {@code null} (a text {@code @Id}). */
    public static <Q> StringColumn<Q> ofSqlNotNull(String sql, Function<Q, String> component) {
        return new StringColumn<>(sql, Objects.requireNonNull(component, "component"), true);
    }

    /**
     * {@code column LIKE pattern}: {@code %} matches any run of characters, {@code _} one
     * character, and a backslash escapes either.
     */
    public Condition<Q> like(String pattern) {
        return compare("LIKE", pattern);
    }
}
