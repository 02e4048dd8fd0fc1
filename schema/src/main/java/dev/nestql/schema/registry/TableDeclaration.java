package dev.nestql.schema.registry;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@code @Table} record declares about its table.
 *
 * @param record the record's qualified name
 * @param table the value of {@code @Table}, possibly schema-qualified
 * @param columns its components, in order
 */
public record TableDeclaration(String record, String table, List<Column> columns) {
    public TableDeclaration {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
    }

    /**
     * A component and its column.
     *
     * @param component the component's name
     * @param column the column's name
     * @param javaType the component's type, as {@link JavaTypeName} writes it
     * @param id whether it carries {@code @Id}
     * @param references for a {@code @ForeignKey}, the referenced table (as its {@code @Table}
     *     writes it) and column
     */
    public record Column(String component, String column, JavaTypeName javaType, boolean id,
            Optional<Reference> references) {
        public Column {
            Objects.requireNonNull(component, "component");
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(javaType, "javaType");
            Objects.requireNonNull(references, "references");
        }
    }

    /**
     * The target of a {@code @ForeignKey}.
     *
     * @param table the referenced table, as its {@code @Table} writes it
     * @param column the referenced column (its {@code @Id})
     */
    public record Reference(String table, String column) {}
}
