package dev.nestql.schema.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A column of a {@link Relation}.
 *
 * @param name the column's name, exactly as in the catalog (case kept)
 * @param position its position in the relation, from 1 ({@code attnum}; dropped columns leave gaps)
 * @param type its type
 * @param declaredType its type as {@code format_type} writes it, with modifiers: {@code character varying(80)}
 * @param notNull whether it is declared {@code NOT NULL}, directly or by a domain
 * @param comment its comment ({@code COMMENT ON COLUMN}), if any
 */
public record Column(String name, int position, SqlType type, String declaredType, boolean notNull, Optional<String> comment) {
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(declaredType, "declaredType");
        Objects.requireNonNull(comment, "comment");
    }
}
