package dev.nestql.generator.plan;

import dev.nestql.schema.model.Column;
import java.util.List;
import java.util.Optional;

/**
 * One record component: a column.
 *
 * @param name the component's name
 * @param type its Java type
 * @param column the column it reads
 * @param columnName the value of {@code @Column}, when the default snake_case of the name is not the column's name
 * @param id whether it carries {@code @Id}
 * @param foreignKey its {@code @ForeignKey}, if any
 * @param notes sentences for its {@code @param} Javadoc: the column's comment, and why its type is text
 */
public record ComponentPlan(
        String name,
        TypeRef type,
        Column column,
        Optional<String> columnName,
        boolean id,
        Optional<ForeignKeyPlan> foreignKey,
        List<String> notes) {
    public ComponentPlan {
        notes = List.copyOf(notes);
    }
}
