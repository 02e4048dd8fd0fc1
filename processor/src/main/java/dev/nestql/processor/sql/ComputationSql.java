package dev.nestql.processor.sql;

import dev.nestql.processor.model.Computation;
import dev.nestql.processor.model.Computation.Expression;
import dev.nestql.processor.model.OrderKey;
import dev.nestql.processor.model.Relation;
import dev.nestql.processor.model.ValueKind;
import dev.nestql.processor.model.ValueType;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders computed components in the two shapes a statement can use.
 *
 * <ul>
 *   <li><b>Per row</b>: a correlated subquery ({@code (SELECT count(*) FROM device t1 WHERE
 *       t1.location_id = t0.id)}), evaluated for each row the statement returns. With an index on
 *       the foreign key this is the fastest shape for a page or a filtered set of rows, and it is
 *       the only shape usable in a condition, an order or a nested projection.
 *   <li><b>Whole table</b>: a derived table aggregated once with {@code GROUP BY} the key of the
 *       first hop and joined to the base table ({@code LEFT JOIN (SELECT t1.location_id AS k,
 *       count(*) AS v FROM device t1 GROUP BY 1) a1 ON a1.k = t0.id}), fastest when every row of
 *       the table is read.
 * </ul>
 *
 * <p>Each aggregate has its own subquery or derived table, so two aggregates over different
 * relations never multiply each other's rows, whatever the shape.
 */
final class ComputationSql {
    private final Aliases aliases;

    ComputationSql(Aliases aliases) {
        this.aliases = aliases;
    }

    /** The value of {@code computation} for the row of {@code outer}, as a per-row expression. */
    String perRow(Computation computation, ValueType type, Scope outer) {
        if (computation instanceof Expression expression) {
            return expression(expression, outer);
        }
        Computation.OverRelation over = (Computation.OverRelation) computation;
        int mark = aliases.mark();
        RelatedRows rows = new RelatedRows(over.hops(), aliases);
        String match = rows.matching(outer.alias());
        String sql;
        if (over instanceof Computation.Count count) {
            sql = "(SELECT " + countOf(count, rows.scope()) + rows.from(match, over.filter()) + ")";
        } else if (over instanceof Computation.Exists) {
            sql = "EXISTS (SELECT 1" + rows.from(match, over.filter()) + ")";
        } else if (over instanceof Computation.Fold fold) {
            String value = fold(fold, type, rows.scope());
            sql = "(SELECT " + (fold.coalesce() ? "coalesce(" + value + ", 0)" : value) + rows.from(match, over.filter()) + ")";
        } else {
            Computation.First first = (Computation.First) over;
            String select = rows.scope().column(first.select());
            String orderBy = orderBy(first, rows.scope());
            sql = "(SELECT " + select + rows.from(match, over.filter()) + " ORDER BY " + orderBy + " LIMIT 1)";
        }
        aliases.reset(mark);
        return sql;
    }

    /**
     * The whole-table shape of an aggregate: a derived table named {@code alias} with the grouping
     * key {@code k} (and the value {@code v}), to be left-joined to {@code base}.
     */
    WholeTable wholeTable(Computation.OverRelation over, ValueType type, String alias, String base) {
        int mark = aliases.mark();
        RelatedRows rows = new RelatedRows(over.hops(), aliases);
        Relation first = over.hops().get(0);
        String key = rows.firstAlias() + '.' + SqlNames.identifier(first.toColumn().sqlName());
        String join = " LEFT JOIN (SELECT ";
        String value;
        if (over instanceof Computation.Count count) {
            join += key + " AS k, " + countOf(count, rows.scope()) + " AS v" + rows.from(null, over.filter()) + " GROUP BY 1";
            value = "coalesce(" + alias + ".v, 0)";
        } else if (over instanceof Computation.Exists) {
            join += key + " AS k" + rows.from(null, over.filter()) + " GROUP BY 1";
            value = "(" + alias + ".k IS NOT NULL)";
        } else if (over instanceof Computation.Fold fold) {
            join += key + " AS k, " + fold(fold, type, rows.scope()) + " AS v" + rows.from(null, over.filter()) + " GROUP BY 1";
            value = fold.coalesce() ? "coalesce(" + alias + ".v, 0)" : alias + ".v";
        } else {
            Computation.First firstRow = (Computation.First) over;
            String select = rows.scope().column(firstRow.select());
            String orderBy = orderBy(firstRow, rows.scope());
            join = " LEFT JOIN (SELECT DISTINCT ON (" + key + ") " + key + " AS k, " + select + " AS v"
                    + rows.from(null, over.filter()) + " ORDER BY " + key + ", " + orderBy;
            value = alias + ".v";
        }
        join += ") " + alias + " ON " + alias + ".k = " + base + '.' + SqlNames.identifier(first.fromColumn().sqlName());
        aliases.reset(mark);
        return new WholeTable(join, value);
    }

    /**
     * An aggregate in the whole-table shape.
     *
     * @param join the {@code LEFT JOIN} of its derived table, starting with a space
     * @param value its value for the joined row
     */
    record WholeTable(String join, String value) {}

    private static String countOf(Computation.Count count, Scope rows) {
        return count.distinctKey()
                .map(key -> "count(DISTINCT " + rows.alias() + '.' + SqlNames.identifier(key.sqlName()) + ")")
                .orElse("count(*)");
    }

    /**
     * The aggregate call, read as the component's type. A sum of integers or decimals is exact in
     * PostgreSQL and cast afterwards ({@code sum(x)::bigint}); a sum of floating-point values is
     * computed in the component's type ({@code sum(x::double precision)}), since a {@code real}
     * sum would lose digits. An average is computed in the component's type; a min or max is
     * widened afterwards, which is exact.
     */
    private static String fold(Computation.Fold fold, ValueType type, Scope rows) {
        String column = rows.column(fold.column());
        String sqlType = sqlType(type.kind());
        switch (fold.function()) {
            case SUM:
                ValueKind source = fold.column().column().type().kind();
                return source == ValueKind.FLOAT || source == ValueKind.DOUBLE
                        ? "sum(" + column + "::" + sqlType + ")"
                        : "sum(" + column + ")::" + sqlType;
            case AVG:
                return "avg(" + column + "::" + sqlType + ")";
            default:
                String call = fold.function().sql() + "(" + column + ")";
                return fold.column().column().type().kind() == type.kind() ? call : call + "::" + sqlType;
        }
    }

    /** The PostgreSQL type a numeric result is computed in so that it reads as {@code kind}; null for others. */
    private static String sqlType(ValueKind kind) {
        switch (kind) {
            case SHORT:
            case BYTE:
                return "smallint";
            case INT:
                return "integer";
            case LONG:
                return "bigint";
            case FLOAT:
                return "real";
            case DOUBLE:
                return "double precision";
            case BIG_DECIMAL:
                return "numeric";
            default:
                return null;
        }
    }

    /**
     * The order keys of a {@code @First}, then a tie-break so that both shapes pick the same value:
     * the reached table's {@code @Id}, or without one the selected value itself.
     */
    private static String orderBy(Computation.First first, Scope rows) {
        List<String> keys = new ArrayList<>();
        for (OrderKey key : first.orderBy()) {
            keys.add(rows.column(key.path()) + (key.descending() ? " DESC" : " ASC"));
        }
        String tieBreak = first.reached().id()
                .map(id -> rows.alias() + '.' + SqlNames.identifier(id.sqlName()))
                .orElseGet(() -> rows.column(first.select()));
        boolean ordered = first.orderBy().stream().anyMatch(key -> rows.column(key.path()).equals(tieBreak));
        if (!ordered) {
            keys.add(tieBreak + " ASC");
        }
        return String.join(", ", keys);
    }

    private static String expression(Expression expression, Scope scope) {
        StringBuilder sql = new StringBuilder("(");
        boolean comment = false;
        for (Expression.Part part : expression.parts()) {
            if (part instanceof Expression.Text text) {
                sql.append(text.sql());
                comment |= text.sql().contains("--");
            } else {
                sql.append(scope.column(((Expression.Placeholder) part).column()));
            }
        }
        // A line comment would swallow the rest of the statement: end the line before closing.
        return sql.append(comment ? "\n)" : ")").toString();
    }
}
