package dev.nestql.processor.sql;

import dev.nestql.processor.model.Handle;
import java.util.List;
import java.util.Map;

/**
 * The SQL of one projection's query class.
 *
 * @param selectItems the items of the typed statement's select list, in component order; a
 *     nested projection is one item holding its positional JSON
 * @param jsonObject the expression building one row as a JSON object keyed by component names
 * @param from the {@code FROM} clause, without the keyword
 * @param handles the SQL expression of each handle
 */
public record ProjectionSql(List<String> selectItems, String jsonObject, String from, Map<Handle, String> handles) {

    public ProjectionSql {
        selectItems = List.copyOf(selectItems);
        handles = Map.copyOf(handles);
    }
}
