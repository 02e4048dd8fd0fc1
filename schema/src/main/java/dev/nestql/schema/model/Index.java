package dev.nestql.schema.model;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An index of a {@link Relation}.
 *
 * @param name the index's name
 * @param columns its key columns in order; {@code null} for a key that is an expression
 * @param unique whether it is unique
 * @param partial whether it has a {@code WHERE} predicate
 */
public record Index(String name, List<String> columns, boolean unique, boolean partial) {
    public Index {
        Objects.requireNonNull(name, "name");
        columns = Collections.unmodifiableList(new java.util.ArrayList<>(columns));
    }

    /** Whether a lookup by {@code column} alone can use this index: it is the first key column, and the index is not partial. */
    public boolean leadsWith(String column) {
        return !partial && !columns.isEmpty() && column.equals(columns.get(0));
    }
}
