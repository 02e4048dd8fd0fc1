package dev.nestql.query;

import dev.nestql.internal.ColumnType;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A condition on the rows of one query class, built from its column handles:
 *
 * <pre>{@code
 * CategoryViewQuery.VENUE_ID.eq(16L).and(CategoryViewQuery.NAME.like("B%"))
 * }</pre>
 *
 * <p>Conditions are immutable. Every value in them is sent to PostgreSQL as a bind parameter.
 *
 * @param <Q> the projection record whose query class the condition belongs to, so that a
 *     condition of one query cannot be passed to another
 */
public final class Condition<Q> {
    private static final int OR = 0;
    private static final int AND = 1;
    private static final int ATOM = 2;

    private final String sql;
    private final List<Parameter> values;
    private final int precedence;

    private Condition(String sql, List<Parameter> values, int precedence) {
        this.sql = sql;
        this.values = values;
        this.precedence = precedence;
    }

    static <Q> Condition<Q> atom(String sql, List<? extends Parameter> values) {
        return new Condition<>(sql, List.copyOf(values), ATOM);
    }

    /** This condition and {@code other}. */
    public Condition<Q> and(Condition<Q> other) {
        return combine(other, " AND ", AND);
    }

    /** This condition or {@code other}. */
    public Condition<Q> or(Condition<Q> other) {
        return combine(other, " OR ", OR);
    }

    /** The negation of this condition (SQL's {@code NOT}: {@code null} stays {@code null}). */
    public Condition<Q> not() {
        return new Condition<>("NOT (" + sql + ")", values, ATOM);
    }

    private Condition<Q> combine(Condition<Q> other, String operator, int level) {
        Objects.requireNonNull(other, "other");
        List<Parameter> all = new ArrayList<>(values.size() + other.values.size());
        all.addAll(values);
        all.addAll(other.values);
        return new Condition<>(operand(level) + operator + other.operand(level), List.copyOf(all), level);
    }

    private String operand(int level) {
        return precedence < level ? "(" + sql + ")" : sql;
    }

    /** The SQL text with {@code ?} for each bound value. */
    String sql() {
        return sql;
    }

    /**
     * Binds this condition's values starting at {@code index}; returns the next free index.
     *
     * @throws UnboundValueException when a value has no PostgreSQL form
     */
    int bind(PreparedStatement statement, int index) throws SQLException {
        for (Parameter value : values) {
            value.bind(statement, index++);
        }
        return index;
    }

    @Override
    public String toString() {
        return sql;
    }

    /** One bind parameter of a condition. */
    interface Parameter {
        /**
         * Binds the parameter as parameter {@code index} of {@code statement}.
         *
         * @throws UnboundValueException when the value has no PostgreSQL form
         */
        void bind(PreparedStatement statement, int index) throws SQLException;
    }

    /**
     * A value compared with {@code column}, with the way to bind it.
     *
     * @param column the expression the value is compared with, for messages
     */
    record Bound<T>(T value, ColumnType<T> type, String column) implements Parameter {
        @Override
        public void bind(PreparedStatement statement, int index) throws SQLException {
            try {
                type.bind(statement, index, value);
            } catch (RuntimeException e) {
                throw new UnboundValueException(column, value.getClass(), e);
            }
        }
    }

    /**
     * The values of an {@code IN} list as one array parameter, sent untyped so that PostgreSQL
     * types it as an array of the column's type.
     *
     * @param column the expression the values are compared with, for messages
     */
    record ArrayBound<T>(List<T> values, ColumnType<T> type, String column) implements Parameter {
        @Override
        public void bind(PreparedStatement statement, int index) throws SQLException {
            String array;
            try {
                array = type.list().text(values);
            } catch (RuntimeException e) {
                throw new UnboundValueException(column, values.get(0).getClass(), e);
            }
            statement.setObject(index, array, Types.OTHER);
        }
    }
}
