package dev.nestql.processor.sql;

import dev.nestql.processor.model.ColumnPath;
import dev.nestql.processor.model.Relation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One table in a {@code FROM} clause and the {@code LEFT JOIN}s that to-one paths from it need;
 * paths that share a prefix share its joins.
 */
final class Scope {
    private final String alias;
    private final Aliases aliases;
    private final Map<String, String> joinAliases = new LinkedHashMap<>();
    private final StringBuilder joins = new StringBuilder();

    Scope(String alias, Aliases aliases) {
        this.alias = alias;
        this.aliases = aliases;
    }

    String alias() {
        return alias;
    }

    /** The joins added so far, each starting with a space. */
    String joins() {
        return joins.toString();
    }

    /** The qualified column of {@code path}, adding the joins its hops need. */
    String column(ColumnPath path) {
        String current = alias;
        StringBuilder key = new StringBuilder();
        for (Relation hop : path.hops()) {
            key.append(hop.name()).append('.');
            String previous = current;
            current = joinAliases.computeIfAbsent(key.toString(), k -> {
                String joined = aliases.next();
                joins.append(" LEFT JOIN ").append(SqlNames.table(hop.to().sqlName())).append(' ').append(joined)
                        .append(" ON ").append(match(hop, previous, joined));
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
