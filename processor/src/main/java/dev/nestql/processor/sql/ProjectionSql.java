package dev.nestql.processor.sql;

import dev.nestql.processor.model.Handle;
import dev.nestql.processor.model.ProjectionModel;
import dev.nestql.processor.model.ValueType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SQL of one projection's query class.
 *
 * @param selectItems the items of the typed statement's select list, in component order; a
 *     nested projection is one item holding its positional JSON, an aggregate of the projection's
 *     own rows a column of its joined relation
 * @param jsonObject the expression building one row as a JSON object keyed by component names
 * @param table the base table as {@code t0}
 * @param joins the joins that path components need, each starting with a space
 * @param aggregates the joined relations of the projection's own aggregates, when it has some
 * @param nestedRows the statement of {@code list} when nested lists are sent as rows of their own
 * @param handles the SQL expression of each handle
 */
public record ProjectionSql(
        List<String> selectItems,
        String jsonObject,
        String table,
        String joins,
        Optional<Aggregates> aggregates,
        Optional<NestedRows> nestedRows,
        Map<Handle, String> handles) {

    public ProjectionSql {
        selectItems = List.copyOf(selectItems);
        handles = Map.copyOf(handles);
    }

    /** The {@code FROM} clause without the keyword: the base table and the joins of path components. */
    public String from() {
        return table + joins;
    }

    /**
     * The two shapes of the relations the aggregates are read from, one row per row of the table;
     * the select list and JSON object read them the same way in both.
     *
     * @param perRow the {@code LEFT JOIN LATERAL}s, computed for each returned row
     * @param wholeTable the {@code LEFT JOIN}s of derived tables aggregated once, for statements
     *     that read every row
     */
    public record Aggregates(List<String> perRow, List<String> wholeTable) {
        public Aggregates {
            perRow = List.copyOf(perRow);
            wholeTable = List.copyOf(wholeTable);
        }
    }

    /**
     * The statement that sends nested lists as rows of their own: one {@code UNION ALL} branch per
     * level. Column 1 is the level, column 2 the top-level row's position; the levels' columns
     * follow, each level's in its own positions, {@code NULL} in the other levels' branches.
     *
     * @param rootItems the top-level branch's select list after the level and the position
     * @param branches the other levels' branches, in level order, as the runtime's parts, which
     *     the generated class writes out and the runtime puts together
     * @param levels every level, the top level first
     */
    public record NestedRows(String rootItems, List<dev.nestql.internal.NestedRows.Branch> branches, List<Level> levels) {
        public NestedRows {
            branches = List.copyOf(branches);
            levels = List.copyOf(levels);
        }
    }

    /**
     * One level of a nested-rows statement and where its values are.
     *
     * @param number the level, 0 for the top level
     * @param model the projection read at this level
     * @param parentKey the column of the parent's key, 0 for the top level
     * @param parentKeyType how the parent's key is read
     * @param columns the column of each component read from this level's columns, by name
     * @param children the nested lists of this level that are levels of their own, by component name
     * @param order the sort keys of this level's lists, in order
     */
    public record Level(
            int number,
            ProjectionModel model,
            int parentKey,
            ValueType parentKeyType,
            Map<String, Integer> columns,
            Map<String, Child> children,
            List<SortKey> order) {
        public Level {
            columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
            children = Collections.unmodifiableMap(new LinkedHashMap<>(children));
            order = List.copyOf(order);
        }
    }

    /**
     * A nested list read as a level of its own.
     *
     * @param level the level's number
     * @param keyColumn the column of the parent's key its rows are matched on
     * @param keyType how that key is read
     */
    public record Child(int level, int keyColumn, ValueType keyType) {}

    /**
     * A sort key of a level's lists.
     *
     * @param column its column
     * @param type how it is read
     * @param descending whether it sorts descending
     */
    public record SortKey(int column, ValueType type, boolean descending) {}
}
