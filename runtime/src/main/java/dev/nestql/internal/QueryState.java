package dev.nestql.internal;

import dev.nestql.query.Condition;
import dev.nestql.query.Order;
import java.util.List;

/**
 * The per-call part of a query: its condition, order and paging. Immutable; each change makes a
 * new state. Generated query classes pass it through to {@link dev.nestql.query.ProjectionQuery},
 * which reads and changes it. For generated code only: see {@link dev.nestql.internal}.
 *
 * @param <P> the projection record
 */
public final class QueryState<P> {
    private static final int DEFAULT_FETCH_SIZE = 1000;
    private static final QueryState<?> INITIAL =
            new QueryState<>(null, List.of(), -1, 0, DEFAULT_FETCH_SIZE, null, false);

    private final Condition<P> where;
    private final List<Order<P>> orderBy;
    private final long limit;
    private final long offset;
    private final int fetchSize;
    private final Object position;
    private final boolean reversedPage;

    private QueryState(Condition<P> where, List<Order<P>> orderBy, long limit, long offset, int fetchSize,
            Object position, boolean reversedPage) {
        this.where = where;
        this.orderBy = orderBy;
        this.limit = limit;
        this.offset = offset;
        this.fetchSize = fetchSize;
        this.position = position;
        this.reversedPage = reversedPage;
    }

    /** The state of a new query: every row, in no particular order. */
    @SuppressWarnings("unchecked")
    public static <P> QueryState<P> initial() {
        return (QueryState<P>) INITIAL;
    }

    // Read and changed by ProjectionQuery, in dev.nestql.query; internal, like the class.

    /** The condition, or {@code null} for every row. */
    public Condition<P> where() {
        return where;
    }

    /** The sort keys, first key first; empty for no order. */
    public List<Order<P>> orderBy() {
        return orderBy;
    }

    /** The most rows to return, or -1 for no limit. */
    public long limit() {
        return limit;
    }

    /** The rows to skip; 0 for none. */
    public long offset() {
        return offset;
    }

    /** The rows fetched at a time by a cursor. */
    public int fetchSize() {
        return fetchSize;
    }

    /**
     * The page position ({@code after} or {@code before} a row), which the query turns into a
     * condition and an order when it runs; {@code null} for none. Opaque here: its class is
     * {@code dev.nestql.query}'s.
     */
    public Object position() {
        return position;
    }

    /**
     * Whether the page is selected in the reverse of {@link #orderBy} (the page before a row) and
     * returned in {@link #orderBy}.
     */
    public boolean reversedPage() {
        return reversedPage;
    }

    /** This state with {@code condition} added to its condition ({@code AND}). */
    public QueryState<P> withWhere(Condition<P> condition) {
        return new QueryState<>(where == null ? condition : where.and(condition), orderBy, limit, offset, fetchSize,
                position, reversedPage);
    }

    /** This state with {@code order} in place of its order. */
    public QueryState<P> withOrderBy(List<Order<P>> order) {
        return new QueryState<>(where, List.copyOf(order), limit, offset, fetchSize, position, reversedPage);
    }

    /** This state with a limit of {@code rows}. */
    public QueryState<P> withLimit(long rows) {
        return new QueryState<>(where, orderBy, rows, offset, fetchSize, position, reversedPage);
    }

    /** This state with an offset of {@code rows}. */
    public QueryState<P> withOffset(long rows) {
        return new QueryState<>(where, orderBy, limit, rows, fetchSize, position, reversedPage);
    }

    /** This state with a fetch size of {@code rows}. */
    public QueryState<P> withFetchSize(int rows) {
        return new QueryState<>(where, orderBy, limit, offset, rows, position, reversedPage);
    }

    /** This state with the page position {@code position} in place of any earlier one. */
    public QueryState<P> withPosition(Object position) {
        return new QueryState<>(where, orderBy, limit, offset, fetchSize, position, reversedPage);
    }

    /**
     * This state with the position resolved: without it, and with the page selected in the reverse
     * order when {@code reversedPage}.
     */
    public QueryState<P> resolved(boolean reversedPage) {
        return new QueryState<>(where, orderBy, limit, offset, fetchSize, null, reversedPage);
    }
}
