package dev.nestql.processor.sql;

import dev.nestql.processor.model.Component;
import dev.nestql.processor.model.Computation;
import dev.nestql.processor.model.Filter;
import dev.nestql.processor.model.Relation;
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
     * The joins of the relations, each starting with a space, matched to the row {@code base}: the
     * per-row {@code LATERAL} shape, or with {@code wholeTable} the derived tables aggregated once.
     */
    List<String> joins(String base, Aliases aliases, boolean wholeTable) {
        List<String> joins = new ArrayList<>();
        for (Group group : groups) {
            joins.add(join(group, base, aliases, wholeTable));
        }
        return joins;
    }

    private static String join(Group group, String base, Aliases aliases, boolean wholeTable) {
        int mark = aliases.mark();
        RelatedRows rows = new RelatedRows(group.hops(), aliases);
        Relation first = group.hops().get(0);
        String key = rows.firstAlias() + '.' + SqlNames.identifier(first.toColumn().sqlName());
        StringBuilder select = new StringBuilder("SELECT ");
        Optional<Filter> where;
        String orderBy = "";
        Member only = group.members().get(0);
        if (only.over() instanceof Computation.First firstRow) {
            String order = ComputationSql.orderBy(firstRow, rows.scope());
            select.append(wholeTable ? "DISTINCT ON (" + key + ") " + key + " AS k, " : "")
                    .append(rows.scope().column(firstRow.select())).append(" AS ")
                    .append(SqlNames.identifier(only.component().name()));
            where = firstRow.filter();
            orderBy = wholeTable ? " ORDER BY " + key + ", " + order : " ORDER BY " + order + " LIMIT 1";
        } else if (group.alone()) {
            select.append(key).append(" AS k");
            where = only.over().filter();
            orderBy = wholeTable ? " GROUP BY 1" : " LIMIT 1";
        } else {
            where = only.over().filter();
            for (Member member : group.members()) {
                if (!member.over().filter().equals(where)) {
                    where = Optional.empty();
                }
            }
            select.append(wholeTable ? key + " AS k, " : "");
            for (int i = 0; i < group.members().size(); i++) {
                Member member = group.members().get(i);
                String filter = where.isEmpty() && member.over().filter().isPresent()
                        ? " FILTER (WHERE " + rows.condition(member.over().filter().get()) + ")"
                        : "";
                select.append(i == 0 ? "" : ", ")
                        .append(ComputationSql.aggregate(member.over(), member.component().type(), rows.scope(), filter))
                        .append(" AS ").append(SqlNames.identifier(member.component().name()));
            }
            orderBy = wholeTable ? " GROUP BY 1" : "";
        }
        String sql = select + rows.from(wholeTable ? null : rows.matching(base), where) + orderBy;
        aliases.reset(mark);
        return wholeTable
                ? " LEFT JOIN (" + sql + ") " + group.alias() + " ON " + group.alias() + ".k = " + base + '.'
                        + SqlNames.identifier(first.fromColumn().sqlName())
                : " LEFT JOIN LATERAL (" + sql + ") " + group.alias() + " ON true";
    }
}
