package dev.nestql.processor.sql;

import dev.nestql.processor.model.Component;
import dev.nestql.processor.model.Computation;
import dev.nestql.processor.model.Filter;
import dev.nestql.processor.model.Relation;
import dev.nestql.processor.sql.tree.Expr;
import dev.nestql.processor.sql.tree.FromItem;
import dev.nestql.processor.sql.tree.Item;
import dev.nestql.processor.sql.tree.Join;
import dev.nestql.processor.sql.tree.Order;
import dev.nestql.processor.sql.tree.Select;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The aggregates of a projection's own rows as joined relations ({@code a1}, {@code a2}, ...),
 * each with one row per row of the table, in two shapes:
 *
 * <ul>
 *   <li><b>Per row</b>: {@code LEFT JOIN LATERAL (SELECT count(*) AS "deviceCount" FROM device t1
 *       WHERE t1.location_id = t0.id) a1 ON true}, run for each returned row. With an index on the
 *       foreign key, the fastest shape for a page or a filtered set of rows.
 *   <li><b>Whole table</b>: {@code LEFT JOIN (SELECT t1.location_id AS k, count(*) AS "deviceCount"
 *       FROM device t1 GROUP BY 1) a1 ON a1.k = t0.id}, aggregated once: the fastest shape when
 *       every row of the table is read.
 * </ul>
 *
 * <p>The aggregates that follow the same relation path share one relation, so one pass over the
 * related rows computes them all; each keeps its own condition as {@code FILTER (WHERE ...)}
 * (or the relation's {@code WHERE} when they all have the same one). Aggregates over different
 * paths never share one, so they never multiply each other's rows. A {@code @First} has a
 * relation of its own ({@code ORDER BY ... LIMIT 1}, or {@code DISTINCT ON} for the whole table),
 * and so does an {@code @Exists} alone on its path, which stops at the first row it finds.
 *
 * <p>Both shapes give the same values, read in the select list by the same expressions.
 */
final class JoinedAggregates {
    private final List<Group> groups = new ArrayList<>();
    private final Map<String, String> values = new LinkedHashMap<>();

    /** A relation of its own, or aggregates merged on one path. */
    private record Group(String alias, List<Relation> hops, List<Member> members) {
        boolean alone() {
            return members.size() == 1 && !(members.get(0).over() instanceof Computation.Count)
                    && !(members.get(0).over() instanceof Computation.Fold);
        }
    }

    private record Member(Component.Computed component, Computation.OverRelation over) {}

    /** Groups the aggregates among {@code components}, in component order. */
    JoinedAggregates(List<Component> components) {
        Map<List<Relation>, Group> merged = new LinkedHashMap<>();
        for (Component component : components) {
            if (!(component instanceof Component.Computed computed
                    && computed.computation() instanceof Computation.OverRelation aggregate)) {
                continue;
            }
            Computation.OverRelation over = ComputationSql.normalized(aggregate);
            Member member = new Member(computed, over);
            boolean mergeable = over instanceof Computation.Count || over instanceof Computation.Fold
                    || over instanceof Computation.Exists;
            Group group = mergeable ? merged.get(over.hops()) : null;
            if (group == null) {
                group = new Group("a" + (groups.size() + 1), over.hops(), new ArrayList<>());
                groups.add(group);
                if (mergeable) {
                    merged.put(over.hops(), group);
                }
            }
            group.members().add(member);
        }
        for (Group group : groups) {
            for (Member member : group.members()) {
                values.put(member.component().name(), value(group, member));
            }
        }
    }

    /** Whether the projection has aggregates of its own. */
    boolean isEmpty() {
        return groups.isEmpty();
    }

    /** The value of the aggregate component {@code name} in a row of either shape. */
    String value(String name) {
        return values.get(name);
    }

    private static String value(Group group, Member member) {
        String column = group.alias() + '.' + SqlNames.identifier(member.component().name());
        if (group.alone() && member.over() instanceof Computation.Exists) {
            return "(" + group.alias() + ".k IS NOT NULL)";
        }
        if (member.over() instanceof Computation.Count
                || member.over() instanceof Computation.Fold fold && fold.coalesce()) {
            return "coalesce(" + column + ", 0)";
        }
        return member.over() instanceof Computation.Exists ? "coalesce(" + column + ", false)" : column;
    }

    /**
     * The joins of the relations, matched to the row {@code base}: the per-row {@code LATERAL}
     * shape, or with {@code wholeTable} the derived tables aggregated once. Their aliases are
     * forks of {@code aliases}: each relation's are free again for the next.
     */
    List<Join> joins(String base, Aliases aliases, boolean wholeTable) {
        List<Join> joins = new ArrayList<>();
        for (Group group : groups) {
            joins.add(join(group, base, aliases.fork(), wholeTable));
        }
        return joins;
    }

    private static Join join(Group group, String base, Aliases aliases, boolean wholeTable) {
        RelatedRows rows = new RelatedRows(group.hops(), aliases);
        Relation first = group.hops().get(0);
        Expr key = Expr.text(rows.keyColumn());
        List<Item> items = new ArrayList<>();
        Optional<Filter> where;
        List<Order> orderBy = new ArrayList<>();
        boolean distinctOnKey = false;
        boolean grouped = false;
        long limit = 0;
        Member only = group.members().get(0);
        if (only.over() instanceof Computation.First firstRow) {
            List<Order> order = ComputationSql.orderBy(firstRow, rows.scope());
            if (wholeTable) {
                distinctOnKey = true;
                items.add(Item.as(key, "k"));
                orderBy.add(new Order(key, Order.Direction.DEFAULT));
            } else {
                limit = 1;
            }
            orderBy.addAll(order);
            items.add(Item.as(Expr.text(rows.scope().column(firstRow.select())),
                    SqlNames.identifier(only.component().name())));
            where = firstRow.filter();
        } else if (group.alone()) {
            items.add(Item.as(key, "k"));
            where = only.over().filter();
            grouped = wholeTable;
            limit = wholeTable ? 0 : 1;
        } else {
            where = only.over().filter();
            for (Member member : group.members()) {
                if (!member.over().filter().equals(where)) {
                    where = Optional.empty();
                }
            }
            if (wholeTable) {
                items.add(Item.as(key, "k"));
            }
            for (Member member : group.members()) {
                String filter = where.isEmpty() && member.over().filter().isPresent()
                        ? " FILTER (WHERE " + rows.condition(member.over().filter().get()).sql() + ")"
                        : "";
                items.add(Item.as(
                        Expr.text(ComputationSql.aggregate(member.over(), member.component().type(), rows.scope(), filter)),
                        SqlNames.identifier(member.component().name())));
            }
            grouped = wholeTable;
        }
        Select.Builder select = rows.select(wholeTable ? null : rows.matching(base), where).items(items).orderBy(orderBy);
        if (distinctOnKey) {
            select.distinctOn(key);
        }
        if (grouped) {
            select.groupBy(Expr.text("1"));
        }
        if (limit > 0) {
            select.limit(limit);
        }
        FromItem relation = new FromItem.Derived(select.build(), group.alias(), List.of());
        return wholeTable
                ? new Join(Join.Kind.LEFT, relation, Expr.text(group.alias() + ".k = " + base + '.'
                        + SqlNames.identifier(first.fromColumn().sqlName())))
                : new Join(Join.Kind.LEFT_LATERAL, relation, Expr.text("true"));
    }
}
