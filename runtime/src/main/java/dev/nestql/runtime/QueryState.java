package dev.nestql.runtime;

import java.util.List;

/**
 * The per-call part of a query: its condition, order and paging. Immutable; each change makes a
 * new state. Generated query classes pass it through to {@link ProjectionQuery}.
 *
 * @param <P> the projection record
 */
public final class QueryState<P> {
    static final int DEFAULT_FETCH_SIZE = 1000;
    private static final QueryState<?> INITIAL = new QueryState<>(null, List.of(), -1, 0, DEFAULT_FETCH_SIZE);

    final Condition<P> where;
    final List<Order<P>> orderBy;
    final long limit;
    final long offset;
    final int fetchSize;

    private QueryState(Condition<P> where, List<Order<P>> orderBy, long limit, long offset, int fetchSize) {
        this.where = where;
        this.orderBy = orderBy;
        this.limit = limit;
        this.offset = offset;
        this.fetchSize = fetchSize;
    }

    /** The state of a new query: every row, in no particular order. */
    @SuppressWarnings("unchecked")
    public static <P> QueryState<P> initial() {
        return (QueryState<P>) INITIAL;
    }

    QueryState<P> where(Condition<P> condition) {
        return new QueryState<>(where == null ? condition : where.and(condition), orderBy, limit, offset, fetchSize);
    }

    QueryState<P> orderBy(List<Order<P>> order) {
        return new QueryState<>(where, List.copyOf(order), limit, offset, fetchSize);
    }

    QueryState<P> limit(long rows) {
        return new QueryState<>(where, orderBy, rows, offset, fetchSize);
    }

    QueryState<P> offset(long rows) {
        return new QueryState<>(where, orderBy, limit, rows, fetchSize);
    }

    QueryState<P> fetchSize(int rows) {
        return new QueryState<>(where, orderBy, limit, offset, rows);
    }
}
