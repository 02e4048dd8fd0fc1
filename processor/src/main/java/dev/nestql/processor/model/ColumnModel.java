package dev.nestql.processor.model;

import javax.lang.model.element.Element;

/**
 * One column of a table: a component of a {@code @Table} record.
 *
 * @param name the record component name
 * @param sqlName the column name in the database
 * @param type the component's Java type
 * @param element the record component, for diagnostics
 */
public record ColumnModel(String name, String sqlName, ValueType type, Element element) {

    /** Whether the column may hold {@code null}: its schema component is not a primitive. */
    public boolean nullable() {
        return !type.isPrimitive();
    }
}
