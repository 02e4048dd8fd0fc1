package dev.nestql.generator.plan;

import dev.nestql.schema.model.Relation;
import java.util.List;

/**
 * One {@code @Table} record to write.
 *
 * @param simpleName the record's simple name
 * @param tableName the value of {@code @Table}: the table's name, schema-qualified or not
 * @param relation the relation it stands for
 * @param components its components, in column order
 * @param notes sentences for its Javadoc that say what was left out and why
 */
public record RecordPlan(
        String simpleName, String tableName, Relation relation, List<ComponentPlan> components, List<String> notes) {
    public RecordPlan {
        components = List.copyOf(components);
        notes = List.copyOf(notes);
    }
}
