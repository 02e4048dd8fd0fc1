package dev.nestql.query;

/**
 * One sort key of a query, made by a column handle's {@link Column#asc()} or
 * {@link Column#desc()}.
 *
 * @param <Q> the projection record whose query class the order belongs to
 */
public final class Order<Q> {
    private final String expression;
    private final boolean descending;

    Order(String expression, boolean descending) {
        this.expression = expression;
        this.descending = descending;
    }

    /** The sorted expression, for example {@code t0.name}. */
    String expression() {
        return expression;
    }

    /** {@code " ASC"} or {@code " DESC"}. */
    String direction() {
        return descending ? " DESC" : " ASC";
    }

    @Override
    public String toString() {
        return expression + direction();
    }
}
