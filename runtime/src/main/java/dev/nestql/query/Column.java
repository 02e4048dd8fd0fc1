package dev.nestql.query;

import dev.nestql.internal.ColumnType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A typed handle on one column or value of a query class, such as
 * {@code CategoryViewQuery.VENUE_ID}: it makes {@link Condition}s and {@link Order}s.
 *
 * <pre>{@code
 * CategoryViewQuery.select()
 *     .where(CategoryViewQuery.VENUE_ID.eq(16L))
 *     .orderBy(CategoryViewQuery.NAME.asc())
 * }</pre>
 *
 * <p>Comparisons follow SQL: a comparison with a {@code null} column is not true, so use
 * {@link #isNull()} to find nulls. Passing {@code null} to a comparison is a programming error and
 * throws {@link NullPointerException}.
 *
 * @param <Q> the projection record of the query class this handle belongs to
 * @param <T> the Java type of the value
 */
public class Column<Q, T> {
    private final String sql;
    private final ColumnType<T> type;
    /** Reads the value from a record of the projection; {@code null} when no component holds it. */
    private final Function<Q, T> component;
    private final boolean notNull;

    Column(String sql, ColumnType<T> type) {
        this(sql, type, null, false);
    }

    Column(String sql, ColumnType<T> type, Function<Q, T> component, boolean notNull) {
        this.sql = Objects.requireNonNull(sql, "sql");
        this.type = Objects.requireNonNull(type, "type");
        this.component = component;
        this.notNull = notNull;
    }

    /**
     * A handle on the raw SQL expression {@code sql}, which every condition and order made from it
     * puts into statements as it is: for generated query classes, which write it from the model.
     * Never pass text that a user of the application wrote; values belong in the conditions,
     * which bind them. For generated code only: {@link ColumnType} is in
     * {@link dev.nestql.internal}, which is not a public API.
     *
     * @param sql the expression as it appears in the query's {@code WHERE} clause
     * @param type how values compared with it are bound
     */
    public static <Q, T> Column<Q, T> ofSql(String sql, ColumnType<T> type) {
        return new Column<>(sql, type);
    }

    /**
     * A handle on the raw SQL expression {@code sql} whose value a component of the projection
     * record holds, read by {@code component}: so that {@link ProjectionQuery#after(Object)} can
     * read an order key from a record. For generated query classes only (see
     * {@link #ofSql(String, ColumnType)}).
     *
     * @param sql the expression as it appears in the query's {@code WHERE} clause
     * @param type how values compared with it are bound
     * @param component the record's accessor of the component that holds the value
     */
    public static <Q, T> Column<Q, T> ofSql(String sql, ColumnType<T> type, Function<Q, T> component) {
        return new Column<>(sql, type, Objects.requireNonNull(component, "component"), false);
    }

    /**
     * As {@link #ofSql(String, ColumnType, Function)}, for a value that is never {@code null} (a
     * primitive component, the table's {@code @Id}), which keyset paging compares without the
     * tests for {@code NULL}, so that PostgreSQL can use an index on it.
     */
    public static <Q, T> Column<Q, T> ofSqlNotNull(String sql, ColumnType<T> type, Function<Q, T> component) {
        return new Column<>(sql, type, Objects.requireNonNull(component, "component"), true);
    }

    /** {@code column = value}. */
    public Condition<Q> eq(T value) {
        return compare("=", value);
    }

    /** {@code column <> value}. */
    public Condition<Q> ne(T value) {
        return compare("<>", value);
    }

    /** {@code column < value}. */
    public Condition<Q> lt(T value) {
        return compare("<", value);
    }

    /** {@code column <= value}. */
    public Condition<Q> le(T value) {
        return compare("<=", value);
    }

    /** {@code column > value}. */
    public Condition<Q> gt(T value) {
        return compare(">", value);
    }

    /** {@code column >= value}. */
    public Condition<Q> ge(T value) {
        return compare(">=", value);
    }

    /**
     * {@code column = ANY(values)}: true when the column equals one of {@code values}; with no
     * values, a condition that is never true. The values travel as one array parameter, so a list of
     * any length is one parameter and the statement's text is the same whatever the length.
     */
    @SafeVarargs
    public final Condition<Q> in(T... values) {
        return in(Arrays.asList(values));
    }

    /**
     * {@code column = ANY(values)}: true when the column equals one of {@code values}; with no
     * values, a condition that is never true. The values travel as one array parameter, so a list of
     * any length is one parameter and the statement's text is the same whatever the length.
     */
    public final Condition<Q> in(Collection<? extends T> values) {
        Objects.requireNonNull(values, "values");
        if (values.isEmpty()) {
            return Condition.atom("FALSE", List.of());
        }
        List<T> copy = new ArrayList<>(values.size());
        for (T value : values) {
            if (value == null) {
                throw new NullPointerException("null among the values of " + sql + ".in(...):"
                        + " use isNull() or isNotNull() to test for null");
            }
            copy.add(value);
        }
        return Condition.atom(sql + " = ANY(?)", List.of(new Condition.ArrayBound<>(copy, type, sql)));
    }

    /** {@code column IS NULL}. */
    public final Condition<Q> isNull() {
        return Condition.atom(sql + " IS NULL", List.of());
    }

    /** {@code column IS NOT NULL}. */
    public final Condition<Q> isNotNull() {
        return Condition.atom(sql + " IS NOT NULL", List.of());
    }

    /** Ascending order on this column (PostgreSQL puts nulls last). */
    public final Order<Q> asc() {
        return new Order<>(this, false);
    }

    /** Descending order on this column (PostgreSQL puts nulls first). */
    public final Order<Q> desc() {
        return new Order<>(this, true);
    }

    final Condition<Q> compare(String operator, T value) {
        return Condition.atom(sql + " " + operator + " ?", List.of(bind(value, operator)));
    }

    private Condition.Bound<T> bind(T value, String operator) {
        if (value == null) {
            throw new NullPointerException(
                    "null compared with " + sql + " by '" + operator + "': use isNull() or isNotNull() to test for null");
        }
        return new Condition.Bound<>(value, type, sql);
    }

    /** The column's SQL expression. */
    final String expression() {
        return sql;
    }

    /** How values compared with the column are bound. */
    final ColumnType<T> type() {
        return type;
    }

    /** The accessor of the record's component that holds the value; {@code null} when there is none. */
    final Function<Q, T> component() {
        return component;
    }

    /** Whether the value is never {@code null}. */
    final boolean notNull() {
        return notNull;
    }

    @Override
    public String toString() {
        return sql;
    }
}
