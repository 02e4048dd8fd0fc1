package dev.nestql.processor.sql;

import dev.nestql.processor.model.Computation;
import dev.nestql.processor.model.Computation.Expression;
import dev.nestql.processor.model.OrderKey;
import dev.nestql.processor.model.Relation;
import dev.nestql.processor.model.ValueKind;
import dev.nestql.processor.model.ValueType;
import java.util.ArrayList;
import java.util.List;
import dev.nestql.processor.sql.tree.Expr;
import dev.nestql.processor.sql.tree.Order;
import java.util.Optional;

/**
 * Renders computed components: as per-row expressions, and the pieces of the joined relations that
 * {@link JoinedAggregates} builds for a projection's own aggregates.
 *
 * <p>Per row, an aggregate is a correlated subquery ({@code (SELECT count(*) FROM device t1 WHERE
 * t1.location_id = t0.id)}): the shape usable in a condition, an order or a nested projection.
 *
 * <p>A distinct count whose path ends in a to-one hop onto the reached table's key counts the
 * foreign key instead ({@code count(DISTINCT t1.device_role_id)} for {@code devices.deviceRole}),
 * without joining the last table: the same number, since a {@code @ForeignKey} references an
 * existing row.
 */
final class ComputationSql {
    private ComputationSql() {}

    /**
     * The value of {@code computation} for the row of {@code outer}, as a per-row expression. Its
     * subquery's aliases are a fork of the outer scope's: free again after it.
     */
    static Expr perRow(Computation computation, ValueType type, Scope outer) {
        if (computation instanceof Expression expression) {
            return expression(expression, outer);
        }
        Computation.OverRelation over = normalized((Computation.OverRelation) computation);
        RelatedRows rows = new RelatedRows(over.hops(), outer.aliases().fork());
        Expr match = rows.matching(outer.alias());
        if (over instanceof Computation.Count count) {
            Expr value = Expr.text(countOf(count, rows.scope()));
            return Expr.of(rows.select(match, over.filter()).item(value).build());
        }
        if (over instanceof Computation.Exists) {
            return Expr.of("EXISTS ", rows.select(match, over.filter()).item(Expr.text("1")).build());
        }
        if (over instanceof Computation.Fold fold) {
            String value = fold(fold, type, rows.scope(), "");
            Expr item = Expr.text(fold.coalesce() ? "coalesce(" + value + ", 0)" : value);
            return Expr.of(rows.select(match, over.filter()).item(item).build());
        }
        Computation.First first = (Computation.First) over;
        Expr select = Expr.text(rows.scope().column(first.select()));
        List<Order> orderBy = orderBy(first, rows.scope());
        return Expr.of(rows.select(match, over.filter()).item(select).orderBy(orderBy).limit(1).build());
    }

    /**
     * {@code over} as it is computed: a distinct count over a path that ends in a to-one hop onto
     * the reached table's key, without a condition, becomes a distinct count of the foreign key
     * one hop earlier. Every other computation is returned as it is.
     */
    static Computation.OverRelation normalized(Computation.OverRelation over) {
        if (over instanceof Computation.Count count && count.distinctKey().isPresent() && count.filter().isEmpty()
                && count.hops().size() > 1) {
            Relation last = count.hops().get(count.hops().size() - 1);
            if (!last.toMany() && last.toColumn().equals(count.distinctKey().get())) {
                return new Computation.Count(
                        count.hops().subList(0, count.hops().size() - 1), Optional.of(last.fromColumn()), Optional.empty());
            }
        }
        return over;
    }

    /**
     * The aggregate call of a count, sum, average, minimum, maximum or existence over the rows of
     * {@code rows}, with {@code filter} ({@code ""} or {@code " FILTER (WHERE ...)"}) applied to it.
     */
    static String aggregate(Computation.OverRelation over, ValueType type, Scope rows, String filter) {
        if (over instanceof Computation.Count count) {
            return countOf(count, rows) + filter;
        }
        if (over instanceof Computation.Fold fold) {
            return fold(fold, type, rows, filter);
        }
        if (over instanceof Computation.Exists) {
            return "count(*)" + filter + " > 0";
        }
        throw new IllegalArgumentException("not a folding aggregate: " + over);
    }

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
     * widened afterwards, which is exact. {@code filter} follows the call, before any cast.
     */
    private static String fold(Computation.Fold fold, ValueType type, Scope rows, String filter) {
        String column = rows.column(fold.column());
        String sqlType = type.kind().castType();
        switch (fold.function()) {
            case SUM:
                ValueKind source = fold.column().column().type().kind();
                return source.arithmetic() == ValueKind.Arithmetic.FLOATING
                        ? "sum(" + column + "::" + sqlType + ")" + filter
                        : "sum(" + column + ")" + filter + "::" + sqlType;
            case AVG:
                return "avg(" + column + "::" + sqlType + ")" + filter;
            default:
                String call = fold.function().sql() + "(" + column + ")" + filter;
                return fold.column().column().type().kind() == type.kind() ? call : call + "::" + sqlType;
        }
    }

    /**
     * The order keys of a {@code @First}, then a tie-break so that both shapes pick the same value:
     * the reached table's {@code @Id}, or without one the selected value itself.
     */
    static List<Order> orderBy(Computation.First first, Scope rows) {
        List<Order> keys = new ArrayList<>();
        for (OrderKey key : first.orderBy()) {
            keys.add(new Order(Expr.text(rows.column(key.path())), Order.Direction.of(key.descending())));
        }
        String tieBreak = first.reached().id()
                .map(id -> rows.alias() + '.' + SqlNames.identifier(id.sqlName()))
                .orElseGet(() -> rows.column(first.select()));
        boolean ordered = first.orderBy().stream().anyMatch(key -> rows.column(key.path()).equals(tieBreak));
        if (!ordered) {
            keys.add(new Order(Expr.text(tieBreak), Order.Direction.ASC));
        }
        return keys;
    }

    private static Expr expression(Expression expression, Scope scope) {
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
        return Expr.text(sql.append(comment ? "\n)" : ")").toString());
    }
}
