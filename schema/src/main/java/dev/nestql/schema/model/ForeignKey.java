package dev.nestql.schema.model;

import java.util.List;
import java.util.Objects;

/**
 * A foreign-key constraint of a {@link Relation}.
 *
 * @param name the constraint's name
 * @param columns the referencing columns, in key order
 * @param target the referenced relation
 * @param targetColumns the referenced columns, in key order
 */
public record ForeignKey(String name, List<String> columns, RelationName target, List<String> targetColumns) {
    public ForeignKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(target, "target");
        columns = List.copyOf(columns);
        targetColumns = List.copyOf(targetColumns);
    }

    /** Whether the key has one column. */
    public boolean singleColumn() {
        return columns.size() == 1;
    }
}
