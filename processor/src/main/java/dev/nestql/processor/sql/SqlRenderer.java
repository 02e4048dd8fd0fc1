package dev.nestql.processor.sql;

import dev.nestql.processor.model.ColumnPath;
import dev.nestql.processor.model.Component;
import dev.nestql.processor.model.Computation;
import dev.nestql.processor.model.Handle;
import dev.nestql.processor.model.OrderKey;
import dev.nestql.processor.model.ProjectionModel;
import dev.nestql.processor.model.ValueKind;
import dev.nestql.processor.model.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a projection's SQL: one statement for the whole tree, nested projections as correlated
 * subqueries aggregated with {@code json_agg}, the projection's own aggregates as joined relations
 * ({@link JoinedAggregates}).
 *
 * <p>The statement of {@code stream} sends nested records as positional arrays
 * ({@code json_build_array}): smaller than keyed objects and read by position. The statement of
 * {@code list} sends nested lists as rows of their own where it can ({@link NestedRowsRenderer}),
 * the others as in {@code stream}'s. The JSON statement builds objects keyed by
 * component names ({@code json_build_object}, or {@code row_to_json} past the 50 pairs that a
 * function's 100 arguments allow).
 */
public final class SqlRenderer {
    /** {@code json_build_object} takes 100 arguments: 50 key-value pairs. */
    static final int MAX_OBJECT_PAIRS = 50;

    private enum Mode {
        POSITIONAL,
        KEYED
    }

    private final Aliases aliases = new Aliases();
    private final ComputationSql computations = new ComputationSql(aliases);
    private int derivedTables;
    /** The projection's own rows, whose aggregates are read from joined relations. */
    private Scope top;
    private JoinedAggregates joinedAggregates;

    private SqlRenderer() {}

    /** Renders the SQL of {@code projection}. */
    public static ProjectionSql render(ProjectionModel projection) {
        return new SqlRenderer().renderTop(projection);
    }

    private ProjectionSql renderTop(ProjectionModel projection) {
        top = new Scope(aliases.next(), aliases);
        joinedAggregates = new JoinedAggregates(projection.components());
        Map<Handle, String> handles = new LinkedHashMap<>();
        for (Handle handle : projection.handles()) {
            handles.put(handle, handle.target() instanceof Component.Computed computed
                    ? computations.perRow(computed.computation(), computed.type(), top)
                    : top.column((ColumnPath) handle.target()));
        }
        int mark = aliases.mark();
        int derivedMark = derivedTables;
        List<String> items = new ArrayList<>();
        for (Component component : projection.components()) {
            items.add(typedItem(component, top));
        }
        // The JSON object is a sibling rendering of the same components: it reuses the same aliases.
        aliases.reset(mark);
        derivedTables = derivedMark;
        String json = object(projection, top, Mode.KEYED);

        Optional<ProjectionSql.Aggregates> aggregates = Optional.empty();
        if (!joinedAggregates.isEmpty()) {
            aliases.reset(mark);
            aggregates = Optional.of(new ProjectionSql.Aggregates(
                    joinedAggregates.joins(top.alias(), aliases, false), joinedAggregates.joins(top.alias(), aliases, true)));
        }
        aliases.reset(mark);
        derivedTables = derivedMark;
        Optional<ProjectionSql.NestedRows> nestedRows = NestedRowsRenderer.render(projection, top, aliases, this::typedValue);
        String table = SqlNames.table(projection.table().sqlName()) + ' ' + top.alias();
        return new ProjectionSql(items, json, table, top.joins(), aggregates, nestedRows, handles);
    }

    /** The value of a computed component: a projection's own aggregates come from their joined relations. */
    private String computed(Component.Computed computed, Scope scope) {
        if (scope == top && computed.computation() instanceof Computation.OverRelation) {
            return joinedAggregates.value(computed.name());
        }
        return computations.perRow(computed.computation(), computed.type(), scope);
    }

    /** Whether {@code type} is a list whose typed value is its JSON: {@link ValueKind#listTravelsAsJson}. */
    static boolean jsonList(ValueType type) {
        return type.kind() == ValueKind.LIST && type.element().listTravelsAsJson();
    }

    private String typedItem(Component component, Scope scope) {
        if (component instanceof Component.Value value && !jsonList(value.type())
                && value.path().hops().isEmpty() && value.path().column().name().equals(value.name())) {
            return scope.column(value.path());
        }
        return typedValue(component, scope) + " AS " + SqlNames.identifier(component.name());
    }

    /** A component's value in the typed statement: nested projections as positional JSON. */
    String typedValue(Component component, Scope scope) {
        if (component instanceof Component.Computed computed) {
            return computed(computed, scope);
        }
        if (component instanceof Component.Value value) {
            return jsonList(value.type()) ? "to_json(" + scope.column(value.path()) + ")" : scope.column(value.path());
        }
        return subquery((Component.Nested) component, scope, Mode.POSITIONAL);
    }

    /** A component's value inside JSON: nested projections as subqueries, bytea as base64 text. */
    private String jsonValue(Component component, Scope scope, Mode mode) {
        if (component instanceof Component.Computed computed) {
            return json(computed.type(), computed(computed, scope), mode);
        }
        if (component instanceof Component.Value value) {
            return json(value.type(), scope.column(value.path()), mode);
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
    private static String json(ValueType type, String value, Mode mode) {
        if (type.kind() == ValueKind.BYTES) {
            return base64(value);
        }
        if (type.kind() == ValueKind.LIST && type.element() == ValueKind.BYTES) {
            return "CASE WHEN " + value + " IS NULL THEN NULL ELSE ARRAY(SELECT " + base64("nestql_bytea.element")
                    + " FROM unnest(" + value + ") WITH ORDINALITY AS nestql_bytea(element, position)"
                    + " ORDER BY nestql_bytea.position) END";
        }
        return type.kind() == ValueKind.STRING && mode == Mode.POSITIONAL ? OutputText.of(value) : value;
    }

    private static String base64(String bytea) {
        return "replace(encode(" + bytea + ", 'base64'), chr(10), '')";
    }

    private String object(ProjectionModel projection, Scope scope, Mode mode) {
        return mode == Mode.POSITIONAL ? positional(projection, scope) : keyed(projection, scope);
    }

    private String positional(ProjectionModel projection, Scope scope) {
        List<String> groups = new ArrayList<>();
        for (List<Component> group : projection.positionalGroups()) {
            List<String> values = new ArrayList<>();
            for (Component component : group) {
                values.add(jsonValue(component, scope, Mode.POSITIONAL));
            }
            groups.add("json_build_array(" + String.join(", ", values) + ")");
        }
        return projection.grouped() ? "json_build_array(" + String.join(", ", groups) + ")" : groups.get(0);
    }

    private String keyed(ProjectionModel projection, Scope scope) {
        List<String> pairs = new ArrayList<>();
        boolean fits = projection.components().size() <= MAX_OBJECT_PAIRS;
        for (Component component : projection.components()) {
            String value = jsonValue(component, scope, Mode.KEYED);
            pairs.add(fits
                    ? SqlNames.literal(component.name()) + ", " + value
                    : value + " AS \"" + component.name().replace("\"", "\"\"") + '"');
        }
        if (fits) {
            return "json_build_object(" + String.join(", ", pairs) + ")";
        }
        String row = "s" + ++derivedTables;
        return "(SELECT row_to_json(" + row + ") FROM (SELECT " + String.join(", ", pairs) + ") " + row + ")";
    }

    private String subquery(Component.Nested nested, Scope outer, Mode mode) {
        RelatedRows rows = new RelatedRows(nested.hops(), aliases);
        Scope inner = rows.scope();
        String element = object(nested.target(), inner, mode);
        List<String> keyColumns = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (OrderKey key : nested.orderBy()) {
            String column = inner.column(key.path());
            keyColumns.add(column);
            keys.add(column + direction(key));
        }
        String from = rows.from(rows.matching(outer.alias()), nested.filter());

        if (!nested.many()) {
            return "(SELECT " + element + from + ")";
        }
        String orderBy = keys.isEmpty() ? "" : " ORDER BY " + String.join(", ", keys);
        if (nested.limit() == 0) {
            return "(SELECT coalesce(json_agg(" + element + orderBy + "), '[]'::json)" + from + ")";
        }
        String derived = "s" + ++derivedTables;
        StringBuilder sql = new StringBuilder("(SELECT coalesce(json_agg(").append(derived).append(".j");
        for (int i = 0; i < keys.size(); i++) {
            OrderKey key = nested.orderBy().get(i);
            sql.append(i == 0 ? " ORDER BY " : ", ").append(derived).append(".o").append(i + 1).append(direction(key));
        }
        sql.append("), '[]'::json) FROM (SELECT ").append(element).append(" AS j");
        for (int i = 0; i < keys.size(); i++) {
            sql.append(", ").append(keyColumns.get(i)).append(" AS o").append(i + 1);
        }
        return sql.append(from).append(orderBy).append(" LIMIT ").append(nested.limit()).append(") ")
                .append(derived).append(')').toString();
    }

    private static String direction(OrderKey key) {
        return key.descending() ? " DESC" : " ASC";
    }
}
