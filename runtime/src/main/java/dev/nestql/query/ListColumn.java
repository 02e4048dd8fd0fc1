package dev.nestql.query;

import dev.nestql.internal.ColumnType;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A handle on a one-dimensional array column read into a {@code List<E>}: the comparisons of
 * {@link Column} (with a whole list), and {@link #contains} and {@link #overlaps} with elements.
 *
 * @param <Q> the projection record of the query class this handle belongs to
 * @param <E> the element type
 */
public final class ListColumn<Q, E> extends Column<Q, List<E>> {
    private ListColumn(String sql, ColumnType<E> element) {
        super(sql, element.list());
    }

    /**
     * A handle on the raw SQL array expression {@code sql}, put into statements as it is: for
     * generated query classes only (see {@link Column#ofSql}; {@link ColumnType} is in
     * {@link dev.nestql.internal}, which is not a public API).
     *
     * @param sql the expression as it appears in the query's {@code WHERE} clause
     * @param element the element type
     */
    public static <Q, E> ListColumn<Q, E> ofSqlArray(String sql, ColumnType<E> element) {
        return new ListColumn<>(sql, element);
    }

    /**
     * {@code column @> ARRAY[values]}: the array holds every one of {@code values} (PostgreSQL's
     * containment, which a GIN index on the column serves).
     */
    @SafeVarargs
    public final Condition<Q> contains(E... values) {
        return arrayOperator("@>", "contains", values);
    }

    /** {@code column && ARRAY[values]}: the array holds at least one of {@code values}. */
    @SafeVarargs
    public final Condition<Q> overlaps(E... values) {
        return arrayOperator("&&", "overlaps", values);
    }

    private Condition<Q> arrayOperator(String operator, String method, E[] values) {
        for (E value : values) {
            Objects.requireNonNull(value, () -> "null among the values of " + expression() + "." + method + "(...)");
        }
        List<E> list = Arrays.asList(values.clone());
        return Condition.atom(expression() + " " + operator + " ?",
                List.of(new Condition.Bound<>(list, type(), expression())));
    }
}
