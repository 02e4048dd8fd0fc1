package dev.nestql.processor.sql;

import dev.nestql.processor.model.ColumnPath;
import dev.nestql.processor.model.Relation;
import dev.nestql.processor.sql.tree.Expr;
import dev.nestql.processor.sql.tree.FromItem;
import dev.nestql.processor.sql.tree.Join;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One table in a {@code FROM} clause, the {@code LEFT JOIN}s that to-one paths from it need
 * (paths that share a prefix share its joins), and the aliases that subqueries inside its rows'
 * values take.
 */
final class Scope {
    private final String alias;
    private final Aliases aliases;
    private final Joins joins;

    /** The joins of a scope, shared by its views. */
    private static final class Joins {
        final Map<String, String> aliases = new LinkedHashMap<>();
        final List<Join> joins = new ArrayList<>();
    }

    Scope(String alias, Aliases aliases) {
        this(alias, aliases, new Joins());
    }

    private Scope(String alias, Aliases aliases, Joins joins) {
        this.alias = alias;
        this.aliases = aliases;
        this.joins = joins;
    }

    /**
     * The same table and joins, whose subqueries take their aliases from {@code other}: for a
     * second rendering of the same components.
     */
    Scope withAliases(Aliases other) {
        return new Scope(alias, other, joins);
    }

    String alias() {
        return alias;
    }

    /** The aliases that subqueries in this scope take. */
    Aliases aliases() {
        return aliases;
    }

    /** The joins added so far. */
    List<Join> joins() {
        return List.copyOf(joins.joins);
    }

    /** The qualified column of {@code path}, adding the joins its hops need. */
    String column(ColumnPath path) {
        String current = alias;
        StringBuilder key = new StringBuilder();
        for (Relation hop : path.hops()) {
            key.append(hop.name()).append('.');
            String previous = current;
            current = joins.aliases.computeIfAbsent(key.toString(), k -> {
                String joined = aliases.next();
                joins.joins.add(new Join(Join.Kind.LEFT,
                        new FromItem.Table(SqlNames.table(hop.to().sqlName()), joined),
                        Expr.text(match(hop, previous, joined))));
                return joined;
            });
        }
        return current + '.' + SqlNames.identifier(path.column().sqlName());
    }

    /** The condition that rows {@code toAlias} of the hop belong to row {@code fromAlias}. */
    static String match(Relation hop, String fromAlias, String toAlias) {
        return toAlias + '.' + SqlNames.identifier(hop.toColumn().sqlName()) + " = " + fromAlias + '.'
                + SqlNames.identifier(hop.fromColumn().sqlName());
    }
}
