package dev.nestql.schema.registry;

import java.util.Objects;

/**
 * A projection reads the rows of {@code table} that reference a parent row by {@code column}
 * (a nested list, or an aggregate over a to-many relation): a lookup an index on the column serves.
 *
 * @param projection the projection record's qualified name
 * @param component the component that reads them
 * @param table the referencing table, as its {@code @Table} writes it
 * @param column the referencing column
 */
public record RelationUse(String projection, String component, String table, String column) {
    public RelationUse {
        Objects.requireNonNull(projection, "projection");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }
}
