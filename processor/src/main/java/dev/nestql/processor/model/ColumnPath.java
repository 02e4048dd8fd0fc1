package dev.nestql.processor.model;

import java.util.List;

/**
 * A column reached from a table through zero or more to-one relations: a {@code @Path}, a where
 * path or an {@code orderBy} key.
 *
 * @param hops the forward relations followed, first hop first
 * @param column the column of the last table
 */
public record ColumnPath(List<Relation> hops, ColumnModel column) implements Handle.Target {

    public ColumnPath {
        hops = List.copyOf(hops);
    }

    /** Whether the value can be {@code null}: a nullable key on the way, or a nullable column. */
    public boolean nullable() {
        return column.nullable() || hops.stream().anyMatch(Relation::optional);
    }

    /** The path as written: relation names and the column name, joined by dots. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (Relation hop : hops) {
            text.append(hop.name()).append('.');
        }
        return text.append(column.name()).toString();
    }

    @Override
    public String describe() {
        return text();
    }
}
