package dev.nestql.processor.model;

import dev.nestql.processor.where.WhereExpr;
import java.util.Map;

/**
 * A parsed and validated {@code where} string.
 *
 * @param expression the parsed condition
 * @param paths each path text of the condition, resolved from the filtered table
 */
public record Filter(WhereExpr expression, Map<String, ColumnPath> paths) {

    public Filter {
        paths = Map.copyOf(paths);
    }
}
