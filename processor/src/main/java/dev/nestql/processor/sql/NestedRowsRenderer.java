package dev.nestql.processor.sql;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.nestql.internal.NestedRows;
import dev.nestql.processor.model.ColumnModel;
import dev.nestql.processor.model.ColumnPath;
import dev.nestql.processor.model.Filter;
import dev.nestql.processor.model.Component;
import dev.nestql.processor.model.OrderKey;
import dev.nestql.processor.model.ProjectionModel;
import dev.nestql.processor.model.Relation;
import dev.nestql.processor.model.ValueKind;
import dev.nestql.processor.model.ValueType;
import dev.nestql.processor.sql.tree.Expr;
import dev.nestql.processor.sql.tree.From;
import dev.nestql.processor.sql.tree.FromItem;
import dev.nestql.processor.sql.tree.Item;
import dev.nestql.processor.sql.tree.Select;
import dev.nestql.processor.sql.tree.SqlWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Renders the statement that sends nested lists as rows of their own ({@link ProjectionSql.NestedRows}):
 * one {@code UNION ALL} branch per level, plain columns instead of a JSON array per parent.
 *
 * <p>Every nested list whose parent is a level is a level of its own; nested records stay JSON
 * columns of their parent's row. A list sorted by numbers, booleans or times, whose order in Java
 * is PostgreSQL's, sends its sort keys and the reader sorts by them. A list sorted by text (by the
 * database's collation, which Java does not know) or by floating-point numbers, and a list with a
 * {@code limit}, sends each row's rank in its parent's list instead
 * ({@code row_number() OVER (PARTITION BY ...)}, {@link #rank}); a limit keeps the first ranks
 * ({@link NestedRows.Ranked}).
 *
 * <p>Each branch fills the columns of its level's values and holds typed {@code NULL}s in the
 * others, since a {@code UNION} of three or more branches cannot type an untyped {@code NULL}
 * column. Levels share a column where their values have the same type ({@link #column}). A String
 * column is sent as it is, in a column of its own whose {@code NULL}s elsewhere have exactly its
 * type ({@link #typedNull}), so that nothing converts it; a String computed in SQL, whose type
 * cannot be named, is sent as its output text ({@link OutputText}): either way what
 * {@code getString} reads from the column in a plain {@code SELECT}. An enum is cast to
 * {@code text}, which is its label.
 *
 * <p>A nested row names its parent by key, and the reader puts it in the list of the parent whose
 * key is equal in Java. Where Java's equality may not be PostgreSQL's (text and floating-point
 * keys, {@link #exactKey}) the branch joins its rows to the distinct keys of the parents and sends
 * the parent's key as its text, exactly as the parent's branch sends it:
 *
 * <pre>
 * SELECT 1, NULL, k.text, ... FROM (SELECT DISTINCT t0.code, &lt;text of t0.code&gt; COLLATE "C" FROM team t0 ...)
 *     k(key, text) JOIN member t1 ON t1.team_code = k.key
 * </pre>
 */
final class NestedRowsRenderer {
    /** The SQL types whose column levels may share: those of the kinds that say so, and JSON (nested values). */
    private static final Set<String> SHARED_TYPES = sharedTypes();
    private static final ValueType TEXT = new ValueType(ValueKind.STRING, ClassName.get(String.class));
    private static final ValueType RANK = new ValueType(ValueKind.LONG, TypeName.LONG);

    /** A level as planned: its list component (none for the top level) and its own child levels. */
    private static final class Plan {
        final int number;
        final ProjectionModel model;
        final Plan parent;
        final Component.Nested component;
        final List<Plan> children = new ArrayList<>();
        /** The columns of this level, in order, and what each holds. */
        final List<Column> columns = new ArrayList<>();

        Plan(int number, ProjectionModel model, Plan parent, Component.Nested component) {
            this.number = number;
            this.model = model;
            this.parent = parent;
            this.component = component;
        }
    }

    /**
     * One column of a level: what it reads, the type its {@code NULL} has in other branches, and
     * whether the value is sent as its output text ({@link OutputText}).
     */
    private record Column(int index, Source source, String nullType, boolean outputText) {}

    /** What a column of a level reads. */
    private sealed interface Source permits Value, ChildKey, ParentKey, SortKey, Rank {}

    /** A component's value. */
    private record Value(Component component) implements Source {}

    /** The key of a child level, read from this level's row. */
    private record ChildKey(Plan child) implements Source {}

    /** The parent's key, read from a nested level's row; {@code exact} when it is matched by its text. */
    private record ParentKey(boolean exact) implements Source {}

    /** A sort key of this level's lists. */
    private record SortKey(OrderKey key) implements Source {}

    /**
     * The row's rank in its parent's list ({@link NestedRows#RANK}), computed by PostgreSQL: the sort
     * key of a list that Java cannot sort or that has a limit ({@link #ranked}).
     */
    private record Rank() implements Source {}

    private final ComponentValues values;
    private final List<Plan> levels = new ArrayList<>();
    /** The type of each column from 3 on, as its {@code NULL}s are typed. */
    private final List<String> columnTypes = new ArrayList<>();
    /** The typed {@code NULL} of each column type that is a statement ({@link #typedNull}), by its text. */
    private final Map<String, Expr> typedNulls = new LinkedHashMap<>();

    private NestedRowsRenderer(ComponentValues values) {
        this.values = values;
    }

    /**
     * The nested-rows statement of {@code projection}, or empty when none of its lists is a level
     * of its own.
     *
     * @param top the scope of the top-level rows, whose joins are already rendered, with the
     *     aliases this statement's subqueries take
     * @param values the values of components, as the typed statement reads them
     */
    static Optional<ProjectionSql.NestedRows> render(ProjectionModel projection, Scope top, ComponentValues values) {
        NestedRowsRenderer renderer = new NestedRowsRenderer(values);
        Plan root = renderer.plan(projection, null, null);
        if (root.children.isEmpty()) {
            return Optional.empty();
        }
        for (Plan level : renderer.levels) {
            renderer.layOut(level);
        }
        return Optional.of(renderer.statement(top));
    }

    private static Set<String> sharedTypes() {
        Set<String> types = new HashSet<>();
        for (ValueKind kind : ValueKind.values()) {
            if (kind.sharesUnionColumn()) {
                types.add(kind.nullType());
            }
        }
        types.add("json");
        return Set.copyOf(types);
    }

    /** Whether {@code nested} is a level of its own: every nested list is. */
    private static boolean ownLevel(Component.Nested nested) {
        return nested.many();
    }

    /**
     * Whether the rows of {@code level} carry their rank in their parent's list instead of their
     * sort keys: where the list has a limit, which the rank keeps, or a sort key whose order Java
     * does not know (text, by the database's collation; floating-point numbers, whose {@code NaN}
     * PostgreSQL sorts last).
     */
    private static boolean ranked(Plan level) {
        return level.component.limit() > 0
                || !level.component.orderBy().stream().allMatch(key -> key.path().column().type().kind().sortsInJava());
    }

    private Plan plan(ProjectionModel model, Plan parent, Component.Nested component) {
        Plan level = new Plan(levels.size(), model, parent, component);
        levels.add(level);
        for (Component child : model.components()) {
            if (child instanceof Component.Nested nested && ownLevel(nested)) {
                level.children.add(plan(nested.target(), level, nested));
            }
        }
        return level;
    }

    private void layOut(Plan level) {
        if (level.parent != null) {
            String type = keyType(level);
            level.columns.add(new Column(column(level, type), new ParentKey(exactKey(level)), type, false));
        }
        for (Component component : level.model.components()) {
            if (isLevel(level, component)) {
                continue;
            }
            if (component instanceof Component.Value value && ComponentValues.jsonList(value.type())) {
                // Its typed value is JSON, whose NULLs unite as json.
                level.columns.add(new Column(column(level, "json"), new Value(component), "json", false));
            } else if (component instanceof Component.Value value
                    && (value.type().kind() == ValueKind.STRING || value.type().kind() == ValueKind.LIST)) {
                // Sent as it is, with NULLs of its own type in the other branches: nothing converts it.
                String placeholder = typedNull(level, value.path());
                level.columns.add(new Column(column(level, placeholder), new Value(component), placeholder, false));
            } else {
                level.columns.add(new Column(column(level, nullType(component)), new Value(component),
                        nullType(component), kind(component) == ValueKind.STRING));
            }
        }
        for (Plan child : level.children) {
            ColumnModel key = child.component.hops().get(0).fromColumn();
            String type = keyType(child);
            int existing = columnOf(level, new ColumnPath(List.of(), key), type);
            level.columns.add(new Column(existing > 0 ? existing : column(level, type), new ChildKey(child), type,
                    exactKey(child)));
        }
        if (level.component != null && ranked(level)) {
            String type = nullType(RANK);
            level.columns.add(new Column(column(level, type), new Rank(), type, false));
        } else if (level.component != null) {
            for (OrderKey key : level.component.orderBy()) {
                String type = nullType(key.path().column().type());
                int existing = columnOf(level, key.path(), type);
                level.columns.add(new Column(existing > 0 ? existing : column(level, type), new SortKey(key), type,
                        false));
            }
        }
    }

    /**
     * Whether the rows of {@code level} are matched to their parents by the exact text of the
     * parent's key rather than by its value in Java. Java's equality is PostgreSQL's for integers,
     * UUIDs, times, booleans, enums, {@code bytea} and (as {@link dev.nestql.internal.NestedLists}
     * compares them) numerics, but not for text, whose type may be {@code citext} or have a
     * nondeterministic collation ({@code 'abc' = 'ABC'}), nor for floating-point numbers
     * ({@code 0 = -0}), whose SQL type may even be {@code numeric}. For those the branch of
     * {@code level} joins its rows to the distinct keys of the parent rows, by PostgreSQL's
     * {@code =}, and sends each parent's key as the parent's branch sends it: its output text.
     */
    private static boolean exactKey(Plan level) {
        return !level.component.hops().get(0).fromColumn().type().kind().keyEqualityInJava();
    }

    /** The type of the column of the parent key of {@code level}'s rows: text for an exact key. */
    private static String keyType(Plan level) {
        return exactKey(level) ? "text" : nullType(level.component.hops().get(0).fromColumn().type());
    }

    private static ValueKind kind(Component component) {
        if (component instanceof Component.Value value) {
            return value.type().kind();
        }
        return component instanceof Component.Computed computed ? computed.type().kind() : null;
    }

    /**
     * A {@code NULL} of exactly the type of the column at the end of {@code path}, whatever that
     * type is ({@code char(n)}, {@code citext}, an enum, {@code inet}, {@code json}, ...), for the
     * branches of the other levels: {@code (SELECT p.col FROM table p WHERE false)}, which the
     * planner folds into a one-time filter, for a partitioned table or a view too ({@code LIMIT 0}
     * still opened every partition), and PostgreSQL runs once per statement. With it, a String
     * column's values reach the client as the column holds them, unconverted, and
     * {@code getString} reads what it reads in a plain {@code SELECT}.
     */
    private String typedNull(Plan level, ColumnPath path) {
        String table = path.hops().isEmpty()
                ? level.model.table().sqlName()
                : path.hops().get(path.hops().size() - 1).to().sqlName();
        Expr none = Expr.of(Select.builder()
                .item(Expr.text("p." + SqlNames.identifier(path.column().sqlName())))
                .from(From.of(new FromItem.Table(SqlNames.table(table), "p")))
                .where(Expr.text("false"))
                .build());
        String type = none.sql();
        typedNulls.put(type, none);
        return type;
    }

    /**
     * A column for a value of {@code level} whose {@code NULL}s have {@code type}: one that another
     * level already uses for a value of the same type, or a new one. Only types whose values
     * PostgreSQL unites without changing them share a column: integers (as {@code bigint}), text
     * (every text value is cast to {@code text}), booleans, UUIDs, {@code bytea} and JSON. Times
     * and floating-point numbers do not, since uniting {@code timestamp} with {@code timestamptz}
     * or {@code real} with {@code numeric} converts one of them.
     */
    private int column(Plan level, String type) {
        if (SHARED_TYPES.contains(type)) {
            for (int i = 0; i < columnTypes.size(); i++) {
                int index = i + 3;
                if (columnTypes.get(i).equals(type) && level.columns.stream().noneMatch(c -> c.index() == index)) {
                    return index;
                }
            }
        }
        columnTypes.add(type);
        return columnTypes.size() + 2;
    }

    /** The column of a component of {@code level} that reads {@code path} as a {@code type}, or 0. */
    private static int columnOf(Plan level, ColumnPath path, String type) {
        for (Column column : level.columns) {
            if (column.source() instanceof Value value && value.component() instanceof Component.Value component
                    && component.path().equals(path)
                    && column.nullType().equals(type)) {
                return column.index();
            }
        }
        return 0;
    }

    private static boolean isLevel(Plan level, Component component) {
        return level.children.stream().anyMatch(child -> child.component == component);
    }

    /**
     * The statement's parts: the top-level branch's select list, and each nested level's branch in
     * its two forms. Each branch's aliases continue from the top level's; its two forms differ
     * only in the statements of keys, which take the same aliases.
     */
    private ProjectionSql.NestedRows statement(Scope top) {
        // Every branch's aliases continue from where the top level's start.
        Aliases start = top.aliases().fork();
        String rootItems = Expr.join(", ", items(levels.get(0), top, null)).sql();
        List<NestedRows.Branch> branches = new ArrayList<>();
        for (Plan level : levels.subList(1, levels.size())) {
            Aliases aliases = start.fork();
            RelatedRows rows = new RelatedRows(level.component.hops(), aliases);
            List<Expr> items = new ArrayList<>();
            // The position's NULL is typed: an untyped one would be text inside the derived table
            // that keeps a limit's ranks, and in the statement of a batch's nested rows, which has no
            // top-level branch to type the column.
            items.add(Expr.text(level.number + ", NULL::bigint"));
            items.addAll(items(level, rows.scope(), rows));
            Item select = Item.of(Expr.join(", ", items));
            Aliases wholeTableAliases = aliases.fork();
            Optional<Filter> filter = level.component.filter();
            NestedRows.Rows selected;
            Select.Builder wholeTable;
            if (exactKey(level)) {
                NestedRows.Keys keys = exactKeys(level.parent, level, aliases);
                String condition = filter.map(rows::condition).map(Expr::sql).orElse("");
                String joins = SqlWriter.joins(rows.joinsToKeys());
                selected = NestedRows.select(select.value().sql()).fromKeys(keys, joins).where(condition);
                wholeTable = rows.selectJoinedTo(wholeTableExactKeys(level.parent, level, wholeTableAliases), filter);
            } else {
                selected = matched(select.value(), rows, filter, keys(level.parent, level, aliases));
                wholeTable = rows.select(wholeTableMatch(level, rows, wholeTableAliases), filter);
            }
            String everyRow = wholeTable.item(select).build().sql();
            long limit = level.component.limit();
            if (limit > 0) {
                selected = selected instanceof NestedRows.KeysJoin join
                        ? join.limitPerParent(limit)
                        : ((NestedRows.Matched) selected).limitPerParent(limit);
                everyRow = "SELECT * FROM (" + everyRow + ") r WHERE r." + NestedRows.RANK + " <= " + limit;
            }
            branches.add(new NestedRows.Branch(selected, everyRow));
        }
        List<ProjectionSql.Level> described = new ArrayList<>();
        for (Plan level : levels) {
            described.add(describe(level));
        }
        return new ProjectionSql.NestedRows(rootItems, branches, described);
    }

    /**
     * The rows of {@code rows} whose first hop's key is one of the keys {@code parent} selects:
     * {@code select}, then its filter's joins and condition.
     */
    private static NestedRows.Matched matched(Expr select, RelatedRows rows, Optional<Filter> filter,
            NestedRows.Keys parent) {
        String condition = filter.map(rows::condition).map(Expr::sql).orElse("");
        return NestedRows.select(select.sql()).from(SqlWriter.from(rows.from(null)))
                .whereKeyIn(rows.keyColumn(), parent).and(condition);
    }

    /** The select list of {@code level}'s branch: its own values, typed {@code NULL}s in the other columns. */
    private List<Expr> items(Plan level, Scope scope, RelatedRows rows) {
        List<Expr> items = new ArrayList<>();
        for (int i = 0; i < columnTypes.size(); i++) {
            int index = i + 3;
            Column own = level.columns.stream().filter(c -> c.index() == index).findFirst().orElse(null);
            String type = columnTypes.get(i);
            items.add(own != null ? value(level, own, scope, rows)
                    : typedNulls.containsKey(type) ? typedNulls.get(type) : Expr.text("NULL::" + type));
        }
        return items;
    }

    private Expr value(Plan level, Column column, Scope scope, RelatedRows rows) {
        Expr value;
        if (column.source() instanceof Rank) {
            return rank(level, scope, rows);
        }
        if (column.source() instanceof ParentKey key) {
            if (key.exact()) {
                // The text of the parent's key, as the parent's branch sends it.
                return Expr.text("k.text");
            }
            value = Expr.text(rows.keyColumn());
        } else if (column.source() instanceof ChildKey key) {
            value = Expr.text(scope.alias() + '.'
                    + SqlNames.identifier(key.child().component.hops().get(0).fromColumn().sqlName()));
        } else if (column.source() instanceof SortKey key) {
            value = Expr.text(scope.column(key.key().path()));
        } else {
            value = values.typedValue(((Value) column.source()).component(), scope);
        }
        if (column.outputText()) {
            return OutputText.of(value);
        }
        return "text".equals(column.nullType()) ? asText(value) : value;
    }

    /**
     * {@code row_number() OVER (PARTITION BY parent key ORDER BY sort keys) AS nestql_rank}: the
     * row's place in its parent's list, in the order of the list's JSON ({@code json_agg(... ORDER BY
     * keys)}), by the database's collation.
     */
    private static Expr rank(Plan level, Scope scope, RelatedRows rows) {
        List<String> keys = new ArrayList<>();
        for (OrderKey key : level.component.orderBy()) {
            keys.add(scope.column(key.path()) + (key.descending() ? " DESC" : " ASC"));
        }
        String parent = exactKey(level) ? "k.text" : rows.keyColumn();
        return Expr.text("row_number() OVER (PARTITION BY " + parent
                + (keys.isEmpty() ? "" : " ORDER BY " + String.join(", ", keys)) + ") AS " + NestedRows.RANK);
    }

    /**
     * The statement of the keys of {@code level}'s rows that its child level {@code child} matches:
     * the top-level rows' column, or a nested level's, restricted in turn to the keys of its
     * parent.
     */
    private NestedRows.Keys keys(Plan level, Plan child, Aliases aliases) {
        Relation childHop = child.component.hops().get(0);
        if (level.parent == null) {
            return NestedRows.topLevelKeys("t0." + SqlNames.identifier(childHop.fromColumn().sqlName()));
        }
        RelatedRows rows = new RelatedRows(level.component.hops(), aliases);
        NestedRows.Keys parent = keys(level.parent, level, aliases);
        Expr select = Expr.text(rows.scope().alias() + '.' + SqlNames.identifier(childHop.fromColumn().sqlName()));
        return matched(select, rows, level.component.filter(), parent);
    }

    /**
     * The statement of the distinct keys of {@code level}'s rows that its child level {@code child}
     * matches exactly ({@link #exactKey}): each key and its output text, distinct by that text
     * byte for byte ({@code COLLATE "C"}), so that keys PostgreSQL calls equal but sends as
     * different texts ({@code 'abc'} and {@code 'ABC'} in {@code citext}) each get the children.
     */
    private NestedRows.Keys exactKeys(Plan level, Plan child, Aliases aliases) {
        if (level.parent == null) {
            return NestedRows.topLevelKeys(exactKeyList("t0", child).sql());
        }
        RelatedRows rows = new RelatedRows(level.component.hops(), aliases);
        NestedRows.Keys parent = keys(level.parent, level, aliases);
        return matched(exactKeyList(rows.scope().alias(), child), rows, level.component.filter(), parent);
    }

    /** As {@link #exactKeys}, for a statement that reads every top-level row. */
    private Select wholeTableExactKeys(Plan level, Plan child, Aliases aliases) {
        if (level.parent == null) {
            return Select.builder()
                    .item(exactKeyList("t0", child))
                    .from(From.of(new FromItem.Table(SqlNames.table(level.model.table().sqlName()), "t0")))
                    .build();
        }
        RelatedRows rows = new RelatedRows(level.component.hops(), aliases);
        Expr match = wholeTableMatch(level, rows, aliases);
        return rows.select(match, level.component.filter()).item(exactKeyList(rows.scope().alias(), child)).build();
    }

    /** The select list of the keys of the rows {@code alias} that {@code child} matches exactly. */
    private static Expr exactKeyList(String alias, Plan child) {
        Expr key = Expr.text(alias + '.' + SqlNames.identifier(child.component.hops().get(0).fromColumn().sqlName()));
        return Expr.of("DISTINCT ", key, ", ", OutputText.of(key), " COLLATE \"C\"");
    }

    /**
     * For a statement that reads every top-level row: the condition that the rows of {@code level}
     * belong to parent rows that are read, or {@code null} when every row that has a parent key
     * does, since no level above it has a filter. Rows whose parent is not read would be read for
     * nothing, never wrongly: the reader asks only for the lists of the parents it reads.
     */
    private Expr wholeTableMatch(Plan level, RelatedRows rows, Aliases aliases) {
        Select parentKeys = wholeTableKeys(level.parent, level, aliases);
        return parentKeys == null ? null : rows.matchingAny(parentKeys);
    }

    /** The statement of the keys of the rows of {@code level} that are read, or {@code null} for every row. */
    private Select wholeTableKeys(Plan level, Plan child, Aliases aliases) {
        if (level.parent == null) {
            return null;
        }
        RelatedRows rows = new RelatedRows(level.component.hops(), aliases);
        Expr match = wholeTableMatch(level, rows, aliases);
        if (match == null && level.component.filter().isEmpty()) {
            return null;
        }
        Relation childHop = child.component.hops().get(0);
        Expr key = Expr.text(rows.scope().alias() + '.' + SqlNames.identifier(childHop.fromColumn().sqlName()));
        return rows.select(match, level.component.filter()).item(key).build();
    }

    private ProjectionSql.Level describe(Plan level) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        Map<String, ProjectionSql.Child> children = new LinkedHashMap<>();
        List<ProjectionSql.SortKey> order = new ArrayList<>();
        int parentKey = 0;
        ValueType parentKeyType = null;
        for (Column column : level.columns) {
            if (column.source() instanceof ParentKey) {
                parentKey = column.index();
                parentKeyType = readKeyAs(level);
            } else if (column.source() instanceof ChildKey key) {
                children.put(key.child().component.name(), new ProjectionSql.Child(key.child().number, column.index(),
                        readKeyAs(key.child())));
            } else if (column.source() instanceof SortKey key) {
                order.add(new ProjectionSql.SortKey(column.index(), key.key().path().column().type(),
                        key.key().descending()));
            } else if (column.source() instanceof Rank) {
                order.add(new ProjectionSql.SortKey(column.index(), RANK, false));
            } else {
                columns.put(((Value) column.source()).component().name(), column.index());
            }
        }
        return new ProjectionSql.Level(level.number, level.model, parentKey, parentKeyType, columns, children, order);
    }

    /** How the reader reads the parent key of {@code level}'s rows: as text when it is matched exactly. */
    private static ValueType readKeyAs(Plan level) {
        return exactKey(level) ? TEXT : level.component.hops().get(0).fromColumn().type();
    }

    private static Expr asText(Expr value) {
        return value.sql().matches("[\\w.\"]+") ? Expr.of(value, "::text") : Expr.of("(", value, ")::text");
    }

    private static String nullType(Component component) {
        if (component instanceof Component.Nested) {
            return "json";
        }
        return nullType(component instanceof Component.Value value
                ? value.type()
                : ((Component.Computed) component).type());
    }

    /** The type of a {@code NULL} that unites with a value of {@code type}: see {@link ValueKind#nullType}. */
    private static String nullType(ValueType type) {
        return type.kind().nullType();
    }
}
