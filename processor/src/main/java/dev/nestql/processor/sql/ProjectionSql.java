package dev.nestql.processor.sql;

import dev.nestql.processor.model.Handle;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SQL of one projection's query class.
 *
 * @param selectItems the items of the typed statement's select list, in component order; a
 *     nested projection is one item holding its positional JSON, an aggregate a correlated subquery
 * @param jsonObject the expression building one row as a JSON object keyed by component names
 * @param from the {@code FROM} clause, without the keyword
 * @param wholeTable the variant for statements that read every row, when the projection has
 *     aggregates: they come from derived tables aggregated once and joined
 * @param handles the SQL expression of each handle
 */
public record ProjectionSql(
        List<String> selectItems,
        String jsonObject,
        String from,
        Optional<WholeTable> wholeTable,
        Map<Handle, String> handles) {

    public ProjectionSql {
        selectItems = List.copyOf(selectItems);
        handles = Map.copyOf(handles);
    }

    /**
     * The statement pieces for reading a whole table, where the aggregates are joined derived
     * tables ({@code a1}, {@code a2}, ...) rather than correlated subqueries.
     *
     * @param selectItems the typed statement's select list
     * @param jsonObject the JSON object of one row
     * @param joins the {@code LEFT JOIN} of each derived table, each starting with a space, to append
     *     to the {@code FROM} clause
     */
    public record WholeTable(List<String> selectItems, String jsonObject, List<String> joins) {
        public WholeTable {
            selectItems = List.copyOf(selectItems);
            joins = List.copyOf(joins);
        }
    }
}
