package dev.nestql.processor.sql;

import dev.nestql.processor.model.Filter;
import dev.nestql.processor.model.Relation;
import dev.nestql.processor.sql.tree.Expr;
import dev.nestql.processor.sql.tree.From;
import dev.nestql.processor.sql.tree.FromItem;
import dev.nestql.processor.sql.tree.Join;
import dev.nestql.processor.sql.tree.Query;
import dev.nestql.processor.sql.tree.Select;
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

    /** The rows {@code hops} reach, their aliases taken from {@code aliases}. */
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

    /** The first hop's table's column that the rows are matched or grouped on. */
    String keyColumn() {
        return firstAlias() + '.' + SqlNames.identifier(hops.get(0).toColumn().sqlName());
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
    Expr matching(String outerAlias) {
        return Expr.text(Scope.match(hops.get(0), outerAlias, firstAlias()));
    }

    /** The condition that the rows belong to one of the keys {@code keys} selects. */
    Expr matchingAny(Query keys) {
        return Expr.of(keyColumn() + " = ANY(ARRAY", keys, ")");
    }

    /** {@code filter} as a condition on the reached table, adding the joins its paths need. */
    Expr condition(Filter filter) {
        return Expr.text(WhereRenderer.toSql(filter.expression(), ref -> scope.column(filter.paths().get(ref.path()))));
    }

    /**
     * A select of the rows: {@code FROM} through every hop, with the joins the reached table's
     * paths need, and {@code WHERE} the conditions: {@code match} (the correlation, or
     * {@code null}) and the filter. Call it after every other column of the reached table has been
     * rendered; the caller adds the select list.
     */
    Select.Builder select(Expr match, Optional<Filter> filter) {
        Expr condition = filter.map(this::condition).orElse(null);
        return Select.builder().from(from(null)).where(where(match, condition));
    }

    /**
     * As {@link #select}, the rows joined to {@code keys}, the derived table {@code k(key, text)}:
     * the first hop's rows whose key equals {@code k.key}.
     */
    Select.Builder selectJoinedTo(Query keys, Optional<Filter> filter) {
        Expr condition = filter.map(this::condition).orElse(null);
        return Select.builder().from(from(keys)).where(condition);
    }

    /** Both conditions, the filter in parentheses after the match. */
    static Expr where(Expr match, Expr condition) {
        if (match == null) {
            return condition;
        }
        return condition == null ? match : Expr.of(match, " AND (", condition, ")");
    }

    /** The {@code FROM} clause through every hop, from {@code keys} if there are some. */
    From from(Query keys) {
        FromItem first = new FromItem.Table(SqlNames.table(hops.get(0).to().sqlName()), hopAliases.get(0));
        if (keys != null) {
            return new From(new FromItem.Derived(keys, "k", List.of("key", "text")), joinsToKeys());
        }
        return From.of(first).join(joins(1));
    }

    /**
     * The joins after a derived table {@code k(key, text)} of keys: the first hop's table, its
     * rows whose key equals {@code k.key}, then the other hops and the reached table's joins.
     */
    List<Join> joinsToKeys() {
        List<Join> joins = new ArrayList<>();
        joins.add(new Join(Join.Kind.INNER, new FromItem.Table(SqlNames.table(hops.get(0).to().sqlName()),
                hopAliases.get(0)), Expr.text(keyColumn() + " = k.key")));
        joins.addAll(joins(1));
        return joins;
    }

    /** The joins of the hops from {@code first} on, then those of the reached table's paths. */
    private List<Join> joins(int first) {
        List<Join> joins = new ArrayList<>();
        for (int i = first; i < hops.size(); i++) {
            Relation hop = hops.get(i);
            joins.add(new Join(Join.Kind.INNER, new FromItem.Table(SqlNames.table(hop.to().sqlName()), hopAliases.get(i)),
                    Expr.text(Scope.match(hop, hopAliases.get(i - 1), hopAliases.get(i)))));
        }
        joins.addAll(scope.joins());
        return joins;
    }
}
