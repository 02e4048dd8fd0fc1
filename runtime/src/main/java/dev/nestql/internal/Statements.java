package dev.nestql.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every statement a generated query runs, put together from its {@link QueryDefinition} and the
 * condition, order and paging of the call ({@link Clauses}): the one place where nestql's
 * statements are assembled. The processor calls it too, to show the statements in the generated
 * class's Javadoc. For generated code only: see {@link dev.nestql.internal}.
 *
 * <p>The shapes, with {@code ?} for bound values:
 *
 * <ul>
 *   <li>{@link #rows}: {@code SELECT list FROM table joins WHERE ... ORDER BY ... LIMIT ? OFFSET ?},
 *       the typed statement of {@code stream} and the statement of {@code writeJson};
 *   <li>{@link #jsonArray}: one row holding the JSON array of every row, {@code json_agg}
 *       over the same rows, its order kept through a derived table when paged;
 *   <li>{@link #count}: {@code count(*)} of the same rows;
 *   <li>{@link #nestedRows}: the {@code UNION ALL} of {@code list} when nested lists travel as rows
 *       of their own.
 * </ul>
 *
 * <p>A projection with aggregates joins them in one of two shapes. When every row is read (no
 * condition, limit or offset) they come from derived tables aggregated once per table, the faster
 * shape for all rows. Otherwise they are {@code LATERAL} subqueries run for each returned row, and
 * a page is selected first, in a derived table, so that they run for its rows only. Either shape
 * gives the same values.
 */
public final class Statements {
    private Statements() {}

    /**
     * A sort key of a call's order.
     *
     * @param expression what is sorted on
     * @param direction {@code " ASC"} or {@code " DESC"}, with any {@code NULLS} clause
     */
    public record SortKey(String expression, String direction) {
        public SortKey {
            Objects.requireNonNull(expression, "expression");
            Objects.requireNonNull(direction, "direction");
        }
    }

    /**
     * What a call adds to the definition's statements.
     *
     * @param where the condition, with {@code ?} for its values, or {@code null}
     * @param orderBy the sort keys, the order of the result
     * @param pageOrderBy the sort keys by which a limit or offset selects the page: {@code orderBy},
     *     or its reverse for the page before a row, which is then returned in {@code orderBy}
     * @param limit whether a limit is bound
     * @param offset whether an offset is bound
     */
    public record Clauses(String where, List<SortKey> orderBy, List<SortKey> pageOrderBy, boolean limit,
            boolean offset) {
        /** No condition, order or paging: every row. */
        public static final Clauses NONE = new Clauses(null, List.of(), false, false);

        public Clauses {
            orderBy = List.copyOf(orderBy);
            pageOrderBy = List.copyOf(pageOrderBy);
        }

        /** Clauses whose page is selected in the order of the result. */
        public Clauses(String where, List<SortKey> orderBy, boolean limit, boolean offset) {
            this(where, orderBy, orderBy, limit, offset);
        }

        /** Whether the page is selected in another order than the result's (the page before a row). */
        public boolean reversedPage() {
            return paged() && !pageOrderBy.equals(orderBy);
        }

        /** Whether a limit or an offset is bound. */
        public boolean paged() {
            return limit || offset;
        }

        /** Whether the statement reads every row of the table: no condition, limit or offset. */
        public boolean everyRow() {
            return where == null && !paged();
        }
    }

    /** {@code SELECT selectList FROM} the rows {@code clauses} select, in their order. */
    public static String rows(QueryDefinition<?> definition, String selectList, Clauses clauses) {
        StringBuilder sql = new StringBuilder("SELECT ").append(selectList).append(" FROM ");
        source(sql, definition, clauses, true);
        return sql.toString();
    }

    /** One row, one column: the JSON array of the rows' objects, in their order. */
    public static String jsonArray(QueryDefinition<?> definition, Clauses clauses) {
        StringBuilder sql = new StringBuilder();
        if (!clauses.paged()) {
            sql.append("SELECT coalesce(json_agg(").append(definition.jsonObject());
            orderBy(sql.append(' '), clauses.orderBy(), null);
            sql.append("), '[]'::json)::text FROM ");
            source(sql, definition, clauses, false);
            return sql.toString();
        }
        sql.append("SELECT coalesce(json_agg(s.j");
        orderBy(sql.append(' '), clauses.orderBy(), "s.o");
        sql.append("), '[]'::json)::text FROM (SELECT ").append(definition.jsonObject()).append(" AS j");
        for (int i = 0; i < clauses.orderBy().size(); i++) {
            sql.append(", ").append(clauses.orderBy().get(i).expression()).append(" AS o").append(i + 1);
        }
        sql.append(" FROM ");
        source(sql, definition, clauses, false);
        return sql.append(") s").toString();
    }

    /** The number of rows the clauses select. */
    public static String count(QueryDefinition<?> definition, Clauses clauses) {
        StringBuilder sql = new StringBuilder();
        sql.append(clauses.paged() ? "SELECT count(*) FROM (SELECT 1 FROM " : "SELECT count(*) FROM ")
                .append(definition.from());
        where(sql, clauses);
        if (clauses.paged()) {
            paging(sql, clauses);
            sql.append(") s");
        }
        return sql.toString();
    }

    /**
     * The statement of {@link NestedRows}: the top-level branch with each row's position in the
     * query's order, then one branch per nested level, restricted to the children of the top-level
     * rows. Reading every row, the branches need no restriction; with a condition, each selects the
     * top-level keys with it. A page is selected once, in a materialized {@code WITH}, which every
     * branch reads: selected twice, rows that tie in the order could make two different pages.
     *
     * @throws IllegalArgumentException when the definition has no nested rows
     */
    public static String nestedRows(QueryDefinition<?> definition, Clauses clauses) {
        NestedRows<?> nestedRows = definition.nestedRows()
                .orElseThrow(() -> new IllegalArgumentException("the definition has no nested rows"));
        StringBuilder order = new StringBuilder();
        orderBy(order, clauses.orderBy(), null);
        StringBuilder sql = new StringBuilder();
        if (clauses.paged()) {
            sql.append("WITH page AS MATERIALIZED (SELECT t0.* FROM ").append(definition.from());
            where(sql, clauses);
            orderBy(sql, clauses.pageOrderBy(), null);
            paging(sql, clauses);
            sql.append(") ");
        }
        sql.append("(SELECT 0 AS level, row_number() OVER (").append(order.toString().strip()).append(") AS position, ")
                .append(nestedRows.rootItems()).append(" FROM ");
        if (clauses.paged()) {
            sql.append("page t0").append(definition.joins())
                    .append(definition.aggregates().map(QueryDefinition.Aggregates::perRow).orElse(""));
        } else {
            source(sql, definition, clauses, false);
        }
        sql.append(')');
        StringBuilder topLevelRows = new StringBuilder();
        if (clauses.paged()) {
            topLevelRows.append("page t0");
        } else {
            topLevelRows.append(definition.from());
            where(topLevelRows, clauses);
        }
        for (NestedRows.Branch branch : nestedRows.branches()) {
            sql.append(" UNION ALL (");
            if (clauses.everyRow()) {
                sql.append(branch.everyRow());
            } else {
                rows(sql, branch.rows(), topLevelRows.toString(), null);
            }
            sql.append(')');
        }
        return sql.toString();
    }

    /**
     * The top-level rows of {@link #nestedRows}, one per record, in the query's order, for a
     * cursor that reads them a batch at a time: the top-level branch's columns, then the
     * top-level key ({@link NestedRows#topLevelKey}) in the last column.
     *
     * @throws IllegalArgumentException when the definition has no nested rows with a top-level key
     */
    public static String nestedRoots(QueryDefinition<?> definition, Clauses clauses) {
        NestedRows<?> nestedRows = batched(definition);
        StringBuilder order = new StringBuilder();
        orderBy(order, clauses.orderBy(), null);
        return rows(definition, "0 AS level, row_number() OVER (" + order.toString().strip() + ") AS position, "
                + nestedRows.rootItems() + ", " + nestedRows.topLevelKey().orElseThrow(), clauses);
    }

    /**
     * The nested rows of a batch of top-level rows: the {@code UNION ALL} of the nested branches
     * of {@link #nestedRows}, each selecting the children of the top-level rows whose key is in
     * an array parameter, bound once per branch ({@link #nestedChildrenParameters}).
     *
     * @throws IllegalArgumentException when the definition has no nested rows with a top-level key
     */
    public static String nestedChildren(QueryDefinition<?> definition) {
        NestedRows<?> nestedRows = batched(definition);
        String key = nestedRows.topLevelKey().orElseThrow();
        String topLevelRows = definition.table() + " WHERE " + key + " = ANY(?)";
        StringBuilder sql = new StringBuilder();
        for (NestedRows.Branch branch : nestedRows.branches()) {
            sql.append(sql.length() == 0 ? "(" : " UNION ALL (");
            rows(sql, branch.rows(), topLevelRows, key);
            sql.append(')');
        }
        return sql.toString();
    }

    /** How many times {@link #nestedChildren} binds the array of top-level keys: once per branch. */
    public static int nestedChildrenParameters(QueryDefinition<?> definition) {
        return batched(definition).branches().size();
    }

    private static NestedRows<?> batched(QueryDefinition<?> definition) {
        NestedRows<?> nestedRows = definition.nestedRows()
                .orElseThrow(() -> new IllegalArgumentException("the definition has no nested rows"));
        if (nestedRows.topLevelKey().isEmpty()) {
            throw new IllegalArgumentException("the nested rows have no top-level key to read them in batches");
        }
        return nestedRows;
    }

    /** How many times the statement of {@code list} holds the condition, whose values are bound each time. */
    public static int conditionCopies(QueryDefinition<?> definition, Clauses clauses) {
        if (clauses.where() == null) {
            return 0;
        }
        // Without paging, each nested branch selects the top-level keys with the condition.
        return 1 + (definition.nestedRows().isPresent() && !clauses.paged()
                ? definition.nestedRows().get().branches().size()
                : 0);
    }

    /**
     * Appends {@code rows}, their statements of keys reading {@code topLevelRows}. Where a branch's
     * own keys are the top-level rows' {@code boundKey} itself (the top-level key of a batch, whose
     * values are the array parameter), that parameter takes the place of the statement of keys.
     */
    private static void rows(StringBuilder sql, NestedRows.Rows rows, String topLevelRows, String boundKey) {
        if (rows instanceof NestedRows.Ranked ranked) {
            sql.append("SELECT * FROM (");
            rows(sql, ranked.rows(), topLevelRows, boundKey);
            sql.append(") r WHERE r.").append(NestedRows.RANK).append(" <= ").append(ranked.limit());
            return;
        }
        if (rows instanceof NestedRows.KeysJoin join) {
            sql.append("SELECT ").append(join.select()).append(" FROM (");
            keys(sql, join.keys(), topLevelRows);
            sql.append(") k(key, text)").append(join.joins());
            if (!join.condition().isEmpty()) {
                sql.append(" WHERE ").append(join.condition());
            }
            return;
        }
        NestedRows.Matched matched = (NestedRows.Matched) rows;
        sql.append("SELECT ").append(matched.select()).append(" FROM ").append(matched.from()).append(" WHERE ")
                .append(matched.keyColumn());
        if (matched.parent() instanceof NestedRows.TopLevelKeys top && top.select().equals(boundKey)) {
            sql.append(" = ANY(?)");
        } else {
            sql.append(" = ANY(ARRAY(");
            keys(sql, matched.parent(), topLevelRows);
            sql.append("))");
        }
        if (!matched.condition().isEmpty()) {
            sql.append(" AND (").append(matched.condition()).append(')');
        }
    }

    private static void keys(StringBuilder sql, NestedRows.Keys keys, String topLevelRows) {
        if (keys instanceof NestedRows.TopLevelKeys top) {
            sql.append("SELECT ").append(top.select()).append(" FROM ").append(topLevelRows);
        } else {
            rows(sql, (NestedRows.Matched) keys, topLevelRows, null);
        }
    }

    /**
     * Appends the rows {@code clauses} select: the {@code FROM} clause (without the keyword), the
     * condition, the order ({@code ordered}, or always when paged) and the paging; the aggregates
     * in the shape that fits (see the class comment).
     */
    private static void source(StringBuilder sql, QueryDefinition<?> definition, Clauses clauses, boolean ordered) {
        boolean paged = clauses.paged();
        Optional<QueryDefinition.Aggregates> aggregates = definition.aggregates();
        if (paged && (aggregates.isPresent() || clauses.reversedPage())) {
            // The page first, in a derived table: the aggregates run for its rows only, and a page
            // selected in the reverse order is returned in the query's.
            sql.append("(SELECT t0.* FROM ").append(definition.from());
            where(sql, clauses);
            orderBy(sql, clauses.pageOrderBy(), null);
            paging(sql, clauses);
            sql.append(") t0").append(definition.joins())
                    .append(aggregates.map(QueryDefinition.Aggregates::perRow).orElse(""));
            if (ordered) {
                orderBy(sql, clauses.orderBy(), null);
            }
            return;
        }
        if (aggregates.isEmpty()) {
            sql.append(definition.from());
            where(sql, clauses);
        } else if (clauses.everyRow()) {
            sql.append(definition.from()).append(aggregates.get().wholeTable());
        } else {
            sql.append(definition.from()).append(aggregates.get().perRow());
            where(sql, clauses);
        }
        if (ordered || paged) {
            orderBy(sql, clauses.orderBy(), null);
        }
        paging(sql, clauses);
    }

    private static void where(StringBuilder sql, Clauses clauses) {
        if (clauses.where() != null) {
            sql.append(" WHERE ").append(clauses.where());
        }
    }

    private static void orderBy(StringBuilder sql, List<SortKey> orderBy, String alias) {
        for (int i = 0; i < orderBy.size(); i++) {
            sql.append(i == 0 ? " ORDER BY " : ", ");
            SortKey key = orderBy.get(i);
            if (alias == null) {
                sql.append(key.expression());
            } else {
                sql.append(alias).append(i + 1);
            }
            sql.append(key.direction());
        }
    }

    private static void paging(StringBuilder sql, Clauses clauses) {
        if (clauses.limit()) {
            sql.append(" LIMIT ?");
        }
        if (clauses.offset()) {
            sql.append(" OFFSET ?");
        }
    }
}
