package dev.nestql.generator.plan;

import dev.nestql.schema.model.SqlType;
import java.util.List;

/**
 * A Java enum to write for a PostgreSQL enum.
 *
 * @param simpleName the enum's simple name
 * @param type the PostgreSQL enum
 * @param constants its constants: the enum's labels in their order
 */
public record EnumPlan(String simpleName, SqlType type, List<String> constants) {
    public EnumPlan {
        constants = List.copyOf(constants);
    }
}
