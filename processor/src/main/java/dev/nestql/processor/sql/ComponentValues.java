package dev.nestql.processor.sql;

import dev.nestql.processor.model.Component;
import dev.nestql.processor.model.Computation;
import dev.nestql.processor.model.OrderKey;
import dev.nestql.processor.model.ProjectionModel;
import dev.nestql.processor.model.ValueKind;
import dev.nestql.processor.model.ValueType;
import dev.nestql.processor.sql.tree.Expr;
import dev.nestql.processor.sql.tree.FromItem;
import dev.nestql.processor.sql.tree.From;
import dev.nestql.processor.sql.tree.Item;
import dev.nestql.processor.sql.tree.Order;
import dev.nestql.processor.sql.tree.Select;
import java.util.ArrayList;
import java.util.List;

/**
 * The value of each component in a scope: columns, computed values, and nested projections as
 * correlated subqueries aggregated with {@code json_agg}, in the two forms of JSON.
 *
 * <p>The typed statement sends nested records as positional arrays ({@code json_build_array}):
 * smaller than keyed objects and read by position. The JSON statement builds objects keyed by
 * component names ({@code json_build_object}, or {@code row_to_json} past the 50 pairs that a
 * function's 100 arguments allow). The projection's own aggregates are read from their joined
 * relations ({@link JoinedAggregates}); every other computation is a per-row expression
 * ({@link ComputationSql}).
 */
final class ComponentValues {
    /** {@code json_build_object} takes 100 arguments: 50 key-value pairs. */
    static final int MAX_OBJECT_PAIRS = 50;

    /** The two forms of a nested record in JSON. */
    enum Mode {
        /** Arrays of values in component order, read by generated code. */
        POSITIONAL,
        /** Objects keyed by component names, for users. */
        KEYED
    }

    private final String top;
    private final JoinedAggregates joinedAggregates;

    /**
     * @param top the alias of the projection's own rows, whose aggregates are read from
     *     {@code joinedAggregates}
     */
    ComponentValues(String top, JoinedAggregates joinedAggregates) {
        this.top = top;
        this.joinedAggregates = joinedAggregates;
    }

    /** Whether {@code type} is a list whose typed value is its JSON: {@link ValueKind#listTravelsAsJson}. */
    static boolean jsonList(ValueType type) {
        return type.kind() == ValueKind.LIST && type.element().listTravelsAsJson();
    }

    /** A component's item in the typed select list, named after the component unless it is its column. */
    Item typedItem(Component component, Scope scope) {
        if (component instanceof Component.Value value && !jsonList(value.type())
                && value.path().hops().isEmpty() && value.path().column().name().equals(value.name())) {
            return Item.of(Expr.text(scope.column(value.path())));
        }
        return Item.as(typedValue(component, scope), SqlNames.identifier(component.name()));
    }

    /** A component's value in the typed statement: nested projections as positional JSON. */
    Expr typedValue(Component component, Scope scope) {
        if (component instanceof Component.Computed computed) {
            return computed(computed, scope);
        }
        if (component instanceof Component.Value value) {
            String column = scope.column(value.path());
            return Expr.text(jsonList(value.type()) ? "to_json(" + column + ")" : column);
        }
        return subquery((Component.Nested) component, scope, Mode.POSITIONAL);
    }

    /** A record of {@code projection} as JSON of {@code mode}, its values read in {@code scope}. */
    Expr object(ProjectionModel projection, Scope scope, Mode mode) {
        return mode == Mode.POSITIONAL ? positional(projection, scope) : keyed(projection, scope);
    }

    /** The value of a computed component: a projection's own aggregates come from their joined relations. */
    private Expr computed(Component.Computed computed, Scope scope) {
        if (scope.alias().equals(top) && computed.computation() instanceof Computation.OverRelation) {
            return Expr.text(joinedAggregates.value(computed.name()));
        }
        return ComputationSql.perRow(computed.computation(), computed.type(), scope);
    }

    /** A component's value inside JSON: nested projections as subqueries, bytea as base64 text. */
    private Expr jsonValue(Component component, Scope scope, Mode mode) {
        if (component instanceof Component.Computed computed) {
            return json(computed.type(), computed(computed, scope), mode);
        }
        if (component instanceof Component.Value value) {
            return json(value.type(), Expr.text(scope.column(value.path())), mode);
        }
        return subquery((Component.Nested) component, scope, mode);
    }

    /**
     * A value as JSON holds it: {@code bytea} as base64 text, and so each element of a
     * {@code bytea[]} (whose own JSON holds PostgreSQL's hex form); in positional JSON, which generated
     * code reads into records, a String as its column's output text ({@link OutputText}), which is
     * what {@code getString} reads from the typed statement, whatever the column's type: a
     * {@code json} value as its text, a boolean as {@code t}. Everything else as is: keyed JSON,
     * which users read, holds PostgreSQL's JSON of each value, so a String component over a
     * {@code json} or {@code jsonb} column is embedded as JSON there, over a boolean column a JSON
     * boolean.
     */
    private static Expr json(ValueType type, Expr value, Mode mode) {
        if (type.kind() == ValueKind.BYTES) {
            return base64(value);
        }
        if (type.kind() == ValueKind.LIST && type.element() == ValueKind.BYTES) {
            Select elements = Select.builder()
                    .item(base64(Expr.text("nestql_bytea.element")))
                    .from(From.of(new FromItem.Function(Expr.of("unnest(", value, ") WITH ORDINALITY"),
                            "nestql_bytea(element, position)")))
                    .orderBy(new Order(Expr.text("nestql_bytea.position"), Order.Direction.DEFAULT))
                    .build();
            return Expr.of("CASE WHEN ", value, " IS NULL THEN NULL ELSE ARRAY", elements, " END");
        }
        return type.kind() == ValueKind.STRING && mode == Mode.POSITIONAL ? OutputText.of(value) : value;
    }

    private static Expr base64(Expr bytea) {
        return Expr.of("replace(encode(", bytea, ", 'base64'), chr(10), '')");
    }

    private Expr positional(ProjectionModel projection, Scope scope) {
        List<Expr> groups = new ArrayList<>();
        for (List<Component> group : projection.positionalGroups()) {
            List<Expr> values = new ArrayList<>();
            for (Component component : group) {
                values.add(jsonValue(component, scope, Mode.POSITIONAL));
            }
            groups.add(Expr.of("json_build_array(", Expr.join(", ", values), ")"));
        }
        return projection.grouped() ? Expr.of("json_build_array(", Expr.join(", ", groups), ")") : groups.get(0);
    }

    private Expr keyed(ProjectionModel projection, Scope scope) {
        boolean fits = projection.components().size() <= MAX_OBJECT_PAIRS;
        List<Expr> pairs = new ArrayList<>();
        List<Item> columns = new ArrayList<>();
        for (Component component : projection.components()) {
            Expr value = jsonValue(component, scope, Mode.KEYED);
            if (fits) {
                pairs.add(Expr.of(SqlNames.literal(component.name()) + ", ", value));
            } else {
                columns.add(Item.as(value, '"' + component.name().replace("\"", "\"\"") + '"'));
            }
        }
        if (fits) {
            return Expr.of("json_build_object(", Expr.join(", ", pairs), ")");
        }
        String row = scope.aliases().nextDerived();
        Select values = Select.builder().items(columns).build();
        return Expr.of(Select.builder()
                .item(Expr.text("row_to_json(" + row + ")"))
                .from(From.of(new FromItem.Derived(values, row, List.of())))
                .build());
    }

    /**
     * A nested projection's value: the related record, or the list of related records as a JSON
     * array, sorted, and with a limit ranked in a derived table.
     */
    private Expr subquery(Component.Nested nested, Scope outer, Mode mode) {
        RelatedRows rows = new RelatedRows(nested.hops(), outer.aliases());
        Scope inner = rows.scope();
        Expr element = object(nested.target(), inner, mode);
        List<String> keyColumns = new ArrayList<>();
        List<Order> keys = new ArrayList<>();
        for (OrderKey key : nested.orderBy()) {
            String column = inner.column(key.path());
            keyColumns.add(column);
            keys.add(new Order(Expr.text(column), Order.Direction.of(key.descending())));
        }
        Select.Builder select = rows.select(rows.matching(outer.alias()), nested.filter());
        if (!nested.many()) {
            return Expr.of(select.item(element).build());
        }
        if (nested.limit() == 0) {
            return Expr.of(select.item(Expr.of("coalesce(json_agg(", element, orderBy(keys), "), '[]'::json)")).build());
        }
        String derived = outer.aliases().nextDerived();
        List<Order> ranked = new ArrayList<>();
        select.item(element, "j");
        for (int i = 0; i < keys.size(); i++) {
            ranked.add(new Order(Expr.text(derived + ".o" + (i + 1)), keys.get(i).direction()));
            select.item(Expr.text(keyColumns.get(i)), "o" + (i + 1));
        }
        Select page = select.orderBy(keys).limit(nested.limit()).build();
        return Expr.of(Select.builder()
                .item(Expr.of("coalesce(json_agg(" + derived + ".j", orderBy(ranked), "), '[]'::json)"))
                .from(From.of(new FromItem.Derived(page, derived, List.of())))
                .build());
    }

    /** {@code ORDER BY} inside an aggregate call, starting with a space, or nothing. */
    private static Expr orderBy(List<Order> keys) {
        if (keys.isEmpty()) {
            return Expr.text("");
        }
        List<Expr> sorted = new ArrayList<>();
        for (Order key : keys) {
            sorted.add(Expr.of(key.value(), key.direction() == Order.Direction.DESC ? " DESC"
                    : key.direction() == Order.Direction.ASC ? " ASC" : ""));
        }
        return Expr.of(" ORDER BY ", Expr.join(", ", sorted));
    }
}
