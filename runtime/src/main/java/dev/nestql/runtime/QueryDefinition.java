package dev.nestql.runtime;

import java.util.Objects;

/**
 * The SQL pieces of one projection, written by the nestql processor into each generated query
 * class, and the reader of its rows. {@link ProjectionQuery} adds the conditions, order and
 * paging of each call.
 *
 * @param <P> the projection record
 */
public final class QueryDefinition<P> {
    final String selectList;
    final String jsonObject;
    final String from;
    final RowReader<P> reader;
    final String wholeTableSelectList;
    final String wholeTableJsonObject;
    final String wholeTableJoins;

    /**
     * @param selectList the select list of the typed statement: one column per component, nested
     *     projections as positional JSON
     * @param jsonObject the expression that builds one row as a JSON object keyed by component
     *     names
     * @param from the {@code FROM} clause without the keyword: the base table as {@code t0} and the
     *     joins that path components need
     * @param reader reads one row of the typed statement into the record
     */
    public QueryDefinition(String selectList, String jsonObject, String from, RowReader<P> reader) {
        this(selectList, jsonObject, from, reader, null, null, null);
    }

    /**
     * The pieces of a projection with aggregates, which has a second shape for statements that read
     * every row of the table: there, each aggregate comes from a derived table aggregated once with
     * {@code GROUP BY} and joined, instead of a correlated subquery per row.
     *
     * @param selectList the select list of the typed statement, aggregates as correlated subqueries
     * @param jsonObject the JSON object of one row, aggregates as correlated subqueries
     * @param from the {@code FROM} clause without the keyword
     * @param wholeTableSelectList the select list when every row is read
     * @param wholeTableJsonObject the JSON object of one row when every row is read
     * @param wholeTableJoins the joins of the aggregates' derived tables, appended to {@code from}
     *     when every row is read
     * @param reader reads one row of the typed statement into the record
     */
    public QueryDefinition(String selectList, String jsonObject, String from, String wholeTableSelectList,
            String wholeTableJsonObject, String wholeTableJoins, RowReader<P> reader) {
        this(selectList, jsonObject, from, reader,
                Objects.requireNonNull(wholeTableSelectList, "wholeTableSelectList"),
                Objects.requireNonNull(wholeTableJsonObject, "wholeTableJsonObject"),
                Objects.requireNonNull(wholeTableJoins, "wholeTableJoins"));
    }

    /** Both shapes; the whole-table pieces are all {@code null} for a projection without aggregates. */
    private QueryDefinition(String selectList, String jsonObject, String from, RowReader<P> reader,
            String wholeTableSelectList, String wholeTableJsonObject, String wholeTableJoins) {
        this.selectList = Objects.requireNonNull(selectList, "selectList");
        this.jsonObject = Objects.requireNonNull(jsonObject, "jsonObject");
        this.from = Objects.requireNonNull(from, "from");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.wholeTableSelectList = wholeTableSelectList;
        this.wholeTableJsonObject = wholeTableJsonObject;
        this.wholeTableJoins = wholeTableJoins;
    }
}
