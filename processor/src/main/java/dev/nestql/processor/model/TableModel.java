package dev.nestql.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @Table} record: its SQL name, columns, primary key and foreign keys.
 *
 * @param record the record's class name
 * @param sqlName the table name as written in {@code @Table}, possibly schema-qualified
 * @param columns the columns in component order
 * @param id the {@code @Id} column, if any
 * @param foreignKeys the foreign keys declared on this table's columns
 * @param element the record, for diagnostics
 */
public record TableModel(
        ClassName record,
        String sqlName,
        List<ColumnModel> columns,
        Optional<ColumnModel> id,
        List<ForeignKeyModel> foreignKeys,
        TypeElement element) {

    public TableModel {
        columns = List.copyOf(columns);
        foreignKeys = List.copyOf(foreignKeys);
    }

    /** The column of component {@code name}, if any. */
    public Optional<ColumnModel> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
