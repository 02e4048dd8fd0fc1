package dev.nestql.internal;

import java.util.Objects;

/**
 * The SQL pieces of one projection, written by the nestql processor into each generated query
 * class, and the reader of its rows. {@link dev.nestql.query.ProjectionQuery} adds the
 * conditions, order and paging of each call. For generated code only: see
 * {@link dev.nestql.internal}.
 *
 * @param <P> the projection record
 */
public final class QueryDefinition<P> {
    private final String selectList;
    private final String jsonObject;
    private final String from;
    private final RowReader<P> reader;
    private final String joins;
    private final String rowJoins;
    private final String wholeTableJoins;
    private final NestedRows<P> nestedRows;

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
        this.selectList = Objects.requireNonNull(selectList, "selectList");
        this.jsonObject = Objects.requireNonNull(jsonObject, "jsonObject");
        this.from = Objects.requireNonNull(from, "from");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.joins = null;
        this.rowJoins = null;
        this.wholeTableJoins = null;
        this.nestedRows = null;
    }

    /**
     * The pieces of a projection with aggregates. Its select list and JSON object read each
     * aggregate from a joined relation ({@code a1}, {@code a2}, ...) that has one row per row of
     * the table, built in one of two shapes:
     *
     * <ul>
     *   <li>{@code rowJoins}: {@code LEFT JOIN LATERAL} subqueries, computed for each returned row
     *       only; with a limit or offset, the page is selected first and the subqueries run for
     *       its rows alone;
     *   <li>{@code wholeTableJoins}: derived tables aggregated once with {@code GROUP BY}, for
     *       statements that read every row (no condition, limit or offset).
     * </ul>
     *
     * @param selectList the select list of the typed statement
     * @param jsonObject the JSON object of one row
     * @param table the base table as {@code t0}
     * @param joins the joins that path components need, each starting with a space
     * @param rowJoins the {@code LATERAL} joins of the aggregates, each starting with a space
     * @param wholeTableJoins the derived-table joins of the aggregates, each starting with a space
     * @param reader reads one row of the typed statement into the record
     * @param <P> the projection record
     * @return the definition
     */
    public static <P> QueryDefinition<P> withAggregates(String selectList, String jsonObject, String table,
            String joins, String rowJoins, String wholeTableJoins, RowReader<P> reader) {
        return new QueryDefinition<>(selectList, jsonObject, table, joins, rowJoins, wholeTableJoins, reader);
    }

    private QueryDefinition(String selectList, String jsonObject, String table, String joins, String rowJoins,
            String wholeTableJoins, RowReader<P> reader) {
        this.selectList = Objects.requireNonNull(selectList, "selectList");
        this.jsonObject = Objects.requireNonNull(jsonObject, "jsonObject");
        this.joins = Objects.requireNonNull(joins, "joins");
        this.from = Objects.requireNonNull(table, "table") + joins;
        this.rowJoins = Objects.requireNonNull(rowJoins, "rowJoins");
        this.wholeTableJoins = Objects.requireNonNull(wholeTableJoins, "wholeTableJoins");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.nestedRows = null;
    }

    private QueryDefinition(QueryDefinition<P> definition, NestedRows<P> nestedRows) {
        this.selectList = definition.selectList;
        this.jsonObject = definition.jsonObject;
        this.from = definition.from;
        this.reader = definition.reader;
        this.joins = definition.joins;
        this.rowJoins = definition.rowJoins;
        this.wholeTableJoins = definition.wholeTableJoins;
        this.nestedRows = Objects.requireNonNull(nestedRows, "nestedRows");
    }

    /**
     * This definition, with {@code list} and {@code first} reading nested lists as rows of their
     * own ({@link NestedRows}); {@code stream} keeps reading them as JSON, one row per record.
     */
    public QueryDefinition<P> withNestedRows(NestedRows<P> nestedRows) {
        return new QueryDefinition<>(this, nestedRows);
    }

    // Read by ProjectionQuery, in dev.nestql.query; internal, like the class.

    /** The select list of the typed statement. */
    public String selectList() {
        return selectList;
    }

    /** The expression that builds one row as a JSON object. */
    public String jsonObject() {
        return jsonObject;
    }

    /** The {@code FROM} clause without the keyword, path joins included. */
    public String from() {
        return from;
    }

    /** Reads one row of the typed statement into the record. */
    public RowReader<P> reader() {
        return reader;
    }

    /** The joins that path components need, each starting with a space; {@code null} without aggregates. */
    public String joins() {
        return joins;
    }

    /** The {@code LATERAL} joins of the aggregates; {@code null} without aggregates. */
    public String rowJoins() {
        return rowJoins;
    }

    /** The derived-table joins of the aggregates; {@code null} without aggregates. */
    public String wholeTableJoins() {
        return wholeTableJoins;
    }

    /** The statement of {@code list} with nested lists as rows of their own, or {@code null}. */
    public NestedRows<P> nestedRows() {
        return nestedRows;
    }
}
