package dev.nestql.query;

/**
 * One sort key of a query, made by a column handle's {@link Column#asc()} or
 * {@link Column#desc()}. PostgreSQL puts nulls last in ascending order and first in descending
 * order.
 *
 * @param <Q> the projection record whose query class the order belongs to
 */
public final class Order<Q> {
    private final Column<Q, ?> column;
    private final boolean descending;

    Order(Column<Q, ?> column, boolean descending) {
        this.column = column;
        this.descending = descending;
    }

    /** The sorted handle. */
    Column<Q, ?> column() {
        return column;
    }

    /** The sorted expression, for example {@code t0.name}. */
    String expression() {
        return column.expression();
    }

    /** Whether the key sorts in descending order. */
    boolean descending() {
        return descending;
    }

    /** {@code " ASC"} or {@code " DESC"}. */
    String direction() {
        return descending ? " DESC" : " ASC";
    }

    /** The same key in the opposite direction, nulls on the other side too. */
    Order<Q> reversed() {
        return new Order<>(column, !descending);
    }

    @Override
    public String toString() {
        return expression() + direction();
    }
}
