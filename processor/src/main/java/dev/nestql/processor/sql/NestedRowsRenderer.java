package dev.nestql.processor.sql;

import com.palantir.javapoet.ClassName;
import dev.nestql.processor.model.ColumnModel;
import dev.nestql.processor.model.ColumnPath;
import dev.nestql.processor.model.Component;
import dev.nestql.processor.model.OrderKey;
import dev.nestql.processor.model.ProjectionModel;
import dev.nestql.processor.model.Relation;
import dev.nestql.processor.model.ValueKind;
import dev.nestql.processor.model.ValueType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Renders the statement that sends nested lists as rows of their own ({@link ProjectionSql.NestedRows}):
 * one {@code UNION ALL} branch per level, plain columns instead of a JSON array per parent.
 *
 * <p>A nested list is a level of its own when its parent is one and when the client can put its
 * rows in order: it has no {@code limit} (which would need a rank per parent), and its sort keys,
 * if any, are numbers, booleans or times, whose order in Java is PostgreSQL's. Text is sorted by
 * the database's collation, which Java does not know, so a list sorted by text stays a JSON
 * column of its parent's row, as do nested records and lists with a limit.
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
    /** Where the runtime inserts the statement of top-level keys. */
    private static final String ROOT_KEYS = "\u0000";
    /** The SQL types whose column levels may share: those of the kinds that say so, and JSON (nested values). */
    private static final Set<String> SHARED_TYPES = sharedTypes();
    private static final ValueType TEXT = new ValueType(ValueKind.STRING, ClassName.get(String.class));

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
    private record Column(int index, Object source, String nullType, boolean outputText) {}

    /** The key of a child level, read from this level's row. */
    private record ChildKey(Plan child) {}

    /** The parent's key, read from a nested level's row; {@code exact} when it is matched by its text. */
    private record ParentKey(boolean exact) {}

    private final Aliases aliases;
    private final BiFunction<Component, Scope, String> values;
    private final List<Plan> levels = new ArrayList<>();
    /** The type of each column from 3 on, as its {@code NULL}s are typed. */
    private final List<String> columnTypes = new ArrayList<>();

    private NestedRowsRenderer(Aliases aliases, BiFunction<Component, Scope, String> values) {
        this.aliases = aliases;
        this.values = values;
    }

    /**
     * The nested-rows statement of {@code projection}, or empty when none of its lists is a level
     * of its own.
     *
     * @param top the scope of the top-level rows, whose joins are already rendered
     * @param values renders a component's value in a scope, as the typed statement does
     */
    static Optional<ProjectionSql.NestedRows> render(
            ProjectionModel projection, Scope top, Aliases aliases, BiFunction<Component, Scope, String> values) {
        NestedRowsRenderer renderer = new NestedRowsRenderer(aliases, values);
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

    /** Whether the client can read {@code nested} as a level of its own. */
    private static boolean ownLevel(Component.Nested nested) {
        return nested.many() && nested.limit() == 0
                && nested.orderBy().stream().allMatch(key -> key.path().column().type().kind().sortsInJava());
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
            if (component instanceof Component.Value value && SqlRenderer.jsonList(value.type())) {
                // Its typed value is JSON, whose NULLs unite as json.
                level.columns.add(new Column(column(level, "json"), component, "json", false));
            } else if (component instanceof Component.Value value
                    && (value.type().kind() == ValueKind.STRING || value.type().kind() == ValueKind.LIST)) {
                // Sent as it is, with NULLs of its own type in the other branches: nothing converts it.
                String placeholder = typedNull(level, value.path());
                level.columns.add(new Column(column(level, placeholder), component, placeholder, false));
            } else {
                level.columns.add(new Column(column(level, nullType(component)), component, nullType(component),
                        kind(component) == ValueKind.STRING));
            }
        }
        for (Plan child : level.children) {
            ColumnModel key = child.component.hops().get(0).fromColumn();
            String type = keyType(child);
            int existing = columnOf(level, new ColumnPath(List.of(), key), type);
            level.columns.add(new Column(existing > 0 ? existing : column(level, type), new ChildKey(child), type,
                    exactKey(child)));
        }
        if (level.component != null) {
            for (OrderKey key : level.component.orderBy()) {
                String type = nullType(key.path().column().type());
                int existing = columnOf(level, key.path(), type);
                level.columns.add(new Column(existing > 0 ? existing : column(level, type), key, type, false));
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
    private static String typedNull(Plan level, ColumnPath path) {
        String table = path.hops().isEmpty()
                ? level.model.table().sqlName()
                : path.hops().get(path.hops().size() - 1).to().sqlName();
        return "(SELECT p." + SqlNames.identifier(path.column().sqlName()) + " FROM " + SqlNames.table(table)
                + " p WHERE false)";
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
            if (column.source() instanceof Component.Value value && value.path().equals(path)
                    && column.nullType().equals(type)) {
                return column.index();
            }
        }
        return 0;
    }

    private static boolean isLevel(Plan level, Component component) {
        return level.children.stream().anyMatch(child -> child.component == component);
    }

    private ProjectionSql.NestedRows statement(Scope top) {
        int mark = aliases.mark();
        String rootItems = String.join(", ", items(levels.get(0), top, null));
        List<ProjectionSql.Branch> branches = new ArrayList<>();
        for (Plan level : levels.subList(1, levels.size())) {
            aliases.reset(mark);
            RelatedRows rows = new RelatedRows(level.component.hops(), aliases);
            String select = "SELECT " + level.number + ", NULL, " + String.join(", ", items(level, rows.scope(), rows));
            // The two variants differ only in their condition, whose key statements reuse the same aliases.
            int afterItems = aliases.mark();
            String sql;
            String wholeTable;
            if (exactKey(level)) {
                sql = select + rows.fromKeys("(" + exactKeys(level.parent, level) + ") k(key, text)",
                        level.component.filter());
                aliases.reset(afterItems);
                wholeTable = select + rows.fromKeys("(" + wholeTableExactKeys(level.parent, level) + ") k(key, text)",
                        level.component.filter());
            } else {
                sql = select + rows.from(keyColumn(rows) + " = ANY(ARRAY(" + keys(level.parent, level) + "))",
                        level.component.filter());
                aliases.reset(afterItems);
                wholeTable = select + rows.from(wholeTableMatch(level, rows), level.component.filter());
            }
            int hole = sql.indexOf(ROOT_KEYS);
            String rootKey = exactKey(level) && level.parent.parent == null ? exactKeyList("t0", level) : rootKey(level);
            branches.add(new ProjectionSql.Branch(sql.substring(0, hole), rootKey, sql.substring(hole + 1), wholeTable));
        }
        aliases.reset(mark);
        List<ProjectionSql.Level> described = new ArrayList<>();
        for (Plan level : levels) {
            described.add(describe(level));
        }
        return new ProjectionSql.NestedRows(rootItems, branches, described);
    }

    /** The select list of {@code level}'s branch: its own values, typed {@code NULL}s in the other columns. */
    private List<String> items(Plan level, Scope scope, RelatedRows rows) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < columnTypes.size(); i++) {
            int index = i + 3;
            Column own = level.columns.stream().filter(c -> c.index() == index).findFirst().orElse(null);
            String type = columnTypes.get(i);
            items.add(own != null ? value(own, scope, rows) : type.startsWith("(") ? type : "NULL::" + type);
        }
        return items;
    }

    private String value(Column column, Scope scope, RelatedRows rows) {
        if (column.source() instanceof ParentKey key && key.exact()) {
            // The text of the parent's key, as the parent's branch sends it.
            return "k.text";
        }
        String value;
        if (column.source() instanceof ParentKey) {
            value = keyColumn(rows);
        } else if (column.source() instanceof ChildKey key) {
            value = scope.alias() + '.' + SqlNames.identifier(key.child().component.hops().get(0).fromColumn().sqlName());
        } else if (column.source() instanceof OrderKey key) {
            value = scope.column(key.path());
        } else {
            value = values.apply((Component) column.source(), scope);
        }
        if (column.outputText()) {
            return OutputText.of(value);
        }
        return "text".equals(column.nullType()) ? asText(value) : value;
    }

    /** The column of the rows of a nested level that matches its parent's key. */
    private static String keyColumn(RelatedRows rows) {
        return rows.firstAlias() + '.' + SqlNames.identifier(rows.firstHop().toColumn().sqlName());
    }

    /** The statement of the keys of {@code level}'s rows that its child level {@code child} matches. */
    private String keys(Plan level, Plan child) {
        if (level.parent == null) {
            return ROOT_KEYS;
        }
        RelatedRows rows = new RelatedRows(level.component.hops(), aliases);
        String match = keyColumn(rows) + " = ANY(ARRAY(" + keys(level.parent, level) + "))";
        Relation childHop = child.component.hops().get(0);
        return "SELECT " + rows.scope().alias() + '.' + SqlNames.identifier(childHop.fromColumn().sqlName())
                + rows.from(match, level.component.filter());
    }

    /**
     * The statement of the distinct keys of {@code level}'s rows that its child level {@code child}
     * matches exactly ({@link #exactKey}): each key and its output text, distinct by that text
     * byte for byte ({@code COLLATE "C"}), so that keys PostgreSQL calls equal but sends as
     * different texts ({@code 'abc'} and {@code 'ABC'} in {@code citext}) each get the children.
     */
    private String exactKeys(Plan level, Plan child) {
        if (level.parent == null) {
            return ROOT_KEYS;
        }
        RelatedRows rows = new RelatedRows(level.component.hops(), aliases);
        String match = keyColumn(rows) + " = ANY(ARRAY(" + keys(level.parent, level) + "))";
        return "SELECT " + exactKeyList(rows.scope().alias(), child) + rows.from(match, level.component.filter());
    }

    /** As {@link #exactKeys}, for a statement that reads every top-level row. */
    private String wholeTableExactKeys(Plan level, Plan child) {
        if (level.parent == null) {
            return "SELECT " + exactKeyList("t0", child) + " FROM " + SqlNames.table(level.model.table().sqlName()) + " t0";
        }
        RelatedRows rows = new RelatedRows(level.component.hops(), aliases);
        return "SELECT " + exactKeyList(rows.scope().alias(), child)
                + rows.from(wholeTableMatch(level, rows), level.component.filter());
    }

    /** The select list of the keys of the rows {@code alias} that {@code child} matches exactly. */
    private static String exactKeyList(String alias, Plan child) {
        String key = alias + '.' + SqlNames.identifier(child.component.hops().get(0).fromColumn().sqlName());
        return "DISTINCT " + key + ", " + OutputText.of(key) + " COLLATE \"C\"";
    }

    /**
     * For a statement that reads every top-level row: the condition that the rows of {@code level}
     * belong to parent rows that are read, or {@code null} when every row that has a parent key
     * does, since no level above it has a filter. Rows whose parent is not read would be read for
     * nothing, never wrongly: the reader asks only for the lists of the parents it reads.
     */
    private String wholeTableMatch(Plan level, RelatedRows rows) {
        String parentKeys = wholeTableKeys(level.parent, level);
        return parentKeys == null ? null : keyColumn(rows) + " = ANY(ARRAY(" + parentKeys + "))";
    }

    /** The statement of the keys of the rows of {@code level} that are read, or {@code null} for every row. */
    private String wholeTableKeys(Plan level, Plan child) {
        if (level.parent == null) {
            return null;
        }
        RelatedRows rows = new RelatedRows(level.component.hops(), aliases);
        String match = wholeTableMatch(level, rows);
        if (match == null && level.component.filter().isEmpty()) {
            return null;
        }
        Relation childHop = child.component.hops().get(0);
        return "SELECT " + rows.scope().alias() + '.' + SqlNames.identifier(childHop.fromColumn().sqlName())
                + rows.from(match, level.component.filter());
    }

    /** The top-level column that the keys of {@code level}'s chain start from. */
    private static String rootKey(Plan level) {
        Plan first = level;
        while (first.parent.parent != null) {
            first = first.parent;
        }
        return "t0." + SqlNames.identifier(first.component.hops().get(0).fromColumn().sqlName());
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
            } else if (column.source() instanceof OrderKey key) {
                order.add(new ProjectionSql.SortKey(column.index(), key.path().column().type(), key.descending()));
            } else {
                columns.put(((Component) column.source()).name(), column.index());
            }
        }
        return new ProjectionSql.Level(level.number, level.model, parentKey, parentKeyType, columns, children, order);
    }

    /** How the reader reads the parent key of {@code level}'s rows: as text when it is matched exactly. */
    private static ValueType readKeyAs(Plan level) {
        return exactKey(level) ? TEXT : level.component.hops().get(0).fromColumn().type();
    }

    private static String asText(String value) {
        return value.matches("[\\w.\"]+") ? value + "::text" : "(" + value + ")::text";
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
