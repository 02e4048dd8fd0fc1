package dev.nestql.processor.sql;

import dev.nestql.processor.model.Filter;
import dev.nestql.processor.model.Relation;
import dev.nestql.processor.where.WhereRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rows a relation path reaches, for a nested projection's subquery or an aggregate: one alias
 * per hop and the scope of the reached table, whose to-one paths add {@code LEFT JOIN}s.
 */
final class RelatedRows {
    private final List<Relation> hops;
    private final List<String> hopAliases = new ArrayList<>();
    private final Scope scope;

    RelatedRows(List<Relation> hops, Aliases aliases) {
        this.hops = hops;
        for (int i = 0; i < hops.size(); i++) {
            hopAliases.add(aliases.next());
        }
        this.scope = new Scope(hopAliases.get(hopAliases.size() - 1), aliases);
    }

    /** The alias of the first hop's table, whose key the rows are matched or grouped on. */
    String firstAlias() {
        return hopAliases.get(0);
    }

    /** The first hop, whose key the rows are matched or grouped on. */
    Relation firstHop() {
        return hops.get(0);
    }

    /** The scope of the reached table. */
    Scope scope() {
        return scope;
    }

    /** The condition that the rows belong to the row {@code outerAlias}. */
    String matching(String outerAlias) {
        return Scope.match(hops.get(0), outerAlias, firstAlias());
    }

    /** {@code filter} as a condition on the reached table, adding the joins its paths need. */
    String condition(Filter filter) {
        return WhereRenderer.toSql(filter.expression(), ref -> scope.column(filter.paths().get(ref.path())));
    }

    /**
     * The {@code FROM} clause through every hop, with the joins the reached table's paths need and
     * the conditions: {@code match} (the correlation, or {@code null}) and the filter. Call it after
     * every other column of the reached table has been rendered.
     */
    String from(String match, Optional<Filter> filter) {
        return from(null, match, filter);
    }

    /**
     * As {@link #from(String, Optional)}, the rows joined to {@code keys}, a derived table
     * {@code k(key, text)}: the first hop's rows whose key equals {@code k.key}.
     */
    String fromKeys(String keys, Optional<Filter> filter) {
        return from(keys, null, filter);
    }

    private String from(String keys, String match, Optional<Filter> filter) {
        String condition = filter.map(this::condition).orElse(null);
        StringBuilder from = new StringBuilder(" FROM ");
        if (keys != null) {
            from.append(keys).append(" JOIN ");
        }
        for (int i = 0; i < hops.size(); i++) {
            Relation hop = hops.get(i);
            String table = SqlNames.table(hop.to().sqlName()) + ' ' + hopAliases.get(i);
            if (i == 0) {
                from.append(table);
                if (keys != null) {
                    from.append(" ON ").append(hopAliases.get(0)).append('.')
                            .append(SqlNames.identifier(hop.toColumn().sqlName())).append(" = k.key");
                }
            } else {
                from.append(" JOIN ").append(table).append(" ON ")
                        .append(Scope.match(hop, hopAliases.get(i - 1), hopAliases.get(i)));
            }
        }
        from.append(scope.joins());
        List<String> conditions = new ArrayList<>();
        if (match != null) {
            conditions.add(match);
        }
        if (condition != null) {
            conditions.add(match != null ? "(" + condition + ")" : condition);
        }
        if (!conditions.isEmpty()) {
            from.append(" WHERE ").append(String.join(" AND ", conditions));
        }
        return from.toString();
    }
}
