package dev.nestql.processor.sql;

import dev.nestql.processor.model.Handle;
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
 * @param handles the SQL expression of each handle
 */
public record ProjectionSql(
        List<String> selectItems,
        String jsonObject,
        String table,
        String joins,
        Optional<Aggregates> aggregates,
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
}
